from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_points_response_data_rows_item import GetPointsResponseDataRowsItem


T = TypeVar("T", bound="GetPointsResponseData")


@_attrs_define
class GetPointsResponseData:
    """
    Attributes:
        total_points (float | Unset): Example: 547.
        global_rank (float | Unset): Example: 17.
        tier (float | Unset): Example: 3.
        current_epoch_points (float | Unset): Example: 200.
        current_epoch_rank (float | Unset): Example: 3.
        rows (list[GetPointsResponseDataRowsItem] | Unset):
    """

    total_points: float | Unset = UNSET
    global_rank: float | Unset = UNSET
    tier: float | Unset = UNSET
    current_epoch_points: float | Unset = UNSET
    current_epoch_rank: float | Unset = UNSET
    rows: list[GetPointsResponseDataRowsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_points = self.total_points

        global_rank = self.global_rank

        tier = self.tier

        current_epoch_points = self.current_epoch_points

        current_epoch_rank = self.current_epoch_rank

        rows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data.to_dict()
                rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_points is not UNSET:
            field_dict["total_points"] = total_points
        if global_rank is not UNSET:
            field_dict["global_rank"] = global_rank
        if tier is not UNSET:
            field_dict["tier"] = tier
        if current_epoch_points is not UNSET:
            field_dict["current_epoch_points"] = current_epoch_points
        if current_epoch_rank is not UNSET:
            field_dict["current_epoch_rank"] = current_epoch_rank
        if rows is not UNSET:
            field_dict["rows"] = rows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_points_response_data_rows_item import (
            GetPointsResponseDataRowsItem,  # noqa: PLC0415
        )

        _src_dict = dict(src_dict)
        total_points = _src_dict.pop("total_points", UNSET)

        global_rank = _src_dict.pop("global_rank", UNSET)

        tier = _src_dict.pop("tier", UNSET)

        current_epoch_points = _src_dict.pop("current_epoch_points", UNSET)

        current_epoch_rank = _src_dict.pop("current_epoch_rank", UNSET)

        _rows = _src_dict.pop("rows", UNSET)
        rows: list[GetPointsResponseDataRowsItem] | Unset = UNSET
        if _rows is not UNSET:
            rows = []
            for rows_item_data in _rows:
                rows_item = GetPointsResponseDataRowsItem.from_dict(rows_item_data)

                rows.append(rows_item)

        get_points_response_data = cls(
            total_points=total_points,
            global_rank=global_rank,
            tier=tier,
            current_epoch_points=current_epoch_points,
            current_epoch_rank=current_epoch_rank,
            rows=rows,
        )

        get_points_response_data.additional_properties = _src_dict
        return get_points_response_data

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
