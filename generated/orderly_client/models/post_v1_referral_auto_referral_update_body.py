from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostV1ReferralAutoReferralUpdateBody")


@_attrs_define
class PostV1ReferralAutoReferralUpdateBody:
    """
    Attributes:
        required_trading_volume (float):
        max_rebate (float):
        referrer_rebate (float):
        referee_rebate (float):
        enable (bool):
        description (str | Unset):
    """

    required_trading_volume: float
    max_rebate: float
    referrer_rebate: float
    referee_rebate: float
    enable: bool
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        required_trading_volume = self.required_trading_volume

        max_rebate = self.max_rebate

        referrer_rebate = self.referrer_rebate

        referee_rebate = self.referee_rebate

        enable = self.enable

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "required_trading_volume": required_trading_volume,
                "max_rebate": max_rebate,
                "referrer_rebate": referrer_rebate,
                "referee_rebate": referee_rebate,
                "enable": enable,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        required_trading_volume = _src_dict.pop("required_trading_volume")

        max_rebate = _src_dict.pop("max_rebate")

        referrer_rebate = _src_dict.pop("referrer_rebate")

        referee_rebate = _src_dict.pop("referee_rebate")

        enable = _src_dict.pop("enable")

        description = _src_dict.pop("description", UNSET)

        post_v1_referral_auto_referral_update_body = cls(
            required_trading_volume=required_trading_volume,
            max_rebate=max_rebate,
            referrer_rebate=referrer_rebate,
            referee_rebate=referee_rebate,
            enable=enable,
            description=description,
        )

        post_v1_referral_auto_referral_update_body.additional_properties = _src_dict
        return post_v1_referral_auto_referral_update_body

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
