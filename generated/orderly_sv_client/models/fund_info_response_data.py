from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FundInfoResponseData")


@_attrs_define
class FundInfoResponseData:
    """
    Attributes:
        fund_nav (float | Unset): Example: 123456789.0.
        fund_lifetime_net_pnl (float | Unset): Example: 123456.0.
        fund_total_strategy_shares (float | Unset): Example: 123456789.0.
        est_strategy_share_price (float | Unset): Example: 1.5.
        broker_id (str | Unset): Example: orderly.
        current_period_number (float | Unset): Example: 4.
        period_start_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1738454400000.
        period_end_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1738540800000.
        period_duration (float | Unset): Example: 60.
        performance_fee_rate (float | Unset): Example: 0.0.
    """

    fund_nav: float | Unset = UNSET
    fund_lifetime_net_pnl: float | Unset = UNSET
    fund_total_strategy_shares: float | Unset = UNSET
    est_strategy_share_price: float | Unset = UNSET
    broker_id: str | Unset = UNSET
    current_period_number: float | Unset = UNSET
    period_start_time: float | Unset = UNSET
    period_end_time: float | Unset = UNSET
    period_duration: float | Unset = UNSET
    performance_fee_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fund_nav = self.fund_nav

        fund_lifetime_net_pnl = self.fund_lifetime_net_pnl

        fund_total_strategy_shares = self.fund_total_strategy_shares

        est_strategy_share_price = self.est_strategy_share_price

        broker_id = self.broker_id

        current_period_number = self.current_period_number

        period_start_time = self.period_start_time

        period_end_time = self.period_end_time

        period_duration = self.period_duration

        performance_fee_rate = self.performance_fee_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fund_nav is not UNSET:
            field_dict["fund_nav"] = fund_nav
        if fund_lifetime_net_pnl is not UNSET:
            field_dict["fund_lifetime_net_pnl"] = fund_lifetime_net_pnl
        if fund_total_strategy_shares is not UNSET:
            field_dict["fund_total_strategy_shares"] = fund_total_strategy_shares
        if est_strategy_share_price is not UNSET:
            field_dict["est_strategy_share_price"] = est_strategy_share_price
        if broker_id is not UNSET:
            field_dict["broker_id"] = broker_id
        if current_period_number is not UNSET:
            field_dict["current_period_number"] = current_period_number
        if period_start_time is not UNSET:
            field_dict["period_start_time"] = period_start_time
        if period_end_time is not UNSET:
            field_dict["period_end_time"] = period_end_time
        if period_duration is not UNSET:
            field_dict["period_duration"] = period_duration
        if performance_fee_rate is not UNSET:
            field_dict["performance_fee_rate"] = performance_fee_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        fund_nav = _src_dict.pop("fund_nav", UNSET)

        fund_lifetime_net_pnl = _src_dict.pop("fund_lifetime_net_pnl", UNSET)

        fund_total_strategy_shares = _src_dict.pop("fund_total_strategy_shares", UNSET)

        est_strategy_share_price = _src_dict.pop("est_strategy_share_price", UNSET)

        broker_id = _src_dict.pop("broker_id", UNSET)

        current_period_number = _src_dict.pop("current_period_number", UNSET)

        period_start_time = _src_dict.pop("period_start_time", UNSET)

        period_end_time = _src_dict.pop("period_end_time", UNSET)

        period_duration = _src_dict.pop("period_duration", UNSET)

        performance_fee_rate = _src_dict.pop("performance_fee_rate", UNSET)

        fund_info_response_data = cls(
            fund_nav=fund_nav,
            fund_lifetime_net_pnl=fund_lifetime_net_pnl,
            fund_total_strategy_shares=fund_total_strategy_shares,
            est_strategy_share_price=est_strategy_share_price,
            broker_id=broker_id,
            current_period_number=current_period_number,
            period_start_time=period_start_time,
            period_end_time=period_end_time,
            period_duration=period_duration,
            performance_fee_rate=performance_fee_rate,
        )

        fund_info_response_data.additional_properties = _src_dict
        return fund_info_response_data

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
