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

T = TypeVar("T", bound="PeriodInfoResponseDataRowsItem")


@_attrs_define(repr=False)
class PeriodInfoResponseDataRowsItem:
    """
    Attributes:
        period_number (int | Unset): Example: 2.
        start_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1738454400000.
        end_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1738540800000.
        total_deposit_amount (Decimal | Unset): Example: 30000.
        total_withdrawal_amount (Decimal | None | Unset):
    """

    period_number: int | Unset = UNSET
    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    total_deposit_amount: Decimal | Unset = UNSET
    total_withdrawal_amount: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        period_number = self.period_number

        start_time = self.start_time

        end_time = self.end_time

        total_deposit_amount = self.total_deposit_amount

        total_withdrawal_amount: Decimal | None | Unset
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
        _period_number = _src_dict.pop("period_number", UNSET)
        period_number: int | Unset
        if isinstance(_period_number, Unset):
            period_number = UNSET
        else:
            period_number = (
                _period_number if type(_period_number) is int else int_from_wire(_period_number, "period_number")
            )

        _start_time = _src_dict.pop("start_time", UNSET)
        start_time: int | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = _start_time if type(_start_time) is int else int_from_wire(_start_time, "start_time")

        _end_time = _src_dict.pop("end_time", UNSET)
        end_time: int | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = _end_time if type(_end_time) is int else int_from_wire(_end_time, "end_time")

        _total_deposit_amount = _src_dict.pop("total_deposit_amount", UNSET)
        total_deposit_amount: Decimal | Unset
        if isinstance(_total_deposit_amount, Unset):
            total_deposit_amount = UNSET
        else:
            total_deposit_amount = (
                _total_deposit_amount
                if type(_total_deposit_amount) is Decimal
                else decimal_from_wire(_total_deposit_amount, "total_deposit_amount")
            )

        _total_withdrawal_amount = _src_dict.pop("total_withdrawal_amount", UNSET)
        total_withdrawal_amount: Decimal | None | Unset
        if (
            _total_withdrawal_amount is None
            or isinstance(_total_withdrawal_amount, Unset)
            or type(_total_withdrawal_amount) is Decimal
        ):
            total_withdrawal_amount = _total_withdrawal_amount
        else:

            def _parse_total_withdrawal_amount(data: object) -> Decimal | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, (Decimal, int, float, str)) and not isinstance(data, bool)):
                    raise TypeError("total_withdrawal_amount: expected Decimal | None, got " + repr(data)[:60])
                _total_withdrawal_amount_type_0 = data
                total_withdrawal_amount_type_0 = (
                    _total_withdrawal_amount_type_0
                    if type(_total_withdrawal_amount_type_0) is Decimal
                    else decimal_from_wire(_total_withdrawal_amount_type_0, "total_withdrawal_amount")
                )

                return total_withdrawal_amount_type_0

            total_withdrawal_amount = _parse_total_withdrawal_amount(_total_withdrawal_amount)

        _result = cls(
            period_number=period_number,
            start_time=start_time,
            end_time=end_time,
            total_deposit_amount=total_deposit_amount,
            total_withdrawal_amount=total_withdrawal_amount,
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
