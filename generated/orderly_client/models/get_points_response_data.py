from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models
from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    int_from_wire,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.get_points_response_data_rows_item import GetPointsResponseDataRowsItem


T = TypeVar("T", bound="GetPointsResponseData")


@_attrs_define(repr=False)
class GetPointsResponseData:
    """
    Attributes:
        total_points (Decimal | Unset): Example: 547.
        global_rank (int | Unset): Example: 17.
        tier (int | Unset): Example: 3.
        current_epoch_points (Decimal | Unset): Example: 200.
        current_epoch_rank (int | Unset): Example: 3.
        rows (list[GetPointsResponseDataRowsItem] | Unset):
    """

    total_points: Decimal | Unset = UNSET
    global_rank: int | Unset = UNSET
    tier: int | Unset = UNSET
    current_epoch_points: Decimal | Unset = UNSET
    current_epoch_rank: int | Unset = UNSET
    rows: list[GetPointsResponseDataRowsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            GetPointsResponseDataRowsItem = _models.GetPointsResponseDataRowsItem
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
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            GetPointsResponseDataRowsItem = _models.GetPointsResponseDataRowsItem
        _src_dict = dict(src_dict)
        _total_points = _src_dict.pop("total_points", UNSET)
        total_points: Decimal | Unset
        if isinstance(_total_points, Unset):
            total_points = UNSET
        else:
            total_points = (
                _total_points if type(_total_points) is Decimal else decimal_from_wire(_total_points, "total_points")
            )

        _global_rank = _src_dict.pop("global_rank", UNSET)
        global_rank: int | Unset
        if isinstance(_global_rank, Unset):
            global_rank = UNSET
        else:
            global_rank = _global_rank if type(_global_rank) is int else int_from_wire(_global_rank, "global_rank")

        _tier = _src_dict.pop("tier", UNSET)
        tier: int | Unset
        if isinstance(_tier, Unset):
            tier = UNSET
        else:
            tier = _tier if type(_tier) is int else int_from_wire(_tier, "tier")

        _current_epoch_points = _src_dict.pop("current_epoch_points", UNSET)
        current_epoch_points: Decimal | Unset
        if isinstance(_current_epoch_points, Unset):
            current_epoch_points = UNSET
        else:
            current_epoch_points = (
                _current_epoch_points
                if type(_current_epoch_points) is Decimal
                else decimal_from_wire(_current_epoch_points, "current_epoch_points")
            )

        _current_epoch_rank = _src_dict.pop("current_epoch_rank", UNSET)
        current_epoch_rank: int | Unset
        if isinstance(_current_epoch_rank, Unset):
            current_epoch_rank = UNSET
        else:
            current_epoch_rank = (
                _current_epoch_rank
                if type(_current_epoch_rank) is int
                else int_from_wire(_current_epoch_rank, "current_epoch_rank")
            )

        _rows = _src_dict.pop("rows", UNSET)
        rows: list[GetPointsResponseDataRowsItem] | Unset = UNSET
        if _rows is not UNSET:
            rows = []
            for rows_item_data in _rows:
                rows_item = GetPointsResponseDataRowsItem.from_dict(rows_item_data)

                rows.append(rows_item)

        _result = cls(
            total_points=total_points,
            global_rank=global_rank,
            tier=tier,
            current_epoch_points=current_epoch_points,
            current_epoch_rank=current_epoch_rank,
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
