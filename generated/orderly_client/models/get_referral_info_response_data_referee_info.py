from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetReferralInfoResponseDataRefereeInfo")


@_attrs_define
class GetReferralInfoResponseDataRefereeInfo:
    """
    Attributes:
        referer_code (str | Unset): Example: Kevin.
        referee_rebate_rate (float | Unset): Example: 0.1.
        bonus_referee_rebate_rate (float | Unset): Example: 0.1.
        field_1d_referee_rebate (float | Unset): Example: 5.
        field_7d_referee_rebate (float | Unset): Example: 10.
        field_30d_referee_rebate (float | Unset): Example: 20.
        total_referee_rebate (float | Unset): Example: 30.
    """

    referer_code: str | Unset = UNSET
    referee_rebate_rate: float | Unset = UNSET
    bonus_referee_rebate_rate: float | Unset = UNSET
    field_1d_referee_rebate: float | Unset = UNSET
    field_7d_referee_rebate: float | Unset = UNSET
    field_30d_referee_rebate: float | Unset = UNSET
    total_referee_rebate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        referer_code = self.referer_code

        referee_rebate_rate = self.referee_rebate_rate

        bonus_referee_rebate_rate = self.bonus_referee_rebate_rate

        field_1d_referee_rebate = self.field_1d_referee_rebate

        field_7d_referee_rebate = self.field_7d_referee_rebate

        field_30d_referee_rebate = self.field_30d_referee_rebate

        total_referee_rebate = self.total_referee_rebate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if referer_code is not UNSET:
            field_dict["referer_code"] = referer_code
        if referee_rebate_rate is not UNSET:
            field_dict["referee_rebate_rate"] = referee_rebate_rate
        if bonus_referee_rebate_rate is not UNSET:
            field_dict["bonus_referee_rebate_rate"] = bonus_referee_rebate_rate
        if field_1d_referee_rebate is not UNSET:
            field_dict["1d_referee_rebate"] = field_1d_referee_rebate
        if field_7d_referee_rebate is not UNSET:
            field_dict["7d_referee_rebate"] = field_7d_referee_rebate
        if field_30d_referee_rebate is not UNSET:
            field_dict["30d_referee_rebate"] = field_30d_referee_rebate
        if total_referee_rebate is not UNSET:
            field_dict["total_referee_rebate"] = total_referee_rebate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        referer_code = _src_dict.pop("referer_code", UNSET)

        referee_rebate_rate = _src_dict.pop("referee_rebate_rate", UNSET)

        bonus_referee_rebate_rate = _src_dict.pop("bonus_referee_rebate_rate", UNSET)

        field_1d_referee_rebate = _src_dict.pop("1d_referee_rebate", UNSET)

        field_7d_referee_rebate = _src_dict.pop("7d_referee_rebate", UNSET)

        field_30d_referee_rebate = _src_dict.pop("30d_referee_rebate", UNSET)

        total_referee_rebate = _src_dict.pop("total_referee_rebate", UNSET)

        get_referral_info_response_data_referee_info = cls(
            referer_code=referer_code,
            referee_rebate_rate=referee_rebate_rate,
            bonus_referee_rebate_rate=bonus_referee_rebate_rate,
            field_1d_referee_rebate=field_1d_referee_rebate,
            field_7d_referee_rebate=field_7d_referee_rebate,
            field_30d_referee_rebate=field_30d_referee_rebate,
            total_referee_rebate=total_referee_rebate,
        )

        get_referral_info_response_data_referee_info.additional_properties = _src_dict
        return get_referral_info_response_data_referee_info

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
