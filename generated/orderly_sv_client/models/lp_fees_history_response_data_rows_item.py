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

T = TypeVar("T", bound="LpFeesHistoryResponseDataRowsItem")


@_attrs_define(repr=False)
class LpFeesHistoryResponseDataRowsItem:
    """
    Attributes:
        created_time (int | Unset): Unit: milliseconds since the Unix epoch.
        period_number (int | Unset):
        type_ (str | Unset):
        shares_change (Decimal | Unset):
        amount_change (Decimal | Unset):
    """

    created_time: int | Unset = UNSET
    period_number: int | Unset = UNSET
    type_: str | Unset = UNSET
    shares_change: Decimal | Unset = UNSET
    amount_change: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        created_time = self.created_time

        period_number = self.period_number

        type_ = self.type_

        shares_change = self.shares_change

        amount_change = self.amount_change

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if period_number is not UNSET:
            field_dict["period_number"] = period_number
        if type_ is not UNSET:
            field_dict["type"] = type_
        if shares_change is not UNSET:
            field_dict["shares_change"] = shares_change
        if amount_change is not UNSET:
            field_dict["amount_change"] = amount_change

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

        _type_ = _src_dict.pop("type", UNSET)
        type_: str | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _type_ if type(_type_) is str else str_from_wire(_type_, "type")

        _shares_change = _src_dict.pop("shares_change", UNSET)
        shares_change: Decimal | Unset
        if isinstance(_shares_change, Unset):
            shares_change = UNSET
        else:
            shares_change = (
                _shares_change
                if type(_shares_change) is Decimal
                else decimal_from_wire(_shares_change, "shares_change")
            )

        _amount_change = _src_dict.pop("amount_change", UNSET)
        amount_change: Decimal | Unset
        if isinstance(_amount_change, Unset):
            amount_change = UNSET
        else:
            amount_change = (
                _amount_change
                if type(_amount_change) is Decimal
                else decimal_from_wire(_amount_change, "amount_change")
            )

        _result = cls(
            created_time=created_time,
            period_number=period_number,
            type_=type_,
            shares_change=shares_change,
            amount_change=amount_change,
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
