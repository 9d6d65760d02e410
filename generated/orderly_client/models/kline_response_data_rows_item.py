from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="KlineResponseDataRowsItem")


@_attrs_define
class KlineResponseDataRowsItem:
    """
    Attributes:
        open_ (float): Example: 66166.23.
        close (float): Example: 66124.56.
        low (float): Example: 66038.06.
        high (float): Example: 66176.97.
        volume (float): Example: 23.45528526.
        amount (float): Example: 1550436.21725288.
        symbol (str): Example: PERP_BTC_USDC.
        type_ (str): Example: 1m.
        start_timestamp (int): Unit: milliseconds since the Unix epoch. Example: 1636388220000.
        end_timestamp (int): Unit: milliseconds since the Unix epoch. Example: 1636388280000.
    """

    open_: float
    close: float
    low: float
    high: float
    volume: float
    amount: float
    symbol: str
    type_: str
    start_timestamp: int
    end_timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        open_ = _src_dict.pop("open")

        close = _src_dict.pop("close")

        low = _src_dict.pop("low")

        high = _src_dict.pop("high")

        volume = _src_dict.pop("volume")

        amount = _src_dict.pop("amount")

        symbol = _src_dict.pop("symbol")

        type_ = _src_dict.pop("type")

        start_timestamp = _src_dict.pop("start_timestamp")

        end_timestamp = _src_dict.pop("end_timestamp")

        kline_response_data_rows_item = cls(
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

        kline_response_data_rows_item.additional_properties = _src_dict
        return kline_response_data_rows_item

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
