from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMultiLevelStatisticsResponseData")


@_attrs_define
class GetMultiLevelStatisticsResponseData:
    """
    Attributes:
        direct_invites (float | Unset): Example: 3.
        indirect_invites (float | Unset): Example: 1.
        direct_traded (float | Unset): Example: 1.
        indirect_traded (float | Unset): Example: 1.
        direct_volume (float | Unset): Example: 1000.
        indirect_volume (float | Unset): Example: 1000.
        direct_rebate (float | Unset): Example: 1000.
        direct_bonus_rebate (float | Unset): Example: 1000.
        base_rebate (float | Unset): Example: 1000.
        indirect_rebate (float | Unset): Example: 1000.
    """

    direct_invites: float | Unset = UNSET
    indirect_invites: float | Unset = UNSET
    direct_traded: float | Unset = UNSET
    indirect_traded: float | Unset = UNSET
    direct_volume: float | Unset = UNSET
    indirect_volume: float | Unset = UNSET
    direct_rebate: float | Unset = UNSET
    direct_bonus_rebate: float | Unset = UNSET
    base_rebate: float | Unset = UNSET
    indirect_rebate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direct_invites = self.direct_invites

        indirect_invites = self.indirect_invites

        direct_traded = self.direct_traded

        indirect_traded = self.indirect_traded

        direct_volume = self.direct_volume

        indirect_volume = self.indirect_volume

        direct_rebate = self.direct_rebate

        direct_bonus_rebate = self.direct_bonus_rebate

        base_rebate = self.base_rebate

        indirect_rebate = self.indirect_rebate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if direct_invites is not UNSET:
            field_dict["direct_invites"] = direct_invites
        if indirect_invites is not UNSET:
            field_dict["indirect_invites"] = indirect_invites
        if direct_traded is not UNSET:
            field_dict["direct_traded"] = direct_traded
        if indirect_traded is not UNSET:
            field_dict["indirect_traded"] = indirect_traded
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
        direct_invites = _src_dict.pop("direct_invites", UNSET)

        indirect_invites = _src_dict.pop("indirect_invites", UNSET)

        direct_traded = _src_dict.pop("direct_traded", UNSET)

        indirect_traded = _src_dict.pop("indirect_traded", UNSET)

        direct_volume = _src_dict.pop("direct_volume", UNSET)

        indirect_volume = _src_dict.pop("indirect_volume", UNSET)

        direct_rebate = _src_dict.pop("direct_rebate", UNSET)

        direct_bonus_rebate = _src_dict.pop("direct_bonus_rebate", UNSET)

        base_rebate = _src_dict.pop("base_rebate", UNSET)

        indirect_rebate = _src_dict.pop("indirect_rebate", UNSET)

        get_multi_level_statistics_response_data = cls(
            direct_invites=direct_invites,
            indirect_invites=indirect_invites,
            direct_traded=direct_traded,
            indirect_traded=indirect_traded,
            direct_volume=direct_volume,
            indirect_volume=indirect_volume,
            direct_rebate=direct_rebate,
            direct_bonus_rebate=direct_bonus_rebate,
            base_rebate=base_rebate,
            indirect_rebate=indirect_rebate,
        )

        get_multi_level_statistics_response_data.additional_properties = _src_dict
        return get_multi_level_statistics_response_data

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
