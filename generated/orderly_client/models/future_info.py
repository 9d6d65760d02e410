from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FutureInfo")


@_attrs_define
class FutureInfo:
    """
    Attributes:
        symbol (str): Example: PERP_ETH_USDC.
        index_price (float): Example: 1901.6.
        mark_price (float): Example: 1950.1.
        sum_unitary_funding (float): Example: 387.891.
        est_funding_rate (float): Example: 0.00046875.
        last_funding_rate (float): Example: 0.00046875.
        next_funding_time (int): Unit: milliseconds since the Unix epoch. Example: 1683270060000.
        open_interest (float): Example: 815539.
        field_24h_open (float): Example: 2115.1.
        field_24h_close (float): Example: 2115.2.
        field_24h_high (float): Example: 2115.3.
        field_24h_low (float): Example: 2114.9.
        field_24h_amount (float): Example: 449054.7636.
        field_24h_volume (float): Example: 6716559.
    """

    symbol: str
    index_price: float
    mark_price: float
    sum_unitary_funding: float
    est_funding_rate: float
    last_funding_rate: float
    next_funding_time: int
    open_interest: float
    field_24h_open: float
    field_24h_close: float
    field_24h_high: float
    field_24h_low: float
    field_24h_amount: float
    field_24h_volume: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        symbol = _src_dict.pop("symbol")

        index_price = _src_dict.pop("index_price")

        mark_price = _src_dict.pop("mark_price")

        sum_unitary_funding = _src_dict.pop("sum_unitary_funding")

        est_funding_rate = _src_dict.pop("est_funding_rate")

        last_funding_rate = _src_dict.pop("last_funding_rate")

        next_funding_time = _src_dict.pop("next_funding_time")

        open_interest = _src_dict.pop("open_interest")

        field_24h_open = _src_dict.pop("24h_open")

        field_24h_close = _src_dict.pop("24h_close")

        field_24h_high = _src_dict.pop("24h_high")

        field_24h_low = _src_dict.pop("24h_low")

        field_24h_amount = _src_dict.pop("24h_amount")

        field_24h_volume = _src_dict.pop("24h_volume")

        future_info = cls(
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

        future_info.additional_properties = _src_dict
        return future_info

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
