from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    bool_from_wire,
    decimal_from_wire,
    model_repr,
    str_from_wire,
    to_decimal,
)

# from_dict sets converted values as they are (its converters and setattr hooks are for values given by hand).
_set = object.__setattr__


T = TypeVar("T", bound="PostV1ReferralAutoReferralUpdateBody")


@_attrs_define(repr=False)
class PostV1ReferralAutoReferralUpdateBody:
    """
    Attributes:
        required_trading_volume (Decimal):
        max_rebate (Decimal):
        referrer_rebate (Decimal):
        referee_rebate (Decimal):
        enable (bool):
        description (str | Unset):
    """

    required_trading_volume: Decimal = _attrs_field(converter=to_decimal)
    max_rebate: Decimal = _attrs_field(converter=to_decimal)
    referrer_rebate: Decimal = _attrs_field(converter=to_decimal)
    referee_rebate: Decimal = _attrs_field(converter=to_decimal)
    enable: bool
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        required_trading_volume = self.required_trading_volume

        max_rebate = self.max_rebate

        referrer_rebate = self.referrer_rebate

        referee_rebate = self.referee_rebate

        enable = self.enable

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "required_trading_volume": required_trading_volume,
                "max_rebate": max_rebate,
                "referrer_rebate": referrer_rebate,
                "referee_rebate": referee_rebate,
                "enable": enable,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _required_trading_volume = _src_dict.pop("required_trading_volume")
        required_trading_volume = (
            _required_trading_volume
            if type(_required_trading_volume) is Decimal
            else decimal_from_wire(_required_trading_volume, "required_trading_volume")
        )

        _max_rebate = _src_dict.pop("max_rebate")
        max_rebate = _max_rebate if type(_max_rebate) is Decimal else decimal_from_wire(_max_rebate, "max_rebate")

        _referrer_rebate = _src_dict.pop("referrer_rebate")
        referrer_rebate = (
            _referrer_rebate
            if type(_referrer_rebate) is Decimal
            else decimal_from_wire(_referrer_rebate, "referrer_rebate")
        )

        _referee_rebate = _src_dict.pop("referee_rebate")
        referee_rebate = (
            _referee_rebate
            if type(_referee_rebate) is Decimal
            else decimal_from_wire(_referee_rebate, "referee_rebate")
        )

        _enable = _src_dict.pop("enable")
        enable = _enable if type(_enable) is bool else bool_from_wire(_enable, "enable")

        _description = _src_dict.pop("description", UNSET)
        description: str | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = _description if type(_description) is str else str_from_wire(_description, "description")

        # Every value is converted above: set as it is, past __init__'s converters (a second pass) and setattr hooks.
        _result = cls.__new__(cls)
        _set(_result, "required_trading_volume", required_trading_volume)
        _set(_result, "max_rebate", max_rebate)
        _set(_result, "referrer_rebate", referrer_rebate)
        _set(_result, "referee_rebate", referee_rebate)
        _set(_result, "enable", enable)
        _set(_result, "description", description)

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
