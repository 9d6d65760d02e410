from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    int_from_wire,
    model_repr,
)

T = TypeVar("T", bound="GetValorBatchInfoResponseDataRowsItem")


@_attrs_define(repr=False)
class GetValorBatchInfoResponseDataRowsItem:
    """
    Attributes:
        batch_id (int | Unset): Example: 1.
        batch_start_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1684502400000.
        batch_end_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1684588800000.
    """

    batch_id: int | Unset = UNSET
    batch_start_time: int | Unset = UNSET
    batch_end_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        batch_start_time = self.batch_start_time

        batch_end_time = self.batch_end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if batch_start_time is not UNSET:
            field_dict["batch_start_time"] = batch_start_time
        if batch_end_time is not UNSET:
            field_dict["batch_end_time"] = batch_end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _batch_id = _src_dict.pop("batch_id", UNSET)
        batch_id: int | Unset
        if isinstance(_batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = _batch_id if type(_batch_id) is int else int_from_wire(_batch_id, "batch_id")

        _batch_start_time = _src_dict.pop("batch_start_time", UNSET)
        batch_start_time: int | Unset
        if isinstance(_batch_start_time, Unset):
            batch_start_time = UNSET
        else:
            batch_start_time = (
                _batch_start_time
                if type(_batch_start_time) is int
                else int_from_wire(_batch_start_time, "batch_start_time")
            )

        _batch_end_time = _src_dict.pop("batch_end_time", UNSET)
        batch_end_time: int | Unset
        if isinstance(_batch_end_time, Unset):
            batch_end_time = UNSET
        else:
            batch_end_time = (
                _batch_end_time if type(_batch_end_time) is int else int_from_wire(_batch_end_time, "batch_end_time")
            )

        _result = cls(
            batch_id=batch_id,
            batch_start_time=batch_start_time,
            batch_end_time=batch_end_time,
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
