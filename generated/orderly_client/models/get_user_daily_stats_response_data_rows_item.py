from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUserDailyStatsResponseDataRowsItem")


@_attrs_define
class GetUserDailyStatsResponseDataRowsItem:
    """
    Attributes:
        account_value (float | Unset): Example: 456789.12.
        date (str | Unset): Example: 2023-09-14.
        perp_volume (float | Unset): Example: 451580.9523.
        pnl (float | Unset): Example: 123.45.
        snapshot_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1722989203989.
    """

    account_value: float | Unset = UNSET
    date: str | Unset = UNSET
    perp_volume: float | Unset = UNSET
    pnl: float | Unset = UNSET
    snapshot_time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_value = self.account_value

        date = self.date

        perp_volume = self.perp_volume

        pnl = self.pnl

        snapshot_time = self.snapshot_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_value is not UNSET:
            field_dict["account_value"] = account_value
        if date is not UNSET:
            field_dict["date"] = date
        if perp_volume is not UNSET:
            field_dict["perp_volume"] = perp_volume
        if pnl is not UNSET:
            field_dict["pnl"] = pnl
        if snapshot_time is not UNSET:
            field_dict["snapshot_time"] = snapshot_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        account_value = _src_dict.pop("account_value", UNSET)

        date = _src_dict.pop("date", UNSET)

        perp_volume = _src_dict.pop("perp_volume", UNSET)

        pnl = _src_dict.pop("pnl", UNSET)

        snapshot_time = _src_dict.pop("snapshot_time", UNSET)

        get_user_daily_stats_response_data_rows_item = cls(
            account_value=account_value,
            date=date,
            perp_volume=perp_volume,
            pnl=pnl,
            snapshot_time=snapshot_time,
        )

        get_user_daily_stats_response_data_rows_item.additional_properties = _src_dict
        return get_user_daily_stats_response_data_rows_item

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
