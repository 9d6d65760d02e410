from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models
from ..models.order_side import OrderSide
from ..models.order_state import OrderState
from ..models.order_type import OrderType
from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

if TYPE_CHECKING:
    from ..models.vault_open_orders_response_data_rows_item_child_orders_item import (
        VaultOpenOrdersResponseDataRowsItemChildOrdersItem,
    )


T = TypeVar("T", bound="VaultOpenOrdersResponseDataRowsItem")


@_attrs_define(repr=False)
class VaultOpenOrdersResponseDataRowsItem:
    """
    Attributes:
        exchange (str | Unset): Example: orderly.
        order_id (int | Unset): Example: 78151.
        created_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1653563963000.
        updated_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1653564213000.
        type_ (OrderType | Unset): One of: LIMIT, MARKET, IOC, POST_ONLY, FOK, ASK, BID.
        symbol (str | Unset): Example: PERP_WOO_USDC.
        side (OrderSide | Unset): One of: BUY, SELL.
        quantity (Decimal | Unset): Example: 20.
        price (Decimal | Unset): Example: 0.67772.
        amount (Decimal | Unset): Example: 10.
        executed_quantity (Decimal | Unset): Example: 20.
        total_executed_quantity (Decimal | Unset): Example: 20.
        average_executed_price (Decimal | Unset): Example: 0.67772.
        status (OrderState | Unset): One of: NEW, CANCELLED, PARTIAL_FILLED, FILLED, REJECTED, INCOMPLETE, COMPLETED.
        is_triggered (str | Unset): Example: false.
        child_orders (list[VaultOpenOrdersResponseDataRowsItemChildOrdersItem] | Unset):
    """

    exchange: str | Unset = UNSET
    order_id: int | Unset = UNSET
    created_time: int | Unset = UNSET
    updated_time: int | Unset = UNSET
    type_: OrderType | Unset = UNSET
    symbol: str | Unset = UNSET
    side: OrderSide | Unset = UNSET
    quantity: Decimal | Unset = UNSET
    price: Decimal | Unset = UNSET
    amount: Decimal | Unset = UNSET
    executed_quantity: Decimal | Unset = UNSET
    total_executed_quantity: Decimal | Unset = UNSET
    average_executed_price: Decimal | Unset = UNSET
    status: OrderState | Unset = UNSET
    is_triggered: str | Unset = UNSET
    child_orders: list[VaultOpenOrdersResponseDataRowsItemChildOrdersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            VaultOpenOrdersResponseDataRowsItemChildOrdersItem = (
                _models.VaultOpenOrdersResponseDataRowsItemChildOrdersItem
            )
        exchange = self.exchange

        order_id = self.order_id

        created_time = self.created_time

        updated_time = self.updated_time

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = str(self.type_)

        symbol = self.symbol

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = str(self.side)

        quantity = self.quantity

        price = self.price

        amount = self.amount

        executed_quantity = self.executed_quantity

        total_executed_quantity = self.total_executed_quantity

        average_executed_price = self.average_executed_price

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = str(self.status)

        is_triggered = self.is_triggered

        child_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child_orders, Unset):
            child_orders = []
            for child_orders_item_data in self.child_orders:
                child_orders_item = child_orders_item_data.to_dict()
                child_orders.append(child_orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
        if type_ is not UNSET:
            field_dict["type"] = type_
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if side is not UNSET:
            field_dict["side"] = side
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if amount is not UNSET:
            field_dict["amount"] = amount
        if executed_quantity is not UNSET:
            field_dict["executed_quantity"] = executed_quantity
        if total_executed_quantity is not UNSET:
            field_dict["total_executed_quantity"] = total_executed_quantity
        if average_executed_price is not UNSET:
            field_dict["average_executed_price"] = average_executed_price
        if status is not UNSET:
            field_dict["status"] = status
        if is_triggered is not UNSET:
            field_dict["is_triggered"] = is_triggered
        if child_orders is not UNSET:
            field_dict["child_orders"] = child_orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            VaultOpenOrdersResponseDataRowsItemChildOrdersItem = (
                _models.VaultOpenOrdersResponseDataRowsItemChildOrdersItem
            )
        _src_dict = dict(src_dict)
        _exchange = _src_dict.pop("exchange", UNSET)
        exchange: str | Unset
        if isinstance(_exchange, Unset):
            exchange = UNSET
        else:
            exchange = _exchange if type(_exchange) is str else str_from_wire(_exchange, "exchange")

        _order_id = _src_dict.pop("order_id", UNSET)
        order_id: int | Unset
        if isinstance(_order_id, Unset):
            order_id = UNSET
        else:
            order_id = _order_id if type(_order_id) is int else int_from_wire(_order_id, "order_id")

        _created_time = _src_dict.pop("created_time", UNSET)
        created_time: int | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = _created_time if type(_created_time) is int else int_from_wire(_created_time, "created_time")

        _updated_time = _src_dict.pop("updated_time", UNSET)
        updated_time: int | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = _updated_time if type(_updated_time) is int else int_from_wire(_updated_time, "updated_time")

        _type_ = _src_dict.pop("type", UNSET)
        type_: OrderType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = OrderType.from_wire(_type_)

        _symbol = _src_dict.pop("symbol", UNSET)
        symbol: str | Unset
        if isinstance(_symbol, Unset):
            symbol = UNSET
        else:
            symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        _side = _src_dict.pop("side", UNSET)
        side: OrderSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = OrderSide.from_wire(_side)

        _quantity = _src_dict.pop("quantity", UNSET)
        quantity: Decimal | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = _quantity if type(_quantity) is Decimal else decimal_from_wire(_quantity, "quantity")

        _price = _src_dict.pop("price", UNSET)
        price: Decimal | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = _price if type(_price) is Decimal else decimal_from_wire(_price, "price")

        _amount = _src_dict.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = _amount if type(_amount) is Decimal else decimal_from_wire(_amount, "amount")

        _executed_quantity = _src_dict.pop("executed_quantity", UNSET)
        executed_quantity: Decimal | Unset
        if isinstance(_executed_quantity, Unset):
            executed_quantity = UNSET
        else:
            executed_quantity = (
                _executed_quantity
                if type(_executed_quantity) is Decimal
                else decimal_from_wire(_executed_quantity, "executed_quantity")
            )

        _total_executed_quantity = _src_dict.pop("total_executed_quantity", UNSET)
        total_executed_quantity: Decimal | Unset
        if isinstance(_total_executed_quantity, Unset):
            total_executed_quantity = UNSET
        else:
            total_executed_quantity = (
                _total_executed_quantity
                if type(_total_executed_quantity) is Decimal
                else decimal_from_wire(_total_executed_quantity, "total_executed_quantity")
            )

        _average_executed_price = _src_dict.pop("average_executed_price", UNSET)
        average_executed_price: Decimal | Unset
        if isinstance(_average_executed_price, Unset):
            average_executed_price = UNSET
        else:
            average_executed_price = (
                _average_executed_price
                if type(_average_executed_price) is Decimal
                else decimal_from_wire(_average_executed_price, "average_executed_price")
            )

        _status = _src_dict.pop("status", UNSET)
        status: OrderState | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OrderState.from_wire(_status)

        _is_triggered = _src_dict.pop("is_triggered", UNSET)
        is_triggered: str | Unset
        if isinstance(_is_triggered, Unset):
            is_triggered = UNSET
        else:
            is_triggered = _is_triggered if type(_is_triggered) is str else str_from_wire(_is_triggered, "is_triggered")

        _child_orders = _src_dict.pop("child_orders", UNSET)
        child_orders: list[VaultOpenOrdersResponseDataRowsItemChildOrdersItem] | Unset = UNSET
        if _child_orders is not UNSET:
            child_orders = []
            for child_orders_item_data in _child_orders:
                child_orders_item = VaultOpenOrdersResponseDataRowsItemChildOrdersItem.from_dict(child_orders_item_data)

                child_orders.append(child_orders_item)

        _result = cls(
            exchange=exchange,
            order_id=order_id,
            created_time=created_time,
            updated_time=updated_time,
            type_=type_,
            symbol=symbol,
            side=side,
            quantity=quantity,
            price=price,
            amount=amount,
            executed_quantity=executed_quantity,
            total_executed_quantity=total_executed_quantity,
            average_executed_price=average_executed_price,
            status=status,
            is_triggered=is_triggered,
            child_orders=child_orders,
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
