from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VaultOverallInfoResponseDataRowsItem")


@_attrs_define
class VaultOverallInfoResponseDataRowsItem:
    """
    Attributes:
        strategy_vaults_tvl (float | Unset): Example: 1234567.89.
        strategy_vaults_lifetime_net_pnl (float | Unset): Example: 350000.21.
        strategy_vaults_count (float | Unset): Example: 8.
        strategy_vaults_lp_count (float | Unset): Example: 1234.
    """

    strategy_vaults_tvl: float | Unset = UNSET
    strategy_vaults_lifetime_net_pnl: float | Unset = UNSET
    strategy_vaults_count: float | Unset = UNSET
    strategy_vaults_lp_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        strategy_vaults_tvl = self.strategy_vaults_tvl

        strategy_vaults_lifetime_net_pnl = self.strategy_vaults_lifetime_net_pnl

        strategy_vaults_count = self.strategy_vaults_count

        strategy_vaults_lp_count = self.strategy_vaults_lp_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if strategy_vaults_tvl is not UNSET:
            field_dict["strategy_vaults_tvl"] = strategy_vaults_tvl
        if strategy_vaults_lifetime_net_pnl is not UNSET:
            field_dict["strategy_vaults_lifetime_net_pnl"] = strategy_vaults_lifetime_net_pnl
        if strategy_vaults_count is not UNSET:
            field_dict["strategy_vaults_count"] = strategy_vaults_count
        if strategy_vaults_lp_count is not UNSET:
            field_dict["strategy_vaults_lp_count"] = strategy_vaults_lp_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        strategy_vaults_tvl = _src_dict.pop("strategy_vaults_tvl", UNSET)

        strategy_vaults_lifetime_net_pnl = _src_dict.pop("strategy_vaults_lifetime_net_pnl", UNSET)

        strategy_vaults_count = _src_dict.pop("strategy_vaults_count", UNSET)

        strategy_vaults_lp_count = _src_dict.pop("strategy_vaults_lp_count", UNSET)

        vault_overall_info_response_data_rows_item = cls(
            strategy_vaults_tvl=strategy_vaults_tvl,
            strategy_vaults_lifetime_net_pnl=strategy_vaults_lifetime_net_pnl,
            strategy_vaults_count=strategy_vaults_count,
            strategy_vaults_lp_count=strategy_vaults_lp_count,
        )

        vault_overall_info_response_data_rows_item.additional_properties = _src_dict
        return vault_overall_info_response_data_rows_item

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
