from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUserStatisticsResponseDataWeeklyBreakdownLastWeek")


@_attrs_define
class GetUserStatisticsResponseDataWeeklyBreakdownLastWeek:
    """
    Attributes:
        trading_point (float | Unset): Example: 50.
        pnl_point (float | Unset): Example: 30.
        referral_point (float | Unset): Example: 20.
        rank (float | Unset): Example: 1.
    """

    trading_point: float | Unset = UNSET
    pnl_point: float | Unset = UNSET
    referral_point: float | Unset = UNSET
    rank: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trading_point = self.trading_point

        pnl_point = self.pnl_point

        referral_point = self.referral_point

        rank = self.rank

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trading_point is not UNSET:
            field_dict["trading_point"] = trading_point
        if pnl_point is not UNSET:
            field_dict["pnl_point"] = pnl_point
        if referral_point is not UNSET:
            field_dict["referral_point"] = referral_point
        if rank is not UNSET:
            field_dict["rank"] = rank

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        trading_point = _src_dict.pop("trading_point", UNSET)

        pnl_point = _src_dict.pop("pnl_point", UNSET)

        referral_point = _src_dict.pop("referral_point", UNSET)

        rank = _src_dict.pop("rank", UNSET)

        get_user_statistics_response_data_weekly_breakdown_last_week = cls(
            trading_point=trading_point,
            pnl_point=pnl_point,
            referral_point=referral_point,
            rank=rank,
        )

        get_user_statistics_response_data_weekly_breakdown_last_week.additional_properties = _src_dict
        return get_user_statistics_response_data_weekly_breakdown_last_week

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
