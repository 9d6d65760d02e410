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
)

T = TypeVar("T", bound="GetMaxRebateRateResponseData")


@_attrs_define(repr=False)
class GetMaxRebateRateResponseData:
    """
    Attributes:
        max_rebate_rate (Decimal | Unset): Example: 0.3.
        bonus_max_rebate_rate (Decimal | Unset): Example: 0.3.
        base_rebate_rate (Decimal | Unset): Example: 0.1.
    """

    max_rebate_rate: Decimal | Unset = UNSET
    bonus_max_rebate_rate: Decimal | Unset = UNSET
    base_rebate_rate: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        max_rebate_rate = self.max_rebate_rate

        bonus_max_rebate_rate = self.bonus_max_rebate_rate

        base_rebate_rate = self.base_rebate_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_rebate_rate is not UNSET:
            field_dict["max_rebate_rate"] = max_rebate_rate
        if bonus_max_rebate_rate is not UNSET:
            field_dict["bonus_max_rebate_rate"] = bonus_max_rebate_rate
        if base_rebate_rate is not UNSET:
            field_dict["base_rebate_rate"] = base_rebate_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
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

        _result = cls(
            max_rebate_rate=max_rebate_rate,
            bonus_max_rebate_rate=bonus_max_rebate_rate,
            base_rebate_rate=base_rebate_rate,
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
