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
    model_repr,
)

if TYPE_CHECKING:
    from ..models.lp_performance_response_data_rows_item import (
        LpPerformanceResponseDataRowsItem,
    )


T = TypeVar("T", bound="LpPerformanceResponseData")


@_attrs_define(repr=False)
class LpPerformanceResponseData:
    """
    Example:
        [{'time_range': '24h', 'incremental_net_pnl': 123.0, 'max_drawdown': 0.015, 'pnl_max_drawdown': 0.012},
            {'time_range': '7d', 'incremental_net_pnl': -2559.0, 'max_drawdown': 0.02, 'pnl_max_drawdown': 0.04},
            {'time_range': '30d', 'incremental_net_pnl': 8888.021, 'max_drawdown': 0.0253, 'pnl_max_drawdown': 0.0051},
            {'time_range': 'all_time', 'incremental_net_pnl': 99888.0702, 'max_drawdown': 0.03, 'pnl_max_drawdown': 0.08}]

    Attributes:
        rows (list[LpPerformanceResponseDataRowsItem] | Unset):
    """

    rows: list[LpPerformanceResponseDataRowsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            LpPerformanceResponseDataRowsItem = _models.LpPerformanceResponseDataRowsItem
        rows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data.to_dict()
                rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rows is not UNSET:
            field_dict["rows"] = rows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            LpPerformanceResponseDataRowsItem = _models.LpPerformanceResponseDataRowsItem
        _src_dict = dict(src_dict)
        _rows = _src_dict.pop("rows", UNSET)
        rows: list[LpPerformanceResponseDataRowsItem] | Unset = UNSET
        if _rows is not UNSET:
            rows = []
            for rows_item_data in _rows:
                rows_item = LpPerformanceResponseDataRowsItem.from_dict(rows_item_data)

                rows.append(rows_item)

        _result = cls(
            rows=rows,
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
