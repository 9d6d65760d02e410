from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetBrokerInfoResponseData")


@_attrs_define
class GetBrokerInfoResponseData:
    """
    Attributes:
        broker_id (str | Unset): Example: orderlydemo.
        total_staked_balance (float | Unset): Example: 300730.5454.
        volume_last_30_days (float | Unset): Example: 300730.5454.
        type_ (str | Unset): Example: DIAMOND.
        base_maker_fee_rate (float | Unset): Example: 0.0.
        base_taker_fee_rate (float | Unset): Example: 1.0.
        base_rwa_maker_fee_rate (float | Unset): Example: 0.0.
        base_rwa_taker_fee_rate (float | Unset): Example: 1.0.
        updated_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1702989203989.
    """

    broker_id: str | Unset = UNSET
    total_staked_balance: float | Unset = UNSET
    volume_last_30_days: float | Unset = UNSET
    type_: str | Unset = UNSET
    base_maker_fee_rate: float | Unset = UNSET
    base_taker_fee_rate: float | Unset = UNSET
    base_rwa_maker_fee_rate: float | Unset = UNSET
    base_rwa_taker_fee_rate: float | Unset = UNSET
    updated_time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        broker_id = _src_dict.pop("broker_id", UNSET)

        total_staked_balance = _src_dict.pop("total_staked_balance", UNSET)

        volume_last_30_days = _src_dict.pop("volume_last_30_days", UNSET)

        type_ = _src_dict.pop("type", UNSET)

        base_maker_fee_rate = _src_dict.pop("base_maker_fee_rate", UNSET)

        base_taker_fee_rate = _src_dict.pop("base_taker_fee_rate", UNSET)

        base_rwa_maker_fee_rate = _src_dict.pop("base_rwa_maker_fee_rate", UNSET)

        base_rwa_taker_fee_rate = _src_dict.pop("base_rwa_taker_fee_rate", UNSET)

        updated_time = _src_dict.pop("updated_time", UNSET)

        get_broker_info_response_data = cls(
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

        get_broker_info_response_data.additional_properties = _src_dict
        return get_broker_info_response_data

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
