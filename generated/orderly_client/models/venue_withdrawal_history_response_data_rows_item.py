from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VenueWithdrawalHistoryResponseDataRowsItem")


@_attrs_define
class VenueWithdrawalHistoryResponseDataRowsItem:
    """
    Attributes:
        created_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1739257260000.
        period_number (float | Unset): Example: 2.
        plan_id (float | Unset): Example: 4.
        schedule_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1739268000000.
        executed_time (float | None | Unset): Unit: milliseconds since the Unix epoch.
        trigger_by (float | None | Unset):
        amount (float | Unset): Example: 13633.532389.
        status (str | Unset): Example: pending.
    """

    created_time: float | Unset = UNSET
    period_number: float | Unset = UNSET
    plan_id: float | Unset = UNSET
    schedule_time: float | Unset = UNSET
    executed_time: float | None | Unset = UNSET
    trigger_by: float | None | Unset = UNSET
    amount: float | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_time = self.created_time

        period_number = self.period_number

        plan_id = self.plan_id

        schedule_time = self.schedule_time

        executed_time: float | None | Unset
        if isinstance(self.executed_time, Unset):
            executed_time = UNSET
        else:
            executed_time = self.executed_time

        trigger_by: float | None | Unset
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
        created_time = _src_dict.pop("created_time", UNSET)

        period_number = _src_dict.pop("period_number", UNSET)

        plan_id = _src_dict.pop("plan_id", UNSET)

        schedule_time = _src_dict.pop("schedule_time", UNSET)

        def _parse_executed_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        executed_time = _parse_executed_time(_src_dict.pop("executed_time", UNSET))

        def _parse_trigger_by(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        trigger_by = _parse_trigger_by(_src_dict.pop("trigger_by", UNSET))

        amount = _src_dict.pop("amount", UNSET)

        status = _src_dict.pop("status", UNSET)

        venue_withdrawal_history_response_data_rows_item = cls(
            created_time=created_time,
            period_number=period_number,
            plan_id=plan_id,
            schedule_time=schedule_time,
            executed_time=executed_time,
            trigger_by=trigger_by,
            amount=amount,
            status=status,
        )

        venue_withdrawal_history_response_data_rows_item.additional_properties = _src_dict
        return venue_withdrawal_history_response_data_rows_item

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
