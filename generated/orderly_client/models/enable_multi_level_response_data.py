from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="EnableMultiLevelResponseData")


@_attrs_define(repr=False)
class EnableMultiLevelResponseData:
    """
    Attributes:
        total_rebate (str | Unset): Example: 100.5.
    """

    total_rebate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        total_rebate = self.total_rebate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_rebate is not UNSET:
            field_dict["total_rebate"] = total_rebate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _total_rebate = _src_dict.pop("total_rebate", UNSET)
        total_rebate: str | Unset
        if isinstance(_total_rebate, Unset):
            total_rebate = UNSET
        else:
            total_rebate = _total_rebate if type(_total_rebate) is str else str_from_wire(_total_rebate, "total_rebate")

        _result = cls(
            total_rebate=total_rebate,
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
