from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PeriodInfoResponseDataRowsItem")


@_attrs_define
class PeriodInfoResponseDataRowsItem:
    """
    Attributes:
        period_number (float | Unset): Example: 2.
        start_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1738454400000.
        end_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1738540800000.
        total_deposit_amount (float | Unset): Example: 30000.
        total_withdrawal_amount (float | None | Unset):
    """

    period_number: float | Unset = UNSET
    start_time: float | Unset = UNSET
    end_time: float | Unset = UNSET
    total_deposit_amount: float | Unset = UNSET
    total_withdrawal_amount: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period_number = self.period_number

        start_time = self.start_time

        end_time = self.end_time

        total_deposit_amount = self.total_deposit_amount

        total_withdrawal_amount: float | None | Unset
        if isinstance(self.total_withdrawal_amount, Unset):
            total_withdrawal_amount = UNSET
        else:
            total_withdrawal_amount = self.total_withdrawal_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if period_number is not UNSET:
            field_dict["period_number"] = period_number
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if total_deposit_amount is not UNSET:
            field_dict["total_deposit_amount"] = total_deposit_amount
        if total_withdrawal_amount is not UNSET:
            field_dict["total_withdrawal_amount"] = total_withdrawal_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        period_number = _src_dict.pop("period_number", UNSET)

        start_time = _src_dict.pop("start_time", UNSET)

        end_time = _src_dict.pop("end_time", UNSET)

        total_deposit_amount = _src_dict.pop("total_deposit_amount", UNSET)

        def _parse_total_withdrawal_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_withdrawal_amount = _parse_total_withdrawal_amount(_src_dict.pop("total_withdrawal_amount", UNSET))

        period_info_response_data_rows_item = cls(
            period_number=period_number,
            start_time=start_time,
            end_time=end_time,
            total_deposit_amount=total_deposit_amount,
            total_withdrawal_amount=total_withdrawal_amount,
        )

        period_info_response_data_rows_item.additional_properties = _src_dict
        return period_info_response_data_rows_item

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
