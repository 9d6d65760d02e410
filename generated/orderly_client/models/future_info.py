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

T = TypeVar("T", bound="FutureInfo")


@_attrs_define(repr=False)
class FutureInfo:
    """
    Attributes:
        symbol (str): Example: PERP_ETH_USDC.
        index_price (Decimal): Example: 1901.6.
        mark_price (Decimal): Example: 1950.1.
        sum_unitary_funding (Decimal): Example: 387.891.
        est_funding_rate (Decimal): Example: 0.00046875.
        last_funding_rate (Decimal): Example: 0.00046875.
        next_funding_time (int): Unit: milliseconds since the Unix epoch. Example: 1683270060000.
        open_interest (Decimal): Example: 815539.
        field_24h_open (Decimal): Example: 2115.1.
        field_24h_close (Decimal): Example: 2115.2.
        field_24h_high (Decimal): Example: 2115.3.
        field_24h_low (Decimal): Example: 2114.9.
        field_24h_amount (Decimal): Example: 449054.7636.
        field_24h_volume (Decimal): Example: 6716559.
    """

    symbol: str
    index_price: Decimal
    mark_price: Decimal
    sum_unitary_funding: Decimal
    est_funding_rate: Decimal
    last_funding_rate: Decimal
    next_funding_time: int
    open_interest: Decimal
    field_24h_open: Decimal
    field_24h_close: Decimal
    field_24h_high: Decimal
    field_24h_low: Decimal
    field_24h_amount: Decimal
    field_24h_volume: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        index_price = self.index_price

        mark_price = self.mark_price

        sum_unitary_funding = self.sum_unitary_funding

        est_funding_rate = self.est_funding_rate

        last_funding_rate = self.last_funding_rate

        next_funding_time = self.next_funding_time

        open_interest = self.open_interest

        field_24h_open = self.field_24h_open

        field_24h_close = self.field_24h_close

        field_24h_high = self.field_24h_high

        field_24h_low = self.field_24h_low

        field_24h_amount = self.field_24h_amount

        field_24h_volume = self.field_24h_volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "index_price": index_price,
                "mark_price": mark_price,
                "sum_unitary_funding": sum_unitary_funding,
                "est_funding_rate": est_funding_rate,
                "last_funding_rate": last_funding_rate,
                "next_funding_time": next_funding_time,
                "open_interest": open_interest,
                "24h_open": field_24h_open,
                "24h_close": field_24h_close,
                "24h_high": field_24h_high,
                "24h_low": field_24h_low,
                "24h_amount": field_24h_amount,
                "24h_volume": field_24h_volume,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _symbol = _src_dict.pop("symbol")
        symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        _index_price = _src_dict.pop("index_price")
        index_price = _index_price if type(_index_price) is Decimal else decimal_from_wire(_index_price, "index_price")

        _mark_price = _src_dict.pop("mark_price")
        mark_price = _mark_price if type(_mark_price) is Decimal else decimal_from_wire(_mark_price, "mark_price")

        _sum_unitary_funding = _src_dict.pop("sum_unitary_funding")
        sum_unitary_funding = (
            _sum_unitary_funding
            if type(_sum_unitary_funding) is Decimal
            else decimal_from_wire(_sum_unitary_funding, "sum_unitary_funding")
        )

        _est_funding_rate = _src_dict.pop("est_funding_rate")
        est_funding_rate = (
            _est_funding_rate
            if type(_est_funding_rate) is Decimal
            else decimal_from_wire(_est_funding_rate, "est_funding_rate")
        )

        _last_funding_rate = _src_dict.pop("last_funding_rate")
        last_funding_rate = (
            _last_funding_rate
            if type(_last_funding_rate) is Decimal
            else decimal_from_wire(_last_funding_rate, "last_funding_rate")
        )

        _next_funding_time = _src_dict.pop("next_funding_time")
        next_funding_time = (
            _next_funding_time
            if type(_next_funding_time) is int
            else int_from_wire(_next_funding_time, "next_funding_time")
        )

        _open_interest = _src_dict.pop("open_interest")
        open_interest = (
            _open_interest if type(_open_interest) is Decimal else decimal_from_wire(_open_interest, "open_interest")
        )

        _field_24h_open = _src_dict.pop("24h_open")
        field_24h_open = (
            _field_24h_open if type(_field_24h_open) is Decimal else decimal_from_wire(_field_24h_open, "24h_open")
        )

        _field_24h_close = _src_dict.pop("24h_close")
        field_24h_close = (
            _field_24h_close if type(_field_24h_close) is Decimal else decimal_from_wire(_field_24h_close, "24h_close")
        )

        _field_24h_high = _src_dict.pop("24h_high")
        field_24h_high = (
            _field_24h_high if type(_field_24h_high) is Decimal else decimal_from_wire(_field_24h_high, "24h_high")
        )

        _field_24h_low = _src_dict.pop("24h_low")
        field_24h_low = (
            _field_24h_low if type(_field_24h_low) is Decimal else decimal_from_wire(_field_24h_low, "24h_low")
        )

        _field_24h_amount = _src_dict.pop("24h_amount")
        field_24h_amount = (
            _field_24h_amount
            if type(_field_24h_amount) is Decimal
            else decimal_from_wire(_field_24h_amount, "24h_amount")
        )

        _field_24h_volume = _src_dict.pop("24h_volume")
        field_24h_volume = (
            _field_24h_volume
            if type(_field_24h_volume) is Decimal
            else decimal_from_wire(_field_24h_volume, "24h_volume")
        )

        _result = cls(
            symbol=symbol,
            index_price=index_price,
            mark_price=mark_price,
            sum_unitary_funding=sum_unitary_funding,
            est_funding_rate=est_funding_rate,
            last_funding_rate=last_funding_rate,
            next_funding_time=next_funding_time,
            open_interest=open_interest,
            field_24h_open=field_24h_open,
            field_24h_close=field_24h_close,
            field_24h_high=field_24h_high,
            field_24h_low=field_24h_low,
            field_24h_amount=field_24h_amount,
            field_24h_volume=field_24h_volume,
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
