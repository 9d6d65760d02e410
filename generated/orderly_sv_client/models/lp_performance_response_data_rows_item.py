from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LpPerformanceResponseDataRowsItem")


@_attrs_define
class LpPerformanceResponseDataRowsItem:
    """
    Attributes:
        time_range (str | Unset):
        incremental_net_pnl (float | Unset):
        max_drawdown (float | Unset):
        pnl_max_drawdown (float | Unset):
    """

    time_range: str | Unset = UNSET
    incremental_net_pnl: float | Unset = UNSET
    max_drawdown: float | Unset = UNSET
    pnl_max_drawdown: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_range = self.time_range

        incremental_net_pnl = self.incremental_net_pnl

        max_drawdown = self.max_drawdown

        pnl_max_drawdown = self.pnl_max_drawdown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time_range is not UNSET:
            field_dict["time_range"] = time_range
        if incremental_net_pnl is not UNSET:
            field_dict["incremental_net_pnl"] = incremental_net_pnl
        if max_drawdown is not UNSET:
            field_dict["max_drawdown"] = max_drawdown
        if pnl_max_drawdown is not UNSET:
            field_dict["pnl_max_drawdown"] = pnl_max_drawdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        time_range = _src_dict.pop("time_range", UNSET)

        incremental_net_pnl = _src_dict.pop("incremental_net_pnl", UNSET)

        max_drawdown = _src_dict.pop("max_drawdown", UNSET)

        pnl_max_drawdown = _src_dict.pop("pnl_max_drawdown", UNSET)

        lp_performance_response_data_rows_item = cls(
            time_range=time_range,
            incremental_net_pnl=incremental_net_pnl,
            max_drawdown=max_drawdown,
            pnl_max_drawdown=pnl_max_drawdown,
        )

        lp_performance_response_data_rows_item.additional_properties = _src_dict
        return lp_performance_response_data_rows_item

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
