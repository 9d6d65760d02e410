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

T = TypeVar("T", bound="ScheduledMaintenance")


@_attrs_define(repr=False)
class ScheduledMaintenance:
    """
    Attributes:
        start_time (int | Unset): Example: 1618822380000.
        end_time (int | Unset): Example: 1618822440000.
    """

    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _start_time = _src_dict.pop("startTime", UNSET)
        start_time: int | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = _start_time if type(_start_time) is int else int_from_wire(_start_time, "startTime")

        _end_time = _src_dict.pop("endTime", UNSET)
        end_time: int | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = _end_time if type(_end_time) is int else int_from_wire(_end_time, "endTime")

        _result = cls(
            start_time=start_time,
            end_time=end_time,
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
