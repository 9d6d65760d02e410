from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUnstakeDetailsResponseData")


@_attrs_define
class GetUnstakeDetailsResponseData:
    """
    Attributes:
        total_unstake_order (float | Unset): Example: 500.
        unstaked_end_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1684671623456.
    """

    total_unstake_order: float | Unset = UNSET
    unstaked_end_time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_unstake_order = self.total_unstake_order

        unstaked_end_time = self.unstaked_end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_unstake_order is not UNSET:
            field_dict["total_unstake_order"] = total_unstake_order
        if unstaked_end_time is not UNSET:
            field_dict["unstaked_end_time"] = unstaked_end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        total_unstake_order = _src_dict.pop("total_unstake_order", UNSET)

        unstaked_end_time = _src_dict.pop("unstaked_end_time", UNSET)

        get_unstake_details_response_data = cls(
            total_unstake_order=total_unstake_order,
            unstaked_end_time=unstaked_end_time,
        )

        get_unstake_details_response_data.additional_properties = _src_dict
        return get_unstake_details_response_data

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
