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
)

T = TypeVar("T", bound="GetUnstakeDetailsResponseData")


@_attrs_define(repr=False)
class GetUnstakeDetailsResponseData:
    """
    Attributes:
        total_unstake_order (Decimal | Unset): Example: 500.
        unstaked_end_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1684671623456.
    """

    total_unstake_order: Decimal | Unset = UNSET
    unstaked_end_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _total_unstake_order = _src_dict.pop("total_unstake_order", UNSET)
        total_unstake_order: Decimal | Unset
        if isinstance(_total_unstake_order, Unset):
            total_unstake_order = UNSET
        else:
            total_unstake_order = (
                _total_unstake_order
                if type(_total_unstake_order) is Decimal
                else decimal_from_wire(_total_unstake_order, "total_unstake_order")
            )

        _unstaked_end_time = _src_dict.pop("unstaked_end_time", UNSET)
        unstaked_end_time: int | Unset
        if isinstance(_unstaked_end_time, Unset):
            unstaked_end_time = UNSET
        else:
            unstaked_end_time = (
                _unstaked_end_time
                if type(_unstaked_end_time) is int
                else int_from_wire(_unstaked_end_time, "unstaked_end_time")
            )

        _result = cls(
            total_unstake_order=total_unstake_order,
            unstaked_end_time=unstaked_end_time,
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
