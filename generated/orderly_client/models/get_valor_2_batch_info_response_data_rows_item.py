from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetValor2BatchInfoResponseDataRowsItem")


@_attrs_define
class GetValor2BatchInfoResponseDataRowsItem:
    """
    Attributes:
        batch_id (float | Unset): Example: 1.
        batch_start_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1684502400000.
        batch_end_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1684588800000.
    """

    batch_id: float | Unset = UNSET
    batch_start_time: float | Unset = UNSET
    batch_end_time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        batch_id = _src_dict.pop("batch_id", UNSET)

        batch_start_time = _src_dict.pop("batch_start_time", UNSET)

        batch_end_time = _src_dict.pop("batch_end_time", UNSET)

        get_valor_2_batch_info_response_data_rows_item = cls(
            batch_id=batch_id,
            batch_start_time=batch_start_time,
            batch_end_time=batch_end_time,
        )

        get_valor_2_batch_info_response_data_rows_item.additional_properties = _src_dict
        return get_valor_2_batch_info_response_data_rows_item

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
