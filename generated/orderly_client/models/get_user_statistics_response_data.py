from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_user_statistics_response_data_weekly_breakdown import (
        GetUserStatisticsResponseDataWeeklyBreakdown,
    )


T = TypeVar("T", bound="GetUserStatisticsResponseData")


@_attrs_define
class GetUserStatisticsResponseData:
    """
    Attributes:
        stage (float | Unset): Example: 1.
        address (str | Unset): Example: 0x123....
        trading_point (float | Unset): Example: 50.
        pnl_point (float | Unset): Example: 30.
        referral_point (float | Unset): Example: 20.
        stage_rank (float | Unset): Example: 1.
        stage_points (float | Unset): Example: 100.
        weekly_breakdown (GetUserStatisticsResponseDataWeeklyBreakdown | Unset):
    """

    stage: float | Unset = UNSET
    address: str | Unset = UNSET
    trading_point: float | Unset = UNSET
    pnl_point: float | Unset = UNSET
    referral_point: float | Unset = UNSET
    stage_rank: float | Unset = UNSET
    stage_points: float | Unset = UNSET
    weekly_breakdown: GetUserStatisticsResponseDataWeeklyBreakdown | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stage = self.stage

        address = self.address

        trading_point = self.trading_point

        pnl_point = self.pnl_point

        referral_point = self.referral_point

        stage_rank = self.stage_rank

        stage_points = self.stage_points

        weekly_breakdown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weekly_breakdown, Unset):
            weekly_breakdown = self.weekly_breakdown.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stage is not UNSET:
            field_dict["stage"] = stage
        if address is not UNSET:
            field_dict["address"] = address
        if trading_point is not UNSET:
            field_dict["trading_point"] = trading_point
        if pnl_point is not UNSET:
            field_dict["pnl_point"] = pnl_point
        if referral_point is not UNSET:
            field_dict["referral_point"] = referral_point
        if stage_rank is not UNSET:
            field_dict["stage_rank"] = stage_rank
        if stage_points is not UNSET:
            field_dict["stage_points"] = stage_points
        if weekly_breakdown is not UNSET:
            field_dict["weekly_breakdown"] = weekly_breakdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_user_statistics_response_data_weekly_breakdown import (
            GetUserStatisticsResponseDataWeeklyBreakdown,  # noqa: PLC0415
        )

        _src_dict = dict(src_dict)
        stage = _src_dict.pop("stage", UNSET)

        address = _src_dict.pop("address", UNSET)

        trading_point = _src_dict.pop("trading_point", UNSET)

        pnl_point = _src_dict.pop("pnl_point", UNSET)

        referral_point = _src_dict.pop("referral_point", UNSET)

        stage_rank = _src_dict.pop("stage_rank", UNSET)

        stage_points = _src_dict.pop("stage_points", UNSET)

        _weekly_breakdown = _src_dict.pop("weekly_breakdown", UNSET)
        weekly_breakdown: GetUserStatisticsResponseDataWeeklyBreakdown | Unset
        if isinstance(_weekly_breakdown, Unset):
            weekly_breakdown = UNSET
        else:
            weekly_breakdown = GetUserStatisticsResponseDataWeeklyBreakdown.from_dict(_weekly_breakdown)

        get_user_statistics_response_data = cls(
            stage=stage,
            address=address,
            trading_point=trading_point,
            pnl_point=pnl_point,
            referral_point=referral_point,
            stage_rank=stage_rank,
            stage_points=stage_points,
            weekly_breakdown=weekly_breakdown,
        )

        get_user_statistics_response_data.additional_properties = _src_dict
        return get_user_statistics_response_data

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
