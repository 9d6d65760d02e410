from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_multi_level_admin_config_response_data_rebate_basis_mode import (
    GetMultiLevelAdminConfigResponseDataRebateBasisMode,
)
from ..types import (
    UNSET,
    Unset,
    bool_from_wire,
    decimal_from_wire,
    model_repr,
)

T = TypeVar("T", bound="GetMultiLevelAdminConfigResponseData")


@_attrs_define(repr=False)
class GetMultiLevelAdminConfigResponseData:
    """
    Attributes:
        enable (bool | Unset): Example: True.
        required_volume (Decimal | Unset): Example: 1000.
        max_rebate_rate (Decimal | Unset): Example: 0.4.
        bonus_max_rebate_rate (Decimal | Unset): Example: 0.4.
        direct_bonus_rebate_rate (Decimal | Unset): Example: 0.1.
        base_rebate_rate (Decimal | Unset): Example: 0.1.
        rebate_basis_mode (GetMultiLevelAdminConfigResponseDataRebateBasisMode | Unset): One of: BUILDER_REVENUE,
            EFFECTIVE_TRADE_FEE_WITH_FALLBACK. Example: BUILDER_REVENUE.
    """

    enable: bool | Unset = UNSET
    required_volume: Decimal | Unset = UNSET
    max_rebate_rate: Decimal | Unset = UNSET
    bonus_max_rebate_rate: Decimal | Unset = UNSET
    direct_bonus_rebate_rate: Decimal | Unset = UNSET
    base_rebate_rate: Decimal | Unset = UNSET
    rebate_basis_mode: GetMultiLevelAdminConfigResponseDataRebateBasisMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        enable = self.enable

        required_volume = self.required_volume

        max_rebate_rate = self.max_rebate_rate

        bonus_max_rebate_rate = self.bonus_max_rebate_rate

        direct_bonus_rebate_rate = self.direct_bonus_rebate_rate

        base_rebate_rate = self.base_rebate_rate

        rebate_basis_mode: str | Unset = UNSET
        if not isinstance(self.rebate_basis_mode, Unset):
            rebate_basis_mode = str(self.rebate_basis_mode)

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
        _enable = _src_dict.pop("enable", UNSET)
        enable: bool | Unset
        if isinstance(_enable, Unset):
            enable = UNSET
        else:
            enable = _enable if type(_enable) is bool else bool_from_wire(_enable, "enable")

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

        _max_rebate_rate = _src_dict.pop("max_rebate_rate", UNSET)
        max_rebate_rate: Decimal | Unset
        if isinstance(_max_rebate_rate, Unset):
            max_rebate_rate = UNSET
        else:
            max_rebate_rate = (
                _max_rebate_rate
                if type(_max_rebate_rate) is Decimal
                else decimal_from_wire(_max_rebate_rate, "max_rebate_rate")
            )

        _bonus_max_rebate_rate = _src_dict.pop("bonus_max_rebate_rate", UNSET)
        bonus_max_rebate_rate: Decimal | Unset
        if isinstance(_bonus_max_rebate_rate, Unset):
            bonus_max_rebate_rate = UNSET
        else:
            bonus_max_rebate_rate = (
                _bonus_max_rebate_rate
                if type(_bonus_max_rebate_rate) is Decimal
                else decimal_from_wire(_bonus_max_rebate_rate, "bonus_max_rebate_rate")
            )

        _direct_bonus_rebate_rate = _src_dict.pop("direct_bonus_rebate_rate", UNSET)
        direct_bonus_rebate_rate: Decimal | Unset
        if isinstance(_direct_bonus_rebate_rate, Unset):
            direct_bonus_rebate_rate = UNSET
        else:
            direct_bonus_rebate_rate = (
                _direct_bonus_rebate_rate
                if type(_direct_bonus_rebate_rate) is Decimal
                else decimal_from_wire(_direct_bonus_rebate_rate, "direct_bonus_rebate_rate")
            )

        _base_rebate_rate = _src_dict.pop("base_rebate_rate", UNSET)
        base_rebate_rate: Decimal | Unset
        if isinstance(_base_rebate_rate, Unset):
            base_rebate_rate = UNSET
        else:
            base_rebate_rate = (
                _base_rebate_rate
                if type(_base_rebate_rate) is Decimal
                else decimal_from_wire(_base_rebate_rate, "base_rebate_rate")
            )

        _rebate_basis_mode = _src_dict.pop("rebate_basis_mode", UNSET)
        rebate_basis_mode: GetMultiLevelAdminConfigResponseDataRebateBasisMode | Unset
        if isinstance(_rebate_basis_mode, Unset):
            rebate_basis_mode = UNSET
        else:
            rebate_basis_mode = GetMultiLevelAdminConfigResponseDataRebateBasisMode.from_wire(_rebate_basis_mode)

        _result = cls(
            enable=enable,
            required_volume=required_volume,
            max_rebate_rate=max_rebate_rate,
            bonus_max_rebate_rate=bonus_max_rebate_rate,
            direct_bonus_rebate_rate=direct_bonus_rebate_rate,
            base_rebate_rate=base_rebate_rate,
            rebate_basis_mode=rebate_basis_mode,
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
