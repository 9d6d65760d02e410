from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VenueTransferHistoryResponseDataRowsItem")


@_attrs_define
class VenueTransferHistoryResponseDataRowsItem:
    """
    Attributes:
        created_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1739257560000.
        executed_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1739257561000.
        period_number (float | Unset): Example: 2.
        plan_id (float | Unset): Example: 3.
        amount (float | Unset): Example: 13633.532389.
        status (str | Unset): Example: completed.
    """

    created_time: float | Unset = UNSET
    executed_time: float | Unset = UNSET
    period_number: float | Unset = UNSET
    plan_id: float | Unset = UNSET
    amount: float | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        created_time = _src_dict.pop("created_time", UNSET)

        executed_time = _src_dict.pop("executed_time", UNSET)

        period_number = _src_dict.pop("period_number", UNSET)

        plan_id = _src_dict.pop("plan_id", UNSET)

        amount = _src_dict.pop("amount", UNSET)

        status = _src_dict.pop("status", UNSET)

        venue_transfer_history_response_data_rows_item = cls(
            created_time=created_time,
            executed_time=executed_time,
            period_number=period_number,
            plan_id=plan_id,
            amount=amount,
            status=status,
        )

        venue_transfer_history_response_data_rows_item.additional_properties = _src_dict
        return venue_transfer_history_response_data_rows_item

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
