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
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="GetReferralInfoResponseDataReferrerInfoReferralCodesItem")


@_attrs_define(repr=False)
class GetReferralInfoResponseDataReferrerInfoReferralCodesItem:
    """
    Attributes:
        code (str | Unset): Example: C4.
        max_rebate_rate (Decimal | Unset): Example: 0.4.
        bonus_max_rebate_rate (Decimal | Unset): Example: 0.4.
        referrer_rebate_rate (Decimal | Unset): Example: 0.3.
        bonus_referrer_rebate_rate (Decimal | Unset): Example: 0.3.
        referee_rebate_rate (Decimal | Unset): Example: 0.1.
        bonus_referee_rebate_rate (Decimal | Unset): Example: 0.1.
        total_invites (int | Unset): Example: 30.
        total_traded (Decimal | Unset): Example: 25.
    """

    code: str | Unset = UNSET
    max_rebate_rate: Decimal | Unset = UNSET
    bonus_max_rebate_rate: Decimal | Unset = UNSET
    referrer_rebate_rate: Decimal | Unset = UNSET
    bonus_referrer_rebate_rate: Decimal | Unset = UNSET
    referee_rebate_rate: Decimal | Unset = UNSET
    bonus_referee_rebate_rate: Decimal | Unset = UNSET
    total_invites: int | Unset = UNSET
    total_traded: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _code = _src_dict.pop("code", UNSET)
        code: str | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = _code if type(_code) is str else str_from_wire(_code, "code")

        _max_rebate_rate = _src_dict.pop("max_rebate_rate", UNSET)
        max_rebate_rate: Decimal | Unset
        if isinstance(_max_rebate_rate, Unset):
            max_rebate_rate = UNSET
        else:
            max_rebate_rate = (
                _max_rebate_rate
                if type(_max_rebate_rate) is Decimal
                else decimal_from_wire(_max_rebate_rate, "max_rebate_rate")
            )

        _bonus_max_rebate_rate = _src_dict.pop("bonus_max_rebate_rate", UNSET)
        bonus_max_rebate_rate: Decimal | Unset
        if isinstance(_bonus_max_rebate_rate, Unset):
            bonus_max_rebate_rate = UNSET
        else:
            bonus_max_rebate_rate = (
                _bonus_max_rebate_rate
                if type(_bonus_max_rebate_rate) is Decimal
                else decimal_from_wire(_bonus_max_rebate_rate, "bonus_max_rebate_rate")
            )

        _referrer_rebate_rate = _src_dict.pop("referrer_rebate_rate", UNSET)
        referrer_rebate_rate: Decimal | Unset
        if isinstance(_referrer_rebate_rate, Unset):
            referrer_rebate_rate = UNSET
        else:
            referrer_rebate_rate = (
                _referrer_rebate_rate
                if type(_referrer_rebate_rate) is Decimal
                else decimal_from_wire(_referrer_rebate_rate, "referrer_rebate_rate")
            )

        _bonus_referrer_rebate_rate = _src_dict.pop("bonus_referrer_rebate_rate", UNSET)
        bonus_referrer_rebate_rate: Decimal | Unset
        if isinstance(_bonus_referrer_rebate_rate, Unset):
            bonus_referrer_rebate_rate = UNSET
        else:
            bonus_referrer_rebate_rate = (
                _bonus_referrer_rebate_rate
                if type(_bonus_referrer_rebate_rate) is Decimal
                else decimal_from_wire(_bonus_referrer_rebate_rate, "bonus_referrer_rebate_rate")
            )

        _referee_rebate_rate = _src_dict.pop("referee_rebate_rate", UNSET)
        referee_rebate_rate: Decimal | Unset
        if isinstance(_referee_rebate_rate, Unset):
            referee_rebate_rate = UNSET
        else:
            referee_rebate_rate = (
                _referee_rebate_rate
                if type(_referee_rebate_rate) is Decimal
                else decimal_from_wire(_referee_rebate_rate, "referee_rebate_rate")
            )

        _bonus_referee_rebate_rate = _src_dict.pop("bonus_referee_rebate_rate", UNSET)
        bonus_referee_rebate_rate: Decimal | Unset
        if isinstance(_bonus_referee_rebate_rate, Unset):
            bonus_referee_rebate_rate = UNSET
        else:
            bonus_referee_rebate_rate = (
                _bonus_referee_rebate_rate
                if type(_bonus_referee_rebate_rate) is Decimal
                else decimal_from_wire(_bonus_referee_rebate_rate, "bonus_referee_rebate_rate")
            )

        _total_invites = _src_dict.pop("total_invites", UNSET)
        total_invites: int | Unset
        if isinstance(_total_invites, Unset):
            total_invites = UNSET
        else:
            total_invites = (
                _total_invites if type(_total_invites) is int else int_from_wire(_total_invites, "total_invites")
            )

        _total_traded = _src_dict.pop("total_traded", UNSET)
        total_traded: Decimal | Unset
        if isinstance(_total_traded, Unset):
            total_traded = UNSET
        else:
            total_traded = (
                _total_traded if type(_total_traded) is Decimal else decimal_from_wire(_total_traded, "total_traded")
            )

        _result = cls(
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
