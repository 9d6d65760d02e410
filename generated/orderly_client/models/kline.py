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

T = TypeVar("T", bound="Kline")


@_attrs_define(repr=False)
class Kline:
    """
    Attributes:
        open_ (Decimal): Example: 66166.23.
        close (Decimal): Example: 66124.56.
        low (Decimal): Example: 66038.06.
        high (Decimal): Example: 66176.97.
        volume (Decimal): Example: 23.45528526.
        amount (Decimal): Example: 1550436.21725288.
        symbol (str): Example: PERP_BTC_USDC.
        type_ (str): Example: 1m.
        start_timestamp (int): Unit: milliseconds since the Unix epoch. Example: 1636388220000.
        end_timestamp (int): Unit: milliseconds since the Unix epoch. Example: 1636388280000.
    """

    open_: Decimal
    close: Decimal
    low: Decimal
    high: Decimal
    volume: Decimal
    amount: Decimal
    symbol: str
    type_: str
    start_timestamp: int
    end_timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        open_ = self.open_

        close = self.close

        low = self.low

        high = self.high

        volume = self.volume

        amount = self.amount

        symbol = self.symbol

        type_ = self.type_

        start_timestamp = self.start_timestamp

        end_timestamp = self.end_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "open": open_,
                "close": close,
                "low": low,
                "high": high,
                "volume": volume,
                "amount": amount,
                "symbol": symbol,
                "type": type_,
                "start_timestamp": start_timestamp,
                "end_timestamp": end_timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _open_ = _src_dict.pop("open")
        open_ = _open_ if type(_open_) is Decimal else decimal_from_wire(_open_, "open")

        _close = _src_dict.pop("close")
        close = _close if type(_close) is Decimal else decimal_from_wire(_close, "close")

        _low = _src_dict.pop("low")
        low = _low if type(_low) is Decimal else decimal_from_wire(_low, "low")

        _high = _src_dict.pop("high")
        high = _high if type(_high) is Decimal else decimal_from_wire(_high, "high")

        _volume = _src_dict.pop("volume")
        volume = _volume if type(_volume) is Decimal else decimal_from_wire(_volume, "volume")

        _amount = _src_dict.pop("amount")
        amount = _amount if type(_amount) is Decimal else decimal_from_wire(_amount, "amount")

        _symbol = _src_dict.pop("symbol")
        symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        _type_ = _src_dict.pop("type")
        type_ = _type_ if type(_type_) is str else str_from_wire(_type_, "type")

        _start_timestamp = _src_dict.pop("start_timestamp")
        start_timestamp = (
            _start_timestamp if type(_start_timestamp) is int else int_from_wire(_start_timestamp, "start_timestamp")
        )

        _end_timestamp = _src_dict.pop("end_timestamp")
        end_timestamp = (
            _end_timestamp if type(_end_timestamp) is int else int_from_wire(_end_timestamp, "end_timestamp")
        )

        _result = cls(
            open_=open_,
            close=close,
            low=low,
            high=high,
            volume=volume,
            amount=amount,
            symbol=symbol,
            type_=type_,
            start_timestamp=start_timestamp,
            end_timestamp=end_timestamp,
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
