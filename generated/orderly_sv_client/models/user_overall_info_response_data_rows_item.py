from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserOverallInfoResponseDataRowsItem")


@_attrs_define
class UserOverallInfoResponseDataRowsItem:
    """
    Attributes:
        total_vaults_tvl (float | Unset): Example: 10000.
        vaults_lp_tvl (float | Unset): Example: 7000.
        vaults_sp_tvl (float | Unset): Example: 3000.
        total_vaults_lifetime_net_pnl (float | Unset): Example: 500.
        vaults_lp_lifetime_net_pnl (float | Unset): Example: 400.
        vaults_sp_lifetime_net_pnl (float | Unset): Example: 100.
        total_involved_vaults_count (float | Unset): Example: 5.
        involved_lp_vaults_count (float | Unset): Example: 4.
        involved_sp_vaults_count (float | Unset): Example: 1.
    """

    total_vaults_tvl: float | Unset = UNSET
    vaults_lp_tvl: float | Unset = UNSET
    vaults_sp_tvl: float | Unset = UNSET
    total_vaults_lifetime_net_pnl: float | Unset = UNSET
    vaults_lp_lifetime_net_pnl: float | Unset = UNSET
    vaults_sp_lifetime_net_pnl: float | Unset = UNSET
    total_involved_vaults_count: float | Unset = UNSET
    involved_lp_vaults_count: float | Unset = UNSET
    involved_sp_vaults_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_vaults_tvl = self.total_vaults_tvl

        vaults_lp_tvl = self.vaults_lp_tvl

        vaults_sp_tvl = self.vaults_sp_tvl

        total_vaults_lifetime_net_pnl = self.total_vaults_lifetime_net_pnl

        vaults_lp_lifetime_net_pnl = self.vaults_lp_lifetime_net_pnl

        vaults_sp_lifetime_net_pnl = self.vaults_sp_lifetime_net_pnl

        total_involved_vaults_count = self.total_involved_vaults_count

        involved_lp_vaults_count = self.involved_lp_vaults_count

        involved_sp_vaults_count = self.involved_sp_vaults_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_vaults_tvl is not UNSET:
            field_dict["total_vaults_tvl"] = total_vaults_tvl
        if vaults_lp_tvl is not UNSET:
            field_dict["vaults_lp_tvl"] = vaults_lp_tvl
        if vaults_sp_tvl is not UNSET:
            field_dict["vaults_sp_tvl"] = vaults_sp_tvl
        if total_vaults_lifetime_net_pnl is not UNSET:
            field_dict["total_vaults_lifetime_net_pnl"] = total_vaults_lifetime_net_pnl
        if vaults_lp_lifetime_net_pnl is not UNSET:
            field_dict["vaults_lp_lifetime_net_pnl"] = vaults_lp_lifetime_net_pnl
        if vaults_sp_lifetime_net_pnl is not UNSET:
            field_dict["vaults_sp_lifetime_net_pnl"] = vaults_sp_lifetime_net_pnl
        if total_involved_vaults_count is not UNSET:
            field_dict["total_involved_vaults_count"] = total_involved_vaults_count
        if involved_lp_vaults_count is not UNSET:
            field_dict["involved_lp_vaults_count"] = involved_lp_vaults_count
        if involved_sp_vaults_count is not UNSET:
            field_dict["involved_sp_vaults_count"] = involved_sp_vaults_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        total_vaults_tvl = _src_dict.pop("total_vaults_tvl", UNSET)

        vaults_lp_tvl = _src_dict.pop("vaults_lp_tvl", UNSET)

        vaults_sp_tvl = _src_dict.pop("vaults_sp_tvl", UNSET)

        total_vaults_lifetime_net_pnl = _src_dict.pop("total_vaults_lifetime_net_pnl", UNSET)

        vaults_lp_lifetime_net_pnl = _src_dict.pop("vaults_lp_lifetime_net_pnl", UNSET)

        vaults_sp_lifetime_net_pnl = _src_dict.pop("vaults_sp_lifetime_net_pnl", UNSET)

        total_involved_vaults_count = _src_dict.pop("total_involved_vaults_count", UNSET)

        involved_lp_vaults_count = _src_dict.pop("involved_lp_vaults_count", UNSET)

        involved_sp_vaults_count = _src_dict.pop("involved_sp_vaults_count", UNSET)

        user_overall_info_response_data_rows_item = cls(
            total_vaults_tvl=total_vaults_tvl,
            vaults_lp_tvl=vaults_lp_tvl,
            vaults_sp_tvl=vaults_sp_tvl,
            total_vaults_lifetime_net_pnl=total_vaults_lifetime_net_pnl,
            vaults_lp_lifetime_net_pnl=vaults_lp_lifetime_net_pnl,
            vaults_sp_lifetime_net_pnl=vaults_sp_lifetime_net_pnl,
            total_involved_vaults_count=total_involved_vaults_count,
            involved_lp_vaults_count=involved_lp_vaults_count,
            involved_sp_vaults_count=involved_sp_vaults_count,
        )

        user_overall_info_response_data_rows_item.additional_properties = _src_dict
        return user_overall_info_response_data_rows_item

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
