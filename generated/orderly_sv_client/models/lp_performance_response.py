from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models
from ..types import (
    UNSET,
    Unset,
    bool_from_wire,
    int_from_wire,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.lp_performance_response_data import LpPerformanceResponseData


T = TypeVar("T", bound="LpPerformanceResponse")


@_attrs_define(repr=False)
class LpPerformanceResponse:
    """
    Attributes:
        success (bool | Unset): Example: True.
        timestamp (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1702989203989.
        data (LpPerformanceResponseData | Unset): Example: [{'time_range': '24h', 'incremental_net_pnl': 123.0,
            'max_drawdown': 0.015, 'pnl_max_drawdown': 0.012}, {'time_range': '7d', 'incremental_net_pnl': -2559.0,
            'max_drawdown': 0.02, 'pnl_max_drawdown': 0.04}, {'time_range': '30d', 'incremental_net_pnl': 8888.021,
            'max_drawdown': 0.0253, 'pnl_max_drawdown': 0.0051}, {'time_range': 'all_time', 'incremental_net_pnl':
            99888.0702, 'max_drawdown': 0.03, 'pnl_max_drawdown': 0.08}].
    """

    success: bool | Unset = UNSET
    timestamp: int | Unset = UNSET
    data: LpPerformanceResponseData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            LpPerformanceResponseData = _models.LpPerformanceResponseData
        success = self.success

        timestamp = self.timestamp

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            LpPerformanceResponseData = _models.LpPerformanceResponseData
        _src_dict = dict(src_dict)
        _success = _src_dict.pop("success", UNSET)
        success: bool | Unset
        if isinstance(_success, Unset):
            success = UNSET
        else:
            success = _success if type(_success) is bool else bool_from_wire(_success, "success")

        _timestamp = _src_dict.pop("timestamp", UNSET)
        timestamp: int | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = _timestamp if type(_timestamp) is int else int_from_wire(_timestamp, "timestamp")

        _data = _src_dict.pop("data", UNSET)
        data: LpPerformanceResponseData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = LpPerformanceResponseData.from_dict(_data)

        _result = cls(
            success=success,
            timestamp=timestamp,
            data=data,
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
