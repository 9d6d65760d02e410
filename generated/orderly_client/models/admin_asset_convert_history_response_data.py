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
    from ..models.admin_asset_convert_history_record import AdminAssetConvertHistoryRecord
    from ..models.pagination_meta import PaginationMeta


T = TypeVar("T", bound="AdminAssetConvertHistoryResponseData")


@_attrs_define(repr=False)
class AdminAssetConvertHistoryResponseData:
    """
    Attributes:
        rows (list[AdminAssetConvertHistoryRecord]):
        meta (PaginationMeta):
        next_cursor (int | None): Example: 617575.
    """

    rows: list[AdminAssetConvertHistoryRecord]
    meta: PaginationMeta
    next_cursor: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            AdminAssetConvertHistoryRecord = _models.AdminAssetConvertHistoryRecord
            PaginationMeta = _models.PaginationMeta
        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        meta = self.meta.to_dict()

        next_cursor: int | None
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rows": rows,
                "meta": meta,
                "next_cursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            AdminAssetConvertHistoryRecord = _models.AdminAssetConvertHistoryRecord
            PaginationMeta = _models.PaginationMeta
        _src_dict = dict(src_dict)
        rows = []
        _rows = _src_dict.pop("rows")
        for rows_item_data in _rows:
            rows_item = AdminAssetConvertHistoryRecord.from_dict(rows_item_data)

            rows.append(rows_item)

        meta = PaginationMeta.from_dict(_src_dict.pop("meta"))

        _next_cursor = _src_dict.pop("next_cursor")
        next_cursor: int | None
        if _next_cursor is None or type(_next_cursor) is int:
            next_cursor = _next_cursor
        else:

            def _parse_next_cursor(data: object) -> int | None:
                if data is None:
                    return data
                if not (isinstance(data, (int, str)) and not isinstance(data, bool)):
                    raise TypeError("next_cursor: expected int | None, got " + repr(data)[:60])
                _next_cursor_type_0 = data
                next_cursor_type_0 = (
                    _next_cursor_type_0
                    if type(_next_cursor_type_0) is int
                    else int_from_wire(_next_cursor_type_0, "next_cursor")
                )

                return next_cursor_type_0

            next_cursor = _parse_next_cursor(_next_cursor)

        _result = cls(
            rows=rows,
            meta=meta,
            next_cursor=next_cursor,
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
