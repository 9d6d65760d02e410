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

T = TypeVar("T", bound="CancelAllAfterResponseData")


@_attrs_define(repr=False)
class CancelAllAfterResponseData:
    """
    Attributes:
        expected_trigger_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1711534302938.
    """

    expected_trigger_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        expected_trigger_time = self.expected_trigger_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expected_trigger_time is not UNSET:
            field_dict["expected_trigger_time"] = expected_trigger_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _expected_trigger_time = _src_dict.pop("expected_trigger_time", UNSET)
        expected_trigger_time: int | Unset
        if isinstance(_expected_trigger_time, Unset):
            expected_trigger_time = UNSET
        else:
            expected_trigger_time = (
                _expected_trigger_time
                if type(_expected_trigger_time) is int
                else int_from_wire(_expected_trigger_time, "expected_trigger_time")
            )

        _result = cls(
            expected_trigger_time=expected_trigger_time,
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
