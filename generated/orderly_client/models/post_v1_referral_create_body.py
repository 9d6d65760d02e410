from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PostV1ReferralCreateBody")


@_attrs_define
class PostV1ReferralCreateBody:
    """
    Attributes:
        account_id (str):
        referral_code (str):
        bonus_max_rebate_rate (float):
        bonus_referrer_rebate_rate (float):
        bonus_referee_rebate_rate (float):
    """

    account_id: str
    referral_code: str
    bonus_max_rebate_rate: float
    bonus_referrer_rebate_rate: float
    bonus_referee_rebate_rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        referral_code = self.referral_code

        bonus_max_rebate_rate = self.bonus_max_rebate_rate

        bonus_referrer_rebate_rate = self.bonus_referrer_rebate_rate

        bonus_referee_rebate_rate = self.bonus_referee_rebate_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "referral_code": referral_code,
                "bonus_max_rebate_rate": bonus_max_rebate_rate,
                "bonus_referrer_rebate_rate": bonus_referrer_rebate_rate,
                "bonus_referee_rebate_rate": bonus_referee_rebate_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        account_id = _src_dict.pop("account_id")

        referral_code = _src_dict.pop("referral_code")

        bonus_max_rebate_rate = _src_dict.pop("bonus_max_rebate_rate")

        bonus_referrer_rebate_rate = _src_dict.pop("bonus_referrer_rebate_rate")

        bonus_referee_rebate_rate = _src_dict.pop("bonus_referee_rebate_rate")

        post_v1_referral_create_body = cls(
            account_id=account_id,
            referral_code=referral_code,
            bonus_max_rebate_rate=bonus_max_rebate_rate,
            bonus_referrer_rebate_rate=bonus_referrer_rebate_rate,
            bonus_referee_rebate_rate=bonus_referee_rebate_rate,
        )

        post_v1_referral_create_body.additional_properties = _src_dict
        return post_v1_referral_create_body

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
