from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientStatisticsResponseData")


@_attrs_define
class ClientStatisticsResponseData:
    """
    Attributes:
        days_since_registration (int): Example: 109.
        fees_paid_last_30_days (float): Example: 0.
        perp_fees_paid_last_30_days (float): Example: 0.
        perp_trading_volume_last_24_hours (float): Example: 0.
        perp_trading_volume_last_30_days (float): Example: 0.
        perp_trading_volume_ytd (float): Example: 0.
        trading_volume_last_24_hours (float): Example: 0.
        trading_volume_last_30_days (float): Example: 0.
        trading_volume_ytd (float): Example: 459.7436.
        perp_trading_volume_last_7_days (float | Unset): Example: 0.
        perp_trading_volume_ltd (float | Unset): Example: 0.
    """

    days_since_registration: int
    fees_paid_last_30_days: float
    perp_fees_paid_last_30_days: float
    perp_trading_volume_last_24_hours: float
    perp_trading_volume_last_30_days: float
    perp_trading_volume_ytd: float
    trading_volume_last_24_hours: float
    trading_volume_last_30_days: float
    trading_volume_ytd: float
    perp_trading_volume_last_7_days: float | Unset = UNSET
    perp_trading_volume_ltd: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        days_since_registration = _src_dict.pop("days_since_registration")

        fees_paid_last_30_days = _src_dict.pop("fees_paid_last_30_days")

        perp_fees_paid_last_30_days = _src_dict.pop("perp_fees_paid_last_30_days")

        perp_trading_volume_last_24_hours = _src_dict.pop("perp_trading_volume_last_24_hours")

        perp_trading_volume_last_30_days = _src_dict.pop("perp_trading_volume_last_30_days")

        perp_trading_volume_ytd = _src_dict.pop("perp_trading_volume_ytd")

        trading_volume_last_24_hours = _src_dict.pop("trading_volume_last_24_hours")

        trading_volume_last_30_days = _src_dict.pop("trading_volume_last_30_days")

        trading_volume_ytd = _src_dict.pop("trading_volume_ytd")

        perp_trading_volume_last_7_days = _src_dict.pop("perp_trading_volume_last_7_days", UNSET)

        perp_trading_volume_ltd = _src_dict.pop("perp_trading_volume_ltd", UNSET)

        client_statistics_response_data = cls(
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

        client_statistics_response_data.additional_properties = _src_dict
        return client_statistics_response_data

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
