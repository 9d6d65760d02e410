from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUpdateStageRequest")


@_attrs_define
class CreateUpdateStageRequest:
    """
    Attributes:
        stage_name (str):
        start_date (str):
        volume_boost (float):
        pnl_boost (float):
        l1_referral_boost (float):
        l2_referral_boost (float):
        is_continous (bool):
        stage_id (float | Unset):
        end_date (str | Unset):
    """

    stage_name: str
    start_date: str
    volume_boost: float
    pnl_boost: float
    l1_referral_boost: float
    l2_referral_boost: float
    is_continous: bool
    stage_id: float | Unset = UNSET
    end_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        stage_name = _src_dict.pop("stage_name")

        start_date = _src_dict.pop("start_date")

        volume_boost = _src_dict.pop("volume_boost")

        pnl_boost = _src_dict.pop("pnl_boost")

        l1_referral_boost = _src_dict.pop("l1_referral_boost")

        l2_referral_boost = _src_dict.pop("l2_referral_boost")

        is_continous = _src_dict.pop("is_continous")

        stage_id = _src_dict.pop("stage_id", UNSET)

        end_date = _src_dict.pop("end_date", UNSET)

        create_update_stage_request = cls(
            stage_name=stage_name,
            start_date=start_date,
            volume_boost=volume_boost,
            pnl_boost=pnl_boost,
            l1_referral_boost=l1_referral_boost,
            l2_referral_boost=l2_referral_boost,
            is_continous=is_continous,
            stage_id=stage_id,
            end_date=end_date,
        )

        create_update_stage_request.additional_properties = _src_dict
        return create_update_stage_request

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
