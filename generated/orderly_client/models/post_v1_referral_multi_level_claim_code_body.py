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
    to_decimal_or_unset,
)

# from_dict sets converted values as they are (its converters and setattr hooks are for values given by hand).
_set = object.__setattr__


T = TypeVar("T", bound="PostV1ReferralMultiLevelClaimCodeBody")


@_attrs_define(repr=False)
class PostV1ReferralMultiLevelClaimCodeBody:
    """
    Attributes:
        bonus_referee_rebate_rate (Decimal | Unset):
    """

    bonus_referee_rebate_rate: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        bonus_referee_rebate_rate = self.bonus_referee_rebate_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bonus_referee_rebate_rate is not UNSET:
            field_dict["bonus_referee_rebate_rate"] = bonus_referee_rebate_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
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

        # Every value is converted above: set as it is, past __init__'s converters (a second pass) and setattr hooks.
        _result = cls.__new__(cls)
        _set(_result, "bonus_referee_rebate_rate", bonus_referee_rebate_rate)

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
