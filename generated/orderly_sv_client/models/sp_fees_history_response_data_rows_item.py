from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpFeesHistoryResponseDataRowsItem")


@_attrs_define
class SpFeesHistoryResponseDataRowsItem:
    """
    Attributes:
        created_time (float | Unset): Unit: milliseconds since the Unix epoch.
        period_number (float | Unset):
        type_ (str | Unset):
        shares_change (float | Unset):
        amount_change (float | Unset):
    """

    created_time: float | Unset = UNSET
    period_number: float | Unset = UNSET
    type_: str | Unset = UNSET
    shares_change: float | Unset = UNSET
    amount_change: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        created_time = _src_dict.pop("created_time", UNSET)

        period_number = _src_dict.pop("period_number", UNSET)

        type_ = _src_dict.pop("type", UNSET)

        shares_change = _src_dict.pop("shares_change", UNSET)

        amount_change = _src_dict.pop("amount_change", UNSET)

        sp_fees_history_response_data_rows_item = cls(
            created_time=created_time,
            period_number=period_number,
            type_=type_,
            shares_change=shares_change,
            amount_change=amount_change,
        )

        sp_fees_history_response_data_rows_item.additional_properties = _src_dict
        return sp_fees_history_response_data_rows_item

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
