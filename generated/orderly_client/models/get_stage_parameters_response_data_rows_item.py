from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetStageParametersResponseDataRowsItem")


@_attrs_define
class GetStageParametersResponseDataRowsItem:
    """
    Attributes:
        stage_id (float | Unset): Example: 1.
        stage_name (str | Unset): Example: Trading Points.
        start_date (str | Unset): Example: 2024-01-01.
        end_date (str | Unset): Example: 2024-01-07.
        epoch_period (float | Unset): Example: 7.
        volume_boost (float | Unset): Example: 1.0.
        pnl_boost (float | Unset): Example: 0.5.
        l1_referral_boost (float | Unset): Example: 0.5.
        l2_referral_boost (float | Unset): Example: 0.1.
        status (str | Unset): Example: pending.
        is_continous (bool | Unset): Example: False.
    """

    stage_id: float | Unset = UNSET
    stage_name: str | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    epoch_period: float | Unset = UNSET
    volume_boost: float | Unset = UNSET
    pnl_boost: float | Unset = UNSET
    l1_referral_boost: float | Unset = UNSET
    l2_referral_boost: float | Unset = UNSET
    status: str | Unset = UNSET
    is_continous: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        stage_id = _src_dict.pop("stage_id", UNSET)

        stage_name = _src_dict.pop("stage_name", UNSET)

        start_date = _src_dict.pop("start_date", UNSET)

        end_date = _src_dict.pop("end_date", UNSET)

        epoch_period = _src_dict.pop("epoch_period", UNSET)

        volume_boost = _src_dict.pop("volume_boost", UNSET)

        pnl_boost = _src_dict.pop("pnl_boost", UNSET)

        l1_referral_boost = _src_dict.pop("l1_referral_boost", UNSET)

        l2_referral_boost = _src_dict.pop("l2_referral_boost", UNSET)

        status = _src_dict.pop("status", UNSET)

        is_continous = _src_dict.pop("is_continous", UNSET)

        get_stage_parameters_response_data_rows_item = cls(
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

        get_stage_parameters_response_data_rows_item.additional_properties = _src_dict
        return get_stage_parameters_response_data_rows_item

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
