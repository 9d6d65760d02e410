from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    bool_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="GetPointStagesResponseDataRowsItem")


@_attrs_define(repr=False)
class GetPointStagesResponseDataRowsItem:
    """
    Attributes:
        stage_id (int | Unset): Example: 1.
        start_time (int | Unset): Unit: seconds since the Unix epoch. Example: 1704067200.
        end_time (int | Unset): Unit: seconds since the Unix epoch. Example: 1705276800.
        status (str | Unset): Example: active.
        stage_name (str | Unset): Example: Stage 1.
        stage_description (str | Unset): Example: Stage 1 description.
        is_continous (bool | Unset): Example: True.
    """

    stage_id: int | Unset = UNSET
    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    status: str | Unset = UNSET
    stage_name: str | Unset = UNSET
    stage_description: str | Unset = UNSET
    is_continous: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _stage_id = _src_dict.pop("stage_id", UNSET)
        stage_id: int | Unset
        if isinstance(_stage_id, Unset):
            stage_id = UNSET
        else:
            stage_id = _stage_id if type(_stage_id) is int else int_from_wire(_stage_id, "stage_id")

        _start_time = _src_dict.pop("start_time", UNSET)
        start_time: int | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = _start_time if type(_start_time) is int else int_from_wire(_start_time, "start_time")

        _end_time = _src_dict.pop("end_time", UNSET)
        end_time: int | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = _end_time if type(_end_time) is int else int_from_wire(_end_time, "end_time")

        _status = _src_dict.pop("status", UNSET)
        status: str | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _status if type(_status) is str else str_from_wire(_status, "status")

        _stage_name = _src_dict.pop("stage_name", UNSET)
        stage_name: str | Unset
        if isinstance(_stage_name, Unset):
            stage_name = UNSET
        else:
            stage_name = _stage_name if type(_stage_name) is str else str_from_wire(_stage_name, "stage_name")

        _stage_description = _src_dict.pop("stage_description", UNSET)
        stage_description: str | Unset
        if isinstance(_stage_description, Unset):
            stage_description = UNSET
        else:
            stage_description = (
                _stage_description
                if type(_stage_description) is str
                else str_from_wire(_stage_description, "stage_description")
            )

        _is_continous = _src_dict.pop("is_continous", UNSET)
        is_continous: bool | Unset
        if isinstance(_is_continous, Unset):
            is_continous = UNSET
        else:
            is_continous = (
                _is_continous if type(_is_continous) is bool else bool_from_wire(_is_continous, "is_continous")
            )

        _result = cls(
            stage_id=stage_id,
            start_time=start_time,
            end_time=end_time,
            status=status,
            stage_name=stage_name,
            stage_description=stage_description,
            is_continous=is_continous,
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
