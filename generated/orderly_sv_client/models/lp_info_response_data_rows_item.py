from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LpInfoResponseDataRowsItem")


@_attrs_define
class LpInfoResponseDataRowsItem:
    """
    Attributes:
        vault_id (str | Unset):
        lp_nav (float | Unset): Example: 56789.0.
        lp_tvl (float | Unset): Example: 63701.21.
        total_main_shares (float | Unset): Example: 12700.0.
        available_main_shares (float | Unset): Example: 12458.05.
        potential_pnl (float | Unset): Example: 2567.73.
        total_performance_fees (float | Unset): Example: 1.24.
    """

    vault_id: str | Unset = UNSET
    lp_nav: float | Unset = UNSET
    lp_tvl: float | Unset = UNSET
    total_main_shares: float | Unset = UNSET
    available_main_shares: float | Unset = UNSET
    potential_pnl: float | Unset = UNSET
    total_performance_fees: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        vault_id = _src_dict.pop("vault_id", UNSET)

        lp_nav = _src_dict.pop("lp_nav", UNSET)

        lp_tvl = _src_dict.pop("lp_tvl", UNSET)

        total_main_shares = _src_dict.pop("total_main_shares", UNSET)

        available_main_shares = _src_dict.pop("available_main_shares", UNSET)

        potential_pnl = _src_dict.pop("potential_pnl", UNSET)

        total_performance_fees = _src_dict.pop("total_performance_fees", UNSET)

        lp_info_response_data_rows_item = cls(
            vault_id=vault_id,
            lp_nav=lp_nav,
            lp_tvl=lp_tvl,
            total_main_shares=total_main_shares,
            available_main_shares=available_main_shares,
            potential_pnl=potential_pnl,
            total_performance_fees=total_performance_fees,
        )

        lp_info_response_data_rows_item.additional_properties = _src_dict
        return lp_info_response_data_rows_item

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
