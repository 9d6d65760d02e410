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
    to_decimal,
)

# from_dict sets converted values as they are (its converters and setattr hooks are for values given by hand).
_set = object.__setattr__


T = TypeVar("T", bound="PostV1ReferralMultiLevelAdminCreateAffiliateBody")


@_attrs_define(repr=False)
class PostV1ReferralMultiLevelAdminCreateAffiliateBody:
    """
    Attributes:
        account_id (str):
        bonus_max_rebate_rate (Decimal):
        referral_code (str | Unset):
    """

    account_id: str
    bonus_max_rebate_rate: Decimal = _attrs_field(converter=to_decimal)
    referral_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _account_id = _src_dict.pop("account_id")
        account_id = _account_id if type(_account_id) is str else str_from_wire(_account_id, "account_id")

        _bonus_max_rebate_rate = _src_dict.pop("bonus_max_rebate_rate")
        bonus_max_rebate_rate = (
            _bonus_max_rebate_rate
            if type(_bonus_max_rebate_rate) is Decimal
            else decimal_from_wire(_bonus_max_rebate_rate, "bonus_max_rebate_rate")
        )

        _referral_code = _src_dict.pop("referral_code", UNSET)
        referral_code: str | Unset
        if isinstance(_referral_code, Unset):
            referral_code = UNSET
        else:
            referral_code = (
                _referral_code if type(_referral_code) is str else str_from_wire(_referral_code, "referral_code")
            )

        # Every value is converted above: set as it is, past __init__'s converters (a second pass) and setattr hooks.
        _result = cls.__new__(cls)
        _set(_result, "account_id", account_id)
        _set(_result, "bonus_max_rebate_rate", bonus_max_rebate_rate)
        _set(_result, "referral_code", referral_code)

        _set(_result, "additional_properties", _src_dict)
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
