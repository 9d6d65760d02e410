from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.algo_order_margin_mode import AlgoOrderMarginMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.algo_order_child_orders_item import AlgoOrderChildOrdersItem


T = TypeVar("T", bound="AlgoOrder")


@_attrs_define
class AlgoOrder:
    """
    Attributes:
        algo_order_id (float): Example: 168400010.
        algo_status (str): Example: NEW.
        algo_type (str): Example: STOP.
        fee_asset (str): Example: USDC.
        is_triggered (str): Example: false.
        order_tag (str): Example: enum:broker_b:GRID_PRO.
        parent_algo_order_id (float): Example: 0.
        quantity (float): Example: 5.5.
        root_algo_order_id (float): Example: 168400010.
        root_algo_order_status (str): Example: NEW.
        side (str): Example: BUY.
        symbol (str): Example: PERP_NEAR_USDC.
        total_executed_quantity (float): Example: 0.
        total_fee (float): Example: 0.
        trigger_price (float): Example: 2.5.
        trigger_price_type (str): Example: MARK_PRICE.
        type_ (str): Example: MARKET.
        created_time (float): Unit: milliseconds since the Unix epoch. Example: 1702871974317.
        updated_time (float): Unit: milliseconds since the Unix epoch. Example: 1702871974317.
        visible_quantity (float): Example: 5.5.
        margin_mode (AlgoOrderMarginMode | Unset): One of: CROSS, ISOLATED. Example: CROSS.
        executed_quantity (float | Unset): Example: 0.
        realized_pnl (float | Unset): Example: 0.0.
        child_orders (list[AlgoOrderChildOrdersItem] | Unset):
    """

    algo_order_id: float
    algo_status: str
    algo_type: str
    fee_asset: str
    is_triggered: str
    order_tag: str
    parent_algo_order_id: float
    quantity: float
    root_algo_order_id: float
    root_algo_order_status: str
    side: str
    symbol: str
    total_executed_quantity: float
    total_fee: float
    trigger_price: float
    trigger_price_type: str
    type_: str
    created_time: float
    updated_time: float
    visible_quantity: float
    margin_mode: AlgoOrderMarginMode | Unset = UNSET
    executed_quantity: float | Unset = UNSET
    realized_pnl: float | Unset = UNSET
    child_orders: list[AlgoOrderChildOrdersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algo_order_id = self.algo_order_id

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

        total_executed_quantity = self.total_executed_quantity

        total_fee = self.total_fee

        trigger_price = self.trigger_price

        trigger_price_type = self.trigger_price_type

        type_ = self.type_

        created_time = self.created_time

        updated_time = self.updated_time

        visible_quantity = self.visible_quantity

        margin_mode: str | Unset = UNSET
        if not isinstance(self.margin_mode, Unset):
            margin_mode = self.margin_mode.value

        executed_quantity = self.executed_quantity

        realized_pnl = self.realized_pnl

        child_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child_orders, Unset):
            child_orders = []
            for child_orders_item_data in self.child_orders:
                child_orders_item = child_orders_item_data.to_dict()
                child_orders.append(child_orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "algo_order_id": algo_order_id,
                "algo_status": algo_status,
                "algo_type": algo_type,
                "fee_asset": fee_asset,
                "is_triggered": is_triggered,
                "order_tag": order_tag,
                "parent_algo_order_id": parent_algo_order_id,
                "quantity": quantity,
                "root_algo_order_id": root_algo_order_id,
                "root_algo_order_status": root_algo_order_status,
                "side": side,
                "symbol": symbol,
                "total_executed_quantity": total_executed_quantity,
                "total_fee": total_fee,
                "trigger_price": trigger_price,
                "trigger_price_type": trigger_price_type,
                "type": type_,
                "created_time": created_time,
                "updated_time": updated_time,
                "visible_quantity": visible_quantity,
            }
        )
        if margin_mode is not UNSET:
            field_dict["margin_mode"] = margin_mode
        if executed_quantity is not UNSET:
            field_dict["executed_quantity"] = executed_quantity
        if realized_pnl is not UNSET:
            field_dict["realized_pnl"] = realized_pnl
        if child_orders is not UNSET:
            field_dict["child_orders"] = child_orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.algo_order_child_orders_item import AlgoOrderChildOrdersItem  # noqa: PLC0415

        _src_dict = dict(src_dict)
        algo_order_id = _src_dict.pop("algo_order_id")

        algo_status = _src_dict.pop("algo_status")

        algo_type = _src_dict.pop("algo_type")

        fee_asset = _src_dict.pop("fee_asset")

        is_triggered = _src_dict.pop("is_triggered")

        order_tag = _src_dict.pop("order_tag")

        parent_algo_order_id = _src_dict.pop("parent_algo_order_id")

        quantity = _src_dict.pop("quantity")

        root_algo_order_id = _src_dict.pop("root_algo_order_id")

        root_algo_order_status = _src_dict.pop("root_algo_order_status")

        side = _src_dict.pop("side")

        symbol = _src_dict.pop("symbol")

        total_executed_quantity = _src_dict.pop("total_executed_quantity")

        total_fee = _src_dict.pop("total_fee")

        trigger_price = _src_dict.pop("trigger_price")

        trigger_price_type = _src_dict.pop("trigger_price_type")

        type_ = _src_dict.pop("type")

        created_time = _src_dict.pop("created_time")

        updated_time = _src_dict.pop("updated_time")

        visible_quantity = _src_dict.pop("visible_quantity")

        _margin_mode = _src_dict.pop("margin_mode", UNSET)
        margin_mode: AlgoOrderMarginMode | Unset
        if isinstance(_margin_mode, Unset):
            margin_mode = UNSET
        else:
            margin_mode = AlgoOrderMarginMode.from_wire(_margin_mode)

        executed_quantity = _src_dict.pop("executed_quantity", UNSET)

        realized_pnl = _src_dict.pop("realized_pnl", UNSET)

        _child_orders = _src_dict.pop("child_orders", UNSET)
        child_orders: list[AlgoOrderChildOrdersItem] | Unset = UNSET
        if _child_orders is not UNSET:
            child_orders = []
            for child_orders_item_data in _child_orders:
                child_orders_item = AlgoOrderChildOrdersItem.from_dict(child_orders_item_data)

                child_orders.append(child_orders_item)

        algo_order = cls(
            algo_order_id=algo_order_id,
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
            total_executed_quantity=total_executed_quantity,
            total_fee=total_fee,
            trigger_price=trigger_price,
            trigger_price_type=trigger_price_type,
            type_=type_,
            created_time=created_time,
            updated_time=updated_time,
            visible_quantity=visible_quantity,
            margin_mode=margin_mode,
            executed_quantity=executed_quantity,
            realized_pnl=realized_pnl,
            child_orders=child_orders,
        )

        algo_order.additional_properties = _src_dict
        return algo_order

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
