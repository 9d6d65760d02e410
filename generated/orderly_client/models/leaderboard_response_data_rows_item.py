from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LeaderboardResponseDataRowsItem")


@_attrs_define
class LeaderboardResponseDataRowsItem:
    """
    Attributes:
        account_id (str): Example: 0x0b88771b33b176c4c3066a0742877988ee6aefccf8c3d98a31bcaefa23ca8b5a.
        date (datetime.date): Format: date, YYYY-MM-DD. Example: 2026-06-01.
        perp_volume (float): Example: 283.648664.
        perp_maker_volume (float): Example: 0.
        perp_taker_volume (float): Example: 283.648664.
        total_fee (float): Example: 0.056732.
        broker_fee (float): Example: 0.028365.
        address (str): Example: 0xd43a72d2212d8c285299f2b2655f8ccb946e9d8b.
        realized_pnl (float): Example: -5.7548125.
        broker_id (str): Example: fillx.
    """

    account_id: str
    date: datetime.date
    perp_volume: float
    perp_maker_volume: float
    perp_taker_volume: float
    total_fee: float
    broker_fee: float
    address: str
    realized_pnl: float
    broker_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        account_id = _src_dict.pop("account_id")

        date = datetime.date.fromisoformat(_src_dict.pop("date"))

        perp_volume = _src_dict.pop("perp_volume")

        perp_maker_volume = _src_dict.pop("perp_maker_volume")

        perp_taker_volume = _src_dict.pop("perp_taker_volume")

        total_fee = _src_dict.pop("total_fee")

        broker_fee = _src_dict.pop("broker_fee")

        address = _src_dict.pop("address")

        realized_pnl = _src_dict.pop("realized_pnl")

        broker_id = _src_dict.pop("broker_id")

        leaderboard_response_data_rows_item = cls(
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

        leaderboard_response_data_rows_item.additional_properties = _src_dict
        return leaderboard_response_data_rows_item

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
