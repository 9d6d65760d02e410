from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetLeverageSettingResponseData")


@_attrs_define
class GetLeverageSettingResponseData:
    """
    Attributes:
        max_futures_leverage (str | Unset): Example: 100.
    """

    max_futures_leverage: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        max_futures_leverage = _src_dict.pop("max_futures_leverage", UNSET)

        get_leverage_setting_response_data = cls(
            max_futures_leverage=max_futures_leverage,
        )

        get_leverage_setting_response_data.additional_properties = _src_dict
        return get_leverage_setting_response_data

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
