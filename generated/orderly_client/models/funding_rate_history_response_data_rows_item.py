from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FundingRateHistoryResponseDataRowsItem")


@_attrs_define
class FundingRateHistoryResponseDataRowsItem:
    """
    Attributes:
        symbol (str): Example: PERP_ETH_USDC.
        funding_rate (float): Example: 0.0001.
        funding_rate_timestamp (int): Unit: milliseconds since the Unix epoch. Example: 1684224000000.
        next_funding_time (int): Unit: milliseconds since the Unix epoch. Example: 1684252800000.
    """

    symbol: str
    funding_rate: float
    funding_rate_timestamp: int
    next_funding_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        symbol = _src_dict.pop("symbol")

        funding_rate = _src_dict.pop("funding_rate")

        funding_rate_timestamp = _src_dict.pop("funding_rate_timestamp")

        next_funding_time = _src_dict.pop("next_funding_time")

        funding_rate_history_response_data_rows_item = cls(
            symbol=symbol,
            funding_rate=funding_rate,
            funding_rate_timestamp=funding_rate_timestamp,
            next_funding_time=next_funding_time,
        )

        funding_rate_history_response_data_rows_item.additional_properties = _src_dict
        return funding_rate_history_response_data_rows_item

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
