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

T = TypeVar("T", bound="GetesORDERVestingListResponseDataRowsItem")


@_attrs_define(repr=False)
class GetesORDERVestingListResponseDataRowsItem:
    """
    Attributes:
        vest_request_id (int | Unset): Example: 1.
        vest_start_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1685600000000.
        vest_end_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1691200000000.
        total_vest_amount (Decimal | Unset): Example: 1500000.0.
        status (str | Unset): Example: claimed.
    """

    vest_request_id: int | Unset = UNSET
    vest_start_time: int | Unset = UNSET
    vest_end_time: int | Unset = UNSET
    total_vest_amount: Decimal | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        vest_request_id = self.vest_request_id

        vest_start_time = self.vest_start_time

        vest_end_time = self.vest_end_time

        total_vest_amount = self.total_vest_amount

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vest_request_id is not UNSET:
            field_dict["vest_request_id"] = vest_request_id
        if vest_start_time is not UNSET:
            field_dict["vest_start_time"] = vest_start_time
        if vest_end_time is not UNSET:
            field_dict["vest_end_time"] = vest_end_time
        if total_vest_amount is not UNSET:
            field_dict["total_vest_amount"] = total_vest_amount
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _vest_request_id = _src_dict.pop("vest_request_id", UNSET)
        vest_request_id: int | Unset
        if isinstance(_vest_request_id, Unset):
            vest_request_id = UNSET
        else:
            vest_request_id = (
                _vest_request_id
                if type(_vest_request_id) is int
                else int_from_wire(_vest_request_id, "vest_request_id")
            )

        _vest_start_time = _src_dict.pop("vest_start_time", UNSET)
        vest_start_time: int | Unset
        if isinstance(_vest_start_time, Unset):
            vest_start_time = UNSET
        else:
            vest_start_time = (
                _vest_start_time
                if type(_vest_start_time) is int
                else int_from_wire(_vest_start_time, "vest_start_time")
            )

        _vest_end_time = _src_dict.pop("vest_end_time", UNSET)
        vest_end_time: int | Unset
        if isinstance(_vest_end_time, Unset):
            vest_end_time = UNSET
        else:
            vest_end_time = (
                _vest_end_time if type(_vest_end_time) is int else int_from_wire(_vest_end_time, "vest_end_time")
            )

        _total_vest_amount = _src_dict.pop("total_vest_amount", UNSET)
        total_vest_amount: Decimal | Unset
        if isinstance(_total_vest_amount, Unset):
            total_vest_amount = UNSET
        else:
            total_vest_amount = (
                _total_vest_amount
                if type(_total_vest_amount) is Decimal
                else decimal_from_wire(_total_vest_amount, "total_vest_amount")
            )

        _status = _src_dict.pop("status", UNSET)
        status: str | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _status if type(_status) is str else str_from_wire(_status, "status")

        _result = cls(
            vest_request_id=vest_request_id,
            vest_start_time=vest_start_time,
            vest_end_time=vest_end_time,
            total_vest_amount=total_vest_amount,
            status=status,
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
