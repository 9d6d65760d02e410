from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostV1ReferralMultiLevelClaimCodeBody")


@_attrs_define
class PostV1ReferralMultiLevelClaimCodeBody:
    """
    Attributes:
        bonus_referee_rebate_rate (float | Unset):
    """

    bonus_referee_rebate_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bonus_referee_rebate_rate = self.bonus_referee_rebate_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bonus_referee_rebate_rate is not UNSET:
            field_dict["bonus_referee_rebate_rate"] = bonus_referee_rebate_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        bonus_referee_rebate_rate = _src_dict.pop("bonus_referee_rebate_rate", UNSET)

        post_v1_referral_multi_level_claim_code_body = cls(
            bonus_referee_rebate_rate=bonus_referee_rebate_rate,
        )

        post_v1_referral_multi_level_claim_code_body.additional_properties = _src_dict
        return post_v1_referral_multi_level_claim_code_body

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
