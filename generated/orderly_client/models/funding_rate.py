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

T = TypeVar("T", bound="FundingRate")


@_attrs_define(repr=False)
class FundingRate:
    """
    Attributes:
        symbol (str): Example: PERP_ETH_USDC.
        est_funding_rate (Decimal): Example: 0.
        est_funding_rate_timestamp (int): Unit: milliseconds since the Unix epoch. Example: 1683880020000.
        last_funding_rate (Decimal): Example: 0.0001.
        last_funding_rate_timestamp (int): Unit: milliseconds since the Unix epoch. Example: 1683878400000.
        next_funding_time (int): Unit: milliseconds since the Unix epoch. Example: 1683907200000.
        sum_unitary_funding (Decimal): Example: 521.367.
    """

    symbol: str
    est_funding_rate: Decimal
    est_funding_rate_timestamp: int
    last_funding_rate: Decimal
    last_funding_rate_timestamp: int
    next_funding_time: int
    sum_unitary_funding: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        est_funding_rate = self.est_funding_rate

        est_funding_rate_timestamp = self.est_funding_rate_timestamp

        last_funding_rate = self.last_funding_rate

        last_funding_rate_timestamp = self.last_funding_rate_timestamp

        next_funding_time = self.next_funding_time

        sum_unitary_funding = self.sum_unitary_funding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "est_funding_rate": est_funding_rate,
                "est_funding_rate_timestamp": est_funding_rate_timestamp,
                "last_funding_rate": last_funding_rate,
                "last_funding_rate_timestamp": last_funding_rate_timestamp,
                "next_funding_time": next_funding_time,
                "sum_unitary_funding": sum_unitary_funding,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _symbol = _src_dict.pop("symbol")
        symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        _est_funding_rate = _src_dict.pop("est_funding_rate")
        est_funding_rate = (
            _est_funding_rate
            if type(_est_funding_rate) is Decimal
            else decimal_from_wire(_est_funding_rate, "est_funding_rate")
        )

        _est_funding_rate_timestamp = _src_dict.pop("est_funding_rate_timestamp")
        est_funding_rate_timestamp = (
            _est_funding_rate_timestamp
            if type(_est_funding_rate_timestamp) is int
            else int_from_wire(_est_funding_rate_timestamp, "est_funding_rate_timestamp")
        )

        _last_funding_rate = _src_dict.pop("last_funding_rate")
        last_funding_rate = (
            _last_funding_rate
            if type(_last_funding_rate) is Decimal
            else decimal_from_wire(_last_funding_rate, "last_funding_rate")
        )

        _last_funding_rate_timestamp = _src_dict.pop("last_funding_rate_timestamp")
        last_funding_rate_timestamp = (
            _last_funding_rate_timestamp
            if type(_last_funding_rate_timestamp) is int
            else int_from_wire(_last_funding_rate_timestamp, "last_funding_rate_timestamp")
        )

        _next_funding_time = _src_dict.pop("next_funding_time")
        next_funding_time = (
            _next_funding_time
            if type(_next_funding_time) is int
            else int_from_wire(_next_funding_time, "next_funding_time")
        )

        _sum_unitary_funding = _src_dict.pop("sum_unitary_funding")
        sum_unitary_funding = (
            _sum_unitary_funding
            if type(_sum_unitary_funding) is Decimal
            else decimal_from_wire(_sum_unitary_funding, "sum_unitary_funding")
        )

        _result = cls(
            symbol=symbol,
            est_funding_rate=est_funding_rate,
            est_funding_rate_timestamp=est_funding_rate_timestamp,
            last_funding_rate=last_funding_rate,
            last_funding_rate_timestamp=last_funding_rate_timestamp,
            next_funding_time=next_funding_time,
            sum_unitary_funding=sum_unitary_funding,
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
