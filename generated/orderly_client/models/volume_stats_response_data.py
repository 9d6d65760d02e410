from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VolumeStatsResponseData")


@_attrs_define
class VolumeStatsResponseData:
    """
    Attributes:
        perp_volume_ytd (float | Unset): Example: 274148.0364.
        perp_volume_ltd (float | Unset): Example: 274148.0364.
        perp_volume_today (float | Unset): Example: 120272.7674.
        perp_volume_last_1_day (float | Unset): Example: 120272.7674.
        perp_volume_last_7_days (float | Unset): Example: 120272.7674.
        perp_volume_last_30_days (float | Unset): Example: 300730.5454.
    """

    perp_volume_ytd: float | Unset = UNSET
    perp_volume_ltd: float | Unset = UNSET
    perp_volume_today: float | Unset = UNSET
    perp_volume_last_1_day: float | Unset = UNSET
    perp_volume_last_7_days: float | Unset = UNSET
    perp_volume_last_30_days: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        perp_volume_ytd = self.perp_volume_ytd

        perp_volume_ltd = self.perp_volume_ltd

        perp_volume_today = self.perp_volume_today

        perp_volume_last_1_day = self.perp_volume_last_1_day

        perp_volume_last_7_days = self.perp_volume_last_7_days

        perp_volume_last_30_days = self.perp_volume_last_30_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if perp_volume_ytd is not UNSET:
            field_dict["perp_volume_ytd"] = perp_volume_ytd
        if perp_volume_ltd is not UNSET:
            field_dict["perp_volume_ltd"] = perp_volume_ltd
        if perp_volume_today is not UNSET:
            field_dict["perp_volume_today"] = perp_volume_today
        if perp_volume_last_1_day is not UNSET:
            field_dict["perp_volume_last_1_day"] = perp_volume_last_1_day
        if perp_volume_last_7_days is not UNSET:
            field_dict["perp_volume_last_7_days"] = perp_volume_last_7_days
        if perp_volume_last_30_days is not UNSET:
            field_dict["perp_volume_last_30_days"] = perp_volume_last_30_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        perp_volume_ytd = _src_dict.pop("perp_volume_ytd", UNSET)

        perp_volume_ltd = _src_dict.pop("perp_volume_ltd", UNSET)

        perp_volume_today = _src_dict.pop("perp_volume_today", UNSET)

        perp_volume_last_1_day = _src_dict.pop("perp_volume_last_1_day", UNSET)

        perp_volume_last_7_days = _src_dict.pop("perp_volume_last_7_days", UNSET)

        perp_volume_last_30_days = _src_dict.pop("perp_volume_last_30_days", UNSET)

        volume_stats_response_data = cls(
            perp_volume_ytd=perp_volume_ytd,
            perp_volume_ltd=perp_volume_ltd,
            perp_volume_today=perp_volume_today,
            perp_volume_last_1_day=perp_volume_last_1_day,
            perp_volume_last_7_days=perp_volume_last_7_days,
            perp_volume_last_30_days=perp_volume_last_30_days,
        )

        volume_stats_response_data.additional_properties = _src_dict
        return volume_stats_response_data

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
