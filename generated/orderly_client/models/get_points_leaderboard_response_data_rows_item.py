from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPointsLeaderboardResponseDataRowsItem")


@_attrs_define
class GetPointsLeaderboardResponseDataRowsItem:
    """
    Attributes:
        rank (float | Unset): Example: 1.
        tier (float | Unset): Example: 1.
        address (str | Unset): Example: 0xfcc17f2b240380d56f0615e8f654e4ae3cee8957.
        points (float | Unset): Example: 15000.
        previous_rank (float | Unset): Example: 4.
    """

    rank: float | Unset = UNSET
    tier: float | Unset = UNSET
    address: str | Unset = UNSET
    points: float | Unset = UNSET
    previous_rank: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rank = self.rank

        tier = self.tier

        address = self.address

        points = self.points

        previous_rank = self.previous_rank

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rank is not UNSET:
            field_dict["rank"] = rank
        if tier is not UNSET:
            field_dict["tier"] = tier
        if address is not UNSET:
            field_dict["address"] = address
        if points is not UNSET:
            field_dict["points"] = points
        if previous_rank is not UNSET:
            field_dict["previous_rank"] = previous_rank

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        rank = _src_dict.pop("rank", UNSET)

        tier = _src_dict.pop("tier", UNSET)

        address = _src_dict.pop("address", UNSET)

        points = _src_dict.pop("points", UNSET)

        previous_rank = _src_dict.pop("previous_rank", UNSET)

        get_points_leaderboard_response_data_rows_item = cls(
            rank=rank,
            tier=tier,
            address=address,
            points=points,
            previous_rank=previous_rank,
        )

        get_points_leaderboard_response_data_rows_item.additional_properties = _src_dict
        return get_points_leaderboard_response_data_rows_item

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
