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
)

T = TypeVar("T", bound="VaultOverallInfoResponseDataRowsItem")


@_attrs_define(repr=False)
class VaultOverallInfoResponseDataRowsItem:
    """
    Attributes:
        strategy_vaults_tvl (Decimal | Unset): Example: 1234567.89.
        strategy_vaults_lifetime_net_pnl (Decimal | Unset): Example: 350000.21.
        strategy_vaults_count (int | Unset): Example: 8.
        strategy_vaults_lp_count (int | Unset): Example: 1234.
    """

    strategy_vaults_tvl: Decimal | Unset = UNSET
    strategy_vaults_lifetime_net_pnl: Decimal | Unset = UNSET
    strategy_vaults_count: int | Unset = UNSET
    strategy_vaults_lp_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _strategy_vaults_tvl = _src_dict.pop("strategy_vaults_tvl", UNSET)
        strategy_vaults_tvl: Decimal | Unset
        if isinstance(_strategy_vaults_tvl, Unset):
            strategy_vaults_tvl = UNSET
        else:
            strategy_vaults_tvl = (
                _strategy_vaults_tvl
                if type(_strategy_vaults_tvl) is Decimal
                else decimal_from_wire(_strategy_vaults_tvl, "strategy_vaults_tvl")
            )

        _strategy_vaults_lifetime_net_pnl = _src_dict.pop("strategy_vaults_lifetime_net_pnl", UNSET)
        strategy_vaults_lifetime_net_pnl: Decimal | Unset
        if isinstance(_strategy_vaults_lifetime_net_pnl, Unset):
            strategy_vaults_lifetime_net_pnl = UNSET
        else:
            strategy_vaults_lifetime_net_pnl = (
                _strategy_vaults_lifetime_net_pnl
                if type(_strategy_vaults_lifetime_net_pnl) is Decimal
                else decimal_from_wire(_strategy_vaults_lifetime_net_pnl, "strategy_vaults_lifetime_net_pnl")
            )

        _strategy_vaults_count = _src_dict.pop("strategy_vaults_count", UNSET)
        strategy_vaults_count: int | Unset
        if isinstance(_strategy_vaults_count, Unset):
            strategy_vaults_count = UNSET
        else:
            strategy_vaults_count = (
                _strategy_vaults_count
                if type(_strategy_vaults_count) is int
                else int_from_wire(_strategy_vaults_count, "strategy_vaults_count")
            )

        _strategy_vaults_lp_count = _src_dict.pop("strategy_vaults_lp_count", UNSET)
        strategy_vaults_lp_count: int | Unset
        if isinstance(_strategy_vaults_lp_count, Unset):
            strategy_vaults_lp_count = UNSET
        else:
            strategy_vaults_lp_count = (
                _strategy_vaults_lp_count
                if type(_strategy_vaults_lp_count) is int
                else int_from_wire(_strategy_vaults_lp_count, "strategy_vaults_lp_count")
            )

        _result = cls(
            strategy_vaults_tvl=strategy_vaults_tvl,
            strategy_vaults_lifetime_net_pnl=strategy_vaults_lifetime_net_pnl,
            strategy_vaults_count=strategy_vaults_count,
            strategy_vaults_lp_count=strategy_vaults_lp_count,
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
