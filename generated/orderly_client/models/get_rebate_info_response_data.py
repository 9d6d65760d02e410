from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetRebateInfoResponseData")


@_attrs_define
class GetRebateInfoResponseData:
    """
    Attributes:
        referral_code (str | Unset): Example: mycode.
        max_rebate_rate (float | Unset): Example: 0.3.
        bonus_max_rebate_rate (float | Unset): Example: 0.3.
        direct_bonus_rebate_rate (float | Unset): Example: 0.1.
        base_rebate_rate (float | Unset): Example: 0.1.
        default_referee_rebate_rate (float | Unset): Example: 0.1.
        default_bonus_referee_rebate_rate (float | Unset): Example: 0.1.
        direct_invites (float | Unset): Example: 2.
        indirect_invites (float | Unset): Example: 1.
        direct_volume (float | Unset): Example: 10000.
        indirect_volume (float | Unset): Example: 1000.
        direct_rebate (float | Unset): Example: 123.
        direct_bonus_rebate (float | Unset): Example: 123.
        base_rebate (float | Unset): Example: 123.
        indirect_rebate (float | Unset): Example: 123.
    """

    referral_code: str | Unset = UNSET
    max_rebate_rate: float | Unset = UNSET
    bonus_max_rebate_rate: float | Unset = UNSET
    direct_bonus_rebate_rate: float | Unset = UNSET
    base_rebate_rate: float | Unset = UNSET
    default_referee_rebate_rate: float | Unset = UNSET
    default_bonus_referee_rebate_rate: float | Unset = UNSET
    direct_invites: float | Unset = UNSET
    indirect_invites: float | Unset = UNSET
    direct_volume: float | Unset = UNSET
    indirect_volume: float | Unset = UNSET
    direct_rebate: float | Unset = UNSET
    direct_bonus_rebate: float | Unset = UNSET
    base_rebate: float | Unset = UNSET
    indirect_rebate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        referral_code = self.referral_code

        max_rebate_rate = self.max_rebate_rate

        bonus_max_rebate_rate = self.bonus_max_rebate_rate

        direct_bonus_rebate_rate = self.direct_bonus_rebate_rate

        base_rebate_rate = self.base_rebate_rate

        default_referee_rebate_rate = self.default_referee_rebate_rate

        default_bonus_referee_rebate_rate = self.default_bonus_referee_rebate_rate

        direct_invites = self.direct_invites

        indirect_invites = self.indirect_invites

        direct_volume = self.direct_volume

        indirect_volume = self.indirect_volume

        direct_rebate = self.direct_rebate

        direct_bonus_rebate = self.direct_bonus_rebate

        base_rebate = self.base_rebate

        indirect_rebate = self.indirect_rebate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if referral_code is not UNSET:
            field_dict["referral_code"] = referral_code
        if max_rebate_rate is not UNSET:
            field_dict["max_rebate_rate"] = max_rebate_rate
        if bonus_max_rebate_rate is not UNSET:
            field_dict["bonus_max_rebate_rate"] = bonus_max_rebate_rate
        if direct_bonus_rebate_rate is not UNSET:
            field_dict["direct_bonus_rebate_rate"] = direct_bonus_rebate_rate
        if base_rebate_rate is not UNSET:
            field_dict["base_rebate_rate"] = base_rebate_rate
        if default_referee_rebate_rate is not UNSET:
            field_dict["default_referee_rebate_rate"] = default_referee_rebate_rate
        if default_bonus_referee_rebate_rate is not UNSET:
            field_dict["default_bonus_referee_rebate_rate"] = default_bonus_referee_rebate_rate
        if direct_invites is not UNSET:
            field_dict["direct_invites"] = direct_invites
        if indirect_invites is not UNSET:
            field_dict["indirect_invites"] = indirect_invites
        if direct_volume is not UNSET:
            field_dict["direct_volume"] = direct_volume
        if indirect_volume is not UNSET:
            field_dict["indirect_volume"] = indirect_volume
        if direct_rebate is not UNSET:
            field_dict["direct_rebate"] = direct_rebate
        if direct_bonus_rebate is not UNSET:
            field_dict["direct_bonus_rebate"] = direct_bonus_rebate
        if base_rebate is not UNSET:
            field_dict["base_rebate"] = base_rebate
        if indirect_rebate is not UNSET:
            field_dict["indirect_rebate"] = indirect_rebate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        referral_code = _src_dict.pop("referral_code", UNSET)

        max_rebate_rate = _src_dict.pop("max_rebate_rate", UNSET)

        bonus_max_rebate_rate = _src_dict.pop("bonus_max_rebate_rate", UNSET)

        direct_bonus_rebate_rate = _src_dict.pop("direct_bonus_rebate_rate", UNSET)

        base_rebate_rate = _src_dict.pop("base_rebate_rate", UNSET)

        default_referee_rebate_rate = _src_dict.pop("default_referee_rebate_rate", UNSET)

        default_bonus_referee_rebate_rate = _src_dict.pop("default_bonus_referee_rebate_rate", UNSET)

        direct_invites = _src_dict.pop("direct_invites", UNSET)

        indirect_invites = _src_dict.pop("indirect_invites", UNSET)

        direct_volume = _src_dict.pop("direct_volume", UNSET)

        indirect_volume = _src_dict.pop("indirect_volume", UNSET)

        direct_rebate = _src_dict.pop("direct_rebate", UNSET)

        direct_bonus_rebate = _src_dict.pop("direct_bonus_rebate", UNSET)

        base_rebate = _src_dict.pop("base_rebate", UNSET)

        indirect_rebate = _src_dict.pop("indirect_rebate", UNSET)

        get_rebate_info_response_data = cls(
            referral_code=referral_code,
            max_rebate_rate=max_rebate_rate,
            bonus_max_rebate_rate=bonus_max_rebate_rate,
            direct_bonus_rebate_rate=direct_bonus_rebate_rate,
            base_rebate_rate=base_rebate_rate,
            default_referee_rebate_rate=default_referee_rebate_rate,
            default_bonus_referee_rebate_rate=default_bonus_referee_rebate_rate,
            direct_invites=direct_invites,
            indirect_invites=indirect_invites,
            direct_volume=direct_volume,
            indirect_volume=indirect_volume,
            direct_rebate=direct_rebate,
            direct_bonus_rebate=direct_bonus_rebate,
            base_rebate=base_rebate,
            indirect_rebate=indirect_rebate,
        )

        get_rebate_info_response_data.additional_properties = _src_dict
        return get_rebate_info_response_data

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
