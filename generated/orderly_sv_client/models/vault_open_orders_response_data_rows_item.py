from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vault_open_orders_response_data_rows_item_child_orders_item import (
        VaultOpenOrdersResponseDataRowsItemChildOrdersItem,
    )


T = TypeVar("T", bound="VaultOpenOrdersResponseDataRowsItem")


@_attrs_define
class VaultOpenOrdersResponseDataRowsItem:
    """
    Attributes:
        exchange (str | Unset): Example: orderly.
        order_id (float | Unset): Example: 78151.
        created_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1653563963000.
        updated_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1653564213000.
        type_ (str | Unset): Example: LIMIT.
        symbol (str | Unset): Example: PERP_WOO_USDC.
        side (str | Unset): Example: BUY.
        quantity (float | Unset): Example: 20.
        price (float | Unset): Example: 0.67772.
        amount (float | Unset): Example: 10.
        executed_quantity (float | Unset): Example: 20.
        total_executed_quantity (float | Unset): Example: 20.
        average_executed_price (float | Unset): Example: 0.67772.
        status (str | Unset): Example: NEW.
        is_triggered (str | Unset): Example: false.
        child_orders (list[VaultOpenOrdersResponseDataRowsItemChildOrdersItem] | Unset):
    """

    exchange: str | Unset = UNSET
    order_id: float | Unset = UNSET
    created_time: float | Unset = UNSET
    updated_time: float | Unset = UNSET
    type_: str | Unset = UNSET
    symbol: str | Unset = UNSET
    side: str | Unset = UNSET
    quantity: float | Unset = UNSET
    price: float | Unset = UNSET
    amount: float | Unset = UNSET
    executed_quantity: float | Unset = UNSET
    total_executed_quantity: float | Unset = UNSET
    average_executed_price: float | Unset = UNSET
    status: str | Unset = UNSET
    is_triggered: str | Unset = UNSET
    child_orders: list[VaultOpenOrdersResponseDataRowsItemChildOrdersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange = self.exchange

        order_id = self.order_id

        created_time = self.created_time

        updated_time = self.updated_time

        type_ = self.type_

        symbol = self.symbol

        side = self.side

        quantity = self.quantity

        price = self.price

        amount = self.amount

        executed_quantity = self.executed_quantity

        total_executed_quantity = self.total_executed_quantity

        average_executed_price = self.average_executed_price

        status = self.status

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
        from ..models.vault_open_orders_response_data_rows_item_child_orders_item import (
            VaultOpenOrdersResponseDataRowsItemChildOrdersItem,  # noqa: PLC0415
        )

        _src_dict = dict(src_dict)
        exchange = _src_dict.pop("exchange", UNSET)

        order_id = _src_dict.pop("order_id", UNSET)

        created_time = _src_dict.pop("created_time", UNSET)

        updated_time = _src_dict.pop("updated_time", UNSET)

        type_ = _src_dict.pop("type", UNSET)

        symbol = _src_dict.pop("symbol", UNSET)

        side = _src_dict.pop("side", UNSET)

        quantity = _src_dict.pop("quantity", UNSET)

        price = _src_dict.pop("price", UNSET)

        amount = _src_dict.pop("amount", UNSET)

        executed_quantity = _src_dict.pop("executed_quantity", UNSET)

        total_executed_quantity = _src_dict.pop("total_executed_quantity", UNSET)

        average_executed_price = _src_dict.pop("average_executed_price", UNSET)

        status = _src_dict.pop("status", UNSET)

        is_triggered = _src_dict.pop("is_triggered", UNSET)

        _child_orders = _src_dict.pop("child_orders", UNSET)
        child_orders: list[VaultOpenOrdersResponseDataRowsItemChildOrdersItem] | Unset = UNSET
        if _child_orders is not UNSET:
            child_orders = []
            for child_orders_item_data in _child_orders:
                child_orders_item = VaultOpenOrdersResponseDataRowsItemChildOrdersItem.from_dict(child_orders_item_data)

                child_orders.append(child_orders_item)

        vault_open_orders_response_data_rows_item = cls(
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

        vault_open_orders_response_data_rows_item.additional_properties = _src_dict
        return vault_open_orders_response_data_rows_item

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
