from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.admin_algo_orders_response_data_rows_item_margin_mode import (
    AdminAlgoOrdersResponseDataRowsItemMarginMode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.admin_algo_orders_response_data_rows_item_child_orders_item import (
        AdminAlgoOrdersResponseDataRowsItemChildOrdersItem,
    )


T = TypeVar("T", bound="AdminAlgoOrdersResponseDataRowsItem")


@_attrs_define
class AdminAlgoOrdersResponseDataRowsItem:
    """
    Attributes:
        algo_order_id (float | Unset): Example: 168400010.
        user_id (float | Unset): Example: 12345.
        account_id (str | Unset): Example: 0x114f583aea808c5812e16109b6c087660285a26f0a31dcc0f9b54f1a6a0fefbd.
        user_address (str | Unset): Example: 0x7ceB23fD6bC0adD59E62ac25578270cFf1b9f619.
        algo_status (str | Unset): Example: NEW.
        algo_type (str | Unset): Example: STOP.
        fee_asset (str | Unset): Example: USDC.
        is_triggered (str | Unset): Example: false.
        order_tag (str | Unset): Example: enum:broker_b:GRID_PRO.
        parent_algo_order_id (float | Unset): Example: 0.
        quantity (float | Unset): Example: 5.5.
        root_algo_order_id (float | Unset): Example: 168400010.
        root_algo_order_status (str | Unset): Example: NEW.
        side (str | Unset): Example: BUY.
        symbol (str | Unset): Example: PERP_NEAR_USDC.
        margin_mode (AdminAlgoOrdersResponseDataRowsItemMarginMode | Unset): One of: CROSS, ISOLATED. Example: CROSS.
        executed_quantity (float | Unset): Example: 0.
        total_executed_quantity (float | Unset): Example: 0.
        total_fee (float | Unset): Example: 0.
        trigger_price (float | Unset): Example: 2.5.
        trigger_price_type (str | Unset): Example: MARK_PRICE.
        type_ (str | Unset): Example: MARKET.
        created_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1702871974317.
        updated_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1702871974317.
        visible_quantity (float | Unset): Example: 5.5.
        realized_pnl (float | Unset): Example: 0.
        child_orders (list[AdminAlgoOrdersResponseDataRowsItemChildOrdersItem] | Unset):
    """

    algo_order_id: float | Unset = UNSET
    user_id: float | Unset = UNSET
    account_id: str | Unset = UNSET
    user_address: str | Unset = UNSET
    algo_status: str | Unset = UNSET
    algo_type: str | Unset = UNSET
    fee_asset: str | Unset = UNSET
    is_triggered: str | Unset = UNSET
    order_tag: str | Unset = UNSET
    parent_algo_order_id: float | Unset = UNSET
    quantity: float | Unset = UNSET
    root_algo_order_id: float | Unset = UNSET
    root_algo_order_status: str | Unset = UNSET
    side: str | Unset = UNSET
    symbol: str | Unset = UNSET
    margin_mode: AdminAlgoOrdersResponseDataRowsItemMarginMode | Unset = UNSET
    executed_quantity: float | Unset = UNSET
    total_executed_quantity: float | Unset = UNSET
    total_fee: float | Unset = UNSET
    trigger_price: float | Unset = UNSET
    trigger_price_type: str | Unset = UNSET
    type_: str | Unset = UNSET
    created_time: float | Unset = UNSET
    updated_time: float | Unset = UNSET
    visible_quantity: float | Unset = UNSET
    realized_pnl: float | Unset = UNSET
    child_orders: list[AdminAlgoOrdersResponseDataRowsItemChildOrdersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algo_order_id = self.algo_order_id

        user_id = self.user_id

        account_id = self.account_id

        user_address = self.user_address

        algo_status = self.algo_status

        algo_type = self.algo_type

        fee_asset = self.fee_asset

        is_triggered = self.is_triggered

        order_tag = self.order_tag

        parent_algo_order_id = self.parent_algo_order_id

        quantity = self.quantity

        root_algo_order_id = self.root_algo_order_id

        root_algo_order_status = self.root_algo_order_status

        side = self.side

        symbol = self.symbol

        margin_mode: str | Unset = UNSET
        if not isinstance(self.margin_mode, Unset):
            margin_mode = self.margin_mode.value

        executed_quantity = self.executed_quantity

        total_executed_quantity = self.total_executed_quantity

        total_fee = self.total_fee

        trigger_price = self.trigger_price

        trigger_price_type = self.trigger_price_type

        type_ = self.type_

        created_time = self.created_time

        updated_time = self.updated_time

        visible_quantity = self.visible_quantity

        realized_pnl = self.realized_pnl

        child_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child_orders, Unset):
            child_orders = []
            for child_orders_item_data in self.child_orders:
                child_orders_item = child_orders_item_data.to_dict()
                child_orders.append(child_orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if algo_order_id is not UNSET:
            field_dict["algo_order_id"] = algo_order_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if user_address is not UNSET:
            field_dict["user_address"] = user_address
        if algo_status is not UNSET:
            field_dict["algo_status"] = algo_status
        if algo_type is not UNSET:
            field_dict["algo_type"] = algo_type
        if fee_asset is not UNSET:
            field_dict["fee_asset"] = fee_asset
        if is_triggered is not UNSET:
            field_dict["is_triggered"] = is_triggered
        if order_tag is not UNSET:
            field_dict["order_tag"] = order_tag
        if parent_algo_order_id is not UNSET:
            field_dict["parent_algo_order_id"] = parent_algo_order_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if root_algo_order_id is not UNSET:
            field_dict["root_algo_order_id"] = root_algo_order_id
        if root_algo_order_status is not UNSET:
            field_dict["root_algo_order_status"] = root_algo_order_status
        if side is not UNSET:
            field_dict["side"] = side
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if margin_mode is not UNSET:
            field_dict["margin_mode"] = margin_mode
        if executed_quantity is not UNSET:
            field_dict["executed_quantity"] = executed_quantity
        if total_executed_quantity is not UNSET:
            field_dict["total_executed_quantity"] = total_executed_quantity
        if total_fee is not UNSET:
            field_dict["total_fee"] = total_fee
        if trigger_price is not UNSET:
            field_dict["trigger_price"] = trigger_price
        if trigger_price_type is not UNSET:
            field_dict["trigger_price_type"] = trigger_price_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
        if visible_quantity is not UNSET:
            field_dict["visible_quantity"] = visible_quantity
        if realized_pnl is not UNSET:
            field_dict["realized_pnl"] = realized_pnl
        if child_orders is not UNSET:
            field_dict["child_orders"] = child_orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.admin_algo_orders_response_data_rows_item_child_orders_item import (
            AdminAlgoOrdersResponseDataRowsItemChildOrdersItem,  # noqa: PLC0415
        )

        _src_dict = dict(src_dict)
        algo_order_id = _src_dict.pop("algo_order_id", UNSET)

        user_id = _src_dict.pop("user_id", UNSET)

        account_id = _src_dict.pop("account_id", UNSET)

        user_address = _src_dict.pop("user_address", UNSET)

        algo_status = _src_dict.pop("algo_status", UNSET)

        algo_type = _src_dict.pop("algo_type", UNSET)

        fee_asset = _src_dict.pop("fee_asset", UNSET)

        is_triggered = _src_dict.pop("is_triggered", UNSET)

        order_tag = _src_dict.pop("order_tag", UNSET)

        parent_algo_order_id = _src_dict.pop("parent_algo_order_id", UNSET)

        quantity = _src_dict.pop("quantity", UNSET)

        root_algo_order_id = _src_dict.pop("root_algo_order_id", UNSET)

        root_algo_order_status = _src_dict.pop("root_algo_order_status", UNSET)

        side = _src_dict.pop("side", UNSET)

        symbol = _src_dict.pop("symbol", UNSET)

        _margin_mode = _src_dict.pop("margin_mode", UNSET)
        margin_mode: AdminAlgoOrdersResponseDataRowsItemMarginMode | Unset
        if isinstance(_margin_mode, Unset):
            margin_mode = UNSET
        else:
            margin_mode = AdminAlgoOrdersResponseDataRowsItemMarginMode.from_wire(_margin_mode)

        executed_quantity = _src_dict.pop("executed_quantity", UNSET)

        total_executed_quantity = _src_dict.pop("total_executed_quantity", UNSET)

        total_fee = _src_dict.pop("total_fee", UNSET)

        trigger_price = _src_dict.pop("trigger_price", UNSET)

        trigger_price_type = _src_dict.pop("trigger_price_type", UNSET)

        type_ = _src_dict.pop("type", UNSET)

        created_time = _src_dict.pop("created_time", UNSET)

        updated_time = _src_dict.pop("updated_time", UNSET)

        visible_quantity = _src_dict.pop("visible_quantity", UNSET)

        realized_pnl = _src_dict.pop("realized_pnl", UNSET)

        _child_orders = _src_dict.pop("child_orders", UNSET)
        child_orders: list[AdminAlgoOrdersResponseDataRowsItemChildOrdersItem] | Unset = UNSET
        if _child_orders is not UNSET:
            child_orders = []
            for child_orders_item_data in _child_orders:
                child_orders_item = AdminAlgoOrdersResponseDataRowsItemChildOrdersItem.from_dict(child_orders_item_data)

                child_orders.append(child_orders_item)

        admin_algo_orders_response_data_rows_item = cls(
            algo_order_id=algo_order_id,
            user_id=user_id,
            account_id=account_id,
            user_address=user_address,
            algo_status=algo_status,
            algo_type=algo_type,
            fee_asset=fee_asset,
            is_triggered=is_triggered,
            order_tag=order_tag,
            parent_algo_order_id=parent_algo_order_id,
            quantity=quantity,
            root_algo_order_id=root_algo_order_id,
            root_algo_order_status=root_algo_order_status,
            side=side,
            symbol=symbol,
            margin_mode=margin_mode,
            executed_quantity=executed_quantity,
            total_executed_quantity=total_executed_quantity,
            total_fee=total_fee,
            trigger_price=trigger_price,
            trigger_price_type=trigger_price_type,
            type_=type_,
            created_time=created_time,
            updated_time=updated_time,
            visible_quantity=visible_quantity,
            realized_pnl=realized_pnl,
            child_orders=child_orders,
        )

        admin_algo_orders_response_data_rows_item.additional_properties = _src_dict
        return admin_algo_orders_response_data_rows_item

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
