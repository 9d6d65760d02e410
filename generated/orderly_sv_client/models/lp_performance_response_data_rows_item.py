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

T = TypeVar("T", bound="LpPerformanceResponseDataRowsItem")


@_attrs_define(repr=False)
class LpPerformanceResponseDataRowsItem:
    """
    Attributes:
        time_range (str | Unset):
        incremental_net_pnl (Decimal | Unset):
        max_drawdown (Decimal | Unset):
        pnl_max_drawdown (Decimal | Unset):
    """

    time_range: str | Unset = UNSET
    incremental_net_pnl: Decimal | Unset = UNSET
    max_drawdown: Decimal | Unset = UNSET
    pnl_max_drawdown: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _time_range = _src_dict.pop("time_range", UNSET)
        time_range: str | Unset
        if isinstance(_time_range, Unset):
            time_range = UNSET
        else:
            time_range = _time_range if type(_time_range) is str else str_from_wire(_time_range, "time_range")

        _incremental_net_pnl = _src_dict.pop("incremental_net_pnl", UNSET)
        incremental_net_pnl: Decimal | Unset
        if isinstance(_incremental_net_pnl, Unset):
            incremental_net_pnl = UNSET
        else:
            incremental_net_pnl = (
                _incremental_net_pnl
                if type(_incremental_net_pnl) is Decimal
                else decimal_from_wire(_incremental_net_pnl, "incremental_net_pnl")
            )

        _max_drawdown = _src_dict.pop("max_drawdown", UNSET)
        max_drawdown: Decimal | Unset
        if isinstance(_max_drawdown, Unset):
            max_drawdown = UNSET
        else:
            max_drawdown = (
                _max_drawdown if type(_max_drawdown) is Decimal else decimal_from_wire(_max_drawdown, "max_drawdown")
            )

        _pnl_max_drawdown = _src_dict.pop("pnl_max_drawdown", UNSET)
        pnl_max_drawdown: Decimal | Unset
        if isinstance(_pnl_max_drawdown, Unset):
            pnl_max_drawdown = UNSET
        else:
            pnl_max_drawdown = (
                _pnl_max_drawdown
                if type(_pnl_max_drawdown) is Decimal
                else decimal_from_wire(_pnl_max_drawdown, "pnl_max_drawdown")
            )

        _result = cls(
            time_range=time_range,
            incremental_net_pnl=incremental_net_pnl,
            max_drawdown=max_drawdown,
            pnl_max_drawdown=pnl_max_drawdown,
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
