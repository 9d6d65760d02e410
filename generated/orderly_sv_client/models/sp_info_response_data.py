from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpInfoResponseData")


@_attrs_define
class SpInfoResponseData:
    """
    Attributes:
        sp_nav (float | Unset): Example: 56789.0.
        sp_tvl (float | Unset): Example: 56789.0.
        sp_total_strategy_shares (float | Unset): Example: 12700.0.
        sp_strategy_shares_pct (float | Unset): Example: 0.12.
        available_strategy_shares (float | Unset): Example: 12458.05.
        sp_lifetime_net_pnl (float | Unset): Example: 8888.0.
        potential_pnl (float | Unset): Example: 2567.73.
        sp_reserved_collateral (float | Unset): Example: 50000.0.
        sp_min_shares_pct (float | Unset): Example: 0.01.
        total_performance_fees (float | Unset): Example: 1.24.
    """

    sp_nav: float | Unset = UNSET
    sp_tvl: float | Unset = UNSET
    sp_total_strategy_shares: float | Unset = UNSET
    sp_strategy_shares_pct: float | Unset = UNSET
    available_strategy_shares: float | Unset = UNSET
    sp_lifetime_net_pnl: float | Unset = UNSET
    potential_pnl: float | Unset = UNSET
    sp_reserved_collateral: float | Unset = UNSET
    sp_min_shares_pct: float | Unset = UNSET
    total_performance_fees: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sp_nav = self.sp_nav

        sp_tvl = self.sp_tvl

        sp_total_strategy_shares = self.sp_total_strategy_shares

        sp_strategy_shares_pct = self.sp_strategy_shares_pct

        available_strategy_shares = self.available_strategy_shares

        sp_lifetime_net_pnl = self.sp_lifetime_net_pnl

        potential_pnl = self.potential_pnl

        sp_reserved_collateral = self.sp_reserved_collateral

        sp_min_shares_pct = self.sp_min_shares_pct

        total_performance_fees = self.total_performance_fees

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sp_nav is not UNSET:
            field_dict["sp_nav"] = sp_nav
        if sp_tvl is not UNSET:
            field_dict["sp_tvl"] = sp_tvl
        if sp_total_strategy_shares is not UNSET:
            field_dict["sp_total_strategy_shares"] = sp_total_strategy_shares
        if sp_strategy_shares_pct is not UNSET:
            field_dict["sp_strategy_shares_pct"] = sp_strategy_shares_pct
        if available_strategy_shares is not UNSET:
            field_dict["available_strategy_shares"] = available_strategy_shares
        if sp_lifetime_net_pnl is not UNSET:
            field_dict["sp_lifetime_net_pnl"] = sp_lifetime_net_pnl
        if potential_pnl is not UNSET:
            field_dict["potential_pnl"] = potential_pnl
        if sp_reserved_collateral is not UNSET:
            field_dict["sp_reserved_collateral"] = sp_reserved_collateral
        if sp_min_shares_pct is not UNSET:
            field_dict["sp_min_shares_pct"] = sp_min_shares_pct
        if total_performance_fees is not UNSET:
            field_dict["total_performance_fees"] = total_performance_fees

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        sp_nav = _src_dict.pop("sp_nav", UNSET)

        sp_tvl = _src_dict.pop("sp_tvl", UNSET)

        sp_total_strategy_shares = _src_dict.pop("sp_total_strategy_shares", UNSET)

        sp_strategy_shares_pct = _src_dict.pop("sp_strategy_shares_pct", UNSET)

        available_strategy_shares = _src_dict.pop("available_strategy_shares", UNSET)

        sp_lifetime_net_pnl = _src_dict.pop("sp_lifetime_net_pnl", UNSET)

        potential_pnl = _src_dict.pop("potential_pnl", UNSET)

        sp_reserved_collateral = _src_dict.pop("sp_reserved_collateral", UNSET)

        sp_min_shares_pct = _src_dict.pop("sp_min_shares_pct", UNSET)

        total_performance_fees = _src_dict.pop("total_performance_fees", UNSET)

        sp_info_response_data = cls(
            sp_nav=sp_nav,
            sp_tvl=sp_tvl,
            sp_total_strategy_shares=sp_total_strategy_shares,
            sp_strategy_shares_pct=sp_strategy_shares_pct,
            available_strategy_shares=available_strategy_shares,
            sp_lifetime_net_pnl=sp_lifetime_net_pnl,
            potential_pnl=potential_pnl,
            sp_reserved_collateral=sp_reserved_collateral,
            sp_min_shares_pct=sp_min_shares_pct,
            total_performance_fees=total_performance_fees,
        )

        sp_info_response_data.additional_properties = _src_dict
        return sp_info_response_data

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
