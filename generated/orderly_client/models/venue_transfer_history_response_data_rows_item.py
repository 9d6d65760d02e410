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

T = TypeVar("T", bound="VenueTransferHistoryResponseDataRowsItem")


@_attrs_define(repr=False)
class VenueTransferHistoryResponseDataRowsItem:
    """
    Attributes:
        created_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1739257560000.
        executed_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1739257561000.
        period_number (int | Unset): Example: 2.
        plan_id (int | Unset): Example: 3.
        amount (Decimal | Unset): Example: 13633.532389.
        status (str | Unset): Example: completed.
    """

    created_time: int | Unset = UNSET
    executed_time: int | Unset = UNSET
    period_number: int | Unset = UNSET
    plan_id: int | Unset = UNSET
    amount: Decimal | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        created_time = self.created_time

        executed_time = self.executed_time

        period_number = self.period_number

        plan_id = self.plan_id

        amount = self.amount

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if executed_time is not UNSET:
            field_dict["executed_time"] = executed_time
        if period_number is not UNSET:
            field_dict["period_number"] = period_number
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _created_time = _src_dict.pop("created_time", UNSET)
        created_time: int | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = _created_time if type(_created_time) is int else int_from_wire(_created_time, "created_time")

        _executed_time = _src_dict.pop("executed_time", UNSET)
        executed_time: int | Unset
        if isinstance(_executed_time, Unset):
            executed_time = UNSET
        else:
            executed_time = (
                _executed_time if type(_executed_time) is int else int_from_wire(_executed_time, "executed_time")
            )

        _period_number = _src_dict.pop("period_number", UNSET)
        period_number: int | Unset
        if isinstance(_period_number, Unset):
            period_number = UNSET
        else:
            period_number = (
                _period_number if type(_period_number) is int else int_from_wire(_period_number, "period_number")
            )

        _plan_id = _src_dict.pop("plan_id", UNSET)
        plan_id: int | Unset
        if isinstance(_plan_id, Unset):
            plan_id = UNSET
        else:
            plan_id = _plan_id if type(_plan_id) is int else int_from_wire(_plan_id, "plan_id")

        _amount = _src_dict.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = _amount if type(_amount) is Decimal else decimal_from_wire(_amount, "amount")

        _status = _src_dict.pop("status", UNSET)
        status: str | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _status if type(_status) is str else str_from_wire(_status, "status")

        _result = cls(
            created_time=created_time,
            executed_time=executed_time,
            period_number=period_number,
            plan_id=plan_id,
            amount=amount,
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
