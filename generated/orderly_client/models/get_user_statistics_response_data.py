from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models
from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

if TYPE_CHECKING:
    from ..models.get_user_statistics_response_data_weekly_breakdown import (
        GetUserStatisticsResponseDataWeeklyBreakdown,
    )


T = TypeVar("T", bound="GetUserStatisticsResponseData")


@_attrs_define(repr=False)
class GetUserStatisticsResponseData:
    """
    Attributes:
        stage (int | Unset): Example: 1.
        address (str | Unset): Example: 0x123....
        trading_point (Decimal | Unset): Example: 50.
        pnl_point (Decimal | Unset): Example: 30.
        referral_point (Decimal | Unset): Example: 20.
        stage_rank (int | Unset): Example: 1.
        stage_points (Decimal | Unset): Example: 100.
        weekly_breakdown (GetUserStatisticsResponseDataWeeklyBreakdown | Unset):
    """

    stage: int | Unset = UNSET
    address: str | Unset = UNSET
    trading_point: Decimal | Unset = UNSET
    pnl_point: Decimal | Unset = UNSET
    referral_point: Decimal | Unset = UNSET
    stage_rank: int | Unset = UNSET
    stage_points: Decimal | Unset = UNSET
    weekly_breakdown: GetUserStatisticsResponseDataWeeklyBreakdown | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            GetUserStatisticsResponseDataWeeklyBreakdown = _models.GetUserStatisticsResponseDataWeeklyBreakdown
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
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            GetUserStatisticsResponseDataWeeklyBreakdown = _models.GetUserStatisticsResponseDataWeeklyBreakdown
        _src_dict = dict(src_dict)
        _stage = _src_dict.pop("stage", UNSET)
        stage: int | Unset
        if isinstance(_stage, Unset):
            stage = UNSET
        else:
            stage = _stage if type(_stage) is int else int_from_wire(_stage, "stage")

        _address = _src_dict.pop("address", UNSET)
        address: str | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = _address if type(_address) is str else str_from_wire(_address, "address")

        _trading_point = _src_dict.pop("trading_point", UNSET)
        trading_point: Decimal | Unset
        if isinstance(_trading_point, Unset):
            trading_point = UNSET
        else:
            trading_point = (
                _trading_point
                if type(_trading_point) is Decimal
                else decimal_from_wire(_trading_point, "trading_point")
            )

        _pnl_point = _src_dict.pop("pnl_point", UNSET)
        pnl_point: Decimal | Unset
        if isinstance(_pnl_point, Unset):
            pnl_point = UNSET
        else:
            pnl_point = _pnl_point if type(_pnl_point) is Decimal else decimal_from_wire(_pnl_point, "pnl_point")

        _referral_point = _src_dict.pop("referral_point", UNSET)
        referral_point: Decimal | Unset
        if isinstance(_referral_point, Unset):
            referral_point = UNSET
        else:
            referral_point = (
                _referral_point
                if type(_referral_point) is Decimal
                else decimal_from_wire(_referral_point, "referral_point")
            )

        _stage_rank = _src_dict.pop("stage_rank", UNSET)
        stage_rank: int | Unset
        if isinstance(_stage_rank, Unset):
            stage_rank = UNSET
        else:
            stage_rank = _stage_rank if type(_stage_rank) is int else int_from_wire(_stage_rank, "stage_rank")

        _stage_points = _src_dict.pop("stage_points", UNSET)
        stage_points: Decimal | Unset
        if isinstance(_stage_points, Unset):
            stage_points = UNSET
        else:
            stage_points = (
                _stage_points if type(_stage_points) is Decimal else decimal_from_wire(_stage_points, "stage_points")
            )

        _weekly_breakdown = _src_dict.pop("weekly_breakdown", UNSET)
        weekly_breakdown: GetUserStatisticsResponseDataWeeklyBreakdown | Unset
        if isinstance(_weekly_breakdown, Unset):
            weekly_breakdown = UNSET
        else:
            weekly_breakdown = GetUserStatisticsResponseDataWeeklyBreakdown.from_dict(_weekly_breakdown)

        _result = cls(
            stage=stage,
            address=address,
            trading_point=trading_point,
            pnl_point=pnl_point,
            referral_point=referral_point,
            stage_rank=stage_rank,
            stage_points=stage_points,
            weekly_breakdown=weekly_breakdown,
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
