from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_multi_level_admin_config_response_data_rebate_basis_mode import (
    GetMultiLevelAdminConfigResponseDataRebateBasisMode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMultiLevelAdminConfigResponseData")


@_attrs_define
class GetMultiLevelAdminConfigResponseData:
    """
    Attributes:
        enable (bool | Unset): Example: True.
        required_volume (float | Unset): Example: 1000.
        max_rebate_rate (float | Unset): Example: 0.4.
        bonus_max_rebate_rate (float | Unset): Example: 0.4.
        direct_bonus_rebate_rate (float | Unset): Example: 0.1.
        base_rebate_rate (float | Unset): Example: 0.1.
        rebate_basis_mode (GetMultiLevelAdminConfigResponseDataRebateBasisMode | Unset): One of: BUILDER_REVENUE,
            EFFECTIVE_TRADE_FEE_WITH_FALLBACK. Example: BUILDER_REVENUE.
    """

    enable: bool | Unset = UNSET
    required_volume: float | Unset = UNSET
    max_rebate_rate: float | Unset = UNSET
    bonus_max_rebate_rate: float | Unset = UNSET
    direct_bonus_rebate_rate: float | Unset = UNSET
    base_rebate_rate: float | Unset = UNSET
    rebate_basis_mode: GetMultiLevelAdminConfigResponseDataRebateBasisMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable = self.enable

        required_volume = self.required_volume

        max_rebate_rate = self.max_rebate_rate

        bonus_max_rebate_rate = self.bonus_max_rebate_rate

        direct_bonus_rebate_rate = self.direct_bonus_rebate_rate

        base_rebate_rate = self.base_rebate_rate

        rebate_basis_mode: str | Unset = UNSET
        if not isinstance(self.rebate_basis_mode, Unset):
            rebate_basis_mode = self.rebate_basis_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable is not UNSET:
            field_dict["enable"] = enable
        if required_volume is not UNSET:
            field_dict["required_volume"] = required_volume
        if max_rebate_rate is not UNSET:
            field_dict["max_rebate_rate"] = max_rebate_rate
        if bonus_max_rebate_rate is not UNSET:
            field_dict["bonus_max_rebate_rate"] = bonus_max_rebate_rate
        if direct_bonus_rebate_rate is not UNSET:
            field_dict["direct_bonus_rebate_rate"] = direct_bonus_rebate_rate
        if base_rebate_rate is not UNSET:
            field_dict["base_rebate_rate"] = base_rebate_rate
        if rebate_basis_mode is not UNSET:
            field_dict["rebate_basis_mode"] = rebate_basis_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        enable = _src_dict.pop("enable", UNSET)

        required_volume = _src_dict.pop("required_volume", UNSET)

        max_rebate_rate = _src_dict.pop("max_rebate_rate", UNSET)

        bonus_max_rebate_rate = _src_dict.pop("bonus_max_rebate_rate", UNSET)

        direct_bonus_rebate_rate = _src_dict.pop("direct_bonus_rebate_rate", UNSET)

        base_rebate_rate = _src_dict.pop("base_rebate_rate", UNSET)

        _rebate_basis_mode = _src_dict.pop("rebate_basis_mode", UNSET)
        rebate_basis_mode: GetMultiLevelAdminConfigResponseDataRebateBasisMode | Unset
        if isinstance(_rebate_basis_mode, Unset):
            rebate_basis_mode = UNSET
        else:
            rebate_basis_mode = GetMultiLevelAdminConfigResponseDataRebateBasisMode.from_wire(_rebate_basis_mode)

        get_multi_level_admin_config_response_data = cls(
            enable=enable,
            required_volume=required_volume,
            max_rebate_rate=max_rebate_rate,
            bonus_max_rebate_rate=bonus_max_rebate_rate,
            direct_bonus_rebate_rate=direct_bonus_rebate_rate,
            base_rebate_rate=base_rebate_rate,
            rebate_basis_mode=rebate_basis_mode,
        )

        get_multi_level_admin_config_response_data.additional_properties = _src_dict
        return get_multi_level_admin_config_response_data

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
