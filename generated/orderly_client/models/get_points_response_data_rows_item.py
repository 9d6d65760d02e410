from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPointsResponseDataRowsItem")


@_attrs_define
class GetPointsResponseDataRowsItem:
    """
    Attributes:
        rank (float | Unset): Example: 1.
        epoch_id (float | Unset): Example: 1.
        points (float | Unset): Example: 15000.
    """

    rank: float | Unset = UNSET
    epoch_id: float | Unset = UNSET
    points: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rank = self.rank

        epoch_id = self.epoch_id

        points = self.points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rank is not UNSET:
            field_dict["rank"] = rank
        if epoch_id is not UNSET:
            field_dict["epoch_id"] = epoch_id
        if points is not UNSET:
            field_dict["points"] = points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        rank = _src_dict.pop("rank", UNSET)

        epoch_id = _src_dict.pop("epoch_id", UNSET)

        points = _src_dict.pop("points", UNSET)

        get_points_response_data_rows_item = cls(
            rank=rank,
            epoch_id=epoch_id,
            points=points,
        )

        get_points_response_data_rows_item.additional_properties = _src_dict
        return get_points_response_data_rows_item

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
