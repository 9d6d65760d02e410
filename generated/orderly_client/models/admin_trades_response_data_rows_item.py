from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="AdminTradesResponseDataRowsItem")


@_attrs_define(repr=False)
class AdminTradesResponseDataRowsItem:
    """
    Attributes:
        id (int | Unset): Example: 2.
        user_id (int | Unset): Example: 12345.
        account_id (str | Unset): Example: 0x114f583aea808c5812e16109b6c087660285a26f0a31dcc0f9b54f1a6a0fefbd.
        user_address (str | Unset): Example: 0x7ceB23fD6bC0adD59E62ac25578270cFf1b9f619.
        symbol (str | Unset): Example: PERP_BTC_USDC.
        fee (Decimal | Unset): Example: 0.0001.
        fee_asset (str | Unset): Example: USDC.
        side (OrderSide | Unset): One of: BUY, SELL.
        order_id (int | Unset): Example: 1.
        executed_price (Decimal | Unset): Example: 123.
        executed_quantity (Decimal | Unset): Example: 0.05.
        executed_timestamp (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1567382401000.
        is_maker (int | Unset): Example: 1.
        realized_pnl (Decimal | Unset): Example: 0.
        match_id (int | Unset): Example: 1773456866666462000.
        margin_token (str | Unset): Example: USDC.
        margin_change_qty (Decimal | Unset): Example: 0.
        margin_mode (MarginMode | Unset): One of: CROSS, ISOLATED.
        order_enum_fee (Decimal | None | Unset): Example: 0.05.
        order_enum_fee_rate (Decimal | None | Unset): Example: 0.005.
    """

    id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    account_id: str | Unset = UNSET
    user_address: str | Unset = UNSET
    symbol: str | Unset = UNSET
    fee: Decimal | Unset = UNSET
    fee_asset: str | Unset = UNSET
    side: OrderSide | Unset = UNSET
    order_id: int | Unset = UNSET
    executed_price: Decimal | Unset = UNSET
    executed_quantity: Decimal | Unset = UNSET
    executed_timestamp: int | Unset = UNSET
    is_maker: int | Unset = UNSET
    realized_pnl: Decimal | Unset = UNSET
    match_id: int | Unset = UNSET
    margin_token: str | Unset = UNSET
    margin_change_qty: Decimal | Unset = UNSET
    margin_mode: MarginMode | Unset = UNSET
    order_enum_fee: Decimal | None | Unset = UNSET
    order_enum_fee_rate: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        account_id = self.account_id

        user_address = self.user_address

        symbol = self.symbol

        fee = self.fee

        fee_asset = self.fee_asset

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = str(self.side)

        order_id = self.order_id

        executed_price = self.executed_price

        executed_quantity = self.executed_quantity

        executed_timestamp = self.executed_timestamp

        is_maker = self.is_maker

        realized_pnl = self.realized_pnl

        match_id = self.match_id

        margin_token = self.margin_token

        margin_change_qty = self.margin_change_qty

        margin_mode: str | Unset = UNSET
        if not isinstance(self.margin_mode, Unset):
            margin_mode = str(self.margin_mode)

        order_enum_fee: Decimal | None | Unset
        if isinstance(self.order_enum_fee, Unset):
            order_enum_fee = UNSET
        else:
            order_enum_fee = self.order_enum_fee

        order_enum_fee_rate: Decimal | None | Unset
        if isinstance(self.order_enum_fee_rate, Unset):
            order_enum_fee_rate = UNSET
        else:
            order_enum_fee_rate = self.order_enum_fee_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if user_address is not UNSET:
            field_dict["user_address"] = user_address
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if fee is not UNSET:
            field_dict["fee"] = fee
        if fee_asset is not UNSET:
            field_dict["fee_asset"] = fee_asset
        if side is not UNSET:
            field_dict["side"] = side
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if executed_price is not UNSET:
            field_dict["executed_price"] = executed_price
        if executed_quantity is not UNSET:
            field_dict["executed_quantity"] = executed_quantity
        if executed_timestamp is not UNSET:
            field_dict["executed_timestamp"] = executed_timestamp
        if is_maker is not UNSET:
            field_dict["is_maker"] = is_maker
        if realized_pnl is not UNSET:
            field_dict["realized_pnl"] = realized_pnl
        if match_id is not UNSET:
            field_dict["match_id"] = match_id
        if margin_token is not UNSET:
            field_dict["margin_token"] = margin_token
        if margin_change_qty is not UNSET:
            field_dict["margin_change_qty"] = margin_change_qty
        if margin_mode is not UNSET:
            field_dict["margin_mode"] = margin_mode
        if order_enum_fee is not UNSET:
            field_dict["order_enum_fee"] = order_enum_fee
        if order_enum_fee_rate is not UNSET:
            field_dict["order_enum_fee_rate"] = order_enum_fee_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _id = _src_dict.pop("id", UNSET)
        id: int | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = _id if type(_id) is int else int_from_wire(_id, "id")

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

        _symbol = _src_dict.pop("symbol", UNSET)
        symbol: str | Unset
        if isinstance(_symbol, Unset):
            symbol = UNSET
        else:
            symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        _fee = _src_dict.pop("fee", UNSET)
        fee: Decimal | Unset
        if isinstance(_fee, Unset):
            fee = UNSET
        else:
            fee = _fee if type(_fee) is Decimal else decimal_from_wire(_fee, "fee")

        _fee_asset = _src_dict.pop("fee_asset", UNSET)
        fee_asset: str | Unset
        if isinstance(_fee_asset, Unset):
            fee_asset = UNSET
        else:
            fee_asset = _fee_asset if type(_fee_asset) is str else str_from_wire(_fee_asset, "fee_asset")

        _side = _src_dict.pop("side", UNSET)
        side: OrderSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = OrderSide.from_wire(_side)

        _order_id = _src_dict.pop("order_id", UNSET)
        order_id: int | Unset
        if isinstance(_order_id, Unset):
            order_id = UNSET
        else:
            order_id = _order_id if type(_order_id) is int else int_from_wire(_order_id, "order_id")

        _executed_price = _src_dict.pop("executed_price", UNSET)
        executed_price: Decimal | Unset
        if isinstance(_executed_price, Unset):
            executed_price = UNSET
        else:
            executed_price = (
                _executed_price
                if type(_executed_price) is Decimal
                else decimal_from_wire(_executed_price, "executed_price")
            )

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

        _executed_timestamp = _src_dict.pop("executed_timestamp", UNSET)
        executed_timestamp: int | Unset
        if isinstance(_executed_timestamp, Unset):
            executed_timestamp = UNSET
        else:
            executed_timestamp = (
                _executed_timestamp
                if type(_executed_timestamp) is int
                else int_from_wire(_executed_timestamp, "executed_timestamp")
            )

        _is_maker = _src_dict.pop("is_maker", UNSET)
        is_maker: int | Unset
        if isinstance(_is_maker, Unset):
            is_maker = UNSET
        else:
            is_maker = _is_maker if type(_is_maker) is int else int_from_wire(_is_maker, "is_maker")

        _realized_pnl = _src_dict.pop("realized_pnl", UNSET)
        realized_pnl: Decimal | Unset
        if isinstance(_realized_pnl, Unset):
            realized_pnl = UNSET
        else:
            realized_pnl = (
                _realized_pnl if type(_realized_pnl) is Decimal else decimal_from_wire(_realized_pnl, "realized_pnl")
            )

        _match_id = _src_dict.pop("match_id", UNSET)
        match_id: int | Unset
        if isinstance(_match_id, Unset):
            match_id = UNSET
        else:
            match_id = _match_id if type(_match_id) is int else int_from_wire(_match_id, "match_id")

        _margin_token = _src_dict.pop("margin_token", UNSET)
        margin_token: str | Unset
        if isinstance(_margin_token, Unset):
            margin_token = UNSET
        else:
            margin_token = _margin_token if type(_margin_token) is str else str_from_wire(_margin_token, "margin_token")

        _margin_change_qty = _src_dict.pop("margin_change_qty", UNSET)
        margin_change_qty: Decimal | Unset
        if isinstance(_margin_change_qty, Unset):
            margin_change_qty = UNSET
        else:
            margin_change_qty = (
                _margin_change_qty
                if type(_margin_change_qty) is Decimal
                else decimal_from_wire(_margin_change_qty, "margin_change_qty")
            )

        _margin_mode = _src_dict.pop("margin_mode", UNSET)
        margin_mode: MarginMode | Unset
        if isinstance(_margin_mode, Unset):
            margin_mode = UNSET
        else:
            margin_mode = MarginMode.from_wire(_margin_mode)

        _order_enum_fee = _src_dict.pop("order_enum_fee", UNSET)
        order_enum_fee: Decimal | None | Unset
        if _order_enum_fee is None or isinstance(_order_enum_fee, Unset) or type(_order_enum_fee) is Decimal:
            order_enum_fee = _order_enum_fee
        else:

            def _parse_order_enum_fee(data: object) -> Decimal | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, (Decimal, int, float, str)) and not isinstance(data, bool)):
                    raise TypeError("order_enum_fee: expected Decimal | None, got " + repr(data)[:60])
                _order_enum_fee_type_0 = data
                order_enum_fee_type_0 = (
                    _order_enum_fee_type_0
                    if type(_order_enum_fee_type_0) is Decimal
                    else decimal_from_wire(_order_enum_fee_type_0, "order_enum_fee")
                )

                return order_enum_fee_type_0

            order_enum_fee = _parse_order_enum_fee(_order_enum_fee)

        _order_enum_fee_rate = _src_dict.pop("order_enum_fee_rate", UNSET)
        order_enum_fee_rate: Decimal | None | Unset
        if (
            _order_enum_fee_rate is None
            or isinstance(_order_enum_fee_rate, Unset)
            or type(_order_enum_fee_rate) is Decimal
        ):
            order_enum_fee_rate = _order_enum_fee_rate
        else:

            def _parse_order_enum_fee_rate(data: object) -> Decimal | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, (Decimal, int, float, str)) and not isinstance(data, bool)):
                    raise TypeError("order_enum_fee_rate: expected Decimal | None, got " + repr(data)[:60])
                _order_enum_fee_rate_type_0 = data
                order_enum_fee_rate_type_0 = (
                    _order_enum_fee_rate_type_0
                    if type(_order_enum_fee_rate_type_0) is Decimal
                    else decimal_from_wire(_order_enum_fee_rate_type_0, "order_enum_fee_rate")
                )

                return order_enum_fee_rate_type_0

            order_enum_fee_rate = _parse_order_enum_fee_rate(_order_enum_fee_rate)

        _result = cls(
            id=id,
            user_id=user_id,
            account_id=account_id,
            user_address=user_address,
            symbol=symbol,
            fee=fee,
            fee_asset=fee_asset,
            side=side,
            order_id=order_id,
            executed_price=executed_price,
            executed_quantity=executed_quantity,
            executed_timestamp=executed_timestamp,
            is_maker=is_maker,
            realized_pnl=realized_pnl,
            match_id=match_id,
            margin_token=margin_token,
            margin_change_qty=margin_change_qty,
            margin_mode=margin_mode,
            order_enum_fee=order_enum_fee,
            order_enum_fee_rate=order_enum_fee_rate,
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
