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

T = TypeVar("T", bound="VenueWithdrawalHistoryResponseDataRowsItem")


@_attrs_define(repr=False)
class VenueWithdrawalHistoryResponseDataRowsItem:
    """
    Attributes:
        created_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1739257260000.
        period_number (int | Unset): Example: 2.
        plan_id (int | Unset): Example: 4.
        schedule_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1739268000000.
        executed_time (int | None | Unset): Unit: milliseconds since the Unix epoch.
        trigger_by (Decimal | None | Unset):
        amount (Decimal | Unset): Example: 13633.532389.
        status (str | Unset): Example: pending.
    """

    created_time: int | Unset = UNSET
    period_number: int | Unset = UNSET
    plan_id: int | Unset = UNSET
    schedule_time: int | Unset = UNSET
    executed_time: int | None | Unset = UNSET
    trigger_by: Decimal | None | Unset = UNSET
    amount: Decimal | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        created_time = self.created_time

        period_number = self.period_number

        plan_id = self.plan_id

        schedule_time = self.schedule_time

        executed_time: int | None | Unset
        if isinstance(self.executed_time, Unset):
            executed_time = UNSET
        else:
            executed_time = self.executed_time

        trigger_by: Decimal | None | Unset
        if isinstance(self.trigger_by, Unset):
            trigger_by = UNSET
        else:
            trigger_by = self.trigger_by

        amount = self.amount

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if period_number is not UNSET:
            field_dict["period_number"] = period_number
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if schedule_time is not UNSET:
            field_dict["schedule_time"] = schedule_time
        if executed_time is not UNSET:
            field_dict["executed_time"] = executed_time
        if trigger_by is not UNSET:
            field_dict["trigger_by"] = trigger_by
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

        _schedule_time = _src_dict.pop("schedule_time", UNSET)
        schedule_time: int | Unset
        if isinstance(_schedule_time, Unset):
            schedule_time = UNSET
        else:
            schedule_time = (
                _schedule_time if type(_schedule_time) is int else int_from_wire(_schedule_time, "schedule_time")
            )

        _executed_time = _src_dict.pop("executed_time", UNSET)
        executed_time: int | None | Unset
        if _executed_time is None or isinstance(_executed_time, Unset) or type(_executed_time) is int:
            executed_time = _executed_time
        else:

            def _parse_executed_time(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, (int, str)) and not isinstance(data, bool)):
                    raise TypeError("executed_time: expected int | None, got " + repr(data)[:60])
                _executed_time_type_0 = data
                executed_time_type_0 = (
                    _executed_time_type_0
                    if type(_executed_time_type_0) is int
                    else int_from_wire(_executed_time_type_0, "executed_time")
                )

                return executed_time_type_0

            executed_time = _parse_executed_time(_executed_time)

        _trigger_by = _src_dict.pop("trigger_by", UNSET)
        trigger_by: Decimal | None | Unset
        if _trigger_by is None or isinstance(_trigger_by, Unset) or type(_trigger_by) is Decimal:
            trigger_by = _trigger_by
        else:

            def _parse_trigger_by(data: object) -> Decimal | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, (Decimal, int, float, str)) and not isinstance(data, bool)):
                    raise TypeError("trigger_by: expected Decimal | None, got " + repr(data)[:60])
                _trigger_by_type_0 = data
                trigger_by_type_0 = (
                    _trigger_by_type_0
                    if type(_trigger_by_type_0) is Decimal
                    else decimal_from_wire(_trigger_by_type_0, "trigger_by")
                )

                return trigger_by_type_0

            trigger_by = _parse_trigger_by(_trigger_by)

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
            period_number=period_number,
            plan_id=plan_id,
            schedule_time=schedule_time,
            executed_time=executed_time,
            trigger_by=trigger_by,
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
