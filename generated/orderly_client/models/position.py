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

T = TypeVar("T", bound="Position")


@_attrs_define(repr=False)
class Position:
    """
    Attributes:
        average_open_price (Decimal): Example: 27908.14386047.
        cost_position (Decimal): Example: -139329.358492.
        mark_price (Decimal): Example: 27794.9.
        position_qty (Decimal): Example: -5.
        symbol (str): Example: PERP_BTC_USDC.
        unsettled_pnl (Decimal): Example: 354.858492.
        imr_withdraw_orders (Decimal | Unset): Example: 0.1.
        mmr_with_orders (Decimal | Unset): Example: 0.05.
        est_liq_price (Decimal | Unset): Example: 117335.92899428.
        fee_24_h (Decimal | Unset): Example: 0.
        imr (Decimal | Unset): Example: 0.1.
        last_sum_unitary_funding (Decimal | Unset): Example: 70.38.
        mmr (Decimal | Unset): Example: 0.05.
        pending_long_qty (Decimal | Unset): Example: 0.
        pending_short_qty (Decimal | Unset): Example: 0.
        pnl_24_h (Decimal | Unset): Example: 0.
        settle_price (Decimal | Unset): Example: 27865.8716984.
        seq (int | Unset): Example: 1730181536341943600.
        timestamp (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1685429350571.
        updated_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1685429350571.
        leverage (int | Unset): Example: 10.
        margin_mode (MarginMode | Unset): One of: CROSS, ISOLATED.
        margin (Decimal | Unset): Example: 0.
        accrued_funding_fee (Decimal | Unset): Example: 0.005202.
    """

    average_open_price: Decimal
    cost_position: Decimal
    mark_price: Decimal
    position_qty: Decimal
    symbol: str
    unsettled_pnl: Decimal
    imr_withdraw_orders: Decimal | Unset = UNSET
    mmr_with_orders: Decimal | Unset = UNSET
    est_liq_price: Decimal | Unset = UNSET
    fee_24_h: Decimal | Unset = UNSET
    imr: Decimal | Unset = UNSET
    last_sum_unitary_funding: Decimal | Unset = UNSET
    mmr: Decimal | Unset = UNSET
    pending_long_qty: Decimal | Unset = UNSET
    pending_short_qty: Decimal | Unset = UNSET
    pnl_24_h: Decimal | Unset = UNSET
    settle_price: Decimal | Unset = UNSET
    seq: int | Unset = UNSET
    timestamp: int | Unset = UNSET
    updated_time: int | Unset = UNSET
    leverage: int | Unset = UNSET
    margin_mode: MarginMode | Unset = UNSET
    margin: Decimal | Unset = UNSET
    accrued_funding_fee: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        average_open_price = self.average_open_price

        cost_position = self.cost_position

        mark_price = self.mark_price

        position_qty = self.position_qty

        symbol = self.symbol

        unsettled_pnl = self.unsettled_pnl

        imr_withdraw_orders = self.imr_withdraw_orders

        mmr_with_orders = self.mmr_with_orders

        est_liq_price = self.est_liq_price

        fee_24_h = self.fee_24_h

        imr = self.imr

        last_sum_unitary_funding = self.last_sum_unitary_funding

        mmr = self.mmr

        pending_long_qty = self.pending_long_qty

        pending_short_qty = self.pending_short_qty

        pnl_24_h = self.pnl_24_h

        settle_price = self.settle_price

        seq = self.seq

        timestamp = self.timestamp

        updated_time = self.updated_time

        leverage = self.leverage

        margin_mode: str | Unset = UNSET
        if not isinstance(self.margin_mode, Unset):
            margin_mode = str(self.margin_mode)

        margin = self.margin

        accrued_funding_fee = self.accrued_funding_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "average_open_price": average_open_price,
                "cost_position": cost_position,
                "mark_price": mark_price,
                "position_qty": position_qty,
                "symbol": symbol,
                "unsettled_pnl": unsettled_pnl,
            }
        )
        if imr_withdraw_orders is not UNSET:
            field_dict["IMR_withdraw_orders"] = imr_withdraw_orders
        if mmr_with_orders is not UNSET:
            field_dict["MMR_with_orders"] = mmr_with_orders
        if est_liq_price is not UNSET:
            field_dict["est_liq_price"] = est_liq_price
        if fee_24_h is not UNSET:
            field_dict["fee_24_h"] = fee_24_h
        if imr is not UNSET:
            field_dict["imr"] = imr
        if last_sum_unitary_funding is not UNSET:
            field_dict["last_sum_unitary_funding"] = last_sum_unitary_funding
        if mmr is not UNSET:
            field_dict["mmr"] = mmr
        if pending_long_qty is not UNSET:
            field_dict["pending_long_qty"] = pending_long_qty
        if pending_short_qty is not UNSET:
            field_dict["pending_short_qty"] = pending_short_qty
        if pnl_24_h is not UNSET:
            field_dict["pnl_24_h"] = pnl_24_h
        if settle_price is not UNSET:
            field_dict["settle_price"] = settle_price
        if seq is not UNSET:
            field_dict["seq"] = seq
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if margin_mode is not UNSET:
            field_dict["margin_mode"] = margin_mode
        if margin is not UNSET:
            field_dict["margin"] = margin
        if accrued_funding_fee is not UNSET:
            field_dict["accrued_funding_fee"] = accrued_funding_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _average_open_price = _src_dict.pop("average_open_price")
        average_open_price = (
            _average_open_price
            if type(_average_open_price) is Decimal
            else decimal_from_wire(_average_open_price, "average_open_price")
        )

        _cost_position = _src_dict.pop("cost_position")
        cost_position = (
            _cost_position if type(_cost_position) is Decimal else decimal_from_wire(_cost_position, "cost_position")
        )

        _mark_price = _src_dict.pop("mark_price")
        mark_price = _mark_price if type(_mark_price) is Decimal else decimal_from_wire(_mark_price, "mark_price")

        _position_qty = _src_dict.pop("position_qty")
        position_qty = (
            _position_qty if type(_position_qty) is Decimal else decimal_from_wire(_position_qty, "position_qty")
        )

        _symbol = _src_dict.pop("symbol")
        symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        _unsettled_pnl = _src_dict.pop("unsettled_pnl")
        unsettled_pnl = (
            _unsettled_pnl if type(_unsettled_pnl) is Decimal else decimal_from_wire(_unsettled_pnl, "unsettled_pnl")
        )

        _imr_withdraw_orders = _src_dict.pop("IMR_withdraw_orders", UNSET)
        imr_withdraw_orders: Decimal | Unset
        if isinstance(_imr_withdraw_orders, Unset):
            imr_withdraw_orders = UNSET
        else:
            imr_withdraw_orders = (
                _imr_withdraw_orders
                if type(_imr_withdraw_orders) is Decimal
                else decimal_from_wire(_imr_withdraw_orders, "IMR_withdraw_orders")
            )

        _mmr_with_orders = _src_dict.pop("MMR_with_orders", UNSET)
        mmr_with_orders: Decimal | Unset
        if isinstance(_mmr_with_orders, Unset):
            mmr_with_orders = UNSET
        else:
            mmr_with_orders = (
                _mmr_with_orders
                if type(_mmr_with_orders) is Decimal
                else decimal_from_wire(_mmr_with_orders, "MMR_with_orders")
            )

        _est_liq_price = _src_dict.pop("est_liq_price", UNSET)
        est_liq_price: Decimal | Unset
        if isinstance(_est_liq_price, Unset):
            est_liq_price = UNSET
        else:
            est_liq_price = (
                _est_liq_price
                if type(_est_liq_price) is Decimal
                else decimal_from_wire(_est_liq_price, "est_liq_price")
            )

        _fee_24_h = _src_dict.pop("fee_24_h", UNSET)
        fee_24_h: Decimal | Unset
        if isinstance(_fee_24_h, Unset):
            fee_24_h = UNSET
        else:
            fee_24_h = _fee_24_h if type(_fee_24_h) is Decimal else decimal_from_wire(_fee_24_h, "fee_24_h")

        _imr = _src_dict.pop("imr", UNSET)
        imr: Decimal | Unset
        if isinstance(_imr, Unset):
            imr = UNSET
        else:
            imr = _imr if type(_imr) is Decimal else decimal_from_wire(_imr, "imr")

        _last_sum_unitary_funding = _src_dict.pop("last_sum_unitary_funding", UNSET)
        last_sum_unitary_funding: Decimal | Unset
        if isinstance(_last_sum_unitary_funding, Unset):
            last_sum_unitary_funding = UNSET
        else:
            last_sum_unitary_funding = (
                _last_sum_unitary_funding
                if type(_last_sum_unitary_funding) is Decimal
                else decimal_from_wire(_last_sum_unitary_funding, "last_sum_unitary_funding")
            )

        _mmr = _src_dict.pop("mmr", UNSET)
        mmr: Decimal | Unset
        if isinstance(_mmr, Unset):
            mmr = UNSET
        else:
            mmr = _mmr if type(_mmr) is Decimal else decimal_from_wire(_mmr, "mmr")

        _pending_long_qty = _src_dict.pop("pending_long_qty", UNSET)
        pending_long_qty: Decimal | Unset
        if isinstance(_pending_long_qty, Unset):
            pending_long_qty = UNSET
        else:
            pending_long_qty = (
                _pending_long_qty
                if type(_pending_long_qty) is Decimal
                else decimal_from_wire(_pending_long_qty, "pending_long_qty")
            )

        _pending_short_qty = _src_dict.pop("pending_short_qty", UNSET)
        pending_short_qty: Decimal | Unset
        if isinstance(_pending_short_qty, Unset):
            pending_short_qty = UNSET
        else:
            pending_short_qty = (
                _pending_short_qty
                if type(_pending_short_qty) is Decimal
                else decimal_from_wire(_pending_short_qty, "pending_short_qty")
            )

        _pnl_24_h = _src_dict.pop("pnl_24_h", UNSET)
        pnl_24_h: Decimal | Unset
        if isinstance(_pnl_24_h, Unset):
            pnl_24_h = UNSET
        else:
            pnl_24_h = _pnl_24_h if type(_pnl_24_h) is Decimal else decimal_from_wire(_pnl_24_h, "pnl_24_h")

        _settle_price = _src_dict.pop("settle_price", UNSET)
        settle_price: Decimal | Unset
        if isinstance(_settle_price, Unset):
            settle_price = UNSET
        else:
            settle_price = (
                _settle_price if type(_settle_price) is Decimal else decimal_from_wire(_settle_price, "settle_price")
            )

        _seq = _src_dict.pop("seq", UNSET)
        seq: int | Unset
        if isinstance(_seq, Unset):
            seq = UNSET
        else:
            seq = _seq if type(_seq) is int else int_from_wire(_seq, "seq")

        _timestamp = _src_dict.pop("timestamp", UNSET)
        timestamp: int | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = _timestamp if type(_timestamp) is int else int_from_wire(_timestamp, "timestamp")

        _updated_time = _src_dict.pop("updated_time", UNSET)
        updated_time: int | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = _updated_time if type(_updated_time) is int else int_from_wire(_updated_time, "updated_time")

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

        _margin = _src_dict.pop("margin", UNSET)
        margin: Decimal | Unset
        if isinstance(_margin, Unset):
            margin = UNSET
        else:
            margin = _margin if type(_margin) is Decimal else decimal_from_wire(_margin, "margin")

        _accrued_funding_fee = _src_dict.pop("accrued_funding_fee", UNSET)
        accrued_funding_fee: Decimal | Unset
        if isinstance(_accrued_funding_fee, Unset):
            accrued_funding_fee = UNSET
        else:
            accrued_funding_fee = (
                _accrued_funding_fee
                if type(_accrued_funding_fee) is Decimal
                else decimal_from_wire(_accrued_funding_fee, "accrued_funding_fee")
            )

        _result = cls(
            average_open_price=average_open_price,
            cost_position=cost_position,
            mark_price=mark_price,
            position_qty=position_qty,
            symbol=symbol,
            unsettled_pnl=unsettled_pnl,
            imr_withdraw_orders=imr_withdraw_orders,
            mmr_with_orders=mmr_with_orders,
            est_liq_price=est_liq_price,
            fee_24_h=fee_24_h,
            imr=imr,
            last_sum_unitary_funding=last_sum_unitary_funding,
            mmr=mmr,
            pending_long_qty=pending_long_qty,
            pending_short_qty=pending_short_qty,
            pnl_24_h=pnl_24_h,
            settle_price=settle_price,
            seq=seq,
            timestamp=timestamp,
            updated_time=updated_time,
            leverage=leverage,
            margin_mode=margin_mode,
            margin=margin,
            accrued_funding_fee=accrued_funding_fee,
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
