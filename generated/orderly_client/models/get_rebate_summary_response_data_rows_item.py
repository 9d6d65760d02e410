from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="GetRebateSummaryResponseDataRowsItem")


@_attrs_define(repr=False)
class GetRebateSummaryResponseDataRowsItem:
    """
    Attributes:
        traded_referral (Decimal | Unset): Example: 11.
        referral_rebate (Decimal | Unset): Example: 2.22.
        direct_bonus_rebate (Decimal | Unset): Example: 0.22.
        base_rebate (Decimal | Unset): Example: 0.22.
        volume (Decimal | Unset): Example: 123.456.
        date (str | Unset): Example: 2023-11-14.
    """

    traded_referral: Decimal | Unset = UNSET
    referral_rebate: Decimal | Unset = UNSET
    direct_bonus_rebate: Decimal | Unset = UNSET
    base_rebate: Decimal | Unset = UNSET
    volume: Decimal | Unset = UNSET
    date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _traded_referral = _src_dict.pop("traded_referral", UNSET)
        traded_referral: Decimal | Unset
        if isinstance(_traded_referral, Unset):
            traded_referral = UNSET
        else:
            traded_referral = (
                _traded_referral
                if type(_traded_referral) is Decimal
                else decimal_from_wire(_traded_referral, "traded_referral")
            )

        _referral_rebate = _src_dict.pop("referral_rebate", UNSET)
        referral_rebate: Decimal | Unset
        if isinstance(_referral_rebate, Unset):
            referral_rebate = UNSET
        else:
            referral_rebate = (
                _referral_rebate
                if type(_referral_rebate) is Decimal
                else decimal_from_wire(_referral_rebate, "referral_rebate")
            )

        _direct_bonus_rebate = _src_dict.pop("direct_bonus_rebate", UNSET)
        direct_bonus_rebate: Decimal | Unset
        if isinstance(_direct_bonus_rebate, Unset):
            direct_bonus_rebate = UNSET
        else:
            direct_bonus_rebate = (
                _direct_bonus_rebate
                if type(_direct_bonus_rebate) is Decimal
                else decimal_from_wire(_direct_bonus_rebate, "direct_bonus_rebate")
            )

        _base_rebate = _src_dict.pop("base_rebate", UNSET)
        base_rebate: Decimal | Unset
        if isinstance(_base_rebate, Unset):
            base_rebate = UNSET
        else:
            base_rebate = (
                _base_rebate if type(_base_rebate) is Decimal else decimal_from_wire(_base_rebate, "base_rebate")
            )

        _volume = _src_dict.pop("volume", UNSET)
        volume: Decimal | Unset
        if isinstance(_volume, Unset):
            volume = UNSET
        else:
            volume = _volume if type(_volume) is Decimal else decimal_from_wire(_volume, "volume")

        _date = _src_dict.pop("date", UNSET)
        date: str | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _date if type(_date) is str else str_from_wire(_date, "date")

        _result = cls(
            traded_referral=traded_referral,
            referral_rebate=referral_rebate,
            direct_bonus_rebate=direct_bonus_rebate,
            base_rebate=base_rebate,
            volume=volume,
            date=date,
        )

        _result.additional_properties = _src_dict
        return _result

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
