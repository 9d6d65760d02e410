from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PostV1ReferralMultiLevelAdminBody")


@_attrs_define
class PostV1ReferralMultiLevelAdminBody:
    """
    Attributes:
        enable (bool):
        required_volume (float):
        default_bonus_rebate_rate (float):
        base_rebate_rate (float):
    """

    enable: bool
    required_volume: float
    default_bonus_rebate_rate: float
    base_rebate_rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable = self.enable

        required_volume = self.required_volume

        default_bonus_rebate_rate = self.default_bonus_rebate_rate

        base_rebate_rate = self.base_rebate_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enable": enable,
                "required_volume": required_volume,
                "default_bonus_rebate_rate": default_bonus_rebate_rate,
                "base_rebate_rate": base_rebate_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        enable = _src_dict.pop("enable")

        required_volume = _src_dict.pop("required_volume")

        default_bonus_rebate_rate = _src_dict.pop("default_bonus_rebate_rate")

        base_rebate_rate = _src_dict.pop("base_rebate_rate")

        post_v1_referral_multi_level_admin_body = cls(
            enable=enable,
            required_volume=required_volume,
            default_bonus_rebate_rate=default_bonus_rebate_rate,
            base_rebate_rate=base_rebate_rate,
        )

        post_v1_referral_multi_level_admin_body.additional_properties = _src_dict
        return post_v1_referral_multi_level_admin_body

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
