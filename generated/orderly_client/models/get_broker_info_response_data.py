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

T = TypeVar("T", bound="GetBrokerInfoResponseData")


@_attrs_define(repr=False)
class GetBrokerInfoResponseData:
    """
    Attributes:
        broker_id (str | Unset): Example: orderlydemo.
        total_staked_balance (Decimal | Unset): Example: 300730.5454.
        volume_last_30_days (Decimal | Unset): Example: 300730.5454.
        type_ (str | Unset): Example: DIAMOND.
        base_maker_fee_rate (Decimal | Unset): Example: 0.0.
        base_taker_fee_rate (Decimal | Unset): Example: 1.0.
        base_rwa_maker_fee_rate (Decimal | Unset): Example: 0.0.
        base_rwa_taker_fee_rate (Decimal | Unset): Example: 1.0.
        updated_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1702989203989.
    """

    broker_id: str | Unset = UNSET
    total_staked_balance: Decimal | Unset = UNSET
    volume_last_30_days: Decimal | Unset = UNSET
    type_: str | Unset = UNSET
    base_maker_fee_rate: Decimal | Unset = UNSET
    base_taker_fee_rate: Decimal | Unset = UNSET
    base_rwa_maker_fee_rate: Decimal | Unset = UNSET
    base_rwa_taker_fee_rate: Decimal | Unset = UNSET
    updated_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        broker_id = self.broker_id

        total_staked_balance = self.total_staked_balance

        volume_last_30_days = self.volume_last_30_days

        type_ = self.type_

        base_maker_fee_rate = self.base_maker_fee_rate

        base_taker_fee_rate = self.base_taker_fee_rate

        base_rwa_maker_fee_rate = self.base_rwa_maker_fee_rate

        base_rwa_taker_fee_rate = self.base_rwa_taker_fee_rate

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if broker_id is not UNSET:
            field_dict["broker_id"] = broker_id
        if total_staked_balance is not UNSET:
            field_dict["total_staked_balance"] = total_staked_balance
        if volume_last_30_days is not UNSET:
            field_dict["volume_last_30_days"] = volume_last_30_days
        if type_ is not UNSET:
            field_dict["type"] = type_
        if base_maker_fee_rate is not UNSET:
            field_dict["base_maker_fee_rate"] = base_maker_fee_rate
        if base_taker_fee_rate is not UNSET:
            field_dict["base_taker_fee_rate"] = base_taker_fee_rate
        if base_rwa_maker_fee_rate is not UNSET:
            field_dict["base_rwa_maker_fee_rate"] = base_rwa_maker_fee_rate
        if base_rwa_taker_fee_rate is not UNSET:
            field_dict["base_rwa_taker_fee_rate"] = base_rwa_taker_fee_rate
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _broker_id = _src_dict.pop("broker_id", UNSET)
        broker_id: str | Unset
        if isinstance(_broker_id, Unset):
            broker_id = UNSET
        else:
            broker_id = _broker_id if type(_broker_id) is str else str_from_wire(_broker_id, "broker_id")

        _total_staked_balance = _src_dict.pop("total_staked_balance", UNSET)
        total_staked_balance: Decimal | Unset
        if isinstance(_total_staked_balance, Unset):
            total_staked_balance = UNSET
        else:
            total_staked_balance = (
                _total_staked_balance
                if type(_total_staked_balance) is Decimal
                else decimal_from_wire(_total_staked_balance, "total_staked_balance")
            )

        _volume_last_30_days = _src_dict.pop("volume_last_30_days", UNSET)
        volume_last_30_days: Decimal | Unset
        if isinstance(_volume_last_30_days, Unset):
            volume_last_30_days = UNSET
        else:
            volume_last_30_days = (
                _volume_last_30_days
                if type(_volume_last_30_days) is Decimal
                else decimal_from_wire(_volume_last_30_days, "volume_last_30_days")
            )

        _type_ = _src_dict.pop("type", UNSET)
        type_: str | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _type_ if type(_type_) is str else str_from_wire(_type_, "type")

        _base_maker_fee_rate = _src_dict.pop("base_maker_fee_rate", UNSET)
        base_maker_fee_rate: Decimal | Unset
        if isinstance(_base_maker_fee_rate, Unset):
            base_maker_fee_rate = UNSET
        else:
            base_maker_fee_rate = (
                _base_maker_fee_rate
                if type(_base_maker_fee_rate) is Decimal
                else decimal_from_wire(_base_maker_fee_rate, "base_maker_fee_rate")
            )

        _base_taker_fee_rate = _src_dict.pop("base_taker_fee_rate", UNSET)
        base_taker_fee_rate: Decimal | Unset
        if isinstance(_base_taker_fee_rate, Unset):
            base_taker_fee_rate = UNSET
        else:
            base_taker_fee_rate = (
                _base_taker_fee_rate
                if type(_base_taker_fee_rate) is Decimal
                else decimal_from_wire(_base_taker_fee_rate, "base_taker_fee_rate")
            )

        _base_rwa_maker_fee_rate = _src_dict.pop("base_rwa_maker_fee_rate", UNSET)
        base_rwa_maker_fee_rate: Decimal | Unset
        if isinstance(_base_rwa_maker_fee_rate, Unset):
            base_rwa_maker_fee_rate = UNSET
        else:
            base_rwa_maker_fee_rate = (
                _base_rwa_maker_fee_rate
                if type(_base_rwa_maker_fee_rate) is Decimal
                else decimal_from_wire(_base_rwa_maker_fee_rate, "base_rwa_maker_fee_rate")
            )

        _base_rwa_taker_fee_rate = _src_dict.pop("base_rwa_taker_fee_rate", UNSET)
        base_rwa_taker_fee_rate: Decimal | Unset
        if isinstance(_base_rwa_taker_fee_rate, Unset):
            base_rwa_taker_fee_rate = UNSET
        else:
            base_rwa_taker_fee_rate = (
                _base_rwa_taker_fee_rate
                if type(_base_rwa_taker_fee_rate) is Decimal
                else decimal_from_wire(_base_rwa_taker_fee_rate, "base_rwa_taker_fee_rate")
            )

        _updated_time = _src_dict.pop("updated_time", UNSET)
        updated_time: int | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = _updated_time if type(_updated_time) is int else int_from_wire(_updated_time, "updated_time")

        _result = cls(
            broker_id=broker_id,
            total_staked_balance=total_staked_balance,
            volume_last_30_days=volume_last_30_days,
            type_=type_,
            base_maker_fee_rate=base_maker_fee_rate,
            base_taker_fee_rate=base_taker_fee_rate,
            base_rwa_maker_fee_rate=base_rwa_maker_fee_rate,
            base_rwa_taker_fee_rate=base_rwa_taker_fee_rate,
            updated_time=updated_time,
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
