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
    from ..models.admin_algo_orders_response_data_rows_item_child_orders_item import (
        AdminAlgoOrdersResponseDataRowsItemChildOrdersItem,
    )


T = TypeVar("T", bound="AdminAlgoOrdersResponseDataRowsItem")


@_attrs_define(repr=False)
class AdminAlgoOrdersResponseDataRowsItem:
    """
    Attributes:
        algo_order_id (int | Unset): Example: 168400010.
        user_id (int | Unset): Example: 12345.
        account_id (str | Unset): Example: 0x114f583aea808c5812e16109b6c087660285a26f0a31dcc0f9b54f1a6a0fefbd.
        user_address (str | Unset): Example: 0x7ceB23fD6bC0adD59E62ac25578270cFf1b9f619.
        algo_status (str | Unset): Example: NEW.
        algo_type (AlgoType | Unset): One of: STOP, TRAILING_STOP, TAKE_PROFIT, STOP_LOSS, TP_SL, POSITIONAL_TP_SL,
            BRACKET.
        fee_asset (str | Unset): Example: USDC.
        is_triggered (str | Unset): Example: false.
        order_tag (str | Unset): Example: enum:broker_b:GRID_PRO.
        parent_algo_order_id (int | Unset): Example: 0.
        quantity (Decimal | Unset): Example: 5.5.
        root_algo_order_id (int | Unset): Example: 168400010.
        root_algo_order_status (str | Unset): Example: NEW.
        side (OrderSide | Unset): One of: BUY, SELL.
        symbol (str | Unset): Example: PERP_NEAR_USDC.
        margin_mode (MarginMode | Unset): One of: CROSS, ISOLATED.
        executed_quantity (Decimal | Unset): Example: 0.
        total_executed_quantity (Decimal | Unset): Example: 0.
        total_fee (Decimal | Unset): Example: 0.
        trigger_price (Decimal | Unset): Example: 2.5.
        trigger_price_type (str | Unset): Example: MARK_PRICE.
        type_ (str | Unset): Example: MARKET.
        created_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1702871974317.
        updated_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1702871974317.
        visible_quantity (Decimal | Unset): Example: 5.5.
        realized_pnl (Decimal | Unset): Example: 0.
        child_orders (list[AdminAlgoOrdersResponseDataRowsItemChildOrdersItem] | Unset):
    """

    algo_order_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    account_id: str | Unset = UNSET
    user_address: str | Unset = UNSET
    algo_status: str | Unset = UNSET
    algo_type: AlgoType | Unset = UNSET
    fee_asset: str | Unset = UNSET
    is_triggered: str | Unset = UNSET
    order_tag: str | Unset = UNSET
    parent_algo_order_id: int | Unset = UNSET
    quantity: Decimal | Unset = UNSET
    root_algo_order_id: int | Unset = UNSET
    root_algo_order_status: str | Unset = UNSET
    side: OrderSide | Unset = UNSET
    symbol: str | Unset = UNSET
    margin_mode: MarginMode | Unset = UNSET
    executed_quantity: Decimal | Unset = UNSET
    total_executed_quantity: Decimal | Unset = UNSET
    total_fee: Decimal | Unset = UNSET
    trigger_price: Decimal | Unset = UNSET
    trigger_price_type: str | Unset = UNSET
    type_: str | Unset = UNSET
    created_time: int | Unset = UNSET
    updated_time: int | Unset = UNSET
    visible_quantity: Decimal | Unset = UNSET
    realized_pnl: Decimal | Unset = UNSET
    child_orders: list[AdminAlgoOrdersResponseDataRowsItemChildOrdersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            AdminAlgoOrdersResponseDataRowsItemChildOrdersItem = (
                _models.AdminAlgoOrdersResponseDataRowsItemChildOrdersItem
            )
        algo_order_id = self.algo_order_id

        user_id = self.user_id

        account_id = self.account_id

        user_address = self.user_address

        algo_status = self.algo_status

        algo_type: str | Unset = UNSET
        if not isinstance(self.algo_type, Unset):
            algo_type = str(self.algo_type)

        fee_asset = self.fee_asset

        is_triggered = self.is_triggered

        order_tag = self.order_tag

        parent_algo_order_id = self.parent_algo_order_id

        quantity = self.quantity

        root_algo_order_id = self.root_algo_order_id

        root_algo_order_status = self.root_algo_order_status

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = str(self.side)

        symbol = self.symbol

        margin_mode: str | Unset = UNSET
        if not isinstance(self.margin_mode, Unset):
            margin_mode = str(self.margin_mode)

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
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            AdminAlgoOrdersResponseDataRowsItemChildOrdersItem = (
                _models.AdminAlgoOrdersResponseDataRowsItemChildOrdersItem
            )
        _src_dict = dict(src_dict)
        _algo_order_id = _src_dict.pop("algo_order_id", UNSET)
        algo_order_id: int | Unset
        if isinstance(_algo_order_id, Unset):
            algo_order_id = UNSET
        else:
            algo_order_id = (
                _algo_order_id if type(_algo_order_id) is int else int_from_wire(_algo_order_id, "algo_order_id")
            )

        _user_id = _src_dict.pop("user_id", UNSET)
        user_id: int | Unset
        if isinstance(_user_id, Unset):
            user_id = UNSET
        else:
            user_id = _user_id if type(_user_id) is int else int_from_wire(_user_id, "user_id")

        _account_id = _src_dict.pop("account_id", UNSET)
        account_id: str | Unset
        if isinstance(_account_id, Unset):
            account_id = UNSET
        else:
            account_id = _account_id if type(_account_id) is str else str_from_wire(_account_id, "account_id")

        _user_address = _src_dict.pop("user_address", UNSET)
        user_address: str | Unset
        if isinstance(_user_address, Unset):
            user_address = UNSET
        else:
            user_address = _user_address if type(_user_address) is str else str_from_wire(_user_address, "user_address")

        _algo_status = _src_dict.pop("algo_status", UNSET)
        algo_status: str | Unset
        if isinstance(_algo_status, Unset):
            algo_status = UNSET
        else:
            algo_status = _algo_status if type(_algo_status) is str else str_from_wire(_algo_status, "algo_status")

        _algo_type = _src_dict.pop("algo_type", UNSET)
        algo_type: AlgoType | Unset
        if isinstance(_algo_type, Unset):
            algo_type = UNSET
        else:
            algo_type = AlgoType.from_wire(_algo_type)

        _fee_asset = _src_dict.pop("fee_asset", UNSET)
        fee_asset: str | Unset
        if isinstance(_fee_asset, Unset):
            fee_asset = UNSET
        else:
            fee_asset = _fee_asset if type(_fee_asset) is str else str_from_wire(_fee_asset, "fee_asset")

        _is_triggered = _src_dict.pop("is_triggered", UNSET)
        is_triggered: str | Unset
        if isinstance(_is_triggered, Unset):
            is_triggered = UNSET
        else:
            is_triggered = _is_triggered if type(_is_triggered) is str else str_from_wire(_is_triggered, "is_triggered")

        _order_tag = _src_dict.pop("order_tag", UNSET)
        order_tag: str | Unset
        if isinstance(_order_tag, Unset):
            order_tag = UNSET
        else:
            order_tag = _order_tag if type(_order_tag) is str else str_from_wire(_order_tag, "order_tag")

        _parent_algo_order_id = _src_dict.pop("parent_algo_order_id", UNSET)
        parent_algo_order_id: int | Unset
        if isinstance(_parent_algo_order_id, Unset):
            parent_algo_order_id = UNSET
        else:
            parent_algo_order_id = (
                _parent_algo_order_id
                if type(_parent_algo_order_id) is int
                else int_from_wire(_parent_algo_order_id, "parent_algo_order_id")
            )

        _quantity = _src_dict.pop("quantity", UNSET)
        quantity: Decimal | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = _quantity if type(_quantity) is Decimal else decimal_from_wire(_quantity, "quantity")

        _root_algo_order_id = _src_dict.pop("root_algo_order_id", UNSET)
        root_algo_order_id: int | Unset
        if isinstance(_root_algo_order_id, Unset):
            root_algo_order_id = UNSET
        else:
            root_algo_order_id = (
                _root_algo_order_id
                if type(_root_algo_order_id) is int
                else int_from_wire(_root_algo_order_id, "root_algo_order_id")
            )

        _root_algo_order_status = _src_dict.pop("root_algo_order_status", UNSET)
        root_algo_order_status: str | Unset
        if isinstance(_root_algo_order_status, Unset):
            root_algo_order_status = UNSET
        else:
            root_algo_order_status = (
                _root_algo_order_status
                if type(_root_algo_order_status) is str
                else str_from_wire(_root_algo_order_status, "root_algo_order_status")
            )

        _side = _src_dict.pop("side", UNSET)
        side: OrderSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = OrderSide.from_wire(_side)

        _symbol = _src_dict.pop("symbol", UNSET)
        symbol: str | Unset
        if isinstance(_symbol, Unset):
            symbol = UNSET
        else:
            symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

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

        _total_fee = _src_dict.pop("total_fee", UNSET)
        total_fee: Decimal | Unset
        if isinstance(_total_fee, Unset):
            total_fee = UNSET
        else:
            total_fee = _total_fee if type(_total_fee) is Decimal else decimal_from_wire(_total_fee, "total_fee")

        _trigger_price = _src_dict.pop("trigger_price", UNSET)
        trigger_price: Decimal | Unset
        if isinstance(_trigger_price, Unset):
            trigger_price = UNSET
        else:
            trigger_price = (
                _trigger_price
                if type(_trigger_price) is Decimal
                else decimal_from_wire(_trigger_price, "trigger_price")
            )

        _trigger_price_type = _src_dict.pop("trigger_price_type", UNSET)
        trigger_price_type: str | Unset
        if isinstance(_trigger_price_type, Unset):
            trigger_price_type = UNSET
        else:
            trigger_price_type = (
                _trigger_price_type
                if type(_trigger_price_type) is str
                else str_from_wire(_trigger_price_type, "trigger_price_type")
            )

        _type_ = _src_dict.pop("type", UNSET)
        type_: str | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _type_ if type(_type_) is str else str_from_wire(_type_, "type")

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

        _visible_quantity = _src_dict.pop("visible_quantity", UNSET)
        visible_quantity: Decimal | Unset
        if isinstance(_visible_quantity, Unset):
            visible_quantity = UNSET
        else:
            visible_quantity = (
                _visible_quantity
                if type(_visible_quantity) is Decimal
                else decimal_from_wire(_visible_quantity, "visible_quantity")
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
        child_orders: list[AdminAlgoOrdersResponseDataRowsItemChildOrdersItem] | Unset = UNSET
        if _child_orders is not UNSET:
            child_orders = []
            for child_orders_item_data in _child_orders:
                child_orders_item = AdminAlgoOrdersResponseDataRowsItemChildOrdersItem.from_dict(child_orders_item_data)

                child_orders.append(child_orders_item)

        _result = cls(
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
