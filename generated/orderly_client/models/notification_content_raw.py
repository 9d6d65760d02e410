from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_side import OrderSide
from ..types import (
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="NotificationContentRaw")


@_attrs_define(repr=False)
class NotificationContentRaw:
    """
    Attributes:
        symbol (str): Example: PERP_NEAR_USDC.
        side (OrderSide): One of: BUY, SELL.
        order_id (int): Example: 1.
        executed_price (Decimal): Example: 1.9876.
        executed_quantity (Decimal): Example: 0.5.
        executed_timestamp (int): Unit: milliseconds since the Unix epoch. Example: 1567382401000.
    """

    symbol: str
    side: OrderSide
    order_id: int
    executed_price: Decimal
    executed_quantity: Decimal
    executed_timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        side = str(self.side)

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
        _symbol = _src_dict.pop("symbol")
        symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        side = OrderSide.from_wire(_src_dict.pop("side"))

        _order_id = _src_dict.pop("order_id")
        order_id = _order_id if type(_order_id) is int else int_from_wire(_order_id, "order_id")

        _executed_price = _src_dict.pop("executed_price")
        executed_price = (
            _executed_price
            if type(_executed_price) is Decimal
            else decimal_from_wire(_executed_price, "executed_price")
        )

        _executed_quantity = _src_dict.pop("executed_quantity")
        executed_quantity = (
            _executed_quantity
            if type(_executed_quantity) is Decimal
            else decimal_from_wire(_executed_quantity, "executed_quantity")
        )

        _executed_timestamp = _src_dict.pop("executed_timestamp")
        executed_timestamp = (
            _executed_timestamp
            if type(_executed_timestamp) is int
            else int_from_wire(_executed_timestamp, "executed_timestamp")
        )

        _result = cls(
            symbol=symbol,
            side=side,
            order_id=order_id,
            executed_price=executed_price,
            executed_quantity=executed_quantity,
            executed_timestamp=executed_timestamp,
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
