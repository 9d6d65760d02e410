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
)

T = TypeVar("T", bound="VaultPerformanceChartResponseDataRowsItem")


@_attrs_define(repr=False)
class VaultPerformanceChartResponseDataRowsItem:
    """
    Attributes:
        timestamp (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1734307200000.
        value (Decimal | Unset): Example: 1400000.0.
    """

    timestamp: int | Unset = UNSET
    value: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _timestamp = _src_dict.pop("timestamp", UNSET)
        timestamp: int | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = _timestamp if type(_timestamp) is int else int_from_wire(_timestamp, "timestamp")

        _value = _src_dict.pop("value", UNSET)
        value: Decimal | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = _value if type(_value) is Decimal else decimal_from_wire(_value, "value")

        _result = cls(
            timestamp=timestamp,
            value=value,
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
