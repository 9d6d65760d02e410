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
    str_from_wire,
)

T = TypeVar("T", bound="LpInfoResponseDataRowsItem")


@_attrs_define(repr=False)
class LpInfoResponseDataRowsItem:
    """
    Attributes:
        vault_id (str | Unset):
        lp_nav (Decimal | Unset): Example: 56789.0.
        lp_tvl (Decimal | Unset): Example: 63701.21.
        total_main_shares (Decimal | Unset): Example: 12700.0.
        available_main_shares (Decimal | Unset): Example: 12458.05.
        potential_pnl (Decimal | Unset): Example: 2567.73.
        total_performance_fees (Decimal | Unset): Example: 1.24.
    """

    vault_id: str | Unset = UNSET
    lp_nav: Decimal | Unset = UNSET
    lp_tvl: Decimal | Unset = UNSET
    total_main_shares: Decimal | Unset = UNSET
    available_main_shares: Decimal | Unset = UNSET
    potential_pnl: Decimal | Unset = UNSET
    total_performance_fees: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        vault_id = self.vault_id

        lp_nav = self.lp_nav

        lp_tvl = self.lp_tvl

        total_main_shares = self.total_main_shares

        available_main_shares = self.available_main_shares

        potential_pnl = self.potential_pnl

        total_performance_fees = self.total_performance_fees

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vault_id is not UNSET:
            field_dict["vault_id"] = vault_id
        if lp_nav is not UNSET:
            field_dict["lp_nav"] = lp_nav
        if lp_tvl is not UNSET:
            field_dict["lp_tvl"] = lp_tvl
        if total_main_shares is not UNSET:
            field_dict["total_main_shares"] = total_main_shares
        if available_main_shares is not UNSET:
            field_dict["available_main_shares"] = available_main_shares
        if potential_pnl is not UNSET:
            field_dict["potential_pnl"] = potential_pnl
        if total_performance_fees is not UNSET:
            field_dict["total_performance_fees"] = total_performance_fees

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _vault_id = _src_dict.pop("vault_id", UNSET)
        vault_id: str | Unset
        if isinstance(_vault_id, Unset):
            vault_id = UNSET
        else:
            vault_id = _vault_id if type(_vault_id) is str else str_from_wire(_vault_id, "vault_id")

        _lp_nav = _src_dict.pop("lp_nav", UNSET)
        lp_nav: Decimal | Unset
        if isinstance(_lp_nav, Unset):
            lp_nav = UNSET
        else:
            lp_nav = _lp_nav if type(_lp_nav) is Decimal else decimal_from_wire(_lp_nav, "lp_nav")

        _lp_tvl = _src_dict.pop("lp_tvl", UNSET)
        lp_tvl: Decimal | Unset
        if isinstance(_lp_tvl, Unset):
            lp_tvl = UNSET
        else:
            lp_tvl = _lp_tvl if type(_lp_tvl) is Decimal else decimal_from_wire(_lp_tvl, "lp_tvl")

        _total_main_shares = _src_dict.pop("total_main_shares", UNSET)
        total_main_shares: Decimal | Unset
        if isinstance(_total_main_shares, Unset):
            total_main_shares = UNSET
        else:
            total_main_shares = (
                _total_main_shares
                if type(_total_main_shares) is Decimal
                else decimal_from_wire(_total_main_shares, "total_main_shares")
            )

        _available_main_shares = _src_dict.pop("available_main_shares", UNSET)
        available_main_shares: Decimal | Unset
        if isinstance(_available_main_shares, Unset):
            available_main_shares = UNSET
        else:
            available_main_shares = (
                _available_main_shares
                if type(_available_main_shares) is Decimal
                else decimal_from_wire(_available_main_shares, "available_main_shares")
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
            vault_id=vault_id,
            lp_nav=lp_nav,
            lp_tvl=lp_tvl,
            total_main_shares=total_main_shares,
            available_main_shares=available_main_shares,
            potential_pnl=potential_pnl,
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
