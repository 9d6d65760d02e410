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
    int_from_wire,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.get_points_leaderboard_response_data_rows_item import (
        GetPointsLeaderboardResponseDataRowsItem,
    )
    from ..models.pagination_meta import PaginationMeta


T = TypeVar("T", bound="GetPointsLeaderboardResponseData")


@_attrs_define(repr=False)
class GetPointsLeaderboardResponseData:
    """
    Attributes:
        epoch_id (int | Unset): Example: 1.
        meta (PaginationMeta | Unset):
        rows (list[GetPointsLeaderboardResponseDataRowsItem] | Unset):
    """

    epoch_id: int | Unset = UNSET
    meta: PaginationMeta | Unset = UNSET
    rows: list[GetPointsLeaderboardResponseDataRowsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            GetPointsLeaderboardResponseDataRowsItem = _models.GetPointsLeaderboardResponseDataRowsItem
            PaginationMeta = _models.PaginationMeta
        epoch_id = self.epoch_id

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        rows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data.to_dict()
                rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if epoch_id is not UNSET:
            field_dict["epoch_id"] = epoch_id
        if meta is not UNSET:
            field_dict["meta"] = meta
        if rows is not UNSET:
            field_dict["rows"] = rows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            GetPointsLeaderboardResponseDataRowsItem = _models.GetPointsLeaderboardResponseDataRowsItem
            PaginationMeta = _models.PaginationMeta
        _src_dict = dict(src_dict)
        _epoch_id = _src_dict.pop("epoch_id", UNSET)
        epoch_id: int | Unset
        if isinstance(_epoch_id, Unset):
            epoch_id = UNSET
        else:
            epoch_id = _epoch_id if type(_epoch_id) is int else int_from_wire(_epoch_id, "epoch_id")

        _meta = _src_dict.pop("meta", UNSET)
        meta: PaginationMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = PaginationMeta.from_dict(_meta)

        _rows = _src_dict.pop("rows", UNSET)
        rows: list[GetPointsLeaderboardResponseDataRowsItem] | Unset = UNSET
        if _rows is not UNSET:
            rows = []
            for rows_item_data in _rows:
                rows_item = GetPointsLeaderboardResponseDataRowsItem.from_dict(rows_item_data)

                rows.append(rows_item)

        _result = cls(
            epoch_id=epoch_id,
            meta=meta,
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
