from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="InsuranceFund")


@_attrs_define(repr=False)
class InsuranceFund:
    """
    Attributes:
        symbol (str): Example: PERP_BTC_USDC.
        timestamp (int): Unit: milliseconds since the Unix epoch. Example: 1685262631606.
        position_qty (Decimal): Example: 0.
        cost_position (Decimal): Example: -617.672835.
        last_sum_unitary_funding (Decimal): Example: 100.56.
        settle_price (Decimal): Example: 0.
        average_open_price (Decimal): Example: 0.
        pnl_24_h (Decimal): Example: 0.
        fee_24_h (Decimal): Example: 0.
        mark_price (Decimal): Example: 27821.8.
    """

    symbol: str
    timestamp: int
    position_qty: Decimal
    cost_position: Decimal
    last_sum_unitary_funding: Decimal
    settle_price: Decimal
    average_open_price: Decimal
    pnl_24_h: Decimal
    fee_24_h: Decimal
    mark_price: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        timestamp = self.timestamp

        position_qty = self.position_qty

        cost_position = self.cost_position

        last_sum_unitary_funding = self.last_sum_unitary_funding

        settle_price = self.settle_price

        average_open_price = self.average_open_price

        pnl_24_h = self.pnl_24_h

        fee_24_h = self.fee_24_h

        mark_price = self.mark_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "timestamp": timestamp,
                "position_qty": position_qty,
                "cost_position": cost_position,
                "last_sum_unitary_funding": last_sum_unitary_funding,
                "settle_price": settle_price,
                "average_open_price": average_open_price,
                "pnl_24_h": pnl_24_h,
                "fee_24_h": fee_24_h,
                "mark_price": mark_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _symbol = _src_dict.pop("symbol")
        symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        _timestamp = _src_dict.pop("timestamp")
        timestamp = _timestamp if type(_timestamp) is int else int_from_wire(_timestamp, "timestamp")

        _position_qty = _src_dict.pop("position_qty")
        position_qty = (
            _position_qty if type(_position_qty) is Decimal else decimal_from_wire(_position_qty, "position_qty")
        )

        _cost_position = _src_dict.pop("cost_position")
        cost_position = (
            _cost_position if type(_cost_position) is Decimal else decimal_from_wire(_cost_position, "cost_position")
        )

        _last_sum_unitary_funding = _src_dict.pop("last_sum_unitary_funding")
        last_sum_unitary_funding = (
            _last_sum_unitary_funding
            if type(_last_sum_unitary_funding) is Decimal
            else decimal_from_wire(_last_sum_unitary_funding, "last_sum_unitary_funding")
        )

        _settle_price = _src_dict.pop("settle_price")
        settle_price = (
            _settle_price if type(_settle_price) is Decimal else decimal_from_wire(_settle_price, "settle_price")
        )

        _average_open_price = _src_dict.pop("average_open_price")
        average_open_price = (
            _average_open_price
            if type(_average_open_price) is Decimal
            else decimal_from_wire(_average_open_price, "average_open_price")
        )

        _pnl_24_h = _src_dict.pop("pnl_24_h")
        pnl_24_h = _pnl_24_h if type(_pnl_24_h) is Decimal else decimal_from_wire(_pnl_24_h, "pnl_24_h")

        _fee_24_h = _src_dict.pop("fee_24_h")
        fee_24_h = _fee_24_h if type(_fee_24_h) is Decimal else decimal_from_wire(_fee_24_h, "fee_24_h")

        _mark_price = _src_dict.pop("mark_price")
        mark_price = _mark_price if type(_mark_price) is Decimal else decimal_from_wire(_mark_price, "mark_price")

        _result = cls(
            symbol=symbol,
            timestamp=timestamp,
            position_qty=position_qty,
            cost_position=cost_position,
            last_sum_unitary_funding=last_sum_unitary_funding,
            settle_price=settle_price,
            average_open_price=average_open_price,
            pnl_24_h=pnl_24_h,
            fee_24_h=fee_24_h,
            mark_price=mark_price,
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
