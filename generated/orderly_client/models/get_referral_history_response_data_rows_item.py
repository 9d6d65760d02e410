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

T = TypeVar("T", bound="GetReferralHistoryResponseDataRowsItem")


@_attrs_define(repr=False)
class GetReferralHistoryResponseDataRowsItem:
    """
    Attributes:
        account_id (str | Unset): Example: 0x114f583aea808c5812e16109b6c087660285a26f0a31dcc0f9b54f1a6a0fefbd.
        user_address (str | Unset): Example: 0xa8ec6970fec8842dd229eef170f624c3d77dab45.
        referral_code (str | Unset): Example: C4.
        volume (Decimal | Unset): Example: 1229.12.
        referral_rebate (Decimal | Unset): Example: 2.22.
        direct_bonus_rebate (Decimal | Unset): Example: 0.22.
        base_rebate (Decimal | Unset): Example: 0.22.
        date (str | Unset): Example: 2023-11-14.
    """

    account_id: str | Unset = UNSET
    user_address: str | Unset = UNSET
    referral_code: str | Unset = UNSET
    volume: Decimal | Unset = UNSET
    referral_rebate: Decimal | Unset = UNSET
    direct_bonus_rebate: Decimal | Unset = UNSET
    base_rebate: Decimal | Unset = UNSET
    date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        user_address = self.user_address

        referral_code = self.referral_code

        volume = self.volume

        referral_rebate = self.referral_rebate

        direct_bonus_rebate = self.direct_bonus_rebate

        base_rebate = self.base_rebate

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if user_address is not UNSET:
            field_dict["user_address"] = user_address
        if referral_code is not UNSET:
            field_dict["referral_code"] = referral_code
        if volume is not UNSET:
            field_dict["volume"] = volume
        if referral_rebate is not UNSET:
            field_dict["referral_rebate"] = referral_rebate
        if direct_bonus_rebate is not UNSET:
            field_dict["direct_bonus_rebate"] = direct_bonus_rebate
        if base_rebate is not UNSET:
            field_dict["base_rebate"] = base_rebate
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _account_id = _src_dict.pop("account_id", UNSET)
        account_id: str | Unset
        if isinstance(_account_id, Unset):
            account_id = UNSET
        else:
            account_id = _account_id if type(_account_id) is str else str_from_wire(_account_id, "account_id")

        _user_address = _src_dict.pop("user_address", UNSET)
        user_address: str | Unset
        if isinstance(_user_address, Unset):
            user_address = UNSET
        else:
            user_address = _user_address if type(_user_address) is str else str_from_wire(_user_address, "user_address")

        _referral_code = _src_dict.pop("referral_code", UNSET)
        referral_code: str | Unset
        if isinstance(_referral_code, Unset):
            referral_code = UNSET
        else:
            referral_code = (
                _referral_code if type(_referral_code) is str else str_from_wire(_referral_code, "referral_code")
            )

        _volume = _src_dict.pop("volume", UNSET)
        volume: Decimal | Unset
        if isinstance(_volume, Unset):
            volume = UNSET
        else:
            volume = _volume if type(_volume) is Decimal else decimal_from_wire(_volume, "volume")

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

        _date = _src_dict.pop("date", UNSET)
        date: str | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _date if type(_date) is str else str_from_wire(_date, "date")

        _result = cls(
            account_id=account_id,
            user_address=user_address,
            referral_code=referral_code,
            volume=volume,
            referral_rebate=referral_rebate,
            direct_bonus_rebate=direct_bonus_rebate,
            base_rebate=base_rebate,
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
