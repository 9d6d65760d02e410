from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetBrokerDailyResponseDataRowsItem")


@_attrs_define
class GetBrokerDailyResponseDataRowsItem:
    """
    Attributes:
        account_id (str | Unset): Example: 0x58220761ade872c94f85e62f1b24a74eec792aaa3677b6201071fd05c1698e89.
        date (str | Unset): Example: 2023-09-14.
        perp_volume (float | Unset): Example: 451580.9523.
        perp_maker_volume (float | Unset): Example: 123.456.
        perp_taker_volum (float | Unset): Example: 123.456.
        total_fee (float | Unset): Example: 123.456.
        broker_fee (float | Unset): Example: 123.456.
        address (str | Unset): Example: 0x0000000000.
        realized_pnl (float | Unset): Example: 111.0.
    """

    account_id: str | Unset = UNSET
    date: str | Unset = UNSET
    perp_volume: float | Unset = UNSET
    perp_maker_volume: float | Unset = UNSET
    perp_taker_volum: float | Unset = UNSET
    total_fee: float | Unset = UNSET
    broker_fee: float | Unset = UNSET
    address: str | Unset = UNSET
    realized_pnl: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        account_id = _src_dict.pop("account_id", UNSET)

        date = _src_dict.pop("date", UNSET)

        perp_volume = _src_dict.pop("perp_volume", UNSET)

        perp_maker_volume = _src_dict.pop("perp_maker_volume", UNSET)

        perp_taker_volum = _src_dict.pop("perp_taker_volum", UNSET)

        total_fee = _src_dict.pop("total_fee", UNSET)

        broker_fee = _src_dict.pop("broker_fee", UNSET)

        address = _src_dict.pop("address", UNSET)

        realized_pnl = _src_dict.pop("realized_pnl", UNSET)

        get_broker_daily_response_data_rows_item = cls(
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

        get_broker_daily_response_data_rows_item.additional_properties = _src_dict
        return get_broker_daily_response_data_rows_item

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
