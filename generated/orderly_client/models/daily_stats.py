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
    str_from_wire,
)

T = TypeVar("T", bound="DailyStats")


@_attrs_define(repr=False)
class DailyStats:
    """
    Attributes:
        account_value (Decimal | Unset): Example: 456789.12.
        date (str | Unset): Example: 2023-09-14.
        perp_volume (Decimal | Unset): Example: 451580.9523.
        pnl (Decimal | Unset): Example: 123.45.
        snapshot_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1722989203989.
    """

    account_value: Decimal | Unset = UNSET
    date: str | Unset = UNSET
    perp_volume: Decimal | Unset = UNSET
    pnl: Decimal | Unset = UNSET
    snapshot_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        account_value = self.account_value

        date = self.date

        perp_volume = self.perp_volume

        pnl = self.pnl

        snapshot_time = self.snapshot_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_value is not UNSET:
            field_dict["account_value"] = account_value
        if date is not UNSET:
            field_dict["date"] = date
        if perp_volume is not UNSET:
            field_dict["perp_volume"] = perp_volume
        if pnl is not UNSET:
            field_dict["pnl"] = pnl
        if snapshot_time is not UNSET:
            field_dict["snapshot_time"] = snapshot_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _account_value = _src_dict.pop("account_value", UNSET)
        account_value: Decimal | Unset
        if isinstance(_account_value, Unset):
            account_value = UNSET
        else:
            account_value = (
                _account_value
                if type(_account_value) is Decimal
                else decimal_from_wire(_account_value, "account_value")
            )

        _date = _src_dict.pop("date", UNSET)
        date: str | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = _date if type(_date) is str else str_from_wire(_date, "date")

        _perp_volume = _src_dict.pop("perp_volume", UNSET)
        perp_volume: Decimal | Unset
        if isinstance(_perp_volume, Unset):
            perp_volume = UNSET
        else:
            perp_volume = (
                _perp_volume if type(_perp_volume) is Decimal else decimal_from_wire(_perp_volume, "perp_volume")
            )

        _pnl = _src_dict.pop("pnl", UNSET)
        pnl: Decimal | Unset
        if isinstance(_pnl, Unset):
            pnl = UNSET
        else:
            pnl = _pnl if type(_pnl) is Decimal else decimal_from_wire(_pnl, "pnl")

        _snapshot_time = _src_dict.pop("snapshot_time", UNSET)
        snapshot_time: int | Unset
        if isinstance(_snapshot_time, Unset):
            snapshot_time = UNSET
        else:
            snapshot_time = (
                _snapshot_time if type(_snapshot_time) is int else int_from_wire(_snapshot_time, "snapshot_time")
            )

        _result = cls(
            account_value=account_value,
            date=date,
            perp_volume=perp_volume,
            pnl=pnl,
            snapshot_time=snapshot_time,
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
