from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    int_from_wire,
    model_repr,
)

T = TypeVar("T", bound="GetReferralHistoryResponseDataMeta")


@_attrs_define(repr=False)
class GetReferralHistoryResponseDataMeta:
    """
    Attributes:
        records_per_page (int | Unset): Example: 25.
        current_page (int | Unset): Example: 1.
        total (int | Unset): Example: 50.
    """

    records_per_page: int | Unset = UNSET
    current_page: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        records_per_page = self.records_per_page

        current_page = self.current_page

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if records_per_page is not UNSET:
            field_dict["records_per_page"] = records_per_page
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _records_per_page = _src_dict.pop("records_per_page", UNSET)
        records_per_page: int | Unset
        if isinstance(_records_per_page, Unset):
            records_per_page = UNSET
        else:
            records_per_page = (
                _records_per_page
                if type(_records_per_page) is int
                else int_from_wire(_records_per_page, "records_per_page")
            )

        _current_page = _src_dict.pop("current_page", UNSET)
        current_page: int | Unset
        if isinstance(_current_page, Unset):
            current_page = UNSET
        else:
            current_page = _current_page if type(_current_page) is int else int_from_wire(_current_page, "current_page")

        _total = _src_dict.pop("total", UNSET)
        total: int | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = _total if type(_total) is int else int_from_wire(_total, "total")

        _result = cls(
            records_per_page=records_per_page,
            current_page=current_page,
            total=total,
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
