from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_referral_info_response_data_referrer_info_referral_codes_item import (
        GetReferralInfoResponseDataReferrerInfoReferralCodesItem,
    )


T = TypeVar("T", bound="GetReferralInfoResponseDataReferrerInfo")


@_attrs_define
class GetReferralInfoResponseDataReferrerInfo:
    """
    Attributes:
        field_1d_invites (int | Unset): Example: 5.
        field_7d_invites (int | Unset): Example: 5.
        field_30d_invites (int | Unset): Example: 5.
        total_invites (int | Unset): Example: 30.
        field_1d_traded (int | Unset): Example: 5.
        field_7d_traded (int | Unset): Example: 10.
        field_30d_traded (int | Unset): Example: 20.
        total_traded (int | Unset): Example: 25.
        field_1d_referee_volume (float | Unset): Example: 5.
        field_7d_referee_volume (float | Unset): Example: 10.
        field_30d_referee_volume (float | Unset): Example: 20.
        total_referee_volume (float | Unset): Example: 30.
        field_1d_referrer_rebate (float | Unset): Example: 5.
        field_7d_referrer_rebate (float | Unset): Example: 10.
        field_30d_referrer_rebate (float | Unset): Example: 20.
        total_referrer_rebate (float | Unset): Example: 30.
        referral_codes (list[GetReferralInfoResponseDataReferrerInfoReferralCodesItem] | Unset):
    """

    field_1d_invites: int | Unset = UNSET
    field_7d_invites: int | Unset = UNSET
    field_30d_invites: int | Unset = UNSET
    total_invites: int | Unset = UNSET
    field_1d_traded: int | Unset = UNSET
    field_7d_traded: int | Unset = UNSET
    field_30d_traded: int | Unset = UNSET
    total_traded: int | Unset = UNSET
    field_1d_referee_volume: float | Unset = UNSET
    field_7d_referee_volume: float | Unset = UNSET
    field_30d_referee_volume: float | Unset = UNSET
    total_referee_volume: float | Unset = UNSET
    field_1d_referrer_rebate: float | Unset = UNSET
    field_7d_referrer_rebate: float | Unset = UNSET
    field_30d_referrer_rebate: float | Unset = UNSET
    total_referrer_rebate: float | Unset = UNSET
    referral_codes: list[GetReferralInfoResponseDataReferrerInfoReferralCodesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_1d_invites = self.field_1d_invites

        field_7d_invites = self.field_7d_invites

        field_30d_invites = self.field_30d_invites

        total_invites = self.total_invites

        field_1d_traded = self.field_1d_traded

        field_7d_traded = self.field_7d_traded

        field_30d_traded = self.field_30d_traded

        total_traded = self.total_traded

        field_1d_referee_volume = self.field_1d_referee_volume

        field_7d_referee_volume = self.field_7d_referee_volume

        field_30d_referee_volume = self.field_30d_referee_volume

        total_referee_volume = self.total_referee_volume

        field_1d_referrer_rebate = self.field_1d_referrer_rebate

        field_7d_referrer_rebate = self.field_7d_referrer_rebate

        field_30d_referrer_rebate = self.field_30d_referrer_rebate

        total_referrer_rebate = self.total_referrer_rebate

        referral_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.referral_codes, Unset):
            referral_codes = []
            for referral_codes_item_data in self.referral_codes:
                referral_codes_item = referral_codes_item_data.to_dict()
                referral_codes.append(referral_codes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_1d_invites is not UNSET:
            field_dict["1d_invites"] = field_1d_invites
        if field_7d_invites is not UNSET:
            field_dict["7d_invites"] = field_7d_invites
        if field_30d_invites is not UNSET:
            field_dict["30d_invites"] = field_30d_invites
        if total_invites is not UNSET:
            field_dict["total_invites"] = total_invites
        if field_1d_traded is not UNSET:
            field_dict["1d_traded"] = field_1d_traded
        if field_7d_traded is not UNSET:
            field_dict["7d_traded"] = field_7d_traded
        if field_30d_traded is not UNSET:
            field_dict["30d_traded"] = field_30d_traded
        if total_traded is not UNSET:
            field_dict["total_traded"] = total_traded
        if field_1d_referee_volume is not UNSET:
            field_dict["1d_referee_volume"] = field_1d_referee_volume
        if field_7d_referee_volume is not UNSET:
            field_dict["7d_referee_volume"] = field_7d_referee_volume
        if field_30d_referee_volume is not UNSET:
            field_dict["30d_referee_volume"] = field_30d_referee_volume
        if total_referee_volume is not UNSET:
            field_dict["total_referee_volume"] = total_referee_volume
        if field_1d_referrer_rebate is not UNSET:
            field_dict["1d_referrer_rebate"] = field_1d_referrer_rebate
        if field_7d_referrer_rebate is not UNSET:
            field_dict["7d_referrer_rebate"] = field_7d_referrer_rebate
        if field_30d_referrer_rebate is not UNSET:
            field_dict["30d_referrer_rebate"] = field_30d_referrer_rebate
        if total_referrer_rebate is not UNSET:
            field_dict["total_referrer_rebate"] = total_referrer_rebate
        if referral_codes is not UNSET:
            field_dict["referral_codes"] = referral_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_referral_info_response_data_referrer_info_referral_codes_item import (
            GetReferralInfoResponseDataReferrerInfoReferralCodesItem,  # noqa: PLC0415
        )

        _src_dict = dict(src_dict)
        field_1d_invites = _src_dict.pop("1d_invites", UNSET)

        field_7d_invites = _src_dict.pop("7d_invites", UNSET)

        field_30d_invites = _src_dict.pop("30d_invites", UNSET)

        total_invites = _src_dict.pop("total_invites", UNSET)

        field_1d_traded = _src_dict.pop("1d_traded", UNSET)

        field_7d_traded = _src_dict.pop("7d_traded", UNSET)

        field_30d_traded = _src_dict.pop("30d_traded", UNSET)

        total_traded = _src_dict.pop("total_traded", UNSET)

        field_1d_referee_volume = _src_dict.pop("1d_referee_volume", UNSET)

        field_7d_referee_volume = _src_dict.pop("7d_referee_volume", UNSET)

        field_30d_referee_volume = _src_dict.pop("30d_referee_volume", UNSET)

        total_referee_volume = _src_dict.pop("total_referee_volume", UNSET)

        field_1d_referrer_rebate = _src_dict.pop("1d_referrer_rebate", UNSET)

        field_7d_referrer_rebate = _src_dict.pop("7d_referrer_rebate", UNSET)

        field_30d_referrer_rebate = _src_dict.pop("30d_referrer_rebate", UNSET)

        total_referrer_rebate = _src_dict.pop("total_referrer_rebate", UNSET)

        _referral_codes = _src_dict.pop("referral_codes", UNSET)
        referral_codes: list[GetReferralInfoResponseDataReferrerInfoReferralCodesItem] | Unset = UNSET
        if _referral_codes is not UNSET:
            referral_codes = []
            for referral_codes_item_data in _referral_codes:
                referral_codes_item = GetReferralInfoResponseDataReferrerInfoReferralCodesItem.from_dict(
                    referral_codes_item_data
                )

                referral_codes.append(referral_codes_item)

        get_referral_info_response_data_referrer_info = cls(
            field_1d_invites=field_1d_invites,
            field_7d_invites=field_7d_invites,
            field_30d_invites=field_30d_invites,
            total_invites=total_invites,
            field_1d_traded=field_1d_traded,
            field_7d_traded=field_7d_traded,
            field_30d_traded=field_30d_traded,
            total_traded=total_traded,
            field_1d_referee_volume=field_1d_referee_volume,
            field_7d_referee_volume=field_7d_referee_volume,
            field_30d_referee_volume=field_30d_referee_volume,
            total_referee_volume=total_referee_volume,
            field_1d_referrer_rebate=field_1d_referrer_rebate,
            field_7d_referrer_rebate=field_7d_referrer_rebate,
            field_30d_referrer_rebate=field_30d_referrer_rebate,
            total_referrer_rebate=total_referrer_rebate,
            referral_codes=referral_codes,
        )

        get_referral_info_response_data_referrer_info.additional_properties = _src_dict
        return get_referral_info_response_data_referrer_info

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
