from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models
from ..models.algo_type import AlgoType
from ..models.margin_mode import MarginMode
from ..models.order_side import OrderSide
from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

if TYPE_CHECKING:
    from ..models.algo_child_order import AlgoChildOrder


T = TypeVar("T", bound="AlgoOrder")


@_attrs_define(repr=False)
class AlgoOrder:
    """
    Attributes:
        algo_order_id (int): Example: 168400010.
        algo_status (str): Example: NEW.
        algo_type (AlgoType): One of: STOP, TRAILING_STOP, TAKE_PROFIT, STOP_LOSS, TP_SL, POSITIONAL_TP_SL, BRACKET.
        fee_asset (str): Example: USDC.
        is_triggered (str): Example: false.
        order_tag (str): Example: enum:broker_b:GRID_PRO.
        parent_algo_order_id (int): Example: 0.
        quantity (Decimal): Example: 5.5.
        root_algo_order_id (int): Example: 168400010.
        root_algo_order_status (str): Example: NEW.
        side (OrderSide): One of: BUY, SELL.
        symbol (str): Example: PERP_NEAR_USDC.
        total_executed_quantity (Decimal): Example: 0.
        total_fee (Decimal): Example: 0.
        trigger_price (Decimal): Example: 2.5.
        trigger_price_type (str): Example: MARK_PRICE.
        type_ (str): Example: MARKET.
        created_time (int): Unit: milliseconds since the Unix epoch. Example: 1702871974317.
        updated_time (int): Unit: milliseconds since the Unix epoch. Example: 1702871974317.
        visible_quantity (Decimal): Example: 5.5.
        margin_mode (MarginMode | Unset): One of: CROSS, ISOLATED.
        executed_quantity (Decimal | Unset): Example: 0.
        realized_pnl (Decimal | Unset): Example: 0.0.
        child_orders (list[AlgoChildOrder] | Unset):
    """

    algo_order_id: int
    algo_status: str
    algo_type: AlgoType
    fee_asset: str
    is_triggered: str
    order_tag: str
    parent_algo_order_id: int
    quantity: Decimal
    root_algo_order_id: int
    root_algo_order_status: str
    side: OrderSide
    symbol: str
    total_executed_quantity: Decimal
    total_fee: Decimal
    trigger_price: Decimal
    trigger_price_type: str
    type_: str
    created_time: int
    updated_time: int
    visible_quantity: Decimal
    margin_mode: MarginMode | Unset = UNSET
    executed_quantity: Decimal | Unset = UNSET
    realized_pnl: Decimal | Unset = UNSET
    child_orders: list[AlgoChildOrder] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            AlgoChildOrder = _models.AlgoChildOrder
        algo_order_id = self.algo_order_id

        algo_status = self.algo_status

        algo_type = str(self.algo_type)

        fee_asset = self.fee_asset

        is_triggered = self.is_triggered

        order_tag = self.order_tag

        parent_algo_order_id = self.parent_algo_order_id

        quantity = self.quantity

        root_algo_order_id = self.root_algo_order_id

        root_algo_order_status = self.root_algo_order_status

        side = str(self.side)

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
            margin_mode = str(self.margin_mode)

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
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            AlgoChildOrder = _models.AlgoChildOrder
        _src_dict = dict(src_dict)
        _algo_order_id = _src_dict.pop("algo_order_id")
        algo_order_id = (
            _algo_order_id if type(_algo_order_id) is int else int_from_wire(_algo_order_id, "algo_order_id")
        )

        _algo_status = _src_dict.pop("algo_status")
        algo_status = _algo_status if type(_algo_status) is str else str_from_wire(_algo_status, "algo_status")

        algo_type = AlgoType.from_wire(_src_dict.pop("algo_type"))

        _fee_asset = _src_dict.pop("fee_asset")
        fee_asset = _fee_asset if type(_fee_asset) is str else str_from_wire(_fee_asset, "fee_asset")

        _is_triggered = _src_dict.pop("is_triggered")
        is_triggered = _is_triggered if type(_is_triggered) is str else str_from_wire(_is_triggered, "is_triggered")

        _order_tag = _src_dict.pop("order_tag")
        order_tag = _order_tag if type(_order_tag) is str else str_from_wire(_order_tag, "order_tag")

        _parent_algo_order_id = _src_dict.pop("parent_algo_order_id")
        parent_algo_order_id = (
            _parent_algo_order_id
            if type(_parent_algo_order_id) is int
            else int_from_wire(_parent_algo_order_id, "parent_algo_order_id")
        )

        _quantity = _src_dict.pop("quantity")
        quantity = _quantity if type(_quantity) is Decimal else decimal_from_wire(_quantity, "quantity")

        _root_algo_order_id = _src_dict.pop("root_algo_order_id")
        root_algo_order_id = (
            _root_algo_order_id
            if type(_root_algo_order_id) is int
            else int_from_wire(_root_algo_order_id, "root_algo_order_id")
        )

        _root_algo_order_status = _src_dict.pop("root_algo_order_status")
        root_algo_order_status = (
            _root_algo_order_status
            if type(_root_algo_order_status) is str
            else str_from_wire(_root_algo_order_status, "root_algo_order_status")
        )

        side = OrderSide.from_wire(_src_dict.pop("side"))

        _symbol = _src_dict.pop("symbol")
        symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        _total_executed_quantity = _src_dict.pop("total_executed_quantity")
        total_executed_quantity = (
            _total_executed_quantity
            if type(_total_executed_quantity) is Decimal
            else decimal_from_wire(_total_executed_quantity, "total_executed_quantity")
        )

        _total_fee = _src_dict.pop("total_fee")
        total_fee = _total_fee if type(_total_fee) is Decimal else decimal_from_wire(_total_fee, "total_fee")

        _trigger_price = _src_dict.pop("trigger_price")
        trigger_price = (
            _trigger_price if type(_trigger_price) is Decimal else decimal_from_wire(_trigger_price, "trigger_price")
        )

        _trigger_price_type = _src_dict.pop("trigger_price_type")
        trigger_price_type = (
            _trigger_price_type
            if type(_trigger_price_type) is str
            else str_from_wire(_trigger_price_type, "trigger_price_type")
        )

        _type_ = _src_dict.pop("type")
        type_ = _type_ if type(_type_) is str else str_from_wire(_type_, "type")

        _created_time = _src_dict.pop("created_time")
        created_time = _created_time if type(_created_time) is int else int_from_wire(_created_time, "created_time")

        _updated_time = _src_dict.pop("updated_time")
        updated_time = _updated_time if type(_updated_time) is int else int_from_wire(_updated_time, "updated_time")

        _visible_quantity = _src_dict.pop("visible_quantity")
        visible_quantity = (
            _visible_quantity
            if type(_visible_quantity) is Decimal
            else decimal_from_wire(_visible_quantity, "visible_quantity")
        )

        _margin_mode = _src_dict.pop("margin_mode", UNSET)
        margin_mode: MarginMode | Unset
        if isinstance(_margin_mode, Unset):
            margin_mode = UNSET
        else:
            margin_mode = MarginMode.from_wire(_margin_mode)

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

        _realized_pnl = _src_dict.pop("realized_pnl", UNSET)
        realized_pnl: Decimal | Unset
        if isinstance(_realized_pnl, Unset):
            realized_pnl = UNSET
        else:
            realized_pnl = (
                _realized_pnl if type(_realized_pnl) is Decimal else decimal_from_wire(_realized_pnl, "realized_pnl")
            )

        _child_orders = _src_dict.pop("child_orders", UNSET)
        child_orders: list[AlgoChildOrder] | Unset = UNSET
        if _child_orders is not UNSET:
            child_orders = []
            for child_orders_item_data in _child_orders:
                child_orders_item = AlgoChildOrder.from_dict(child_orders_item_data)

                child_orders.append(child_orders_item)

        _result = cls(
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
