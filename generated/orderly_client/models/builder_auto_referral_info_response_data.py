from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BuilderAutoReferralInfoResponseData")


@_attrs_define
class BuilderAutoReferralInfoResponseData:
    """
    Attributes:
        required_trading_volume (float | Unset): Example: 10000.
        max_rebate (float | Unset): Example: 1.
        referrer_rebate (float | Unset): Example: 0.5.
        referee_rebate (float | Unset): Example: 0.5.
        description (str | Unset):
        enable (bool | Unset): Example: True.
    """

    required_trading_volume: float | Unset = UNSET
    max_rebate: float | Unset = UNSET
    referrer_rebate: float | Unset = UNSET
    referee_rebate: float | Unset = UNSET
    description: str | Unset = UNSET
    enable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        required_trading_volume = self.required_trading_volume

        max_rebate = self.max_rebate

        referrer_rebate = self.referrer_rebate

        referee_rebate = self.referee_rebate

        description = self.description

        enable = self.enable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if required_trading_volume is not UNSET:
            field_dict["required_trading_volume"] = required_trading_volume
        if max_rebate is not UNSET:
            field_dict["max_rebate"] = max_rebate
        if referrer_rebate is not UNSET:
            field_dict["referrer_rebate"] = referrer_rebate
        if referee_rebate is not UNSET:
            field_dict["referee_rebate"] = referee_rebate
        if description is not UNSET:
            field_dict["description"] = description
        if enable is not UNSET:
            field_dict["enable"] = enable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        required_trading_volume = _src_dict.pop("required_trading_volume", UNSET)

        max_rebate = _src_dict.pop("max_rebate", UNSET)

        referrer_rebate = _src_dict.pop("referrer_rebate", UNSET)

        referee_rebate = _src_dict.pop("referee_rebate", UNSET)

        description = _src_dict.pop("description", UNSET)

        enable = _src_dict.pop("enable", UNSET)

        builder_auto_referral_info_response_data = cls(
            required_trading_volume=required_trading_volume,
            max_rebate=max_rebate,
            referrer_rebate=referrer_rebate,
            referee_rebate=referee_rebate,
            description=description,
            enable=enable,
        )

        builder_auto_referral_info_response_data.additional_properties = _src_dict
        return builder_auto_referral_info_response_data

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
