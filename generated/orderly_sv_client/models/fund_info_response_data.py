from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="FundInfoResponseData")


@_attrs_define(repr=False)
class FundInfoResponseData:
    """
    Attributes:
        fund_nav (Decimal | Unset): Example: 123456789.0.
        fund_lifetime_net_pnl (Decimal | Unset): Example: 123456.0.
        fund_total_strategy_shares (Decimal | Unset): Example: 123456789.0.
        est_strategy_share_price (Decimal | Unset): Example: 1.5.
        broker_id (str | Unset): Example: orderly.
        current_period_number (int | Unset): Example: 4.
        period_start_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1738454400000.
        period_end_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1738540800000.
        period_duration (Decimal | Unset): Example: 60.
        performance_fee_rate (Decimal | Unset): Example: 0.0.
    """

    fund_nav: Decimal | Unset = UNSET
    fund_lifetime_net_pnl: Decimal | Unset = UNSET
    fund_total_strategy_shares: Decimal | Unset = UNSET
    est_strategy_share_price: Decimal | Unset = UNSET
    broker_id: str | Unset = UNSET
    current_period_number: int | Unset = UNSET
    period_start_time: int | Unset = UNSET
    period_end_time: int | Unset = UNSET
    period_duration: Decimal | Unset = UNSET
    performance_fee_rate: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _fund_nav = _src_dict.pop("fund_nav", UNSET)
        fund_nav: Decimal | Unset
        if isinstance(_fund_nav, Unset):
            fund_nav = UNSET
        else:
            fund_nav = _fund_nav if type(_fund_nav) is Decimal else decimal_from_wire(_fund_nav, "fund_nav")

        _fund_lifetime_net_pnl = _src_dict.pop("fund_lifetime_net_pnl", UNSET)
        fund_lifetime_net_pnl: Decimal | Unset
        if isinstance(_fund_lifetime_net_pnl, Unset):
            fund_lifetime_net_pnl = UNSET
        else:
            fund_lifetime_net_pnl = (
                _fund_lifetime_net_pnl
                if type(_fund_lifetime_net_pnl) is Decimal
                else decimal_from_wire(_fund_lifetime_net_pnl, "fund_lifetime_net_pnl")
            )

        _fund_total_strategy_shares = _src_dict.pop("fund_total_strategy_shares", UNSET)
        fund_total_strategy_shares: Decimal | Unset
        if isinstance(_fund_total_strategy_shares, Unset):
            fund_total_strategy_shares = UNSET
        else:
            fund_total_strategy_shares = (
                _fund_total_strategy_shares
                if type(_fund_total_strategy_shares) is Decimal
                else decimal_from_wire(_fund_total_strategy_shares, "fund_total_strategy_shares")
            )

        _est_strategy_share_price = _src_dict.pop("est_strategy_share_price", UNSET)
        est_strategy_share_price: Decimal | Unset
        if isinstance(_est_strategy_share_price, Unset):
            est_strategy_share_price = UNSET
        else:
            est_strategy_share_price = (
                _est_strategy_share_price
                if type(_est_strategy_share_price) is Decimal
                else decimal_from_wire(_est_strategy_share_price, "est_strategy_share_price")
            )

        _broker_id = _src_dict.pop("broker_id", UNSET)
        broker_id: str | Unset
        if isinstance(_broker_id, Unset):
            broker_id = UNSET
        else:
            broker_id = _broker_id if type(_broker_id) is str else str_from_wire(_broker_id, "broker_id")

        _current_period_number = _src_dict.pop("current_period_number", UNSET)
        current_period_number: int | Unset
        if isinstance(_current_period_number, Unset):
            current_period_number = UNSET
        else:
            current_period_number = (
                _current_period_number
                if type(_current_period_number) is int
                else int_from_wire(_current_period_number, "current_period_number")
            )

        _period_start_time = _src_dict.pop("period_start_time", UNSET)
        period_start_time: int | Unset
        if isinstance(_period_start_time, Unset):
            period_start_time = UNSET
        else:
            period_start_time = (
                _period_start_time
                if type(_period_start_time) is int
                else int_from_wire(_period_start_time, "period_start_time")
            )

        _period_end_time = _src_dict.pop("period_end_time", UNSET)
        period_end_time: int | Unset
        if isinstance(_period_end_time, Unset):
            period_end_time = UNSET
        else:
            period_end_time = (
                _period_end_time
                if type(_period_end_time) is int
                else int_from_wire(_period_end_time, "period_end_time")
            )

        _period_duration = _src_dict.pop("period_duration", UNSET)
        period_duration: Decimal | Unset
        if isinstance(_period_duration, Unset):
            period_duration = UNSET
        else:
            period_duration = (
                _period_duration
                if type(_period_duration) is Decimal
                else decimal_from_wire(_period_duration, "period_duration")
            )

        _performance_fee_rate = _src_dict.pop("performance_fee_rate", UNSET)
        performance_fee_rate: Decimal | Unset
        if isinstance(_performance_fee_rate, Unset):
            performance_fee_rate = UNSET
        else:
            performance_fee_rate = (
                _performance_fee_rate
                if type(_performance_fee_rate) is Decimal
                else decimal_from_wire(_performance_fee_rate, "performance_fee_rate")
            )

        _result = cls(
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
