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

T = TypeVar("T", bound="FundingRateRecord")


@_attrs_define(repr=False)
class FundingRateRecord:
    """
    Attributes:
        symbol (str): Example: PERP_ETH_USDC.
        funding_rate (Decimal): Example: 0.0001.
        funding_rate_timestamp (int): Unit: milliseconds since the Unix epoch. Example: 1684224000000.
        next_funding_time (int): Unit: milliseconds since the Unix epoch. Example: 1684252800000.
    """

    symbol: str
    funding_rate: Decimal
    funding_rate_timestamp: int
    next_funding_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        funding_rate = self.funding_rate

        funding_rate_timestamp = self.funding_rate_timestamp

        next_funding_time = self.next_funding_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "funding_rate": funding_rate,
                "funding_rate_timestamp": funding_rate_timestamp,
                "next_funding_time": next_funding_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _symbol = _src_dict.pop("symbol")
        symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        _funding_rate = _src_dict.pop("funding_rate")
        funding_rate = (
            _funding_rate if type(_funding_rate) is Decimal else decimal_from_wire(_funding_rate, "funding_rate")
        )

        _funding_rate_timestamp = _src_dict.pop("funding_rate_timestamp")
        funding_rate_timestamp = (
            _funding_rate_timestamp
            if type(_funding_rate_timestamp) is int
            else int_from_wire(_funding_rate_timestamp, "funding_rate_timestamp")
        )

        _next_funding_time = _src_dict.pop("next_funding_time")
        next_funding_time = (
            _next_funding_time
            if type(_next_funding_time) is int
            else int_from_wire(_next_funding_time, "next_funding_time")
        )

        _result = cls(
            symbol=symbol,
            funding_rate=funding_rate,
            funding_rate_timestamp=funding_rate_timestamp,
            next_funding_time=next_funding_time,
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
