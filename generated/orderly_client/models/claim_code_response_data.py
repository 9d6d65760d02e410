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

T = TypeVar("T", bound="ClaimCodeResponseData")


@_attrs_define(repr=False)
class ClaimCodeResponseData:
    """
    Attributes:
        referral_code (str | Unset): Example: mycode.
        default_referee_rebate_rate (Decimal | Unset): Example: 0.1.
        default_bonus_referee_rebate_rate (Decimal | Unset): Example: 0.1.
    """

    referral_code: str | Unset = UNSET
    default_referee_rebate_rate: Decimal | Unset = UNSET
    default_bonus_referee_rebate_rate: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        referral_code = self.referral_code

        default_referee_rebate_rate = self.default_referee_rebate_rate

        default_bonus_referee_rebate_rate = self.default_bonus_referee_rebate_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if referral_code is not UNSET:
            field_dict["referral_code"] = referral_code
        if default_referee_rebate_rate is not UNSET:
            field_dict["default_referee_rebate_rate"] = default_referee_rebate_rate
        if default_bonus_referee_rebate_rate is not UNSET:
            field_dict["default_bonus_referee_rebate_rate"] = default_bonus_referee_rebate_rate

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

        _result = cls(
            referral_code=referral_code,
            default_referee_rebate_rate=default_referee_rebate_rate,
            default_bonus_referee_rebate_rate=default_bonus_referee_rebate_rate,
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
