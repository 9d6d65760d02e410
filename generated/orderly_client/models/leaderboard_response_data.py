from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models
from ..types import (
    int_from_wire,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.leaderboard_response_data_meta import LeaderboardResponseDataMeta
    from ..models.leaderboard_response_data_rows_item import (
        LeaderboardResponseDataRowsItem,
    )


T = TypeVar("T", bound="LeaderboardResponseData")


@_attrs_define(repr=False)
class LeaderboardResponseData:
    """
    Attributes:
        snapshot_time (int): Unit: milliseconds since the Unix epoch. Example: 1784278800000.
        rows (list[LeaderboardResponseDataRowsItem]):
        meta (LeaderboardResponseDataMeta):
    """

    snapshot_time: int
    rows: list[LeaderboardResponseDataRowsItem]
    meta: LeaderboardResponseDataMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            LeaderboardResponseDataMeta = _models.LeaderboardResponseDataMeta
            LeaderboardResponseDataRowsItem = _models.LeaderboardResponseDataRowsItem
        snapshot_time = self.snapshot_time

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "snapshot_time": snapshot_time,
                "rows": rows,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            LeaderboardResponseDataMeta = _models.LeaderboardResponseDataMeta
            LeaderboardResponseDataRowsItem = _models.LeaderboardResponseDataRowsItem
        _src_dict = dict(src_dict)
        _snapshot_time = _src_dict.pop("snapshot_time")
        snapshot_time = (
            _snapshot_time if type(_snapshot_time) is int else int_from_wire(_snapshot_time, "snapshot_time")
        )

        rows = []
        _rows = _src_dict.pop("rows")
        for rows_item_data in _rows:
            rows_item = LeaderboardResponseDataRowsItem.from_dict(rows_item_data)

            rows.append(rows_item)

        meta = LeaderboardResponseDataMeta.from_dict(_src_dict.pop("meta"))

        _result = cls(
            snapshot_time=snapshot_time,
            rows=rows,
            meta=meta,
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
