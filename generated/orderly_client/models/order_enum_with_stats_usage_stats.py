from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="OrderEnumWithStatsUsageStats")


@_attrs_define(repr=False)
class OrderEnumWithStatsUsageStats:
    """
    Attributes:
        total_orders (int | Unset): Example: 12543.
        total_volume (str | Unset): Example: 1234567.89.
        total_fees_collected (str | Unset): Example: 6172.84.
    """

    total_orders: int | Unset = UNSET
    total_volume: str | Unset = UNSET
    total_fees_collected: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _total_orders = _src_dict.pop("total_orders", UNSET)
        total_orders: int | Unset
        if isinstance(_total_orders, Unset):
            total_orders = UNSET
        else:
            total_orders = _total_orders if type(_total_orders) is int else int_from_wire(_total_orders, "total_orders")

        _total_volume = _src_dict.pop("total_volume", UNSET)
        total_volume: str | Unset
        if isinstance(_total_volume, Unset):
            total_volume = UNSET
        else:
            total_volume = _total_volume if type(_total_volume) is str else str_from_wire(_total_volume, "total_volume")

        _total_fees_collected = _src_dict.pop("total_fees_collected", UNSET)
        total_fees_collected: str | Unset
        if isinstance(_total_fees_collected, Unset):
            total_fees_collected = UNSET
        else:
            total_fees_collected = (
                _total_fees_collected
                if type(_total_fees_collected) is str
                else str_from_wire(_total_fees_collected, "total_fees_collected")
            )

        _result = cls(
            total_orders=total_orders,
            total_volume=total_volume,
            total_fees_collected=total_fees_collected,
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
