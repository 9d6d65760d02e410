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
    model_repr,
)

T = TypeVar("T", bound="SpInfoResponseData")


@_attrs_define(repr=False)
class SpInfoResponseData:
    """
    Attributes:
        sp_nav (Decimal | Unset): Example: 56789.0.
        sp_tvl (Decimal | Unset): Example: 56789.0.
        sp_total_strategy_shares (Decimal | Unset): Example: 12700.0.
        sp_strategy_shares_pct (Decimal | Unset): Example: 0.12.
        available_strategy_shares (Decimal | Unset): Example: 12458.05.
        sp_lifetime_net_pnl (Decimal | Unset): Example: 8888.0.
        potential_pnl (Decimal | Unset): Example: 2567.73.
        sp_reserved_collateral (Decimal | Unset): Example: 50000.0.
        sp_min_shares_pct (Decimal | Unset): Example: 0.01.
        total_performance_fees (Decimal | Unset): Example: 1.24.
    """

    sp_nav: Decimal | Unset = UNSET
    sp_tvl: Decimal | Unset = UNSET
    sp_total_strategy_shares: Decimal | Unset = UNSET
    sp_strategy_shares_pct: Decimal | Unset = UNSET
    available_strategy_shares: Decimal | Unset = UNSET
    sp_lifetime_net_pnl: Decimal | Unset = UNSET
    potential_pnl: Decimal | Unset = UNSET
    sp_reserved_collateral: Decimal | Unset = UNSET
    sp_min_shares_pct: Decimal | Unset = UNSET
    total_performance_fees: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _sp_nav = _src_dict.pop("sp_nav", UNSET)
        sp_nav: Decimal | Unset
        if isinstance(_sp_nav, Unset):
            sp_nav = UNSET
        else:
            sp_nav = _sp_nav if type(_sp_nav) is Decimal else decimal_from_wire(_sp_nav, "sp_nav")

        _sp_tvl = _src_dict.pop("sp_tvl", UNSET)
        sp_tvl: Decimal | Unset
        if isinstance(_sp_tvl, Unset):
            sp_tvl = UNSET
        else:
            sp_tvl = _sp_tvl if type(_sp_tvl) is Decimal else decimal_from_wire(_sp_tvl, "sp_tvl")

        _sp_total_strategy_shares = _src_dict.pop("sp_total_strategy_shares", UNSET)
        sp_total_strategy_shares: Decimal | Unset
        if isinstance(_sp_total_strategy_shares, Unset):
            sp_total_strategy_shares = UNSET
        else:
            sp_total_strategy_shares = (
                _sp_total_strategy_shares
                if type(_sp_total_strategy_shares) is Decimal
                else decimal_from_wire(_sp_total_strategy_shares, "sp_total_strategy_shares")
            )

        _sp_strategy_shares_pct = _src_dict.pop("sp_strategy_shares_pct", UNSET)
        sp_strategy_shares_pct: Decimal | Unset
        if isinstance(_sp_strategy_shares_pct, Unset):
            sp_strategy_shares_pct = UNSET
        else:
            sp_strategy_shares_pct = (
                _sp_strategy_shares_pct
                if type(_sp_strategy_shares_pct) is Decimal
                else decimal_from_wire(_sp_strategy_shares_pct, "sp_strategy_shares_pct")
            )

        _available_strategy_shares = _src_dict.pop("available_strategy_shares", UNSET)
        available_strategy_shares: Decimal | Unset
        if isinstance(_available_strategy_shares, Unset):
            available_strategy_shares = UNSET
        else:
            available_strategy_shares = (
                _available_strategy_shares
                if type(_available_strategy_shares) is Decimal
                else decimal_from_wire(_available_strategy_shares, "available_strategy_shares")
            )

        _sp_lifetime_net_pnl = _src_dict.pop("sp_lifetime_net_pnl", UNSET)
        sp_lifetime_net_pnl: Decimal | Unset
        if isinstance(_sp_lifetime_net_pnl, Unset):
            sp_lifetime_net_pnl = UNSET
        else:
            sp_lifetime_net_pnl = (
                _sp_lifetime_net_pnl
                if type(_sp_lifetime_net_pnl) is Decimal
                else decimal_from_wire(_sp_lifetime_net_pnl, "sp_lifetime_net_pnl")
            )

        _potential_pnl = _src_dict.pop("potential_pnl", UNSET)
        potential_pnl: Decimal | Unset
        if isinstance(_potential_pnl, Unset):
            potential_pnl = UNSET
        else:
            potential_pnl = (
                _potential_pnl
                if type(_potential_pnl) is Decimal
                else decimal_from_wire(_potential_pnl, "potential_pnl")
            )

        _sp_reserved_collateral = _src_dict.pop("sp_reserved_collateral", UNSET)
        sp_reserved_collateral: Decimal | Unset
        if isinstance(_sp_reserved_collateral, Unset):
            sp_reserved_collateral = UNSET
        else:
            sp_reserved_collateral = (
                _sp_reserved_collateral
                if type(_sp_reserved_collateral) is Decimal
                else decimal_from_wire(_sp_reserved_collateral, "sp_reserved_collateral")
            )

        _sp_min_shares_pct = _src_dict.pop("sp_min_shares_pct", UNSET)
        sp_min_shares_pct: Decimal | Unset
        if isinstance(_sp_min_shares_pct, Unset):
            sp_min_shares_pct = UNSET
        else:
            sp_min_shares_pct = (
                _sp_min_shares_pct
                if type(_sp_min_shares_pct) is Decimal
                else decimal_from_wire(_sp_min_shares_pct, "sp_min_shares_pct")
            )

        _total_performance_fees = _src_dict.pop("total_performance_fees", UNSET)
        total_performance_fees: Decimal | Unset
        if isinstance(_total_performance_fees, Unset):
            total_performance_fees = UNSET
        else:
            total_performance_fees = (
                _total_performance_fees
                if type(_total_performance_fees) is Decimal
                else decimal_from_wire(_total_performance_fees, "total_performance_fees")
            )

        _result = cls(
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
