from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DailyVolumeResponseDataItem")


@_attrs_define
class DailyVolumeResponseDataItem:
    """
    Attributes:
        date (str): Example: 2024-01-01.
        perp_volume (float): Example: 100.24.
    """

    date: str
    perp_volume: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        perp_volume = self.perp_volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "perp_volume": perp_volume,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        date = _src_dict.pop("date")

        perp_volume = _src_dict.pop("perp_volume")

        daily_volume_response_data_item = cls(
            date=date,
            perp_volume=perp_volume,
        )

        daily_volume_response_data_item.additional_properties = _src_dict
        return daily_volume_response_data_item

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
