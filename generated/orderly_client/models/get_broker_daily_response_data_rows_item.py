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
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="GetBrokerDailyResponseDataRowsItem")


@_attrs_define(repr=False)
class GetBrokerDailyResponseDataRowsItem:
    """
    Attributes:
        account_id (str | Unset): Example: 0x58220761ade872c94f85e62f1b24a74eec792aaa3677b6201071fd05c1698e89.
        date (str | Unset): Example: 2023-09-14.
        perp_volume (Decimal | Unset): Example: 451580.9523.
        perp_maker_volume (Decimal | Unset): Example: 123.456.
        perp_taker_volum (Decimal | Unset): Example: 123.456.
        total_fee (Decimal | Unset): Example: 123.456.
        broker_fee (Decimal | Unset): Example: 123.456.
        address (str | Unset): Example: 0x0000000000.
        realized_pnl (Decimal | Unset): Example: 111.0.
    """

    account_id: str | Unset = UNSET
    date: str | Unset = UNSET
    perp_volume: Decimal | Unset = UNSET
    perp_maker_volume: Decimal | Unset = UNSET
    perp_taker_volum: Decimal | Unset = UNSET
    total_fee: Decimal | Unset = UNSET
    broker_fee: Decimal | Unset = UNSET
    address: str | Unset = UNSET
    realized_pnl: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        date = self.date

        perp_volume = self.perp_volume

        perp_maker_volume = self.perp_maker_volume

        perp_taker_volum = self.perp_taker_volum

        total_fee = self.total_fee

        broker_fee = self.broker_fee

        address = self.address

        realized_pnl = self.realized_pnl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if date is not UNSET:
            field_dict["date"] = date
        if perp_volume is not UNSET:
            field_dict["perp_volume"] = perp_volume
        if perp_maker_volume is not UNSET:
            field_dict["perp_maker_volume"] = perp_maker_volume
        if perp_taker_volum is not UNSET:
            field_dict["perp_taker_volum"] = perp_taker_volum
        if total_fee is not UNSET:
            field_dict["total_fee"] = total_fee
        if broker_fee is not UNSET:
            field_dict["broker_fee"] = broker_fee
        if address is not UNSET:
            field_dict["address"] = address
        if realized_pnl is not UNSET:
            field_dict["realized_pnl"] = realized_pnl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _account_id = _src_dict.pop("account_id", UNSET)
        account_id: str | Unset
        if isinstance(_account_id, Unset):
            account_id = UNSET
        else:
            account_id = _account_id if type(_account_id) is str else str_from_wire(_account_id, "account_id")

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

        _perp_maker_volume = _src_dict.pop("perp_maker_volume", UNSET)
        perp_maker_volume: Decimal | Unset
        if isinstance(_perp_maker_volume, Unset):
            perp_maker_volume = UNSET
        else:
            perp_maker_volume = (
                _perp_maker_volume
                if type(_perp_maker_volume) is Decimal
                else decimal_from_wire(_perp_maker_volume, "perp_maker_volume")
            )

        _perp_taker_volum = _src_dict.pop("perp_taker_volum", UNSET)
        perp_taker_volum: Decimal | Unset
        if isinstance(_perp_taker_volum, Unset):
            perp_taker_volum = UNSET
        else:
            perp_taker_volum = (
                _perp_taker_volum
                if type(_perp_taker_volum) is Decimal
                else decimal_from_wire(_perp_taker_volum, "perp_taker_volum")
            )

        _total_fee = _src_dict.pop("total_fee", UNSET)
        total_fee: Decimal | Unset
        if isinstance(_total_fee, Unset):
            total_fee = UNSET
        else:
            total_fee = _total_fee if type(_total_fee) is Decimal else decimal_from_wire(_total_fee, "total_fee")

        _broker_fee = _src_dict.pop("broker_fee", UNSET)
        broker_fee: Decimal | Unset
        if isinstance(_broker_fee, Unset):
            broker_fee = UNSET
        else:
            broker_fee = _broker_fee if type(_broker_fee) is Decimal else decimal_from_wire(_broker_fee, "broker_fee")

        _address = _src_dict.pop("address", UNSET)
        address: str | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = _address if type(_address) is str else str_from_wire(_address, "address")

        _realized_pnl = _src_dict.pop("realized_pnl", UNSET)
        realized_pnl: Decimal | Unset
        if isinstance(_realized_pnl, Unset):
            realized_pnl = UNSET
        else:
            realized_pnl = (
                _realized_pnl if type(_realized_pnl) is Decimal else decimal_from_wire(_realized_pnl, "realized_pnl")
            )

        _result = cls(
            account_id=account_id,
            date=date,
            perp_volume=perp_volume,
            perp_maker_volume=perp_maker_volume,
            perp_taker_volum=perp_taker_volum,
            total_fee=total_fee,
            broker_fee=broker_fee,
            address=address,
            realized_pnl=realized_pnl,
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
