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
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="GetRefereeRebateSummaryResponseDataRowsItem")


@_attrs_define(repr=False)
class GetRefereeRebateSummaryResponseDataRowsItem:
    """
    Attributes:
        referee_rebate (Decimal | Unset): Example: 2.22.
        date (str | Unset): Example: 2023-11-14.
    """

    referee_rebate: Decimal | Unset = UNSET
    date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        referee_rebate = self.referee_rebate

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if referee_rebate is not UNSET:
            field_dict["referee_rebate"] = referee_rebate
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _referee_rebate = _src_dict.pop("referee_rebate", UNSET)
        referee_rebate: Decimal | Unset
        if isinstance(_referee_rebate, Unset):
            referee_rebate = UNSET
        else:
            referee_rebate = (
                _referee_rebate
                if type(_referee_rebate) is Decimal
                else decimal_from_wire(_referee_rebate, "referee_rebate")
            )

        _date = _src_dict.pop("date", UNSET)
        date: str | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _date if type(_date) is str else str_from_wire(_date, "date")

        _result = cls(
            referee_rebate=referee_rebate,
            date=date,
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
