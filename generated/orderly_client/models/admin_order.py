from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.margin_mode import MarginMode
from ..models.order_side import OrderSide
from ..models.order_state import OrderState
from ..models.order_type import OrderType
from ..types import (
    UNSET,
    Unset,
    bool_from_wire,
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="AdminOrder")


@_attrs_define(repr=False)
class AdminOrder:
    """
    Attributes:
        order_id (int): Example: 78151.
        user_id (int): Example: 12345.
        price (Decimal): Example: 0.67772.
        type_ (OrderType): One of: LIMIT, MARKET, IOC, POST_ONLY, FOK, ASK, BID.
        quantity (Decimal): Example: 20.
        amount (Decimal | None): Example: 10.
        total_executed_quantity (Decimal): Example: 20.
        visible_quantity (Decimal): Example: 1.
        symbol (str): Example: PERP_WOO_USDC.
        side (OrderSide): One of: BUY, SELL.
        status (OrderState): One of: NEW, CANCELLED, PARTIAL_FILLED, FILLED, REJECTED, INCOMPLETE, COMPLETED.
        total_fee (Decimal): Example: 0.5.
        fee_asset (str): Example: WOO.
        client_order_id (None | str): Example: 1.
        average_executed_price (Decimal): Example: 0.67772.
        created_time (int): Unit: milliseconds since the Unix epoch. Example: 1653563963000.
        updated_time (int): Unit: milliseconds since the Unix epoch. Example: 1653564213000.
        realized_pnl (Decimal): Example: 0.0.
        executed_quantity (Decimal | Unset): Example: 20.
        visible (Decimal | Unset): Example: 1.
        executed (Decimal | Unset): Example: 20.
        reduce_only (bool | None | Unset):
        order_tag (None | str | Unset): Example: enum:broker_b:GRID_PRO.
        margin_mode (MarginMode | Unset): One of: CROSS, ISOLATED.
        account_id (str | Unset): Example: 0x114f583aea808c5812e16109b6c087660285a26f0a31dcc0f9b54f1a6a0fefbd.
        user_address (str | Unset): Example: 0x7ceB23fD6bC0adD59E62ac25578270cFf1b9f619.
    """

    order_id: int
    user_id: int
    price: Decimal
    type_: OrderType
    quantity: Decimal
    amount: Decimal | None
    total_executed_quantity: Decimal
    visible_quantity: Decimal
    symbol: str
    side: OrderSide
    status: OrderState
    total_fee: Decimal
    fee_asset: str
    client_order_id: None | str
    average_executed_price: Decimal
    created_time: int
    updated_time: int
    realized_pnl: Decimal
    executed_quantity: Decimal | Unset = UNSET
    visible: Decimal | Unset = UNSET
    executed: Decimal | Unset = UNSET
    reduce_only: bool | None | Unset = UNSET
    order_tag: None | str | Unset = UNSET
    margin_mode: MarginMode | Unset = UNSET
    account_id: str | Unset = UNSET
    user_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        user_id = self.user_id

        price = self.price

        type_ = str(self.type_)

        quantity = self.quantity

        amount: Decimal | None
        amount = self.amount

        total_executed_quantity = self.total_executed_quantity

        visible_quantity = self.visible_quantity

        symbol = self.symbol

        side = str(self.side)

        status = str(self.status)

        total_fee = self.total_fee

        fee_asset = self.fee_asset

        client_order_id: None | str
        client_order_id = self.client_order_id

        average_executed_price = self.average_executed_price

        created_time = self.created_time

        updated_time = self.updated_time

        realized_pnl = self.realized_pnl

        executed_quantity = self.executed_quantity

        visible = self.visible

        executed = self.executed

        reduce_only: bool | None | Unset
        if isinstance(self.reduce_only, Unset):
            reduce_only = UNSET
        else:
            reduce_only = self.reduce_only

        order_tag: None | str | Unset
        if isinstance(self.order_tag, Unset):
            order_tag = UNSET
        else:
            order_tag = self.order_tag

        margin_mode: str | Unset = UNSET
        if not isinstance(self.margin_mode, Unset):
            margin_mode = str(self.margin_mode)

        account_id = self.account_id

        user_address = self.user_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "user_id": user_id,
                "price": price,
                "type": type_,
                "quantity": quantity,
                "amount": amount,
                "total_executed_quantity": total_executed_quantity,
                "visible_quantity": visible_quantity,
                "symbol": symbol,
                "side": side,
                "status": status,
                "total_fee": total_fee,
                "fee_asset": fee_asset,
                "client_order_id": client_order_id,
                "average_executed_price": average_executed_price,
                "created_time": created_time,
                "updated_time": updated_time,
                "realized_pnl": realized_pnl,
            }
        )
        if executed_quantity is not UNSET:
            field_dict["executed_quantity"] = executed_quantity
        if visible is not UNSET:
            field_dict["visible"] = visible
        if executed is not UNSET:
            field_dict["executed"] = executed
        if reduce_only is not UNSET:
            field_dict["reduce_only"] = reduce_only
        if order_tag is not UNSET:
            field_dict["order_tag"] = order_tag
        if margin_mode is not UNSET:
            field_dict["margin_mode"] = margin_mode
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if user_address is not UNSET:
            field_dict["user_address"] = user_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _order_id = _src_dict.pop("order_id")
        order_id = _order_id if type(_order_id) is int else int_from_wire(_order_id, "order_id")

        _user_id = _src_dict.pop("user_id")
        user_id = _user_id if type(_user_id) is int else int_from_wire(_user_id, "user_id")

        _price = _src_dict.pop("price")
        price = _price if type(_price) is Decimal else decimal_from_wire(_price, "price")

        type_ = OrderType.from_wire(_src_dict.pop("type"))

        _quantity = _src_dict.pop("quantity")
        quantity = _quantity if type(_quantity) is Decimal else decimal_from_wire(_quantity, "quantity")

        _amount = _src_dict.pop("amount")
        amount: Decimal | None
        if _amount is None or type(_amount) is Decimal:
            amount = _amount
        else:

            def _parse_amount(data: object) -> Decimal | None:
                if data is None:
                    return data
                if not (isinstance(data, (Decimal, int, float, str)) and not isinstance(data, bool)):
                    raise TypeError("amount: expected Decimal | None, got " + repr(data)[:60])
                _amount_type_0 = data
                amount_type_0 = (
                    _amount_type_0 if type(_amount_type_0) is Decimal else decimal_from_wire(_amount_type_0, "amount")
                )

                return amount_type_0

            amount = _parse_amount(_amount)

        _total_executed_quantity = _src_dict.pop("total_executed_quantity")
        total_executed_quantity = (
            _total_executed_quantity
            if type(_total_executed_quantity) is Decimal
            else decimal_from_wire(_total_executed_quantity, "total_executed_quantity")
        )

        _visible_quantity = _src_dict.pop("visible_quantity")
        visible_quantity = (
            _visible_quantity
            if type(_visible_quantity) is Decimal
            else decimal_from_wire(_visible_quantity, "visible_quantity")
        )

        _symbol = _src_dict.pop("symbol")
        symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        side = OrderSide.from_wire(_src_dict.pop("side"))

        status = OrderState.from_wire(_src_dict.pop("status"))

        _total_fee = _src_dict.pop("total_fee")
        total_fee = _total_fee if type(_total_fee) is Decimal else decimal_from_wire(_total_fee, "total_fee")

        _fee_asset = _src_dict.pop("fee_asset")
        fee_asset = _fee_asset if type(_fee_asset) is str else str_from_wire(_fee_asset, "fee_asset")

        _client_order_id = _src_dict.pop("client_order_id")
        client_order_id: None | str
        if _client_order_id is None or type(_client_order_id) is str:
            client_order_id = _client_order_id
        else:

            def _parse_client_order_id(data: object) -> None | str:
                if data is None:
                    return data
                if not (isinstance(data, (str, int)) and not isinstance(data, bool)):
                    raise TypeError("client_order_id: expected None | str, got " + repr(data)[:60])
                _client_order_id_type_0 = data
                client_order_id_type_0 = (
                    _client_order_id_type_0
                    if type(_client_order_id_type_0) is str
                    else str_from_wire(_client_order_id_type_0, "client_order_id")
                )

                return client_order_id_type_0

            client_order_id = _parse_client_order_id(_client_order_id)

        _average_executed_price = _src_dict.pop("average_executed_price")
        average_executed_price = (
            _average_executed_price
            if type(_average_executed_price) is Decimal
            else decimal_from_wire(_average_executed_price, "average_executed_price")
        )

        _created_time = _src_dict.pop("created_time")
        created_time = _created_time if type(_created_time) is int else int_from_wire(_created_time, "created_time")

        _updated_time = _src_dict.pop("updated_time")
        updated_time = _updated_time if type(_updated_time) is int else int_from_wire(_updated_time, "updated_time")

        _realized_pnl = _src_dict.pop("realized_pnl")
        realized_pnl = (
            _realized_pnl if type(_realized_pnl) is Decimal else decimal_from_wire(_realized_pnl, "realized_pnl")
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

        _visible = _src_dict.pop("visible", UNSET)
        visible: Decimal | Unset
        if isinstance(_visible, Unset):
            visible = UNSET
        else:
            visible = _visible if type(_visible) is Decimal else decimal_from_wire(_visible, "visible")

        _executed = _src_dict.pop("executed", UNSET)
        executed: Decimal | Unset
        if isinstance(_executed, Unset):
            executed = UNSET
        else:
            executed = _executed if type(_executed) is Decimal else decimal_from_wire(_executed, "executed")

        _reduce_only = _src_dict.pop("reduce_only", UNSET)
        reduce_only: bool | None | Unset
        if _reduce_only is None or isinstance(_reduce_only, Unset) or type(_reduce_only) is bool:
            reduce_only = _reduce_only
        else:

            def _parse_reduce_only(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, (bool, int, str)):
                    raise TypeError("reduce_only: expected bool | None, got " + repr(data)[:60])
                _reduce_only_type_0 = data
                reduce_only_type_0 = (
                    _reduce_only_type_0
                    if type(_reduce_only_type_0) is bool
                    else bool_from_wire(_reduce_only_type_0, "reduce_only")
                )

                return reduce_only_type_0

            reduce_only = _parse_reduce_only(_reduce_only)

        _order_tag = _src_dict.pop("order_tag", UNSET)
        order_tag: None | str | Unset
        if _order_tag is None or isinstance(_order_tag, Unset) or type(_order_tag) is str:
            order_tag = _order_tag
        else:

            def _parse_order_tag(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, (str, int)) and not isinstance(data, bool)):
                    raise TypeError("order_tag: expected None | str, got " + repr(data)[:60])
                _order_tag_type_0 = data
                order_tag_type_0 = (
                    _order_tag_type_0
                    if type(_order_tag_type_0) is str
                    else str_from_wire(_order_tag_type_0, "order_tag")
                )

                return order_tag_type_0

            order_tag = _parse_order_tag(_order_tag)

        _margin_mode = _src_dict.pop("margin_mode", UNSET)
        margin_mode: MarginMode | Unset
        if isinstance(_margin_mode, Unset):
            margin_mode = UNSET
        else:
            margin_mode = MarginMode.from_wire(_margin_mode)

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

        _result = cls(
            order_id=order_id,
            user_id=user_id,
            price=price,
            type_=type_,
            quantity=quantity,
            amount=amount,
            total_executed_quantity=total_executed_quantity,
            visible_quantity=visible_quantity,
            symbol=symbol,
            side=side,
            status=status,
            total_fee=total_fee,
            fee_asset=fee_asset,
            client_order_id=client_order_id,
            average_executed_price=average_executed_price,
            created_time=created_time,
            updated_time=updated_time,
            realized_pnl=realized_pnl,
            executed_quantity=executed_quantity,
            visible=visible,
            executed=executed,
            reduce_only=reduce_only,
            order_tag=order_tag,
            margin_mode=margin_mode,
            account_id=account_id,
            user_address=user_address,
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
