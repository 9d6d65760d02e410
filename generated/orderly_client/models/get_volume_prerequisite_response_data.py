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
)

T = TypeVar("T", bound="GetVolumePrerequisiteResponseData")


@_attrs_define(repr=False)
class GetVolumePrerequisiteResponseData:
    """
    Attributes:
        required_volume (Decimal | Unset): Example: 1000.
        current_volume (Decimal | Unset): Example: 100.
    """

    required_volume: Decimal | Unset = UNSET
    current_volume: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        required_volume = self.required_volume

        current_volume = self.current_volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if required_volume is not UNSET:
            field_dict["required_volume"] = required_volume
        if current_volume is not UNSET:
            field_dict["current_volume"] = current_volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _required_volume = _src_dict.pop("required_volume", UNSET)
        required_volume: Decimal | Unset
        if isinstance(_required_volume, Unset):
            required_volume = UNSET
        else:
            required_volume = (
                _required_volume
                if type(_required_volume) is Decimal
                else decimal_from_wire(_required_volume, "required_volume")
            )

        _current_volume = _src_dict.pop("current_volume", UNSET)
        current_volume: Decimal | Unset
        if isinstance(_current_volume, Unset):
            current_volume = UNSET
        else:
            current_volume = (
                _current_volume
                if type(_current_volume) is Decimal
                else decimal_from_wire(_current_volume, "current_volume")
            )

        _result = cls(
            required_volume=required_volume,
            current_volume=current_volume,
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
