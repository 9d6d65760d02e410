from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_referee_list_response_data_rows_item_bind_type import (
    GetRefereeListResponseDataRowsItemBindType,
)
from ..types import (
    UNSET,
    Unset,
    bool_from_wire,
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="GetRefereeListResponseDataRowsItem")


@_attrs_define(repr=False)
class GetRefereeListResponseDataRowsItem:
    """
    Attributes:
        address (str | Unset):
        account_id (str | Unset):
        code_binding_time (int | Unset): Unit: milliseconds since the Unix epoch.
        bind_type (GetRefereeListResponseDataRowsItemBindType | Unset): One of: multi_level, legacy.
        bind_code (str | Unset):
        referral_rebate_rate (Decimal | Unset):
        bonus_referrer_rebate_rate (Decimal | Unset):
        referee_rebate_rate (Decimal | Unset):
        bonus_referee_rebate_rate (Decimal | Unset):
        is_default_rate (bool | Unset):
        direct_invites (int | Unset):
        indirect_invites (int | Unset):
        direct_volume (Decimal | Unset):
        indirect_volume (Decimal | Unset):
        direct_rebate (Decimal | Unset):
        indirect_rebate (Decimal | Unset):
        direct_bonus_rebate (Decimal | Unset):
        base_rebate (Decimal | Unset):
    """

    address: str | Unset = UNSET
    account_id: str | Unset = UNSET
    code_binding_time: int | Unset = UNSET
    bind_type: GetRefereeListResponseDataRowsItemBindType | Unset = UNSET
    bind_code: str | Unset = UNSET
    referral_rebate_rate: Decimal | Unset = UNSET
    bonus_referrer_rebate_rate: Decimal | Unset = UNSET
    referee_rebate_rate: Decimal | Unset = UNSET
    bonus_referee_rebate_rate: Decimal | Unset = UNSET
    is_default_rate: bool | Unset = UNSET
    direct_invites: int | Unset = UNSET
    indirect_invites: int | Unset = UNSET
    direct_volume: Decimal | Unset = UNSET
    indirect_volume: Decimal | Unset = UNSET
    direct_rebate: Decimal | Unset = UNSET
    indirect_rebate: Decimal | Unset = UNSET
    direct_bonus_rebate: Decimal | Unset = UNSET
    base_rebate: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        account_id = self.account_id

        code_binding_time = self.code_binding_time

        bind_type: str | Unset = UNSET
        if not isinstance(self.bind_type, Unset):
            bind_type = str(self.bind_type)

        bind_code = self.bind_code

        referral_rebate_rate = self.referral_rebate_rate

        bonus_referrer_rebate_rate = self.bonus_referrer_rebate_rate

        referee_rebate_rate = self.referee_rebate_rate

        bonus_referee_rebate_rate = self.bonus_referee_rebate_rate

        is_default_rate = self.is_default_rate

        direct_invites = self.direct_invites

        indirect_invites = self.indirect_invites

        direct_volume = self.direct_volume

        indirect_volume = self.indirect_volume

        direct_rebate = self.direct_rebate

        indirect_rebate = self.indirect_rebate

        direct_bonus_rebate = self.direct_bonus_rebate

        base_rebate = self.base_rebate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if code_binding_time is not UNSET:
            field_dict["code_binding_time"] = code_binding_time
        if bind_type is not UNSET:
            field_dict["bind_type"] = bind_type
        if bind_code is not UNSET:
            field_dict["bind_code"] = bind_code
        if referral_rebate_rate is not UNSET:
            field_dict["referral_rebate_rate"] = referral_rebate_rate
        if bonus_referrer_rebate_rate is not UNSET:
            field_dict["bonus_referrer_rebate_rate"] = bonus_referrer_rebate_rate
        if referee_rebate_rate is not UNSET:
            field_dict["referee_rebate_rate"] = referee_rebate_rate
        if bonus_referee_rebate_rate is not UNSET:
            field_dict["bonus_referee_rebate_rate"] = bonus_referee_rebate_rate
        if is_default_rate is not UNSET:
            field_dict["is_default_rate"] = is_default_rate
        if direct_invites is not UNSET:
            field_dict["direct_invites"] = direct_invites
        if indirect_invites is not UNSET:
            field_dict["indirect_invites"] = indirect_invites
        if direct_volume is not UNSET:
            field_dict["direct_volume"] = direct_volume
        if indirect_volume is not UNSET:
            field_dict["indirect_volume"] = indirect_volume
        if direct_rebate is not UNSET:
            field_dict["direct_rebate"] = direct_rebate
        if indirect_rebate is not UNSET:
            field_dict["indirect_rebate"] = indirect_rebate
        if direct_bonus_rebate is not UNSET:
            field_dict["direct_bonus_rebate"] = direct_bonus_rebate
        if base_rebate is not UNSET:
            field_dict["base_rebate"] = base_rebate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _address = _src_dict.pop("address", UNSET)
        address: str | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = _address if type(_address) is str else str_from_wire(_address, "address")

        _account_id = _src_dict.pop("account_id", UNSET)
        account_id: str | Unset
        if isinstance(_account_id, Unset):
            account_id = UNSET
        else:
            account_id = _account_id if type(_account_id) is str else str_from_wire(_account_id, "account_id")

        _code_binding_time = _src_dict.pop("code_binding_time", UNSET)
        code_binding_time: int | Unset
        if isinstance(_code_binding_time, Unset):
            code_binding_time = UNSET
        else:
            code_binding_time = (
                _code_binding_time
                if type(_code_binding_time) is int
                else int_from_wire(_code_binding_time, "code_binding_time")
            )

        _bind_type = _src_dict.pop("bind_type", UNSET)
        bind_type: GetRefereeListResponseDataRowsItemBindType | Unset
        if isinstance(_bind_type, Unset):
            bind_type = UNSET
        else:
            bind_type = GetRefereeListResponseDataRowsItemBindType.from_wire(_bind_type)

        _bind_code = _src_dict.pop("bind_code", UNSET)
        bind_code: str | Unset
        if isinstance(_bind_code, Unset):
            bind_code = UNSET
        else:
            bind_code = _bind_code if type(_bind_code) is str else str_from_wire(_bind_code, "bind_code")

        _referral_rebate_rate = _src_dict.pop("referral_rebate_rate", UNSET)
        referral_rebate_rate: Decimal | Unset
        if isinstance(_referral_rebate_rate, Unset):
            referral_rebate_rate = UNSET
        else:
            referral_rebate_rate = (
                _referral_rebate_rate
                if type(_referral_rebate_rate) is Decimal
                else decimal_from_wire(_referral_rebate_rate, "referral_rebate_rate")
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

        _is_default_rate = _src_dict.pop("is_default_rate", UNSET)
        is_default_rate: bool | Unset
        if isinstance(_is_default_rate, Unset):
            is_default_rate = UNSET
        else:
            is_default_rate = (
                _is_default_rate
                if type(_is_default_rate) is bool
                else bool_from_wire(_is_default_rate, "is_default_rate")
            )

        _direct_invites = _src_dict.pop("direct_invites", UNSET)
        direct_invites: int | Unset
        if isinstance(_direct_invites, Unset):
            direct_invites = UNSET
        else:
            direct_invites = (
                _direct_invites if type(_direct_invites) is int else int_from_wire(_direct_invites, "direct_invites")
            )

        _indirect_invites = _src_dict.pop("indirect_invites", UNSET)
        indirect_invites: int | Unset
        if isinstance(_indirect_invites, Unset):
            indirect_invites = UNSET
        else:
            indirect_invites = (
                _indirect_invites
                if type(_indirect_invites) is int
                else int_from_wire(_indirect_invites, "indirect_invites")
            )

        _direct_volume = _src_dict.pop("direct_volume", UNSET)
        direct_volume: Decimal | Unset
        if isinstance(_direct_volume, Unset):
            direct_volume = UNSET
        else:
            direct_volume = (
                _direct_volume
                if type(_direct_volume) is Decimal
                else decimal_from_wire(_direct_volume, "direct_volume")
            )

        _indirect_volume = _src_dict.pop("indirect_volume", UNSET)
        indirect_volume: Decimal | Unset
        if isinstance(_indirect_volume, Unset):
            indirect_volume = UNSET
        else:
            indirect_volume = (
                _indirect_volume
                if type(_indirect_volume) is Decimal
                else decimal_from_wire(_indirect_volume, "indirect_volume")
            )

        _direct_rebate = _src_dict.pop("direct_rebate", UNSET)
        direct_rebate: Decimal | Unset
        if isinstance(_direct_rebate, Unset):
            direct_rebate = UNSET
        else:
            direct_rebate = (
                _direct_rebate
                if type(_direct_rebate) is Decimal
                else decimal_from_wire(_direct_rebate, "direct_rebate")
            )

        _indirect_rebate = _src_dict.pop("indirect_rebate", UNSET)
        indirect_rebate: Decimal | Unset
        if isinstance(_indirect_rebate, Unset):
            indirect_rebate = UNSET
        else:
            indirect_rebate = (
                _indirect_rebate
                if type(_indirect_rebate) is Decimal
                else decimal_from_wire(_indirect_rebate, "indirect_rebate")
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

        _result = cls(
            address=address,
            account_id=account_id,
            code_binding_time=code_binding_time,
            bind_type=bind_type,
            bind_code=bind_code,
            referral_rebate_rate=referral_rebate_rate,
            bonus_referrer_rebate_rate=bonus_referrer_rebate_rate,
            referee_rebate_rate=referee_rebate_rate,
            bonus_referee_rebate_rate=bonus_referee_rebate_rate,
            is_default_rate=is_default_rate,
            direct_invites=direct_invites,
            indirect_invites=indirect_invites,
            direct_volume=direct_volume,
            indirect_volume=indirect_volume,
            direct_rebate=direct_rebate,
            indirect_rebate=indirect_rebate,
            direct_bonus_rebate=direct_bonus_rebate,
            base_rebate=base_rebate,
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
