from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostV1ReferralMultiLevelAdminCreateAffiliateBody")


@_attrs_define
class PostV1ReferralMultiLevelAdminCreateAffiliateBody:
    """
    Attributes:
        account_id (str):
        bonus_max_rebate_rate (float):
        referral_code (str | Unset):
    """

    account_id: str
    bonus_max_rebate_rate: float
    referral_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        bonus_max_rebate_rate = self.bonus_max_rebate_rate

        referral_code = self.referral_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "bonus_max_rebate_rate": bonus_max_rebate_rate,
            }
        )
        if referral_code is not UNSET:
            field_dict["referral_code"] = referral_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        account_id = _src_dict.pop("account_id")

        bonus_max_rebate_rate = _src_dict.pop("bonus_max_rebate_rate")

        referral_code = _src_dict.pop("referral_code", UNSET)

        post_v1_referral_multi_level_admin_create_affiliate_body = cls(
            account_id=account_id,
            bonus_max_rebate_rate=bonus_max_rebate_rate,
            referral_code=referral_code,
        )

        post_v1_referral_multi_level_admin_create_affiliate_body.additional_properties = _src_dict
        return post_v1_referral_multi_level_admin_create_affiliate_body

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
