from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemInfoResponseDataScheduledMaintenance")


@_attrs_define
class SystemInfoResponseDataScheduledMaintenance:
    """
    Attributes:
        start_time (float | Unset): Example: 1618822380000.
        end_time (float | Unset): Example: 1618822440000.
    """

    start_time: float | Unset = UNSET
    end_time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        start_time = _src_dict.pop("startTime", UNSET)

        end_time = _src_dict.pop("endTime", UNSET)

        system_info_response_data_scheduled_maintenance = cls(
            start_time=start_time,
            end_time=end_time,
        )

        system_info_response_data_scheduled_maintenance.additional_properties = _src_dict
        return system_info_response_data_scheduled_maintenance

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
