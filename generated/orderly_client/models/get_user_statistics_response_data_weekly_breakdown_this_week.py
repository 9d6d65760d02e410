from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    int_from_wire,
    model_repr,
)

T = TypeVar("T", bound="GetUserStatisticsResponseDataWeeklyBreakdownThisWeek")


@_attrs_define(repr=False)
class GetUserStatisticsResponseDataWeeklyBreakdownThisWeek:
    """
    Attributes:
        trading_point (Decimal | Unset): Example: 50.
        pnl_point (Decimal | Unset): Example: 30.
        referral_point (Decimal | Unset): Example: 20.
        rank (int | Unset): Example: 1.
    """

    trading_point: Decimal | Unset = UNSET
    pnl_point: Decimal | Unset = UNSET
    referral_point: Decimal | Unset = UNSET
    rank: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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

        _rank = _src_dict.pop("rank", UNSET)
        rank: int | Unset
        if isinstance(_rank, Unset):
            rank = UNSET
        else:
            rank = _rank if type(_rank) is int else int_from_wire(_rank, "rank")

        _result = cls(
            trading_point=trading_point,
            pnl_point=pnl_point,
            referral_point=referral_point,
            rank=rank,
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
