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

T = TypeVar("T", bound="GetRebateInfoResponseData")


@_attrs_define(repr=False)
class GetRebateInfoResponseData:
    """
    Attributes:
        referral_code (str | Unset): Example: mycode.
        max_rebate_rate (Decimal | Unset): Example: 0.3.
        bonus_max_rebate_rate (Decimal | Unset): Example: 0.3.
        direct_bonus_rebate_rate (Decimal | Unset): Example: 0.1.
        base_rebate_rate (Decimal | Unset): Example: 0.1.
        default_referee_rebate_rate (Decimal | Unset): Example: 0.1.
        default_bonus_referee_rebate_rate (Decimal | Unset): Example: 0.1.
        direct_invites (int | Unset): Example: 2.
        indirect_invites (int | Unset): Example: 1.
        direct_volume (Decimal | Unset): Example: 10000.
        indirect_volume (Decimal | Unset): Example: 1000.
        direct_rebate (Decimal | Unset): Example: 123.
        direct_bonus_rebate (Decimal | Unset): Example: 123.
        base_rebate (Decimal | Unset): Example: 123.
        indirect_rebate (Decimal | Unset): Example: 123.
    """

    referral_code: str | Unset = UNSET
    max_rebate_rate: Decimal | Unset = UNSET
    bonus_max_rebate_rate: Decimal | Unset = UNSET
    direct_bonus_rebate_rate: Decimal | Unset = UNSET
    base_rebate_rate: Decimal | Unset = UNSET
    default_referee_rebate_rate: Decimal | Unset = UNSET
    default_bonus_referee_rebate_rate: Decimal | Unset = UNSET
    direct_invites: int | Unset = UNSET
    indirect_invites: int | Unset = UNSET
    direct_volume: Decimal | Unset = UNSET
    indirect_volume: Decimal | Unset = UNSET
    direct_rebate: Decimal | Unset = UNSET
    direct_bonus_rebate: Decimal | Unset = UNSET
    base_rebate: Decimal | Unset = UNSET
    indirect_rebate: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        referral_code = self.referral_code

        max_rebate_rate = self.max_rebate_rate

        bonus_max_rebate_rate = self.bonus_max_rebate_rate

        direct_bonus_rebate_rate = self.direct_bonus_rebate_rate

        base_rebate_rate = self.base_rebate_rate

        default_referee_rebate_rate = self.default_referee_rebate_rate

        default_bonus_referee_rebate_rate = self.default_bonus_referee_rebate_rate

        direct_invites = self.direct_invites

        indirect_invites = self.indirect_invites

        direct_volume = self.direct_volume

        indirect_volume = self.indirect_volume

        direct_rebate = self.direct_rebate

        direct_bonus_rebate = self.direct_bonus_rebate

        base_rebate = self.base_rebate

        indirect_rebate = self.indirect_rebate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if referral_code is not UNSET:
            field_dict["referral_code"] = referral_code
        if max_rebate_rate is not UNSET:
            field_dict["max_rebate_rate"] = max_rebate_rate
        if bonus_max_rebate_rate is not UNSET:
            field_dict["bonus_max_rebate_rate"] = bonus_max_rebate_rate
        if direct_bonus_rebate_rate is not UNSET:
            field_dict["direct_bonus_rebate_rate"] = direct_bonus_rebate_rate
        if base_rebate_rate is not UNSET:
            field_dict["base_rebate_rate"] = base_rebate_rate
        if default_referee_rebate_rate is not UNSET:
            field_dict["default_referee_rebate_rate"] = default_referee_rebate_rate
        if default_bonus_referee_rebate_rate is not UNSET:
            field_dict["default_bonus_referee_rebate_rate"] = default_bonus_referee_rebate_rate
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
        if direct_bonus_rebate is not UNSET:
            field_dict["direct_bonus_rebate"] = direct_bonus_rebate
        if base_rebate is not UNSET:
            field_dict["base_rebate"] = base_rebate
        if indirect_rebate is not UNSET:
            field_dict["indirect_rebate"] = indirect_rebate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _referral_code = _src_dict.pop("referral_code", UNSET)
        referral_code: str | Unset
        if isinstance(_referral_code, Unset):
            referral_code = UNSET
        else:
            referral_code = (
                _referral_code if type(_referral_code) is str else str_from_wire(_referral_code, "referral_code")
            )

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

        _result = cls(
            referral_code=referral_code,
            max_rebate_rate=max_rebate_rate,
            bonus_max_rebate_rate=bonus_max_rebate_rate,
            direct_bonus_rebate_rate=direct_bonus_rebate_rate,
            base_rebate_rate=base_rebate_rate,
            default_referee_rebate_rate=default_referee_rebate_rate,
            default_bonus_referee_rebate_rate=default_bonus_referee_rebate_rate,
            direct_invites=direct_invites,
            indirect_invites=indirect_invites,
            direct_volume=direct_volume,
            indirect_volume=indirect_volume,
            direct_rebate=direct_rebate,
            direct_bonus_rebate=direct_bonus_rebate,
            base_rebate=base_rebate,
            indirect_rebate=indirect_rebate,
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
