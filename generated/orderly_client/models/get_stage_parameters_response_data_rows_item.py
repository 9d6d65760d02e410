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
)

T = TypeVar("T", bound="GetStageParametersResponseDataRowsItem")


@_attrs_define(repr=False)
class GetStageParametersResponseDataRowsItem:
    """
    Attributes:
        stage_id (int | Unset): Example: 1.
        stage_name (str | Unset): Example: Trading Points.
        start_date (str | Unset): Example: 2024-01-01.
        end_date (str | Unset): Example: 2024-01-07.
        epoch_period (Decimal | Unset): Example: 7.
        volume_boost (Decimal | Unset): Example: 1.0.
        pnl_boost (Decimal | Unset): Example: 0.5.
        l1_referral_boost (Decimal | Unset): Example: 0.5.
        l2_referral_boost (Decimal | Unset): Example: 0.1.
        status (str | Unset): Example: pending.
        is_continous (bool | Unset): Example: False.
    """

    stage_id: int | Unset = UNSET
    stage_name: str | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    epoch_period: Decimal | Unset = UNSET
    volume_boost: Decimal | Unset = UNSET
    pnl_boost: Decimal | Unset = UNSET
    l1_referral_boost: Decimal | Unset = UNSET
    l2_referral_boost: Decimal | Unset = UNSET
    status: str | Unset = UNSET
    is_continous: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        stage_id = self.stage_id

        stage_name = self.stage_name

        start_date = self.start_date

        end_date = self.end_date

        epoch_period = self.epoch_period

        volume_boost = self.volume_boost

        pnl_boost = self.pnl_boost

        l1_referral_boost = self.l1_referral_boost

        l2_referral_boost = self.l2_referral_boost

        status = self.status

        is_continous = self.is_continous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stage_id is not UNSET:
            field_dict["stage_id"] = stage_id
        if stage_name is not UNSET:
            field_dict["stage_name"] = stage_name
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if epoch_period is not UNSET:
            field_dict["epoch_period"] = epoch_period
        if volume_boost is not UNSET:
            field_dict["volume_boost"] = volume_boost
        if pnl_boost is not UNSET:
            field_dict["pnl_boost"] = pnl_boost
        if l1_referral_boost is not UNSET:
            field_dict["l1_referral_boost"] = l1_referral_boost
        if l2_referral_boost is not UNSET:
            field_dict["l2_referral_boost"] = l2_referral_boost
        if status is not UNSET:
            field_dict["status"] = status
        if is_continous is not UNSET:
            field_dict["is_continous"] = is_continous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _stage_id = _src_dict.pop("stage_id", UNSET)
        stage_id: int | Unset
        if isinstance(_stage_id, Unset):
            stage_id = UNSET
        else:
            stage_id = _stage_id if type(_stage_id) is int else int_from_wire(_stage_id, "stage_id")

        _stage_name = _src_dict.pop("stage_name", UNSET)
        stage_name: str | Unset
        if isinstance(_stage_name, Unset):
            stage_name = UNSET
        else:
            stage_name = _stage_name if type(_stage_name) is str else str_from_wire(_stage_name, "stage_name")

        _start_date = _src_dict.pop("start_date", UNSET)
        start_date: str | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = _start_date if type(_start_date) is str else str_from_wire(_start_date, "start_date")

        _end_date = _src_dict.pop("end_date", UNSET)
        end_date: str | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = _end_date if type(_end_date) is str else str_from_wire(_end_date, "end_date")

        _epoch_period = _src_dict.pop("epoch_period", UNSET)
        epoch_period: Decimal | Unset
        if isinstance(_epoch_period, Unset):
            epoch_period = UNSET
        else:
            epoch_period = (
                _epoch_period if type(_epoch_period) is Decimal else decimal_from_wire(_epoch_period, "epoch_period")
            )

        _volume_boost = _src_dict.pop("volume_boost", UNSET)
        volume_boost: Decimal | Unset
        if isinstance(_volume_boost, Unset):
            volume_boost = UNSET
        else:
            volume_boost = (
                _volume_boost if type(_volume_boost) is Decimal else decimal_from_wire(_volume_boost, "volume_boost")
            )

        _pnl_boost = _src_dict.pop("pnl_boost", UNSET)
        pnl_boost: Decimal | Unset
        if isinstance(_pnl_boost, Unset):
            pnl_boost = UNSET
        else:
            pnl_boost = _pnl_boost if type(_pnl_boost) is Decimal else decimal_from_wire(_pnl_boost, "pnl_boost")

        _l1_referral_boost = _src_dict.pop("l1_referral_boost", UNSET)
        l1_referral_boost: Decimal | Unset
        if isinstance(_l1_referral_boost, Unset):
            l1_referral_boost = UNSET
        else:
            l1_referral_boost = (
                _l1_referral_boost
                if type(_l1_referral_boost) is Decimal
                else decimal_from_wire(_l1_referral_boost, "l1_referral_boost")
            )

        _l2_referral_boost = _src_dict.pop("l2_referral_boost", UNSET)
        l2_referral_boost: Decimal | Unset
        if isinstance(_l2_referral_boost, Unset):
            l2_referral_boost = UNSET
        else:
            l2_referral_boost = (
                _l2_referral_boost
                if type(_l2_referral_boost) is Decimal
                else decimal_from_wire(_l2_referral_boost, "l2_referral_boost")
            )

        _status = _src_dict.pop("status", UNSET)
        status: str | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _status if type(_status) is str else str_from_wire(_status, "status")

        _is_continous = _src_dict.pop("is_continous", UNSET)
        is_continous: bool | Unset
        if isinstance(_is_continous, Unset):
            is_continous = UNSET
        else:
            is_continous = (
                _is_continous if type(_is_continous) is bool else bool_from_wire(_is_continous, "is_continous")
            )

        _result = cls(
            stage_id=stage_id,
            stage_name=stage_name,
            start_date=start_date,
            end_date=end_date,
            epoch_period=epoch_period,
            volume_boost=volume_boost,
            pnl_boost=pnl_boost,
            l1_referral_boost=l1_referral_boost,
            l2_referral_boost=l2_referral_boost,
            status=status,
            is_continous=is_continous,
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
