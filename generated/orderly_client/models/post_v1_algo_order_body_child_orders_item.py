from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.algo_type import AlgoType
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
from ..models.algo_type import to_algo_type_or_unset
from ..models.order_side import to_order_side_or_unset

if TYPE_CHECKING:
    from ..models.create_algo_order_child_request import CreateAlgoOrderChildRequest


T = TypeVar("T", bound="PostV1AlgoOrderBodyChildOrdersItem")


@_attrs_define(repr=False)
class PostV1AlgoOrderBodyChildOrdersItem:
    """
    Attributes:
        symbol (str | Unset):
        algo_type (AlgoType | Unset): One of: STOP, TRAILING_STOP, TAKE_PROFIT, STOP_LOSS, TP_SL, POSITIONAL_TP_SL,
            BRACKET.
        child_orders (list[CreateAlgoOrderChildRequest] | Unset):
        side (OrderSide | Unset): One of: BUY, SELL.
        type_ (str | Unset):
        trigger_price (Decimal | Unset):
        trigger_price_type (str | Unset):
        reduce_only (bool | Unset):
    """

    symbol: str | Unset = UNSET
    algo_type: AlgoType | Unset = _attrs_field(default=UNSET, converter=to_algo_type_or_unset)
    child_orders: list[CreateAlgoOrderChildRequest] | Unset = UNSET
    side: OrderSide | Unset = _attrs_field(default=UNSET, converter=to_order_side_or_unset)
    type_: str | Unset = UNSET
    trigger_price: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    trigger_price_type: str | Unset = UNSET
    reduce_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            CreateAlgoOrderChildRequest = _models.CreateAlgoOrderChildRequest
        symbol = self.symbol

        algo_type: str | Unset = UNSET
        if not isinstance(self.algo_type, Unset):
            algo_type = str(self.algo_type)

        child_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child_orders, Unset):
            child_orders = []
            for child_orders_item_data in self.child_orders:
                child_orders_item = child_orders_item_data.to_dict()
                child_orders.append(child_orders_item)

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = str(self.side)

        type_ = self.type_

        trigger_price = self.trigger_price

        trigger_price_type = self.trigger_price_type

        reduce_only = self.reduce_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if algo_type is not UNSET:
            field_dict["algo_type"] = algo_type
        if child_orders is not UNSET:
            field_dict["child_orders"] = child_orders
        if side is not UNSET:
            field_dict["side"] = side
        if type_ is not UNSET:
            field_dict["type"] = type_
        if trigger_price is not UNSET:
            field_dict["trigger_price"] = trigger_price
        if trigger_price_type is not UNSET:
            field_dict["trigger_price_type"] = trigger_price_type
        if reduce_only is not UNSET:
            field_dict["reduce_only"] = reduce_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            CreateAlgoOrderChildRequest = _models.CreateAlgoOrderChildRequest
        _src_dict = dict(src_dict)
        _symbol = _src_dict.pop("symbol", UNSET)
        symbol: str | Unset
        if isinstance(_symbol, Unset):
            symbol = UNSET
        else:
            symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        _algo_type = _src_dict.pop("algo_type", UNSET)
        algo_type: AlgoType | Unset
        if isinstance(_algo_type, Unset):
            algo_type = UNSET
        else:
            algo_type = AlgoType.from_wire(_algo_type)

        _child_orders = _src_dict.pop("child_orders", UNSET)
        child_orders: list[CreateAlgoOrderChildRequest] | Unset = UNSET
        if _child_orders is not UNSET:
            child_orders = []
            for child_orders_item_data in _child_orders:
                child_orders_item = CreateAlgoOrderChildRequest.from_dict(child_orders_item_data)

                child_orders.append(child_orders_item)

        _side = _src_dict.pop("side", UNSET)
        side: OrderSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = OrderSide.from_wire(_side)

        _type_ = _src_dict.pop("type", UNSET)
        type_: str | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _type_ if type(_type_) is str else str_from_wire(_type_, "type")

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

        _reduce_only = _src_dict.pop("reduce_only", UNSET)
        reduce_only: bool | Unset
        if isinstance(_reduce_only, Unset):
            reduce_only = UNSET
        else:
            reduce_only = _reduce_only if type(_reduce_only) is bool else bool_from_wire(_reduce_only, "reduce_only")

        # Every value is converted above: set as it is, past __init__'s converters (a second pass) and setattr hooks.
        _result = cls.__new__(cls)
        _set(_result, "symbol", symbol)
        _set(_result, "algo_type", algo_type)
        _set(_result, "child_orders", child_orders)
        _set(_result, "side", side)
        _set(_result, "type_", type_)
        _set(_result, "trigger_price", trigger_price)
        _set(_result, "trigger_price_type", trigger_price_type)
        _set(_result, "reduce_only", reduce_only)

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
