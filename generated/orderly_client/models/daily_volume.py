from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    decimal_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="DailyVolume")


@_attrs_define(repr=False)
class DailyVolume:
    """
    Attributes:
        date (str): Example: 2024-01-01.
        perp_volume (Decimal): Example: 100.24.
    """

    date: str
    perp_volume: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        perp_volume = self.perp_volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "perp_volume": perp_volume,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _date = _src_dict.pop("date")
        date = _date if type(_date) is str else str_from_wire(_date, "date")

        _perp_volume = _src_dict.pop("perp_volume")
        perp_volume = _perp_volume if type(_perp_volume) is Decimal else decimal_from_wire(_perp_volume, "perp_volume")

        _result = cls(
            date=date,
            perp_volume=perp_volume,
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
