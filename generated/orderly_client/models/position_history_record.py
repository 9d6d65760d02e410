from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.margin_mode import MarginMode
from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="PositionHistoryRecord")


@_attrs_define(repr=False)
class PositionHistoryRecord:
    """
    Attributes:
        position_id (int | Unset): Example: 1.
        status (str | Unset): Example: closed.
        type_ (str | Unset): Example: liquidated.
        symbol (str | Unset): Example: PERP_ETH_USDC.
        avg_open_price (Decimal | Unset): Example: 61016.1.
        avg_close_price (Decimal | Unset): Example: 61016.1.
        max_position_qty (Decimal | Unset): Example: 56.6.
        closed_position_qty (Decimal | Unset): Example: 56.6.
        side (str | Unset): Example: LONG.
        trading_fee (Decimal | Unset): Example: 0.015.
        accumulated_funding_fee (Decimal | Unset): Example: 0.11.
        insurance_fund_fee (Decimal | Unset): Example: 0.
        liquidator_fee (Decimal | Unset): Example: 0.
        liquidation_id (int | None | Unset):
        realized_pnl (Decimal | Unset): Example: -9.09691927314905.
        open_timestamp (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1685429350571.
        close_timestamp (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1685429350571.
        last_update_timestamp (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1685429350571.
        leverage (int | Unset): Example: 10.
        margin_mode (MarginMode | Unset): One of: CROSS, ISOLATED.
    """

    position_id: int | Unset = UNSET
    status: str | Unset = UNSET
    type_: str | Unset = UNSET
    symbol: str | Unset = UNSET
    avg_open_price: Decimal | Unset = UNSET
    avg_close_price: Decimal | Unset = UNSET
    max_position_qty: Decimal | Unset = UNSET
    closed_position_qty: Decimal | Unset = UNSET
    side: str | Unset = UNSET
    trading_fee: Decimal | Unset = UNSET
    accumulated_funding_fee: Decimal | Unset = UNSET
    insurance_fund_fee: Decimal | Unset = UNSET
    liquidator_fee: Decimal | Unset = UNSET
    liquidation_id: int | None | Unset = UNSET
    realized_pnl: Decimal | Unset = UNSET
    open_timestamp: int | Unset = UNSET
    close_timestamp: int | Unset = UNSET
    last_update_timestamp: int | Unset = UNSET
    leverage: int | Unset = UNSET
    margin_mode: MarginMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        position_id = self.position_id

        status = self.status

        type_ = self.type_

        symbol = self.symbol

        avg_open_price = self.avg_open_price

        avg_close_price = self.avg_close_price

        max_position_qty = self.max_position_qty

        closed_position_qty = self.closed_position_qty

        side = self.side

        trading_fee = self.trading_fee

        accumulated_funding_fee = self.accumulated_funding_fee

        insurance_fund_fee = self.insurance_fund_fee

        liquidator_fee = self.liquidator_fee

        liquidation_id: int | None | Unset
        if isinstance(self.liquidation_id, Unset):
            liquidation_id = UNSET
        else:
            liquidation_id = self.liquidation_id

        realized_pnl = self.realized_pnl

        open_timestamp = self.open_timestamp

        close_timestamp = self.close_timestamp

        last_update_timestamp = self.last_update_timestamp

        leverage = self.leverage

        margin_mode: str | Unset = UNSET
        if not isinstance(self.margin_mode, Unset):
            margin_mode = str(self.margin_mode)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if position_id is not UNSET:
            field_dict["position_id"] = position_id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if avg_open_price is not UNSET:
            field_dict["avg_open_price"] = avg_open_price
        if avg_close_price is not UNSET:
            field_dict["avg_close_price"] = avg_close_price
        if max_position_qty is not UNSET:
            field_dict["max_position_qty"] = max_position_qty
        if closed_position_qty is not UNSET:
            field_dict["closed_position_qty"] = closed_position_qty
        if side is not UNSET:
            field_dict["side"] = side
        if trading_fee is not UNSET:
            field_dict["trading_fee"] = trading_fee
        if accumulated_funding_fee is not UNSET:
            field_dict["accumulated_funding_fee"] = accumulated_funding_fee
        if insurance_fund_fee is not UNSET:
            field_dict["insurance_fund_fee"] = insurance_fund_fee
        if liquidator_fee is not UNSET:
            field_dict["liquidator_fee"] = liquidator_fee
        if liquidation_id is not UNSET:
            field_dict["liquidation_id"] = liquidation_id
        if realized_pnl is not UNSET:
            field_dict["realized_pnl"] = realized_pnl
        if open_timestamp is not UNSET:
            field_dict["open_timestamp"] = open_timestamp
        if close_timestamp is not UNSET:
            field_dict["close_timestamp"] = close_timestamp
        if last_update_timestamp is not UNSET:
            field_dict["last_update_timestamp"] = last_update_timestamp
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if margin_mode is not UNSET:
            field_dict["margin_mode"] = margin_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _position_id = _src_dict.pop("position_id", UNSET)
        position_id: int | Unset
        if isinstance(_position_id, Unset):
            position_id = UNSET
        else:
            position_id = _position_id if type(_position_id) is int else int_from_wire(_position_id, "position_id")

        _status = _src_dict.pop("status", UNSET)
        status: str | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _status if type(_status) is str else str_from_wire(_status, "status")

        _type_ = _src_dict.pop("type", UNSET)
        type_: str | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _type_ if type(_type_) is str else str_from_wire(_type_, "type")

        _symbol = _src_dict.pop("symbol", UNSET)
        symbol: str | Unset
        if isinstance(_symbol, Unset):
            symbol = UNSET
        else:
            symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        _avg_open_price = _src_dict.pop("avg_open_price", UNSET)
        avg_open_price: Decimal | Unset
        if isinstance(_avg_open_price, Unset):
            avg_open_price = UNSET
        else:
            avg_open_price = (
                _avg_open_price
                if type(_avg_open_price) is Decimal
                else decimal_from_wire(_avg_open_price, "avg_open_price")
            )

        _avg_close_price = _src_dict.pop("avg_close_price", UNSET)
        avg_close_price: Decimal | Unset
        if isinstance(_avg_close_price, Unset):
            avg_close_price = UNSET
        else:
            avg_close_price = (
                _avg_close_price
                if type(_avg_close_price) is Decimal
                else decimal_from_wire(_avg_close_price, "avg_close_price")
            )

        _max_position_qty = _src_dict.pop("max_position_qty", UNSET)
        max_position_qty: Decimal | Unset
        if isinstance(_max_position_qty, Unset):
            max_position_qty = UNSET
        else:
            max_position_qty = (
                _max_position_qty
                if type(_max_position_qty) is Decimal
                else decimal_from_wire(_max_position_qty, "max_position_qty")
            )

        _closed_position_qty = _src_dict.pop("closed_position_qty", UNSET)
        closed_position_qty: Decimal | Unset
        if isinstance(_closed_position_qty, Unset):
            closed_position_qty = UNSET
        else:
            closed_position_qty = (
                _closed_position_qty
                if type(_closed_position_qty) is Decimal
                else decimal_from_wire(_closed_position_qty, "closed_position_qty")
            )

        _side = _src_dict.pop("side", UNSET)
        side: str | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = _side if type(_side) is str else str_from_wire(_side, "side")

        _trading_fee = _src_dict.pop("trading_fee", UNSET)
        trading_fee: Decimal | Unset
        if isinstance(_trading_fee, Unset):
            trading_fee = UNSET
        else:
            trading_fee = (
                _trading_fee if type(_trading_fee) is Decimal else decimal_from_wire(_trading_fee, "trading_fee")
            )

        _accumulated_funding_fee = _src_dict.pop("accumulated_funding_fee", UNSET)
        accumulated_funding_fee: Decimal | Unset
        if isinstance(_accumulated_funding_fee, Unset):
            accumulated_funding_fee = UNSET
        else:
            accumulated_funding_fee = (
                _accumulated_funding_fee
                if type(_accumulated_funding_fee) is Decimal
                else decimal_from_wire(_accumulated_funding_fee, "accumulated_funding_fee")
            )

        _insurance_fund_fee = _src_dict.pop("insurance_fund_fee", UNSET)
        insurance_fund_fee: Decimal | Unset
        if isinstance(_insurance_fund_fee, Unset):
            insurance_fund_fee = UNSET
        else:
            insurance_fund_fee = (
                _insurance_fund_fee
                if type(_insurance_fund_fee) is Decimal
                else decimal_from_wire(_insurance_fund_fee, "insurance_fund_fee")
            )

        _liquidator_fee = _src_dict.pop("liquidator_fee", UNSET)
        liquidator_fee: Decimal | Unset
        if isinstance(_liquidator_fee, Unset):
            liquidator_fee = UNSET
        else:
            liquidator_fee = (
                _liquidator_fee
                if type(_liquidator_fee) is Decimal
                else decimal_from_wire(_liquidator_fee, "liquidator_fee")
            )

        _liquidation_id = _src_dict.pop("liquidation_id", UNSET)
        liquidation_id: int | None | Unset
        if _liquidation_id is None or isinstance(_liquidation_id, Unset) or type(_liquidation_id) is int:
            liquidation_id = _liquidation_id
        else:

            def _parse_liquidation_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, (int, str)) and not isinstance(data, bool)):
                    raise TypeError("liquidation_id: expected int | None, got " + repr(data)[:60])
                _liquidation_id_type_0 = data
                liquidation_id_type_0 = (
                    _liquidation_id_type_0
                    if type(_liquidation_id_type_0) is int
                    else int_from_wire(_liquidation_id_type_0, "liquidation_id")
                )

                return liquidation_id_type_0

            liquidation_id = _parse_liquidation_id(_liquidation_id)

        _realized_pnl = _src_dict.pop("realized_pnl", UNSET)
        realized_pnl: Decimal | Unset
        if isinstance(_realized_pnl, Unset):
            realized_pnl = UNSET
        else:
            realized_pnl = (
                _realized_pnl if type(_realized_pnl) is Decimal else decimal_from_wire(_realized_pnl, "realized_pnl")
            )

        _open_timestamp = _src_dict.pop("open_timestamp", UNSET)
        open_timestamp: int | Unset
        if isinstance(_open_timestamp, Unset):
            open_timestamp = UNSET
        else:
            open_timestamp = (
                _open_timestamp if type(_open_timestamp) is int else int_from_wire(_open_timestamp, "open_timestamp")
            )

        _close_timestamp = _src_dict.pop("close_timestamp", UNSET)
        close_timestamp: int | Unset
        if isinstance(_close_timestamp, Unset):
            close_timestamp = UNSET
        else:
            close_timestamp = (
                _close_timestamp
                if type(_close_timestamp) is int
                else int_from_wire(_close_timestamp, "close_timestamp")
            )

        _last_update_timestamp = _src_dict.pop("last_update_timestamp", UNSET)
        last_update_timestamp: int | Unset
        if isinstance(_last_update_timestamp, Unset):
            last_update_timestamp = UNSET
        else:
            last_update_timestamp = (
                _last_update_timestamp
                if type(_last_update_timestamp) is int
                else int_from_wire(_last_update_timestamp, "last_update_timestamp")
            )

        _leverage = _src_dict.pop("leverage", UNSET)
        leverage: int | Unset
        if isinstance(_leverage, Unset):
            leverage = UNSET
        else:
            leverage = _leverage if type(_leverage) is int else int_from_wire(_leverage, "leverage")

        _margin_mode = _src_dict.pop("margin_mode", UNSET)
        margin_mode: MarginMode | Unset
        if isinstance(_margin_mode, Unset):
            margin_mode = UNSET
        else:
            margin_mode = MarginMode.from_wire(_margin_mode)

        _result = cls(
            position_id=position_id,
            status=status,
            type_=type_,
            symbol=symbol,
            avg_open_price=avg_open_price,
            avg_close_price=avg_close_price,
            max_position_qty=max_position_qty,
            closed_position_qty=closed_position_qty,
            side=side,
            trading_fee=trading_fee,
            accumulated_funding_fee=accumulated_funding_fee,
            insurance_fund_fee=insurance_fund_fee,
            liquidator_fee=liquidator_fee,
            liquidation_id=liquidation_id,
            realized_pnl=realized_pnl,
            open_timestamp=open_timestamp,
            close_timestamp=close_timestamp,
            last_update_timestamp=last_update_timestamp,
            leverage=leverage,
            margin_mode=margin_mode,
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
