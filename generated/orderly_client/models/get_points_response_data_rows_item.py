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

T = TypeVar("T", bound="GetPointsResponseDataRowsItem")


@_attrs_define(repr=False)
class GetPointsResponseDataRowsItem:
    """
    Attributes:
        rank (int | Unset): Example: 1.
        epoch_id (int | Unset): Example: 1.
        points (Decimal | Unset): Example: 15000.
    """

    rank: int | Unset = UNSET
    epoch_id: int | Unset = UNSET
    points: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _rank = _src_dict.pop("rank", UNSET)
        rank: int | Unset
        if isinstance(_rank, Unset):
            rank = UNSET
        else:
            rank = _rank if type(_rank) is int else int_from_wire(_rank, "rank")

        _epoch_id = _src_dict.pop("epoch_id", UNSET)
        epoch_id: int | Unset
        if isinstance(_epoch_id, Unset):
            epoch_id = UNSET
        else:
            epoch_id = _epoch_id if type(_epoch_id) is int else int_from_wire(_epoch_id, "epoch_id")

        _points = _src_dict.pop("points", UNSET)
        points: Decimal | Unset
        if isinstance(_points, Unset):
            points = UNSET
        else:
            points = _points if type(_points) is Decimal else decimal_from_wire(_points, "points")

        _result = cls(
            rank=rank,
            epoch_id=epoch_id,
            points=points,
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
