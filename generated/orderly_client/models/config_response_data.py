from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="ConfigResponseData")


@_attrs_define(repr=False)
class ConfigResponseData:
    """
    Attributes:
        available_futures_leverage (str): Example: 1,2,3,4,5,10,15,20.
    """

    available_futures_leverage: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        available_futures_leverage = self.available_futures_leverage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available_futures_leverage": available_futures_leverage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _available_futures_leverage = _src_dict.pop("available_futures_leverage")
        available_futures_leverage = (
            _available_futures_leverage
            if type(_available_futures_leverage) is str
            else str_from_wire(_available_futures_leverage, "available_futures_leverage")
        )

        _result = cls(
            available_futures_leverage=available_futures_leverage,
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
