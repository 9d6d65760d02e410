from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    bool_from_wire,
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
    to_decimal,
)

# from_dict sets converted values as they are (its converters and setattr hooks are for values given by hand).
_set = object.__setattr__


T = TypeVar("T", bound="CreateUpdateStageRequest")


@_attrs_define(repr=False)
class CreateUpdateStageRequest:
    """
    Attributes:
        stage_name (str):
        start_date (str):
        volume_boost (Decimal):
        pnl_boost (Decimal):
        l1_referral_boost (Decimal):
        l2_referral_boost (Decimal):
        is_continous (bool):
        stage_id (int | Unset):
        end_date (str | Unset):
    """

    stage_name: str
    start_date: str
    volume_boost: Decimal = _attrs_field(converter=to_decimal)
    pnl_boost: Decimal = _attrs_field(converter=to_decimal)
    l1_referral_boost: Decimal = _attrs_field(converter=to_decimal)
    l2_referral_boost: Decimal = _attrs_field(converter=to_decimal)
    is_continous: bool
    stage_id: int | Unset = UNSET
    end_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        stage_name = self.stage_name

        start_date = self.start_date

        volume_boost = self.volume_boost

        pnl_boost = self.pnl_boost

        l1_referral_boost = self.l1_referral_boost

        l2_referral_boost = self.l2_referral_boost

        is_continous = self.is_continous

        stage_id = self.stage_id

        end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stage_name": stage_name,
                "start_date": start_date,
                "volume_boost": volume_boost,
                "pnl_boost": pnl_boost,
                "l1_referral_boost": l1_referral_boost,
                "l2_referral_boost": l2_referral_boost,
                "is_continous": is_continous,
            }
        )
        if stage_id is not UNSET:
            field_dict["stage_id"] = stage_id
        if end_date is not UNSET:
            field_dict["end_date"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _stage_name = _src_dict.pop("stage_name")
        stage_name = _stage_name if type(_stage_name) is str else str_from_wire(_stage_name, "stage_name")

        _start_date = _src_dict.pop("start_date")
        start_date = _start_date if type(_start_date) is str else str_from_wire(_start_date, "start_date")

        _volume_boost = _src_dict.pop("volume_boost")
        volume_boost = (
            _volume_boost if type(_volume_boost) is Decimal else decimal_from_wire(_volume_boost, "volume_boost")
        )

        _pnl_boost = _src_dict.pop("pnl_boost")
        pnl_boost = _pnl_boost if type(_pnl_boost) is Decimal else decimal_from_wire(_pnl_boost, "pnl_boost")

        _l1_referral_boost = _src_dict.pop("l1_referral_boost")
        l1_referral_boost = (
            _l1_referral_boost
            if type(_l1_referral_boost) is Decimal
            else decimal_from_wire(_l1_referral_boost, "l1_referral_boost")
        )

        _l2_referral_boost = _src_dict.pop("l2_referral_boost")
        l2_referral_boost = (
            _l2_referral_boost
            if type(_l2_referral_boost) is Decimal
            else decimal_from_wire(_l2_referral_boost, "l2_referral_boost")
        )

        _is_continous = _src_dict.pop("is_continous")
        is_continous = _is_continous if type(_is_continous) is bool else bool_from_wire(_is_continous, "is_continous")

        _stage_id = _src_dict.pop("stage_id", UNSET)
        stage_id: int | Unset
        if isinstance(_stage_id, Unset):
            stage_id = UNSET
        else:
            stage_id = _stage_id if type(_stage_id) is int else int_from_wire(_stage_id, "stage_id")

        _end_date = _src_dict.pop("end_date", UNSET)
        end_date: str | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = _end_date if type(_end_date) is str else str_from_wire(_end_date, "end_date")

        # Every value is converted above: set as it is, past __init__'s converters (a second pass) and setattr hooks.
        _result = cls.__new__(cls)
        _set(_result, "stage_name", stage_name)
        _set(_result, "start_date", start_date)
        _set(_result, "volume_boost", volume_boost)
        _set(_result, "pnl_boost", pnl_boost)
        _set(_result, "l1_referral_boost", l1_referral_boost)
        _set(_result, "l2_referral_boost", l2_referral_boost)
        _set(_result, "is_continous", is_continous)
        _set(_result, "stage_id", stage_id)
        _set(_result, "end_date", end_date)

        _set(_result, "additional_properties", _src_dict)
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
