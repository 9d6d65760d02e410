from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    int_from_wire,
    model_repr,
)

T = TypeVar("T", bound="GetEpochDatesResponseDataRowsItem")


@_attrs_define(repr=False)
class GetEpochDatesResponseDataRowsItem:
    """
    Attributes:
        epoch_start_date (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1708905600000.
        epoch_id (int | Unset): Example: 1.
        epoch_end_date (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1708992000000.
    """

    epoch_start_date: int | Unset = UNSET
    epoch_id: int | Unset = UNSET
    epoch_end_date: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        epoch_start_date = self.epoch_start_date

        epoch_id = self.epoch_id

        epoch_end_date = self.epoch_end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if epoch_start_date is not UNSET:
            field_dict["epoch_start_date"] = epoch_start_date
        if epoch_id is not UNSET:
            field_dict["epoch_id"] = epoch_id
        if epoch_end_date is not UNSET:
            field_dict["epoch_end_date"] = epoch_end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _epoch_start_date = _src_dict.pop("epoch_start_date", UNSET)
        epoch_start_date: int | Unset
        if isinstance(_epoch_start_date, Unset):
            epoch_start_date = UNSET
        else:
            epoch_start_date = (
                _epoch_start_date
                if type(_epoch_start_date) is int
                else int_from_wire(_epoch_start_date, "epoch_start_date")
            )

        _epoch_id = _src_dict.pop("epoch_id", UNSET)
        epoch_id: int | Unset
        if isinstance(_epoch_id, Unset):
            epoch_id = UNSET
        else:
            epoch_id = _epoch_id if type(_epoch_id) is int else int_from_wire(_epoch_id, "epoch_id")

        _epoch_end_date = _src_dict.pop("epoch_end_date", UNSET)
        epoch_end_date: int | Unset
        if isinstance(_epoch_end_date, Unset):
            epoch_end_date = UNSET
        else:
            epoch_end_date = (
                _epoch_end_date if type(_epoch_end_date) is int else int_from_wire(_epoch_end_date, "epoch_end_date")
            )

        _result = cls(
            epoch_start_date=epoch_start_date,
            epoch_id=epoch_id,
            epoch_end_date=epoch_end_date,
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
