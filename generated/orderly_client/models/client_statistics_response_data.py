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

T = TypeVar("T", bound="ClientStatisticsResponseData")


@_attrs_define(repr=False)
class ClientStatisticsResponseData:
    """
    Attributes:
        days_since_registration (int): Example: 109.
        fees_paid_last_30_days (Decimal): Example: 0.
        perp_fees_paid_last_30_days (Decimal): Example: 0.
        perp_trading_volume_last_24_hours (Decimal): Example: 0.
        perp_trading_volume_last_30_days (Decimal): Example: 0.
        perp_trading_volume_ytd (Decimal): Example: 0.
        trading_volume_last_24_hours (Decimal): Example: 0.
        trading_volume_last_30_days (Decimal): Example: 0.
        trading_volume_ytd (Decimal): Example: 459.7436.
        perp_trading_volume_last_7_days (Decimal | Unset): Example: 0.
        perp_trading_volume_ltd (Decimal | Unset): Example: 0.
    """

    days_since_registration: int
    fees_paid_last_30_days: Decimal
    perp_fees_paid_last_30_days: Decimal
    perp_trading_volume_last_24_hours: Decimal
    perp_trading_volume_last_30_days: Decimal
    perp_trading_volume_ytd: Decimal
    trading_volume_last_24_hours: Decimal
    trading_volume_last_30_days: Decimal
    trading_volume_ytd: Decimal
    perp_trading_volume_last_7_days: Decimal | Unset = UNSET
    perp_trading_volume_ltd: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        days_since_registration = self.days_since_registration

        fees_paid_last_30_days = self.fees_paid_last_30_days

        perp_fees_paid_last_30_days = self.perp_fees_paid_last_30_days

        perp_trading_volume_last_24_hours = self.perp_trading_volume_last_24_hours

        perp_trading_volume_last_30_days = self.perp_trading_volume_last_30_days

        perp_trading_volume_ytd = self.perp_trading_volume_ytd

        trading_volume_last_24_hours = self.trading_volume_last_24_hours

        trading_volume_last_30_days = self.trading_volume_last_30_days

        trading_volume_ytd = self.trading_volume_ytd

        perp_trading_volume_last_7_days = self.perp_trading_volume_last_7_days

        perp_trading_volume_ltd = self.perp_trading_volume_ltd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "days_since_registration": days_since_registration,
                "fees_paid_last_30_days": fees_paid_last_30_days,
                "perp_fees_paid_last_30_days": perp_fees_paid_last_30_days,
                "perp_trading_volume_last_24_hours": perp_trading_volume_last_24_hours,
                "perp_trading_volume_last_30_days": perp_trading_volume_last_30_days,
                "perp_trading_volume_ytd": perp_trading_volume_ytd,
                "trading_volume_last_24_hours": trading_volume_last_24_hours,
                "trading_volume_last_30_days": trading_volume_last_30_days,
                "trading_volume_ytd": trading_volume_ytd,
            }
        )
        if perp_trading_volume_last_7_days is not UNSET:
            field_dict["perp_trading_volume_last_7_days"] = perp_trading_volume_last_7_days
        if perp_trading_volume_ltd is not UNSET:
            field_dict["perp_trading_volume_ltd"] = perp_trading_volume_ltd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _days_since_registration = _src_dict.pop("days_since_registration")
        days_since_registration = (
            _days_since_registration
            if type(_days_since_registration) is int
            else int_from_wire(_days_since_registration, "days_since_registration")
        )

        _fees_paid_last_30_days = _src_dict.pop("fees_paid_last_30_days")
        fees_paid_last_30_days = (
            _fees_paid_last_30_days
            if type(_fees_paid_last_30_days) is Decimal
            else decimal_from_wire(_fees_paid_last_30_days, "fees_paid_last_30_days")
        )

        _perp_fees_paid_last_30_days = _src_dict.pop("perp_fees_paid_last_30_days")
        perp_fees_paid_last_30_days = (
            _perp_fees_paid_last_30_days
            if type(_perp_fees_paid_last_30_days) is Decimal
            else decimal_from_wire(_perp_fees_paid_last_30_days, "perp_fees_paid_last_30_days")
        )

        _perp_trading_volume_last_24_hours = _src_dict.pop("perp_trading_volume_last_24_hours")
        perp_trading_volume_last_24_hours = (
            _perp_trading_volume_last_24_hours
            if type(_perp_trading_volume_last_24_hours) is Decimal
            else decimal_from_wire(_perp_trading_volume_last_24_hours, "perp_trading_volume_last_24_hours")
        )

        _perp_trading_volume_last_30_days = _src_dict.pop("perp_trading_volume_last_30_days")
        perp_trading_volume_last_30_days = (
            _perp_trading_volume_last_30_days
            if type(_perp_trading_volume_last_30_days) is Decimal
            else decimal_from_wire(_perp_trading_volume_last_30_days, "perp_trading_volume_last_30_days")
        )

        _perp_trading_volume_ytd = _src_dict.pop("perp_trading_volume_ytd")
        perp_trading_volume_ytd = (
            _perp_trading_volume_ytd
            if type(_perp_trading_volume_ytd) is Decimal
            else decimal_from_wire(_perp_trading_volume_ytd, "perp_trading_volume_ytd")
        )

        _trading_volume_last_24_hours = _src_dict.pop("trading_volume_last_24_hours")
        trading_volume_last_24_hours = (
            _trading_volume_last_24_hours
            if type(_trading_volume_last_24_hours) is Decimal
            else decimal_from_wire(_trading_volume_last_24_hours, "trading_volume_last_24_hours")
        )

        _trading_volume_last_30_days = _src_dict.pop("trading_volume_last_30_days")
        trading_volume_last_30_days = (
            _trading_volume_last_30_days
            if type(_trading_volume_last_30_days) is Decimal
            else decimal_from_wire(_trading_volume_last_30_days, "trading_volume_last_30_days")
        )

        _trading_volume_ytd = _src_dict.pop("trading_volume_ytd")
        trading_volume_ytd = (
            _trading_volume_ytd
            if type(_trading_volume_ytd) is Decimal
            else decimal_from_wire(_trading_volume_ytd, "trading_volume_ytd")
        )

        _perp_trading_volume_last_7_days = _src_dict.pop("perp_trading_volume_last_7_days", UNSET)
        perp_trading_volume_last_7_days: Decimal | Unset
        if isinstance(_perp_trading_volume_last_7_days, Unset):
            perp_trading_volume_last_7_days = UNSET
        else:
            perp_trading_volume_last_7_days = (
                _perp_trading_volume_last_7_days
                if type(_perp_trading_volume_last_7_days) is Decimal
                else decimal_from_wire(_perp_trading_volume_last_7_days, "perp_trading_volume_last_7_days")
            )

        _perp_trading_volume_ltd = _src_dict.pop("perp_trading_volume_ltd", UNSET)
        perp_trading_volume_ltd: Decimal | Unset
        if isinstance(_perp_trading_volume_ltd, Unset):
            perp_trading_volume_ltd = UNSET
        else:
            perp_trading_volume_ltd = (
                _perp_trading_volume_ltd
                if type(_perp_trading_volume_ltd) is Decimal
                else decimal_from_wire(_perp_trading_volume_ltd, "perp_trading_volume_ltd")
            )

        _result = cls(
            days_since_registration=days_since_registration,
            fees_paid_last_30_days=fees_paid_last_30_days,
            perp_fees_paid_last_30_days=perp_fees_paid_last_30_days,
            perp_trading_volume_last_24_hours=perp_trading_volume_last_24_hours,
            perp_trading_volume_last_30_days=perp_trading_volume_last_30_days,
            perp_trading_volume_ytd=perp_trading_volume_ytd,
            trading_volume_last_24_hours=trading_volume_last_24_hours,
            trading_volume_last_30_days=trading_volume_last_30_days,
            trading_volume_ytd=trading_volume_ytd,
            perp_trading_volume_last_7_days=perp_trading_volume_last_7_days,
            perp_trading_volume_ltd=perp_trading_volume_ltd,
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
