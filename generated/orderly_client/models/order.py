from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """
    Attributes:
        order_id (float): Example: 78151.
        user_id (float): Example: 12345.
        price (float): Example: 0.67772.
        type_ (str): Example: LIMIT.
        quantity (float): Example: 20.
        amount (float | None): Example: 10.
        total_executed_quantity (float): Example: 20.
        visible_quantity (float): Example: 1.
        symbol (str): Example: PERP_WOO_USDC.
        side (str): Example: BUY.
        status (str): Example: FILLED.
        total_fee (float): Example: 0.5.
        fee_asset (str): Example: WOO.
        client_order_id (None | str): Example: 1.
        average_executed_price (float): Example: 0.67772.
        created_time (float): Unit: milliseconds since the Unix epoch. Example: 1653563963000.
        updated_time (float): Unit: milliseconds since the Unix epoch. Example: 1653564213000.
        realized_pnl (float): Example: 0.0.
        executed_quantity (float | Unset): Example: 20.
        visible (float | Unset): Example: 1.
        executed (float | Unset): Example: 20.
        reduce_only (bool | None | Unset):
        order_tag (None | str | Unset): Example: enum:broker_b:GRID_PRO.
        margin_mode (str | Unset): Example: CROSS.
    """

    order_id: float
    user_id: float
    price: float
    type_: str
    quantity: float
    amount: float | None
    total_executed_quantity: float
    visible_quantity: float
    symbol: str
    side: str
    status: str
    total_fee: float
    fee_asset: str
    client_order_id: None | str
    average_executed_price: float
    created_time: float
    updated_time: float
    realized_pnl: float
    executed_quantity: float | Unset = UNSET
    visible: float | Unset = UNSET
    executed: float | Unset = UNSET
    reduce_only: bool | None | Unset = UNSET
    order_tag: None | str | Unset = UNSET
    margin_mode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        user_id = self.user_id

        price = self.price

        type_ = self.type_

        quantity = self.quantity

        amount: float | None
        amount = self.amount

        total_executed_quantity = self.total_executed_quantity

        visible_quantity = self.visible_quantity

        symbol = self.symbol

        side = self.side

        status = self.status

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

        margin_mode = self.margin_mode

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        order_id = _src_dict.pop("order_id")

        user_id = _src_dict.pop("user_id")

        price = _src_dict.pop("price")

        type_ = _src_dict.pop("type")

        quantity = _src_dict.pop("quantity")

        def _parse_amount(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        amount = _parse_amount(_src_dict.pop("amount"))

        total_executed_quantity = _src_dict.pop("total_executed_quantity")

        visible_quantity = _src_dict.pop("visible_quantity")

        symbol = _src_dict.pop("symbol")

        side = _src_dict.pop("side")

        status = _src_dict.pop("status")

        total_fee = _src_dict.pop("total_fee")

        fee_asset = _src_dict.pop("fee_asset")

        def _parse_client_order_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_order_id = _parse_client_order_id(_src_dict.pop("client_order_id"))

        average_executed_price = _src_dict.pop("average_executed_price")

        created_time = _src_dict.pop("created_time")

        updated_time = _src_dict.pop("updated_time")

        realized_pnl = _src_dict.pop("realized_pnl")

        executed_quantity = _src_dict.pop("executed_quantity", UNSET)

        visible = _src_dict.pop("visible", UNSET)

        executed = _src_dict.pop("executed", UNSET)

        def _parse_reduce_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        reduce_only = _parse_reduce_only(_src_dict.pop("reduce_only", UNSET))

        def _parse_order_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_tag = _parse_order_tag(_src_dict.pop("order_tag", UNSET))

        margin_mode = _src_dict.pop("margin_mode", UNSET)

        order = cls(
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
        )

        order.additional_properties = _src_dict
        return order

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
