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

T = TypeVar("T", bound="GetMultiLevelAdminInfoResponseDataRowsItem")


@_attrs_define(repr=False)
class GetMultiLevelAdminInfoResponseDataRowsItem:
    """
    Attributes:
        account_id (str | Unset):
        user_address (str | Unset):
        referral_code (str | Unset):
        referrer_account_id (str | Unset):
        referrer_address (str | Unset):
        bound_code (str | Unset):
        level (int | Unset):
        max_rebate_rate (Decimal | Unset):
        bonus_max_rebate_rate (Decimal | Unset):
        default_referee_rebate_rate (Decimal | Unset):
        default_bonus_referee_rebate_rate (Decimal | Unset):
        direct_bonus_rebate_rate (Decimal | Unset):
        base_rebate_rate (Decimal | Unset):
        total_direct_invites (int | Unset):
        total_indirect_invites (int | Unset):
        total_direct_traded (Decimal | Unset):
        total_indirect_traded (Decimal | Unset):
        total_direct_volume (Decimal | Unset):
        total_indirect_volume (Decimal | Unset):
        broker_fee (Decimal | Unset):
        total_direct_rebate (Decimal | Unset):
        total_indirect_rebate (Decimal | Unset):
        total_direct_bonus_rebate (Decimal | Unset):
        total_base_rebate (Decimal | Unset):
    """

    account_id: str | Unset = UNSET
    user_address: str | Unset = UNSET
    referral_code: str | Unset = UNSET
    referrer_account_id: str | Unset = UNSET
    referrer_address: str | Unset = UNSET
    bound_code: str | Unset = UNSET
    level: int | Unset = UNSET
    max_rebate_rate: Decimal | Unset = UNSET
    bonus_max_rebate_rate: Decimal | Unset = UNSET
    default_referee_rebate_rate: Decimal | Unset = UNSET
    default_bonus_referee_rebate_rate: Decimal | Unset = UNSET
    direct_bonus_rebate_rate: Decimal | Unset = UNSET
    base_rebate_rate: Decimal | Unset = UNSET
    total_direct_invites: int | Unset = UNSET
    total_indirect_invites: int | Unset = UNSET
    total_direct_traded: Decimal | Unset = UNSET
    total_indirect_traded: Decimal | Unset = UNSET
    total_direct_volume: Decimal | Unset = UNSET
    total_indirect_volume: Decimal | Unset = UNSET
    broker_fee: Decimal | Unset = UNSET
    total_direct_rebate: Decimal | Unset = UNSET
    total_indirect_rebate: Decimal | Unset = UNSET
    total_direct_bonus_rebate: Decimal | Unset = UNSET
    total_base_rebate: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        user_address = self.user_address

        referral_code = self.referral_code

        referrer_account_id = self.referrer_account_id

        referrer_address = self.referrer_address

        bound_code = self.bound_code

        level = self.level

        max_rebate_rate = self.max_rebate_rate

        bonus_max_rebate_rate = self.bonus_max_rebate_rate

        default_referee_rebate_rate = self.default_referee_rebate_rate

        default_bonus_referee_rebate_rate = self.default_bonus_referee_rebate_rate

        direct_bonus_rebate_rate = self.direct_bonus_rebate_rate

        base_rebate_rate = self.base_rebate_rate

        total_direct_invites = self.total_direct_invites

        total_indirect_invites = self.total_indirect_invites

        total_direct_traded = self.total_direct_traded

        total_indirect_traded = self.total_indirect_traded

        total_direct_volume = self.total_direct_volume

        total_indirect_volume = self.total_indirect_volume

        broker_fee = self.broker_fee

        total_direct_rebate = self.total_direct_rebate

        total_indirect_rebate = self.total_indirect_rebate

        total_direct_bonus_rebate = self.total_direct_bonus_rebate

        total_base_rebate = self.total_base_rebate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if user_address is not UNSET:
            field_dict["user_address"] = user_address
        if referral_code is not UNSET:
            field_dict["referral_code"] = referral_code
        if referrer_account_id is not UNSET:
            field_dict["referrer_account_id"] = referrer_account_id
        if referrer_address is not UNSET:
            field_dict["referrer_address"] = referrer_address
        if bound_code is not UNSET:
            field_dict["bound_code"] = bound_code
        if level is not UNSET:
            field_dict["level"] = level
        if max_rebate_rate is not UNSET:
            field_dict["max_rebate_rate"] = max_rebate_rate
        if bonus_max_rebate_rate is not UNSET:
            field_dict["bonus_max_rebate_rate"] = bonus_max_rebate_rate
        if default_referee_rebate_rate is not UNSET:
            field_dict["default_referee_rebate_rate"] = default_referee_rebate_rate
        if default_bonus_referee_rebate_rate is not UNSET:
            field_dict["default_bonus_referee_rebate_rate"] = default_bonus_referee_rebate_rate
        if direct_bonus_rebate_rate is not UNSET:
            field_dict["direct_bonus_rebate_rate"] = direct_bonus_rebate_rate
        if base_rebate_rate is not UNSET:
            field_dict["base_rebate_rate"] = base_rebate_rate
        if total_direct_invites is not UNSET:
            field_dict["total_direct_invites"] = total_direct_invites
        if total_indirect_invites is not UNSET:
            field_dict["total_indirect_invites"] = total_indirect_invites
        if total_direct_traded is not UNSET:
            field_dict["total_direct_traded"] = total_direct_traded
        if total_indirect_traded is not UNSET:
            field_dict["total_indirect_traded"] = total_indirect_traded
        if total_direct_volume is not UNSET:
            field_dict["total_direct_volume"] = total_direct_volume
        if total_indirect_volume is not UNSET:
            field_dict["total_indirect_volume"] = total_indirect_volume
        if broker_fee is not UNSET:
            field_dict["broker_fee"] = broker_fee
        if total_direct_rebate is not UNSET:
            field_dict["total_direct_rebate"] = total_direct_rebate
        if total_indirect_rebate is not UNSET:
            field_dict["total_indirect_rebate"] = total_indirect_rebate
        if total_direct_bonus_rebate is not UNSET:
            field_dict["total_direct_bonus_rebate"] = total_direct_bonus_rebate
        if total_base_rebate is not UNSET:
            field_dict["total_base_rebate"] = total_base_rebate

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

        _referrer_account_id = _src_dict.pop("referrer_account_id", UNSET)
        referrer_account_id: str | Unset
        if isinstance(_referrer_account_id, Unset):
            referrer_account_id = UNSET
        else:
            referrer_account_id = (
                _referrer_account_id
                if type(_referrer_account_id) is str
                else str_from_wire(_referrer_account_id, "referrer_account_id")
            )

        _referrer_address = _src_dict.pop("referrer_address", UNSET)
        referrer_address: str | Unset
        if isinstance(_referrer_address, Unset):
            referrer_address = UNSET
        else:
            referrer_address = (
                _referrer_address
                if type(_referrer_address) is str
                else str_from_wire(_referrer_address, "referrer_address")
            )

        _bound_code = _src_dict.pop("bound_code", UNSET)
        bound_code: str | Unset
        if isinstance(_bound_code, Unset):
            bound_code = UNSET
        else:
            bound_code = _bound_code if type(_bound_code) is str else str_from_wire(_bound_code, "bound_code")

        _level = _src_dict.pop("level", UNSET)
        level: int | Unset
        if isinstance(_level, Unset):
            level = UNSET
        else:
            level = _level if type(_level) is int else int_from_wire(_level, "level")

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

        _default_referee_rebate_rate = _src_dict.pop("default_referee_rebate_rate", UNSET)
        default_referee_rebate_rate: Decimal | Unset
        if isinstance(_default_referee_rebate_rate, Unset):
            default_referee_rebate_rate = UNSET
        else:
            default_referee_rebate_rate = (
                _default_referee_rebate_rate
                if type(_default_referee_rebate_rate) is Decimal
                else decimal_from_wire(_default_referee_rebate_rate, "default_referee_rebate_rate")
            )

        _default_bonus_referee_rebate_rate = _src_dict.pop("default_bonus_referee_rebate_rate", UNSET)
        default_bonus_referee_rebate_rate: Decimal | Unset
        if isinstance(_default_bonus_referee_rebate_rate, Unset):
            default_bonus_referee_rebate_rate = UNSET
        else:
            default_bonus_referee_rebate_rate = (
                _default_bonus_referee_rebate_rate
                if type(_default_bonus_referee_rebate_rate) is Decimal
                else decimal_from_wire(_default_bonus_referee_rebate_rate, "default_bonus_referee_rebate_rate")
            )

        _direct_bonus_rebate_rate = _src_dict.pop("direct_bonus_rebate_rate", UNSET)
        direct_bonus_rebate_rate: Decimal | Unset
        if isinstance(_direct_bonus_rebate_rate, Unset):
            direct_bonus_rebate_rate = UNSET
        else:
            direct_bonus_rebate_rate = (
                _direct_bonus_rebate_rate
                if type(_direct_bonus_rebate_rate) is Decimal
                else decimal_from_wire(_direct_bonus_rebate_rate, "direct_bonus_rebate_rate")
            )

        _base_rebate_rate = _src_dict.pop("base_rebate_rate", UNSET)
        base_rebate_rate: Decimal | Unset
        if isinstance(_base_rebate_rate, Unset):
            base_rebate_rate = UNSET
        else:
            base_rebate_rate = (
                _base_rebate_rate
                if type(_base_rebate_rate) is Decimal
                else decimal_from_wire(_base_rebate_rate, "base_rebate_rate")
            )

        _total_direct_invites = _src_dict.pop("total_direct_invites", UNSET)
        total_direct_invites: int | Unset
        if isinstance(_total_direct_invites, Unset):
            total_direct_invites = UNSET
        else:
            total_direct_invites = (
                _total_direct_invites
                if type(_total_direct_invites) is int
                else int_from_wire(_total_direct_invites, "total_direct_invites")
            )

        _total_indirect_invites = _src_dict.pop("total_indirect_invites", UNSET)
        total_indirect_invites: int | Unset
        if isinstance(_total_indirect_invites, Unset):
            total_indirect_invites = UNSET
        else:
            total_indirect_invites = (
                _total_indirect_invites
                if type(_total_indirect_invites) is int
                else int_from_wire(_total_indirect_invites, "total_indirect_invites")
            )

        _total_direct_traded = _src_dict.pop("total_direct_traded", UNSET)
        total_direct_traded: Decimal | Unset
        if isinstance(_total_direct_traded, Unset):
            total_direct_traded = UNSET
        else:
            total_direct_traded = (
                _total_direct_traded
                if type(_total_direct_traded) is Decimal
                else decimal_from_wire(_total_direct_traded, "total_direct_traded")
            )

        _total_indirect_traded = _src_dict.pop("total_indirect_traded", UNSET)
        total_indirect_traded: Decimal | Unset
        if isinstance(_total_indirect_traded, Unset):
            total_indirect_traded = UNSET
        else:
            total_indirect_traded = (
                _total_indirect_traded
                if type(_total_indirect_traded) is Decimal
                else decimal_from_wire(_total_indirect_traded, "total_indirect_traded")
            )

        _total_direct_volume = _src_dict.pop("total_direct_volume", UNSET)
        total_direct_volume: Decimal | Unset
        if isinstance(_total_direct_volume, Unset):
            total_direct_volume = UNSET
        else:
            total_direct_volume = (
                _total_direct_volume
                if type(_total_direct_volume) is Decimal
                else decimal_from_wire(_total_direct_volume, "total_direct_volume")
            )

        _total_indirect_volume = _src_dict.pop("total_indirect_volume", UNSET)
        total_indirect_volume: Decimal | Unset
        if isinstance(_total_indirect_volume, Unset):
            total_indirect_volume = UNSET
        else:
            total_indirect_volume = (
                _total_indirect_volume
                if type(_total_indirect_volume) is Decimal
                else decimal_from_wire(_total_indirect_volume, "total_indirect_volume")
            )

        _broker_fee = _src_dict.pop("broker_fee", UNSET)
        broker_fee: Decimal | Unset
        if isinstance(_broker_fee, Unset):
            broker_fee = UNSET
        else:
            broker_fee = _broker_fee if type(_broker_fee) is Decimal else decimal_from_wire(_broker_fee, "broker_fee")

        _total_direct_rebate = _src_dict.pop("total_direct_rebate", UNSET)
        total_direct_rebate: Decimal | Unset
        if isinstance(_total_direct_rebate, Unset):
            total_direct_rebate = UNSET
        else:
            total_direct_rebate = (
                _total_direct_rebate
                if type(_total_direct_rebate) is Decimal
                else decimal_from_wire(_total_direct_rebate, "total_direct_rebate")
            )

        _total_indirect_rebate = _src_dict.pop("total_indirect_rebate", UNSET)
        total_indirect_rebate: Decimal | Unset
        if isinstance(_total_indirect_rebate, Unset):
            total_indirect_rebate = UNSET
        else:
            total_indirect_rebate = (
                _total_indirect_rebate
                if type(_total_indirect_rebate) is Decimal
                else decimal_from_wire(_total_indirect_rebate, "total_indirect_rebate")
            )

        _total_direct_bonus_rebate = _src_dict.pop("total_direct_bonus_rebate", UNSET)
        total_direct_bonus_rebate: Decimal | Unset
        if isinstance(_total_direct_bonus_rebate, Unset):
            total_direct_bonus_rebate = UNSET
        else:
            total_direct_bonus_rebate = (
                _total_direct_bonus_rebate
                if type(_total_direct_bonus_rebate) is Decimal
                else decimal_from_wire(_total_direct_bonus_rebate, "total_direct_bonus_rebate")
            )

        _total_base_rebate = _src_dict.pop("total_base_rebate", UNSET)
        total_base_rebate: Decimal | Unset
        if isinstance(_total_base_rebate, Unset):
            total_base_rebate = UNSET
        else:
            total_base_rebate = (
                _total_base_rebate
                if type(_total_base_rebate) is Decimal
                else decimal_from_wire(_total_base_rebate, "total_base_rebate")
            )

        _result = cls(
            account_id=account_id,
            user_address=user_address,
            referral_code=referral_code,
            referrer_account_id=referrer_account_id,
            referrer_address=referrer_address,
            bound_code=bound_code,
            level=level,
            max_rebate_rate=max_rebate_rate,
            bonus_max_rebate_rate=bonus_max_rebate_rate,
            default_referee_rebate_rate=default_referee_rebate_rate,
            default_bonus_referee_rebate_rate=default_bonus_referee_rebate_rate,
            direct_bonus_rebate_rate=direct_bonus_rebate_rate,
            base_rebate_rate=base_rebate_rate,
            total_direct_invites=total_direct_invites,
            total_indirect_invites=total_indirect_invites,
            total_direct_traded=total_direct_traded,
            total_indirect_traded=total_indirect_traded,
            total_direct_volume=total_direct_volume,
            total_indirect_volume=total_indirect_volume,
            broker_fee=broker_fee,
            total_direct_rebate=total_direct_rebate,
            total_indirect_rebate=total_indirect_rebate,
            total_direct_bonus_rebate=total_direct_bonus_rebate,
            total_base_rebate=total_base_rebate,
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
