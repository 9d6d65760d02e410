from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetRefereeHistoryResponseDataRowsItem")


@_attrs_define
class GetRefereeHistoryResponseDataRowsItem:
    """
    Attributes:
        volume (float | Unset): Example: 1229.12.
        referee_rebate (float | Unset): Example: 2.22.
        date (str | Unset): Example: 2023-11-14.
    """

    volume: float | Unset = UNSET
    referee_rebate: float | Unset = UNSET
    date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume = self.volume

        referee_rebate = self.referee_rebate

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if volume is not UNSET:
            field_dict["volume"] = volume
        if referee_rebate is not UNSET:
            field_dict["referee_rebate"] = referee_rebate
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        volume = _src_dict.pop("volume", UNSET)

        referee_rebate = _src_dict.pop("referee_rebate", UNSET)

        date = _src_dict.pop("date", UNSET)

        get_referee_history_response_data_rows_item = cls(
            volume=volume,
            referee_rebate=referee_rebate,
            date=date,
        )

        get_referee_history_response_data_rows_item.additional_properties = _src_dict
        return get_referee_history_response_data_rows_item

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
