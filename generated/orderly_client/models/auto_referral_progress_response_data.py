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

T = TypeVar("T", bound="AutoReferralProgressResponseData")


@_attrs_define(repr=False)
class AutoReferralProgressResponseData:
    """
    Attributes:
        required_volume (Decimal | Unset): Example: 10000.
        completed_volume (Decimal | Unset): Example: 10000.
        auto_referral_code (str | Unset):
    """

    required_volume: Decimal | Unset = UNSET
    completed_volume: Decimal | Unset = UNSET
    auto_referral_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        required_volume = self.required_volume

        completed_volume = self.completed_volume

        auto_referral_code = self.auto_referral_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if required_volume is not UNSET:
            field_dict["required_volume"] = required_volume
        if completed_volume is not UNSET:
            field_dict["completed_volume"] = completed_volume
        if auto_referral_code is not UNSET:
            field_dict["auto_referral_code"] = auto_referral_code

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

        _completed_volume = _src_dict.pop("completed_volume", UNSET)
        completed_volume: Decimal | Unset
        if isinstance(_completed_volume, Unset):
            completed_volume = UNSET
        else:
            completed_volume = (
                _completed_volume
                if type(_completed_volume) is Decimal
                else decimal_from_wire(_completed_volume, "completed_volume")
            )

        _auto_referral_code = _src_dict.pop("auto_referral_code", UNSET)
        auto_referral_code: str | Unset
        if isinstance(_auto_referral_code, Unset):
            auto_referral_code = UNSET
        else:
            auto_referral_code = (
                _auto_referral_code
                if type(_auto_referral_code) is str
                else str_from_wire(_auto_referral_code, "auto_referral_code")
            )

        _result = cls(
            required_volume=required_volume,
            completed_volume=completed_volume,
            auto_referral_code=auto_referral_code,
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
