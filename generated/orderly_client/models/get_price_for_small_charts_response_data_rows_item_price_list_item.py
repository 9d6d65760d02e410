from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPriceForSmallChartsResponseDataRowsItemPriceListItem")


@_attrs_define
class GetPriceForSmallChartsResponseDataRowsItemPriceListItem:
    """
    Attributes:
        ts (float | Unset): Example: 1702989203989.
        price (float | Unset): Example: 31000.
    """

    ts: float | Unset = UNSET
    price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ts = self.ts

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ts is not UNSET:
            field_dict["ts"] = ts
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        ts = _src_dict.pop("ts", UNSET)

        price = _src_dict.pop("price", UNSET)

        get_price_for_small_charts_response_data_rows_item_price_list_item = cls(
            ts=ts,
            price=price,
        )

        get_price_for_small_charts_response_data_rows_item_price_list_item.additional_properties = _src_dict
        return get_price_for_small_charts_response_data_rows_item_price_list_item

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
