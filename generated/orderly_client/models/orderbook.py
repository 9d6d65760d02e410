from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models
from ..types import (
    int_from_wire,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.orderbook_entry import OrderbookEntry


T = TypeVar("T", bound="Orderbook")


@_attrs_define(repr=False)
class Orderbook:
    """
    Attributes:
        asks (list[OrderbookEntry]):
        bids (list[OrderbookEntry]):
        timestamp (int): Unit: milliseconds since the Unix epoch.
    """

    asks: list[OrderbookEntry]
    bids: list[OrderbookEntry]
    timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            OrderbookEntry = _models.OrderbookEntry
        asks = []
        for asks_item_data in self.asks:
            asks_item = asks_item_data.to_dict()
            asks.append(asks_item)

        bids = []
        for bids_item_data in self.bids:
            bids_item = bids_item_data.to_dict()
            bids.append(bids_item)

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asks": asks,
                "bids": bids,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            OrderbookEntry = _models.OrderbookEntry
        _src_dict = dict(src_dict)
        asks = []
        _asks = _src_dict.pop("asks")
        for asks_item_data in _asks:
            asks_item = OrderbookEntry.from_dict(asks_item_data)

            asks.append(asks_item)

        bids = []
        _bids = _src_dict.pop("bids")
        for bids_item_data in _bids:
            bids_item = OrderbookEntry.from_dict(bids_item_data)

            bids.append(bids_item)

        _timestamp = _src_dict.pop("timestamp")
        timestamp = _timestamp if type(_timestamp) is int else int_from_wire(_timestamp, "timestamp")

        _result = cls(
            asks=asks,
            bids=bids,
            timestamp=timestamp,
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
