from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClaimCodeResponseData")


@_attrs_define
class ClaimCodeResponseData:
    """
    Attributes:
        referral_code (str | Unset): Example: mycode.
        default_referee_rebate_rate (float | Unset): Example: 0.1.
        default_bonus_referee_rebate_rate (float | Unset): Example: 0.1.
    """

    referral_code: str | Unset = UNSET
    default_referee_rebate_rate: float | Unset = UNSET
    default_bonus_referee_rebate_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        referral_code = self.referral_code

        default_referee_rebate_rate = self.default_referee_rebate_rate

        default_bonus_referee_rebate_rate = self.default_bonus_referee_rebate_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if referral_code is not UNSET:
            field_dict["referral_code"] = referral_code
        if default_referee_rebate_rate is not UNSET:
            field_dict["default_referee_rebate_rate"] = default_referee_rebate_rate
        if default_bonus_referee_rebate_rate is not UNSET:
            field_dict["default_bonus_referee_rebate_rate"] = default_bonus_referee_rebate_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        referral_code = _src_dict.pop("referral_code", UNSET)

        default_referee_rebate_rate = _src_dict.pop("default_referee_rebate_rate", UNSET)

        default_bonus_referee_rebate_rate = _src_dict.pop("default_bonus_referee_rebate_rate", UNSET)

        claim_code_response_data = cls(
            referral_code=referral_code,
            default_referee_rebate_rate=default_referee_rebate_rate,
            default_bonus_referee_rebate_rate=default_bonus_referee_rebate_rate,
        )

        claim_code_response_data.additional_properties = _src_dict
        return claim_code_response_data

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
