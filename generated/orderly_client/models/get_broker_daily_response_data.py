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
    from ..models.get_broker_daily_response_data_meta import (
        GetBrokerDailyResponseDataMeta,
    )
    from ..models.get_broker_daily_response_data_rows_item import (
        GetBrokerDailyResponseDataRowsItem,
    )


T = TypeVar("T", bound="GetBrokerDailyResponseData")


@_attrs_define(repr=False)
class GetBrokerDailyResponseData:
    """
    Attributes:
        rows (list[GetBrokerDailyResponseDataRowsItem]):
        snapshot_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1702989203989.
        meta (GetBrokerDailyResponseDataMeta | Unset):
    """

    rows: list[GetBrokerDailyResponseDataRowsItem]
    snapshot_time: int | Unset = UNSET
    meta: GetBrokerDailyResponseDataMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            GetBrokerDailyResponseDataMeta = _models.GetBrokerDailyResponseDataMeta
            GetBrokerDailyResponseDataRowsItem = _models.GetBrokerDailyResponseDataRowsItem
        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        snapshot_time = self.snapshot_time

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rows": rows,
            }
        )
        if snapshot_time is not UNSET:
            field_dict["snapshot_time"] = snapshot_time
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            GetBrokerDailyResponseDataMeta = _models.GetBrokerDailyResponseDataMeta
            GetBrokerDailyResponseDataRowsItem = _models.GetBrokerDailyResponseDataRowsItem
        _src_dict = dict(src_dict)
        rows = []
        _rows = _src_dict.pop("rows")
        for rows_item_data in _rows:
            rows_item = GetBrokerDailyResponseDataRowsItem.from_dict(rows_item_data)

            rows.append(rows_item)

        _snapshot_time = _src_dict.pop("snapshot_time", UNSET)
        snapshot_time: int | Unset
        if isinstance(_snapshot_time, Unset):
            snapshot_time = UNSET
        else:
            snapshot_time = (
                _snapshot_time if type(_snapshot_time) is int else int_from_wire(_snapshot_time, "snapshot_time")
            )

        _meta = _src_dict.pop("meta", UNSET)
        meta: GetBrokerDailyResponseDataMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = GetBrokerDailyResponseDataMeta.from_dict(_meta)

        _result = cls(
            rows=rows,
            snapshot_time=snapshot_time,
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
