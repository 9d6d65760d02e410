from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="GetPointsLeaderboardResponseDataRowsItem")


@_attrs_define(repr=False)
class GetPointsLeaderboardResponseDataRowsItem:
    """
    Attributes:
        rank (int | Unset): Example: 1.
        tier (int | Unset): Example: 1.
        address (str | Unset): Example: 0xfcc17f2b240380d56f0615e8f654e4ae3cee8957.
        points (Decimal | Unset): Example: 15000.
        previous_rank (int | Unset): Example: 4.
    """

    rank: int | Unset = UNSET
    tier: int | Unset = UNSET
    address: str | Unset = UNSET
    points: Decimal | Unset = UNSET
    previous_rank: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _rank = _src_dict.pop("rank", UNSET)
        rank: int | Unset
        if isinstance(_rank, Unset):
            rank = UNSET
        else:
            rank = _rank if type(_rank) is int else int_from_wire(_rank, "rank")

        _tier = _src_dict.pop("tier", UNSET)
        tier: int | Unset
        if isinstance(_tier, Unset):
            tier = UNSET
        else:
            tier = _tier if type(_tier) is int else int_from_wire(_tier, "tier")

        _address = _src_dict.pop("address", UNSET)
        address: str | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = _address if type(_address) is str else str_from_wire(_address, "address")

        _points = _src_dict.pop("points", UNSET)
        points: Decimal | Unset
        if isinstance(_points, Unset):
            points = UNSET
        else:
            points = _points if type(_points) is Decimal else decimal_from_wire(_points, "points")

        _previous_rank = _src_dict.pop("previous_rank", UNSET)
        previous_rank: int | Unset
        if isinstance(_previous_rank, Unset):
            previous_rank = UNSET
        else:
            previous_rank = (
                _previous_rank if type(_previous_rank) is int else int_from_wire(_previous_rank, "previous_rank")
            )

        _result = cls(
            rank=rank,
            tier=tier,
            address=address,
            points=points,
            previous_rank=previous_rank,
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
