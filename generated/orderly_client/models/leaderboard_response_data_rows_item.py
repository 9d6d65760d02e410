from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    decimal_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="LeaderboardResponseDataRowsItem")


@_attrs_define(repr=False)
class LeaderboardResponseDataRowsItem:
    """
    Attributes:
        account_id (str): Example: 0x0b88771b33b176c4c3066a0742877988ee6aefccf8c3d98a31bcaefa23ca8b5a.
        date (datetime.date): Format: date, YYYY-MM-DD. Example: 2026-06-01.
        perp_volume (Decimal): Example: 283.648664.
        perp_maker_volume (Decimal): Example: 0.
        perp_taker_volume (Decimal): Example: 283.648664.
        total_fee (Decimal): Example: 0.056732.
        broker_fee (Decimal): Example: 0.028365.
        address (str): Example: 0xd43a72d2212d8c285299f2b2655f8ccb946e9d8b.
        realized_pnl (Decimal): Example: -5.7548125.
        broker_id (str): Example: fillx.
    """

    account_id: str
    date: datetime.date
    perp_volume: Decimal
    perp_maker_volume: Decimal
    perp_taker_volume: Decimal
    total_fee: Decimal
    broker_fee: Decimal
    address: str
    realized_pnl: Decimal
    broker_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        date = self.date.isoformat()

        perp_volume = self.perp_volume

        perp_maker_volume = self.perp_maker_volume

        perp_taker_volume = self.perp_taker_volume

        total_fee = self.total_fee

        broker_fee = self.broker_fee

        address = self.address

        realized_pnl = self.realized_pnl

        broker_id = self.broker_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "date": date,
                "perp_volume": perp_volume,
                "perp_maker_volume": perp_maker_volume,
                "perp_taker_volume": perp_taker_volume,
                "total_fee": total_fee,
                "broker_fee": broker_fee,
                "address": address,
                "realized_pnl": realized_pnl,
                "broker_id": broker_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _account_id = _src_dict.pop("account_id")
        account_id = _account_id if type(_account_id) is str else str_from_wire(_account_id, "account_id")

        date = datetime.date.fromisoformat(_src_dict.pop("date"))

        _perp_volume = _src_dict.pop("perp_volume")
        perp_volume = _perp_volume if type(_perp_volume) is Decimal else decimal_from_wire(_perp_volume, "perp_volume")

        _perp_maker_volume = _src_dict.pop("perp_maker_volume")
        perp_maker_volume = (
            _perp_maker_volume
            if type(_perp_maker_volume) is Decimal
            else decimal_from_wire(_perp_maker_volume, "perp_maker_volume")
        )

        _perp_taker_volume = _src_dict.pop("perp_taker_volume")
        perp_taker_volume = (
            _perp_taker_volume
            if type(_perp_taker_volume) is Decimal
            else decimal_from_wire(_perp_taker_volume, "perp_taker_volume")
        )

        _total_fee = _src_dict.pop("total_fee")
        total_fee = _total_fee if type(_total_fee) is Decimal else decimal_from_wire(_total_fee, "total_fee")

        _broker_fee = _src_dict.pop("broker_fee")
        broker_fee = _broker_fee if type(_broker_fee) is Decimal else decimal_from_wire(_broker_fee, "broker_fee")

        _address = _src_dict.pop("address")
        address = _address if type(_address) is str else str_from_wire(_address, "address")

        _realized_pnl = _src_dict.pop("realized_pnl")
        realized_pnl = (
            _realized_pnl if type(_realized_pnl) is Decimal else decimal_from_wire(_realized_pnl, "realized_pnl")
        )

        _broker_id = _src_dict.pop("broker_id")
        broker_id = _broker_id if type(_broker_id) is str else str_from_wire(_broker_id, "broker_id")

        _result = cls(
            account_id=account_id,
            date=date,
            perp_volume=perp_volume,
            perp_maker_volume=perp_maker_volume,
            perp_taker_volume=perp_taker_volume,
            total_fee=total_fee,
            broker_fee=broker_fee,
            address=address,
            realized_pnl=realized_pnl,
            broker_id=broker_id,
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
