from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NotificationContentRaw")


@_attrs_define
class NotificationContentRaw:
    """
    Attributes:
        symbol (str): Example: PERP_NEAR_USDC.
        side (str): Example: BUY.
        order_id (int): Example: 1.
        executed_price (float): Example: 1.9876.
        executed_quantity (float): Example: 0.5.
        executed_timestamp (int): Unit: milliseconds since the Unix epoch. Example: 1567382401000.
    """

    symbol: str
    side: str
    order_id: int
    executed_price: float
    executed_quantity: float
    executed_timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        side = self.side

        order_id = self.order_id

        executed_price = self.executed_price

        executed_quantity = self.executed_quantity

        executed_timestamp = self.executed_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "side": side,
                "order_id": order_id,
                "executed_price": executed_price,
                "executed_quantity": executed_quantity,
                "executed_timestamp": executed_timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        symbol = _src_dict.pop("symbol")

        side = _src_dict.pop("side")

        order_id = _src_dict.pop("order_id")

        executed_price = _src_dict.pop("executed_price")

        executed_quantity = _src_dict.pop("executed_quantity")

        executed_timestamp = _src_dict.pop("executed_timestamp")

        notification_content_raw = cls(
            symbol=symbol,
            side=side,
            order_id=order_id,
            executed_price=executed_price,
            executed_quantity=executed_quantity,
            executed_timestamp=executed_timestamp,
        )

        notification_content_raw.additional_properties = _src_dict
        return notification_content_raw

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
