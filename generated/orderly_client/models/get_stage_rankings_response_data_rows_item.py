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

T = TypeVar("T", bound="GetStageRankingsResponseDataRowsItem")


@_attrs_define(repr=False)
class GetStageRankingsResponseDataRowsItem:
    """
    Attributes:
        rank (int | Unset): Example: 1.
        address (str | Unset): Example: 0x123....
        total_points (Decimal | Unset): Example: 1000.
    """

    rank: int | Unset = UNSET
    address: str | Unset = UNSET
    total_points: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _rank = _src_dict.pop("rank", UNSET)
        rank: int | Unset
        if isinstance(_rank, Unset):
            rank = UNSET
        else:
            rank = _rank if type(_rank) is int else int_from_wire(_rank, "rank")

        _address = _src_dict.pop("address", UNSET)
        address: str | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = _address if type(_address) is str else str_from_wire(_address, "address")

        _total_points = _src_dict.pop("total_points", UNSET)
        total_points: Decimal | Unset
        if isinstance(_total_points, Unset):
            total_points = UNSET
        else:
            total_points = (
                _total_points if type(_total_points) is Decimal else decimal_from_wire(_total_points, "total_points")
            )

        _result = cls(
            rank=rank,
            address=address,
            total_points=total_points,
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
