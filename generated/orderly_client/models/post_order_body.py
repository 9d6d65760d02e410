from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.margin_mode import MarginMode
from ..models.order_side import OrderSide
from ..models.order_type import OrderType
from ..types import (
    UNSET,
    Unset,
    bool_from_wire,
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
    to_decimal_or_unset,
)

# from_dict sets converted values as they are (its converters and setattr hooks are for values given by hand).
_set = object.__setattr__
from ..models.margin_mode import to_margin_mode_or_unset
from ..models.order_side import to_order_side
from ..models.order_type import to_order_type

T = TypeVar("T", bound="PostOrderBody")


@_attrs_define(repr=False)
class PostOrderBody:
    """
    Attributes:
        symbol (str): Example: PERP_ETH_USDC.
        order_type (OrderType): One of: LIMIT, MARKET, IOC, POST_ONLY, FOK, ASK, BID.
        side (OrderSide): One of: BUY, SELL.
        client_order_id (str | Unset):
        order_price (Decimal | Unset):
        order_quantity (Decimal | Unset):
        order_amount (Decimal | Unset):
        visible_quantity (Decimal | Unset):
        reduce_only (bool | Unset):
        slippage (Decimal | Unset):
        order_tag (str | Unset): Example: enum:broker_b:GRID_PRO.
        level (int | Unset):
        post_only_adjust (bool | Unset):
        margin_mode (MarginMode | Unset): One of: CROSS, ISOLATED.
    """

    symbol: str
    order_type: OrderType = _attrs_field(converter=to_order_type)
    side: OrderSide = _attrs_field(converter=to_order_side)
    client_order_id: str | Unset = UNSET
    order_price: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    order_quantity: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    order_amount: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    visible_quantity: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    reduce_only: bool | Unset = UNSET
    slippage: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    order_tag: str | Unset = UNSET
    level: int | Unset = UNSET
    post_only_adjust: bool | Unset = UNSET
    margin_mode: MarginMode | Unset = _attrs_field(default=UNSET, converter=to_margin_mode_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        order_type = str(self.order_type)

        side = str(self.side)

        client_order_id = self.client_order_id

        order_price = self.order_price

        order_quantity = self.order_quantity

        order_amount = self.order_amount

        visible_quantity = self.visible_quantity

        reduce_only = self.reduce_only

        slippage = self.slippage

        order_tag = self.order_tag

        level = self.level

        post_only_adjust = self.post_only_adjust

        margin_mode: str | Unset = UNSET
        if not isinstance(self.margin_mode, Unset):
            margin_mode = str(self.margin_mode)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "order_type": order_type,
                "side": side,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if order_price is not UNSET:
            field_dict["order_price"] = order_price
        if order_quantity is not UNSET:
            field_dict["order_quantity"] = order_quantity
        if order_amount is not UNSET:
            field_dict["order_amount"] = order_amount
        if visible_quantity is not UNSET:
            field_dict["visible_quantity"] = visible_quantity
        if reduce_only is not UNSET:
            field_dict["reduce_only"] = reduce_only
        if slippage is not UNSET:
            field_dict["slippage"] = slippage
        if order_tag is not UNSET:
            field_dict["order_tag"] = order_tag
        if level is not UNSET:
            field_dict["level"] = level
        if post_only_adjust is not UNSET:
            field_dict["post_only_adjust"] = post_only_adjust
        if margin_mode is not UNSET:
            field_dict["margin_mode"] = margin_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _symbol = _src_dict.pop("symbol")
        symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        order_type = OrderType.from_wire(_src_dict.pop("order_type"))

        side = OrderSide.from_wire(_src_dict.pop("side"))

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

        _order_price = _src_dict.pop("order_price", UNSET)
        order_price: Decimal | Unset
        if isinstance(_order_price, Unset):
            order_price = UNSET
        else:
            order_price = (
                _order_price if type(_order_price) is Decimal else decimal_from_wire(_order_price, "order_price")
            )

        _order_quantity = _src_dict.pop("order_quantity", UNSET)
        order_quantity: Decimal | Unset
        if isinstance(_order_quantity, Unset):
            order_quantity = UNSET
        else:
            order_quantity = (
                _order_quantity
                if type(_order_quantity) is Decimal
                else decimal_from_wire(_order_quantity, "order_quantity")
            )

        _order_amount = _src_dict.pop("order_amount", UNSET)
        order_amount: Decimal | Unset
        if isinstance(_order_amount, Unset):
            order_amount = UNSET
        else:
            order_amount = (
                _order_amount if type(_order_amount) is Decimal else decimal_from_wire(_order_amount, "order_amount")
            )

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

        _reduce_only = _src_dict.pop("reduce_only", UNSET)
        reduce_only: bool | Unset
        if isinstance(_reduce_only, Unset):
            reduce_only = UNSET
        else:
            reduce_only = _reduce_only if type(_reduce_only) is bool else bool_from_wire(_reduce_only, "reduce_only")

        _slippage = _src_dict.pop("slippage", UNSET)
        slippage: Decimal | Unset
        if isinstance(_slippage, Unset):
            slippage = UNSET
        else:
            slippage = _slippage if type(_slippage) is Decimal else decimal_from_wire(_slippage, "slippage")

        _order_tag = _src_dict.pop("order_tag", UNSET)
        order_tag: str | Unset
        if isinstance(_order_tag, Unset):
            order_tag = UNSET
        else:
            order_tag = _order_tag if type(_order_tag) is str else str_from_wire(_order_tag, "order_tag")

        _level = _src_dict.pop("level", UNSET)
        level: int | Unset
        if isinstance(_level, Unset):
            level = UNSET
        else:
            level = _level if type(_level) is int else int_from_wire(_level, "level")

        _post_only_adjust = _src_dict.pop("post_only_adjust", UNSET)
        post_only_adjust: bool | Unset
        if isinstance(_post_only_adjust, Unset):
            post_only_adjust = UNSET
        else:
            post_only_adjust = (
                _post_only_adjust
                if type(_post_only_adjust) is bool
                else bool_from_wire(_post_only_adjust, "post_only_adjust")
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
        _set(_result, "order_type", order_type)
        _set(_result, "side", side)
        _set(_result, "client_order_id", client_order_id)
        _set(_result, "order_price", order_price)
        _set(_result, "order_quantity", order_quantity)
        _set(_result, "order_amount", order_amount)
        _set(_result, "visible_quantity", visible_quantity)
        _set(_result, "reduce_only", reduce_only)
        _set(_result, "slippage", slippage)
        _set(_result, "order_tag", order_tag)
        _set(_result, "level", level)
        _set(_result, "post_only_adjust", post_only_adjust)
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
