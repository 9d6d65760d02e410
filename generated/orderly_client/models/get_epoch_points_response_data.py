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
    from ..models.get_epoch_points_response_data_rows_item import (
        GetEpochPointsResponseDataRowsItem,
    )


T = TypeVar("T", bound="GetEpochPointsResponseData")


@_attrs_define(repr=False)
class GetEpochPointsResponseData:
    """
    Attributes:
        current_total_epoch_points (Decimal | Unset): Example: 547.
        current_epoch_points (Decimal | Unset): Example: 17.
        current_epoch_id (int | Unset): Example: 3.
        total_traders (int | Unset): Example: 200.
        rows (list[GetEpochPointsResponseDataRowsItem] | Unset):
    """

    current_total_epoch_points: Decimal | Unset = UNSET
    current_epoch_points: Decimal | Unset = UNSET
    current_epoch_id: int | Unset = UNSET
    total_traders: int | Unset = UNSET
    rows: list[GetEpochPointsResponseDataRowsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            GetEpochPointsResponseDataRowsItem = _models.GetEpochPointsResponseDataRowsItem
        current_total_epoch_points = self.current_total_epoch_points

        current_epoch_points = self.current_epoch_points

        current_epoch_id = self.current_epoch_id

        total_traders = self.total_traders

        rows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data.to_dict()
                rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_total_epoch_points is not UNSET:
            field_dict["current_total_epoch_points"] = current_total_epoch_points
        if current_epoch_points is not UNSET:
            field_dict["current_epoch_points"] = current_epoch_points
        if current_epoch_id is not UNSET:
            field_dict["current_epoch_id"] = current_epoch_id
        if total_traders is not UNSET:
            field_dict["total_traders"] = total_traders
        if rows is not UNSET:
            field_dict["rows"] = rows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            GetEpochPointsResponseDataRowsItem = _models.GetEpochPointsResponseDataRowsItem
        _src_dict = dict(src_dict)
        _current_total_epoch_points = _src_dict.pop("current_total_epoch_points", UNSET)
        current_total_epoch_points: Decimal | Unset
        if isinstance(_current_total_epoch_points, Unset):
            current_total_epoch_points = UNSET
        else:
            current_total_epoch_points = (
                _current_total_epoch_points
                if type(_current_total_epoch_points) is Decimal
                else decimal_from_wire(_current_total_epoch_points, "current_total_epoch_points")
            )

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

        _current_epoch_id = _src_dict.pop("current_epoch_id", UNSET)
        current_epoch_id: int | Unset
        if isinstance(_current_epoch_id, Unset):
            current_epoch_id = UNSET
        else:
            current_epoch_id = (
                _current_epoch_id
                if type(_current_epoch_id) is int
                else int_from_wire(_current_epoch_id, "current_epoch_id")
            )

        _total_traders = _src_dict.pop("total_traders", UNSET)
        total_traders: int | Unset
        if isinstance(_total_traders, Unset):
            total_traders = UNSET
        else:
            total_traders = (
                _total_traders if type(_total_traders) is int else int_from_wire(_total_traders, "total_traders")
            )

        _rows = _src_dict.pop("rows", UNSET)
        rows: list[GetEpochPointsResponseDataRowsItem] | Unset = UNSET
        if _rows is not UNSET:
            rows = []
            for rows_item_data in _rows:
                rows_item = GetEpochPointsResponseDataRowsItem.from_dict(rows_item_data)

                rows.append(rows_item)

        _result = cls(
            current_total_epoch_points=current_total_epoch_points,
            current_epoch_points=current_epoch_points,
            current_epoch_id=current_epoch_id,
            total_traders=total_traders,
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
