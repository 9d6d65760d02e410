from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.algo_type import AlgoType
from ..models.margin_mode import MarginMode
from ..models.order_side import OrderSide
from ..types import (
    UNSET,
    Unset,
    bool_from_wire,
    decimal_from_wire,
    model_repr,
    str_from_wire,
    to_decimal_or_unset,
)

# from_dict sets converted values as they are (its converters and setattr hooks are for values given by hand).
_set = object.__setattr__
# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models
from ..models.algo_type import to_algo_type
from ..models.margin_mode import to_margin_mode_or_unset
from ..models.order_side import to_order_side_or_unset

if TYPE_CHECKING:
    from ..models.post_v1_algo_order_body_child_orders_item import (
        PostV1AlgoOrderBodyChildOrdersItem,
    )


T = TypeVar("T", bound="PostV1AlgoOrderBody")


@_attrs_define(repr=False)
class PostV1AlgoOrderBody:
    """
    Attributes:
        symbol (str):
        algo_type (AlgoType): One of: STOP, TRAILING_STOP, TAKE_PROFIT, STOP_LOSS, TP_SL, POSITIONAL_TP_SL, BRACKET.
        client_order_id (str | Unset):
        type_ (str | Unset):
        price (Decimal | Unset):
        quantity (Decimal | Unset):
        trigger_price_type (str | Unset):
        trigger_price (Decimal | Unset):
        reduce_only (bool | Unset):
        visible_quantity (bool | Unset):
        side (OrderSide | Unset): One of: BUY, SELL.
        order_tag (str | Unset): Example: enum:broker_b:GRID_PRO.
        child_orders (list[PostV1AlgoOrderBodyChildOrdersItem] | Unset):
        activated_price (str | Unset):
        callback_rate (str | Unset):
        callback_value (str | Unset):
        margin_mode (MarginMode | Unset): One of: CROSS, ISOLATED.
    """

    symbol: str
    algo_type: AlgoType = _attrs_field(converter=to_algo_type)
    client_order_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    price: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    quantity: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    trigger_price_type: str | Unset = UNSET
    trigger_price: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    reduce_only: bool | Unset = UNSET
    visible_quantity: bool | Unset = UNSET
    side: OrderSide | Unset = _attrs_field(default=UNSET, converter=to_order_side_or_unset)
    order_tag: str | Unset = UNSET
    child_orders: list[PostV1AlgoOrderBodyChildOrdersItem] | Unset = UNSET
    activated_price: str | Unset = UNSET
    callback_rate: str | Unset = UNSET
    callback_value: str | Unset = UNSET
    margin_mode: MarginMode | Unset = _attrs_field(default=UNSET, converter=to_margin_mode_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            PostV1AlgoOrderBodyChildOrdersItem = _models.PostV1AlgoOrderBodyChildOrdersItem
        symbol = self.symbol

        algo_type = str(self.algo_type)

        client_order_id = self.client_order_id

        type_ = self.type_

        price = self.price

        quantity = self.quantity

        trigger_price_type = self.trigger_price_type

        trigger_price = self.trigger_price

        reduce_only = self.reduce_only

        visible_quantity = self.visible_quantity

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = str(self.side)

        order_tag = self.order_tag

        child_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child_orders, Unset):
            child_orders = []
            for child_orders_item_data in self.child_orders:
                child_orders_item = child_orders_item_data.to_dict()
                child_orders.append(child_orders_item)

        activated_price = self.activated_price

        callback_rate = self.callback_rate

        callback_value = self.callback_value

        margin_mode: str | Unset = UNSET
        if not isinstance(self.margin_mode, Unset):
            margin_mode = str(self.margin_mode)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "algo_type": algo_type,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if trigger_price_type is not UNSET:
            field_dict["trigger_price_type"] = trigger_price_type
        if trigger_price is not UNSET:
            field_dict["trigger_price"] = trigger_price
        if reduce_only is not UNSET:
            field_dict["reduce_only"] = reduce_only
        if visible_quantity is not UNSET:
            field_dict["visible_quantity"] = visible_quantity
        if side is not UNSET:
            field_dict["side"] = side
        if order_tag is not UNSET:
            field_dict["order_tag"] = order_tag
        if child_orders is not UNSET:
            field_dict["child_orders"] = child_orders
        if activated_price is not UNSET:
            field_dict["activatedPrice"] = activated_price
        if callback_rate is not UNSET:
            field_dict["callbackRate"] = callback_rate
        if callback_value is not UNSET:
            field_dict["callbackValue"] = callback_value
        if margin_mode is not UNSET:
            field_dict["margin_mode"] = margin_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            PostV1AlgoOrderBodyChildOrdersItem = _models.PostV1AlgoOrderBodyChildOrdersItem
        _src_dict = dict(src_dict)
        _symbol = _src_dict.pop("symbol")
        symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        algo_type = AlgoType.from_wire(_src_dict.pop("algo_type"))

        _client_order_id = _src_dict.pop("client_order_id", UNSET)
        client_order_id: str | Unset
        if isinstance(_client_order_id, Unset):
            client_order_id = UNSET
        else:
            client_order_id = (
                _client_order_id
                if type(_client_order_id) is str
                else str_from_wire(_client_order_id, "client_order_id")
            )

        _type_ = _src_dict.pop("type", UNSET)
        type_: str | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _type_ if type(_type_) is str else str_from_wire(_type_, "type")

        _price = _src_dict.pop("price", UNSET)
        price: Decimal | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = _price if type(_price) is Decimal else decimal_from_wire(_price, "price")

        _quantity = _src_dict.pop("quantity", UNSET)
        quantity: Decimal | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = _quantity if type(_quantity) is Decimal else decimal_from_wire(_quantity, "quantity")

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

        _reduce_only = _src_dict.pop("reduce_only", UNSET)
        reduce_only: bool | Unset
        if isinstance(_reduce_only, Unset):
            reduce_only = UNSET
        else:
            reduce_only = _reduce_only if type(_reduce_only) is bool else bool_from_wire(_reduce_only, "reduce_only")

        _visible_quantity = _src_dict.pop("visible_quantity", UNSET)
        visible_quantity: bool | Unset
        if isinstance(_visible_quantity, Unset):
            visible_quantity = UNSET
        else:
            visible_quantity = (
                _visible_quantity
                if type(_visible_quantity) is bool
                else bool_from_wire(_visible_quantity, "visible_quantity")
            )

        _side = _src_dict.pop("side", UNSET)
        side: OrderSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = OrderSide.from_wire(_side)

        _order_tag = _src_dict.pop("order_tag", UNSET)
        order_tag: str | Unset
        if isinstance(_order_tag, Unset):
            order_tag = UNSET
        else:
            order_tag = _order_tag if type(_order_tag) is str else str_from_wire(_order_tag, "order_tag")

        _child_orders = _src_dict.pop("child_orders", UNSET)
        child_orders: list[PostV1AlgoOrderBodyChildOrdersItem] | Unset = UNSET
        if _child_orders is not UNSET:
            child_orders = []
            for child_orders_item_data in _child_orders:
                child_orders_item = PostV1AlgoOrderBodyChildOrdersItem.from_dict(child_orders_item_data)

                child_orders.append(child_orders_item)

        _activated_price = _src_dict.pop("activatedPrice", UNSET)
        activated_price: str | Unset
        if isinstance(_activated_price, Unset):
            activated_price = UNSET
        else:
            activated_price = (
                _activated_price if type(_activated_price) is str else str_from_wire(_activated_price, "activatedPrice")
            )

        _callback_rate = _src_dict.pop("callbackRate", UNSET)
        callback_rate: str | Unset
        if isinstance(_callback_rate, Unset):
            callback_rate = UNSET
        else:
            callback_rate = (
                _callback_rate if type(_callback_rate) is str else str_from_wire(_callback_rate, "callbackRate")
            )

        _callback_value = _src_dict.pop("callbackValue", UNSET)
        callback_value: str | Unset
        if isinstance(_callback_value, Unset):
            callback_value = UNSET
        else:
            callback_value = (
                _callback_value if type(_callback_value) is str else str_from_wire(_callback_value, "callbackValue")
            )

        _margin_mode = _src_dict.pop("margin_mode", UNSET)
        margin_mode: MarginMode | Unset
        if isinstance(_margin_mode, Unset):
            margin_mode = UNSET
        else:
            margin_mode = MarginMode.from_wire(_margin_mode)

        # Every value is converted above: set as it is, past __init__'s converters (a second pass) and setattr hooks.
        _result = cls.__new__(cls)
        _set(_result, "symbol", symbol)
        _set(_result, "algo_type", algo_type)
        _set(_result, "client_order_id", client_order_id)
        _set(_result, "type_", type_)
        _set(_result, "price", price)
        _set(_result, "quantity", quantity)
        _set(_result, "trigger_price_type", trigger_price_type)
        _set(_result, "trigger_price", trigger_price)
        _set(_result, "reduce_only", reduce_only)
        _set(_result, "visible_quantity", visible_quantity)
        _set(_result, "side", side)
        _set(_result, "order_tag", order_tag)
        _set(_result, "child_orders", child_orders)
        _set(_result, "activated_price", activated_price)
        _set(_result, "callback_rate", callback_rate)
        _set(_result, "callback_value", callback_value)
        _set(_result, "margin_mode", margin_mode)

        _set(_result, "additional_properties", _src_dict)
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
