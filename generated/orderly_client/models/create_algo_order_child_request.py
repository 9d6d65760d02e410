from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

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
from ..models.algo_type import to_algo_type_or_unset
from ..models.order_side import to_order_side_or_unset

T = TypeVar("T", bound="CreateAlgoOrderChildRequest")


@_attrs_define(repr=False)
class CreateAlgoOrderChildRequest:
    """
    Attributes:
        symbol (str | Unset):
        algo_type (AlgoType | Unset): One of: STOP, TRAILING_STOP, TAKE_PROFIT, STOP_LOSS, TP_SL, POSITIONAL_TP_SL,
            BRACKET.
        side (OrderSide | Unset): One of: BUY, SELL.
        type_ (str | Unset):
        trigger_price (Decimal | Unset):
        price (Decimal | Unset):
        reduce_only (bool | Unset):
        trigger_price_type (str | Unset):
    """

    symbol: str | Unset = UNSET
    algo_type: AlgoType | Unset = _attrs_field(default=UNSET, converter=to_algo_type_or_unset)
    side: OrderSide | Unset = _attrs_field(default=UNSET, converter=to_order_side_or_unset)
    type_: str | Unset = UNSET
    trigger_price: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    price: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    reduce_only: bool | Unset = UNSET
    trigger_price_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        algo_type: str | Unset = UNSET
        if not isinstance(self.algo_type, Unset):
            algo_type = str(self.algo_type)

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = str(self.side)

        type_ = self.type_

        trigger_price = self.trigger_price

        price = self.price

        reduce_only = self.reduce_only

        trigger_price_type = self.trigger_price_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if algo_type is not UNSET:
            field_dict["algo_type"] = algo_type
        if side is not UNSET:
            field_dict["side"] = side
        if type_ is not UNSET:
            field_dict["type"] = type_
        if trigger_price is not UNSET:
            field_dict["trigger_price"] = trigger_price
        if price is not UNSET:
            field_dict["price"] = price
        if reduce_only is not UNSET:
            field_dict["reduce_only"] = reduce_only
        if trigger_price_type is not UNSET:
            field_dict["trigger_price_type"] = trigger_price_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        _price = _src_dict.pop("price", UNSET)
        price: Decimal | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = _price if type(_price) is Decimal else decimal_from_wire(_price, "price")

        _reduce_only = _src_dict.pop("reduce_only", UNSET)
        reduce_only: bool | Unset
        if isinstance(_reduce_only, Unset):
            reduce_only = UNSET
        else:
            reduce_only = _reduce_only if type(_reduce_only) is bool else bool_from_wire(_reduce_only, "reduce_only")

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

        # Every value is converted above: set as it is, past __init__'s converters (a second pass) and setattr hooks.
        _result = cls.__new__(cls)
        _set(_result, "symbol", symbol)
        _set(_result, "algo_type", algo_type)
        _set(_result, "side", side)
        _set(_result, "type_", type_)
        _set(_result, "trigger_price", trigger_price)
        _set(_result, "price", price)
        _set(_result, "reduce_only", reduce_only)
        _set(_result, "trigger_price_type", trigger_price_type)

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
