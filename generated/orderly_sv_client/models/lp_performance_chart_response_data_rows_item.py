from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LpPerformanceChartResponseDataRowsItem")


@_attrs_define
class LpPerformanceChartResponseDataRowsItem:
    """
    Attributes:
        timestamp (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1734307200000.
        value (float | Unset): Example: 1400000.0.
    """

    timestamp: float | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        timestamp = _src_dict.pop("timestamp", UNSET)

        value = _src_dict.pop("value", UNSET)

        lp_performance_chart_response_data_rows_item = cls(
            timestamp=timestamp,
            value=value,
        )

        lp_performance_chart_response_data_rows_item.additional_properties = _src_dict
        return lp_performance_chart_response_data_rows_item

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
