from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="GetLeverageSettingResponseData")


@_attrs_define(repr=False)
class GetLeverageSettingResponseData:
    """
    Attributes:
        max_futures_leverage (str | Unset): Example: 100.
    """

    max_futures_leverage: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        max_futures_leverage = self.max_futures_leverage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_futures_leverage is not UNSET:
            field_dict["max_futures_leverage"] = max_futures_leverage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _max_futures_leverage = _src_dict.pop("max_futures_leverage", UNSET)
        max_futures_leverage: str | Unset
        if isinstance(_max_futures_leverage, Unset):
            max_futures_leverage = UNSET
        else:
            max_futures_leverage = (
                _max_futures_leverage
                if type(_max_futures_leverage) is str
                else str_from_wire(_max_futures_leverage, "max_futures_leverage")
            )

        _result = cls(
            max_futures_leverage=max_futures_leverage,
        )

        _result.additional_properties = _src_dict
        return _result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
