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

T = TypeVar("T", bound="UserOverallInfoResponseDataRowsItem")


@_attrs_define(repr=False)
class UserOverallInfoResponseDataRowsItem:
    """
    Attributes:
        total_vaults_tvl (Decimal | Unset): Example: 10000.
        vaults_lp_tvl (Decimal | Unset): Example: 7000.
        vaults_sp_tvl (Decimal | Unset): Example: 3000.
        total_vaults_lifetime_net_pnl (Decimal | Unset): Example: 500.
        vaults_lp_lifetime_net_pnl (Decimal | Unset): Example: 400.
        vaults_sp_lifetime_net_pnl (Decimal | Unset): Example: 100.
        total_involved_vaults_count (int | Unset): Example: 5.
        involved_lp_vaults_count (int | Unset): Example: 4.
        involved_sp_vaults_count (int | Unset): Example: 1.
    """

    total_vaults_tvl: Decimal | Unset = UNSET
    vaults_lp_tvl: Decimal | Unset = UNSET
    vaults_sp_tvl: Decimal | Unset = UNSET
    total_vaults_lifetime_net_pnl: Decimal | Unset = UNSET
    vaults_lp_lifetime_net_pnl: Decimal | Unset = UNSET
    vaults_sp_lifetime_net_pnl: Decimal | Unset = UNSET
    total_involved_vaults_count: int | Unset = UNSET
    involved_lp_vaults_count: int | Unset = UNSET
    involved_sp_vaults_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _total_vaults_tvl = _src_dict.pop("total_vaults_tvl", UNSET)
        total_vaults_tvl: Decimal | Unset
        if isinstance(_total_vaults_tvl, Unset):
            total_vaults_tvl = UNSET
        else:
            total_vaults_tvl = (
                _total_vaults_tvl
                if type(_total_vaults_tvl) is Decimal
                else decimal_from_wire(_total_vaults_tvl, "total_vaults_tvl")
            )

        _vaults_lp_tvl = _src_dict.pop("vaults_lp_tvl", UNSET)
        vaults_lp_tvl: Decimal | Unset
        if isinstance(_vaults_lp_tvl, Unset):
            vaults_lp_tvl = UNSET
        else:
            vaults_lp_tvl = (
                _vaults_lp_tvl
                if type(_vaults_lp_tvl) is Decimal
                else decimal_from_wire(_vaults_lp_tvl, "vaults_lp_tvl")
            )

        _vaults_sp_tvl = _src_dict.pop("vaults_sp_tvl", UNSET)
        vaults_sp_tvl: Decimal | Unset
        if isinstance(_vaults_sp_tvl, Unset):
            vaults_sp_tvl = UNSET
        else:
            vaults_sp_tvl = (
                _vaults_sp_tvl
                if type(_vaults_sp_tvl) is Decimal
                else decimal_from_wire(_vaults_sp_tvl, "vaults_sp_tvl")
            )

        _total_vaults_lifetime_net_pnl = _src_dict.pop("total_vaults_lifetime_net_pnl", UNSET)
        total_vaults_lifetime_net_pnl: Decimal | Unset
        if isinstance(_total_vaults_lifetime_net_pnl, Unset):
            total_vaults_lifetime_net_pnl = UNSET
        else:
            total_vaults_lifetime_net_pnl = (
                _total_vaults_lifetime_net_pnl
                if type(_total_vaults_lifetime_net_pnl) is Decimal
                else decimal_from_wire(_total_vaults_lifetime_net_pnl, "total_vaults_lifetime_net_pnl")
            )

        _vaults_lp_lifetime_net_pnl = _src_dict.pop("vaults_lp_lifetime_net_pnl", UNSET)
        vaults_lp_lifetime_net_pnl: Decimal | Unset
        if isinstance(_vaults_lp_lifetime_net_pnl, Unset):
            vaults_lp_lifetime_net_pnl = UNSET
        else:
            vaults_lp_lifetime_net_pnl = (
                _vaults_lp_lifetime_net_pnl
                if type(_vaults_lp_lifetime_net_pnl) is Decimal
                else decimal_from_wire(_vaults_lp_lifetime_net_pnl, "vaults_lp_lifetime_net_pnl")
            )

        _vaults_sp_lifetime_net_pnl = _src_dict.pop("vaults_sp_lifetime_net_pnl", UNSET)
        vaults_sp_lifetime_net_pnl: Decimal | Unset
        if isinstance(_vaults_sp_lifetime_net_pnl, Unset):
            vaults_sp_lifetime_net_pnl = UNSET
        else:
            vaults_sp_lifetime_net_pnl = (
                _vaults_sp_lifetime_net_pnl
                if type(_vaults_sp_lifetime_net_pnl) is Decimal
                else decimal_from_wire(_vaults_sp_lifetime_net_pnl, "vaults_sp_lifetime_net_pnl")
            )

        _total_involved_vaults_count = _src_dict.pop("total_involved_vaults_count", UNSET)
        total_involved_vaults_count: int | Unset
        if isinstance(_total_involved_vaults_count, Unset):
            total_involved_vaults_count = UNSET
        else:
            total_involved_vaults_count = (
                _total_involved_vaults_count
                if type(_total_involved_vaults_count) is int
                else int_from_wire(_total_involved_vaults_count, "total_involved_vaults_count")
            )

        _involved_lp_vaults_count = _src_dict.pop("involved_lp_vaults_count", UNSET)
        involved_lp_vaults_count: int | Unset
        if isinstance(_involved_lp_vaults_count, Unset):
            involved_lp_vaults_count = UNSET
        else:
            involved_lp_vaults_count = (
                _involved_lp_vaults_count
                if type(_involved_lp_vaults_count) is int
                else int_from_wire(_involved_lp_vaults_count, "involved_lp_vaults_count")
            )

        _involved_sp_vaults_count = _src_dict.pop("involved_sp_vaults_count", UNSET)
        involved_sp_vaults_count: int | Unset
        if isinstance(_involved_sp_vaults_count, Unset):
            involved_sp_vaults_count = UNSET
        else:
            involved_sp_vaults_count = (
                _involved_sp_vaults_count
                if type(_involved_sp_vaults_count) is int
                else int_from_wire(_involved_sp_vaults_count, "involved_sp_vaults_count")
            )

        _result = cls(
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
