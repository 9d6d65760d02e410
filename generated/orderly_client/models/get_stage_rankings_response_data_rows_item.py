from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetStageRankingsResponseDataRowsItem")


@_attrs_define
class GetStageRankingsResponseDataRowsItem:
    """
    Attributes:
        rank (float | Unset): Example: 1.
        address (str | Unset): Example: 0x123....
        total_points (float | Unset): Example: 1000.
    """

    rank: float | Unset = UNSET
    address: str | Unset = UNSET
    total_points: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rank = self.rank

        address = self.address

        total_points = self.total_points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rank is not UNSET:
            field_dict["rank"] = rank
        if address is not UNSET:
            field_dict["address"] = address
        if total_points is not UNSET:
            field_dict["total_points"] = total_points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        rank = _src_dict.pop("rank", UNSET)

        address = _src_dict.pop("address", UNSET)

        total_points = _src_dict.pop("total_points", UNSET)

        get_stage_rankings_response_data_rows_item = cls(
            rank=rank,
            address=address,
            total_points=total_points,
        )

        get_stage_rankings_response_data_rows_item.additional_properties = _src_dict
        return get_stage_rankings_response_data_rows_item

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
