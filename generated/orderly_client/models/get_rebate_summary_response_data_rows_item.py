from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetRebateSummaryResponseDataRowsItem")


@_attrs_define
class GetRebateSummaryResponseDataRowsItem:
    """
    Attributes:
        traded_referral (float | Unset): Example: 11.
        referral_rebate (float | Unset): Example: 2.22.
        direct_bonus_rebate (float | Unset): Example: 0.22.
        base_rebate (float | Unset): Example: 0.22.
        volume (float | Unset): Example: 123.456.
        date (str | Unset): Example: 2023-11-14.
    """

    traded_referral: float | Unset = UNSET
    referral_rebate: float | Unset = UNSET
    direct_bonus_rebate: float | Unset = UNSET
    base_rebate: float | Unset = UNSET
    volume: float | Unset = UNSET
    date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        traded_referral = self.traded_referral

        referral_rebate = self.referral_rebate

        direct_bonus_rebate = self.direct_bonus_rebate

        base_rebate = self.base_rebate

        volume = self.volume

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if traded_referral is not UNSET:
            field_dict["traded_referral"] = traded_referral
        if referral_rebate is not UNSET:
            field_dict["referral_rebate"] = referral_rebate
        if direct_bonus_rebate is not UNSET:
            field_dict["direct_bonus_rebate"] = direct_bonus_rebate
        if base_rebate is not UNSET:
            field_dict["base_rebate"] = base_rebate
        if volume is not UNSET:
            field_dict["volume"] = volume
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        traded_referral = _src_dict.pop("traded_referral", UNSET)

        referral_rebate = _src_dict.pop("referral_rebate", UNSET)

        direct_bonus_rebate = _src_dict.pop("direct_bonus_rebate", UNSET)

        base_rebate = _src_dict.pop("base_rebate", UNSET)

        volume = _src_dict.pop("volume", UNSET)

        date = _src_dict.pop("date", UNSET)

        get_rebate_summary_response_data_rows_item = cls(
            traded_referral=traded_referral,
            referral_rebate=referral_rebate,
            direct_bonus_rebate=direct_bonus_rebate,
            base_rebate=base_rebate,
            volume=volume,
            date=date,
        )

        get_rebate_summary_response_data_rows_item.additional_properties = _src_dict
        return get_rebate_summary_response_data_rows_item

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
