from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderEnumWithStatsUsageStats")


@_attrs_define
class OrderEnumWithStatsUsageStats:
    """
    Attributes:
        total_orders (float | Unset): Example: 12543.
        total_volume (str | Unset): Example: 1234567.89.
        total_fees_collected (str | Unset): Example: 6172.84.
    """

    total_orders: float | Unset = UNSET
    total_volume: str | Unset = UNSET
    total_fees_collected: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_orders = self.total_orders

        total_volume = self.total_volume

        total_fees_collected = self.total_fees_collected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_orders is not UNSET:
            field_dict["total_orders"] = total_orders
        if total_volume is not UNSET:
            field_dict["total_volume"] = total_volume
        if total_fees_collected is not UNSET:
            field_dict["total_fees_collected"] = total_fees_collected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        total_orders = _src_dict.pop("total_orders", UNSET)

        total_volume = _src_dict.pop("total_volume", UNSET)

        total_fees_collected = _src_dict.pop("total_fees_collected", UNSET)

        order_enum_with_stats_usage_stats = cls(
            total_orders=total_orders,
            total_volume=total_volume,
            total_fees_collected=total_fees_collected,
        )

        order_enum_with_stats_usage_stats.additional_properties = _src_dict
        return order_enum_with_stats_usage_stats

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
