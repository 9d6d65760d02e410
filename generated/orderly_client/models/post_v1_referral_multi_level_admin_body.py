from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    bool_from_wire,
    decimal_from_wire,
    model_repr,
    to_decimal,
)

# from_dict sets converted values as they are (its converters and setattr hooks are for values given by hand).
_set = object.__setattr__


T = TypeVar("T", bound="PostV1ReferralMultiLevelAdminBody")


@_attrs_define(repr=False)
class PostV1ReferralMultiLevelAdminBody:
    """
    Attributes:
        enable (bool):
        required_volume (Decimal):
        default_bonus_rebate_rate (Decimal):
        base_rebate_rate (Decimal):
    """

    enable: bool
    required_volume: Decimal = _attrs_field(converter=to_decimal)
    default_bonus_rebate_rate: Decimal = _attrs_field(converter=to_decimal)
    base_rebate_rate: Decimal = _attrs_field(converter=to_decimal)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        enable = self.enable

        required_volume = self.required_volume

        default_bonus_rebate_rate = self.default_bonus_rebate_rate

        base_rebate_rate = self.base_rebate_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enable": enable,
                "required_volume": required_volume,
                "default_bonus_rebate_rate": default_bonus_rebate_rate,
                "base_rebate_rate": base_rebate_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _enable = _src_dict.pop("enable")
        enable = _enable if type(_enable) is bool else bool_from_wire(_enable, "enable")

        _required_volume = _src_dict.pop("required_volume")
        required_volume = (
            _required_volume
            if type(_required_volume) is Decimal
            else decimal_from_wire(_required_volume, "required_volume")
        )

        _default_bonus_rebate_rate = _src_dict.pop("default_bonus_rebate_rate")
        default_bonus_rebate_rate = (
            _default_bonus_rebate_rate
            if type(_default_bonus_rebate_rate) is Decimal
            else decimal_from_wire(_default_bonus_rebate_rate, "default_bonus_rebate_rate")
        )

        _base_rebate_rate = _src_dict.pop("base_rebate_rate")
        base_rebate_rate = (
            _base_rebate_rate
            if type(_base_rebate_rate) is Decimal
            else decimal_from_wire(_base_rebate_rate, "base_rebate_rate")
        )

        # Every value is converted above: set as it is, past __init__'s converters (a second pass) and setattr hooks.
        _result = cls.__new__(cls)
        _set(_result, "enable", enable)
        _set(_result, "required_volume", required_volume)
        _set(_result, "default_bonus_rebate_rate", default_bonus_rebate_rate)
        _set(_result, "base_rebate_rate", base_rebate_rate)

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
