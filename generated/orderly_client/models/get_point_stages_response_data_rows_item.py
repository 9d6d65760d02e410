from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPointStagesResponseDataRowsItem")


@_attrs_define
class GetPointStagesResponseDataRowsItem:
    """
    Attributes:
        stage_id (float | Unset): Example: 1.
        start_time (float | Unset): Unit: seconds since the Unix epoch. Example: 1704067200.
        end_time (float | Unset): Unit: seconds since the Unix epoch. Example: 1705276800.
        status (str | Unset): Example: active.
        stage_name (str | Unset): Example: Stage 1.
        stage_description (str | Unset): Example: Stage 1 description.
        is_continous (bool | Unset): Example: True.
    """

    stage_id: float | Unset = UNSET
    start_time: float | Unset = UNSET
    end_time: float | Unset = UNSET
    status: str | Unset = UNSET
    stage_name: str | Unset = UNSET
    stage_description: str | Unset = UNSET
    is_continous: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stage_id = self.stage_id

        start_time = self.start_time

        end_time = self.end_time

        status = self.status

        stage_name = self.stage_name

        stage_description = self.stage_description

        is_continous = self.is_continous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stage_id is not UNSET:
            field_dict["stage_id"] = stage_id
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if status is not UNSET:
            field_dict["status"] = status
        if stage_name is not UNSET:
            field_dict["stage_name"] = stage_name
        if stage_description is not UNSET:
            field_dict["stage_description"] = stage_description
        if is_continous is not UNSET:
            field_dict["is_continous"] = is_continous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        stage_id = _src_dict.pop("stage_id", UNSET)

        start_time = _src_dict.pop("start_time", UNSET)

        end_time = _src_dict.pop("end_time", UNSET)

        status = _src_dict.pop("status", UNSET)

        stage_name = _src_dict.pop("stage_name", UNSET)

        stage_description = _src_dict.pop("stage_description", UNSET)

        is_continous = _src_dict.pop("is_continous", UNSET)

        get_point_stages_response_data_rows_item = cls(
            stage_id=stage_id,
            start_time=start_time,
            end_time=end_time,
            status=status,
            stage_name=stage_name,
            stage_description=stage_description,
            is_continous=is_continous,
        )

        get_point_stages_response_data_rows_item.additional_properties = _src_dict
        return get_point_stages_response_data_rows_item

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
