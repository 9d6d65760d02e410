from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostV1ReferralMultiLevelRebateRateUpdateBody")


@_attrs_define
class PostV1ReferralMultiLevelRebateRateUpdateBody:
    """
    Attributes:
        bonus_referee_rebate_rate (float | Unset):
        account_ids (list[str] | Unset):
    """

    bonus_referee_rebate_rate: float | Unset = UNSET
    account_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bonus_referee_rebate_rate = self.bonus_referee_rebate_rate

        account_ids: list[str] | Unset = UNSET
        if not isinstance(self.account_ids, Unset):
            account_ids = self.account_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bonus_referee_rebate_rate is not UNSET:
            field_dict["bonus_referee_rebate_rate"] = bonus_referee_rebate_rate
        if account_ids is not UNSET:
            field_dict["account_ids"] = account_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        bonus_referee_rebate_rate = _src_dict.pop("bonus_referee_rebate_rate", UNSET)

        account_ids = cast(list[str], _src_dict.pop("account_ids", UNSET))

        post_v1_referral_multi_level_rebate_rate_update_body = cls(
            bonus_referee_rebate_rate=bonus_referee_rebate_rate,
            account_ids=account_ids,
        )

        post_v1_referral_multi_level_rebate_rate_update_body.additional_properties = _src_dict
        return post_v1_referral_multi_level_rebate_rate_update_body

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
