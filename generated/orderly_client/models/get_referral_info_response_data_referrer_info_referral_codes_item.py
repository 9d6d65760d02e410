from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetReferralInfoResponseDataReferrerInfoReferralCodesItem")


@_attrs_define
class GetReferralInfoResponseDataReferrerInfoReferralCodesItem:
    """
    Attributes:
        code (str | Unset): Example: C4.
        max_rebate_rate (float | Unset): Example: 0.4.
        bonus_max_rebate_rate (float | Unset): Example: 0.4.
        referrer_rebate_rate (float | Unset): Example: 0.3.
        bonus_referrer_rebate_rate (float | Unset): Example: 0.3.
        referee_rebate_rate (float | Unset): Example: 0.1.
        bonus_referee_rebate_rate (float | Unset): Example: 0.1.
        total_invites (float | Unset): Example: 30.
        total_traded (float | Unset): Example: 25.
    """

    code: str | Unset = UNSET
    max_rebate_rate: float | Unset = UNSET
    bonus_max_rebate_rate: float | Unset = UNSET
    referrer_rebate_rate: float | Unset = UNSET
    bonus_referrer_rebate_rate: float | Unset = UNSET
    referee_rebate_rate: float | Unset = UNSET
    bonus_referee_rebate_rate: float | Unset = UNSET
    total_invites: float | Unset = UNSET
    total_traded: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        max_rebate_rate = self.max_rebate_rate

        bonus_max_rebate_rate = self.bonus_max_rebate_rate

        referrer_rebate_rate = self.referrer_rebate_rate

        bonus_referrer_rebate_rate = self.bonus_referrer_rebate_rate

        referee_rebate_rate = self.referee_rebate_rate

        bonus_referee_rebate_rate = self.bonus_referee_rebate_rate

        total_invites = self.total_invites

        total_traded = self.total_traded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if max_rebate_rate is not UNSET:
            field_dict["max_rebate_rate"] = max_rebate_rate
        if bonus_max_rebate_rate is not UNSET:
            field_dict["bonus_max_rebate_rate"] = bonus_max_rebate_rate
        if referrer_rebate_rate is not UNSET:
            field_dict["referrer_rebate_rate"] = referrer_rebate_rate
        if bonus_referrer_rebate_rate is not UNSET:
            field_dict["bonus_referrer_rebate_rate"] = bonus_referrer_rebate_rate
        if referee_rebate_rate is not UNSET:
            field_dict["referee_rebate_rate"] = referee_rebate_rate
        if bonus_referee_rebate_rate is not UNSET:
            field_dict["bonus_referee_rebate_rate"] = bonus_referee_rebate_rate
        if total_invites is not UNSET:
            field_dict["total_invites"] = total_invites
        if total_traded is not UNSET:
            field_dict["total_traded"] = total_traded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        code = _src_dict.pop("code", UNSET)

        max_rebate_rate = _src_dict.pop("max_rebate_rate", UNSET)

        bonus_max_rebate_rate = _src_dict.pop("bonus_max_rebate_rate", UNSET)

        referrer_rebate_rate = _src_dict.pop("referrer_rebate_rate", UNSET)

        bonus_referrer_rebate_rate = _src_dict.pop("bonus_referrer_rebate_rate", UNSET)

        referee_rebate_rate = _src_dict.pop("referee_rebate_rate", UNSET)

        bonus_referee_rebate_rate = _src_dict.pop("bonus_referee_rebate_rate", UNSET)

        total_invites = _src_dict.pop("total_invites", UNSET)

        total_traded = _src_dict.pop("total_traded", UNSET)

        get_referral_info_response_data_referrer_info_referral_codes_item = cls(
            code=code,
            max_rebate_rate=max_rebate_rate,
            bonus_max_rebate_rate=bonus_max_rebate_rate,
            referrer_rebate_rate=referrer_rebate_rate,
            bonus_referrer_rebate_rate=bonus_referrer_rebate_rate,
            referee_rebate_rate=referee_rebate_rate,
            bonus_referee_rebate_rate=bonus_referee_rebate_rate,
            total_invites=total_invites,
            total_traded=total_traded,
        )

        get_referral_info_response_data_referrer_info_referral_codes_item.additional_properties = _src_dict
        return get_referral_info_response_data_referrer_info_referral_codes_item

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
