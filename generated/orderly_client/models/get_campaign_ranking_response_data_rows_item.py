from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCampaignRankingResponseDataRowsItem")


@_attrs_define
class GetCampaignRankingResponseDataRowsItem:
    """
    Attributes:
        broker_id (str | Unset): Example: woofi_dex.
        account_id (str | Unset): Example: account01.eth.
        address (str | Unset): Example: 0xaccount01.
        volume (float | Unset): Example: 800.12.
        pnl (float | Unset): Example: 800.12.
        total_deposit_amount (float | Unset): Example: 800.12.
        total_withdrawal_amount (float | Unset): Example: 800.12.
        start_account_value (float | Unset): Example: 800.12.
        end_account_value (float | Unset): Example: 800.12.
    """

    broker_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    address: str | Unset = UNSET
    volume: float | Unset = UNSET
    pnl: float | Unset = UNSET
    total_deposit_amount: float | Unset = UNSET
    total_withdrawal_amount: float | Unset = UNSET
    start_account_value: float | Unset = UNSET
    end_account_value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        broker_id = self.broker_id

        account_id = self.account_id

        address = self.address

        volume = self.volume

        pnl = self.pnl

        total_deposit_amount = self.total_deposit_amount

        total_withdrawal_amount = self.total_withdrawal_amount

        start_account_value = self.start_account_value

        end_account_value = self.end_account_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if broker_id is not UNSET:
            field_dict["broker_id"] = broker_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if address is not UNSET:
            field_dict["address"] = address
        if volume is not UNSET:
            field_dict["volume"] = volume
        if pnl is not UNSET:
            field_dict["pnl"] = pnl
        if total_deposit_amount is not UNSET:
            field_dict["total_deposit_amount"] = total_deposit_amount
        if total_withdrawal_amount is not UNSET:
            field_dict["total_withdrawal_amount"] = total_withdrawal_amount
        if start_account_value is not UNSET:
            field_dict["start_account_value"] = start_account_value
        if end_account_value is not UNSET:
            field_dict["end_account_value"] = end_account_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        broker_id = _src_dict.pop("broker_id", UNSET)

        account_id = _src_dict.pop("account_id", UNSET)

        address = _src_dict.pop("address", UNSET)

        volume = _src_dict.pop("volume", UNSET)

        pnl = _src_dict.pop("pnl", UNSET)

        total_deposit_amount = _src_dict.pop("total_deposit_amount", UNSET)

        total_withdrawal_amount = _src_dict.pop("total_withdrawal_amount", UNSET)

        start_account_value = _src_dict.pop("start_account_value", UNSET)

        end_account_value = _src_dict.pop("end_account_value", UNSET)

        get_campaign_ranking_response_data_rows_item = cls(
            broker_id=broker_id,
            account_id=account_id,
            address=address,
            volume=volume,
            pnl=pnl,
            total_deposit_amount=total_deposit_amount,
            total_withdrawal_amount=total_withdrawal_amount,
            start_account_value=start_account_value,
            end_account_value=end_account_value,
        )

        get_campaign_ranking_response_data_rows_item.additional_properties = _src_dict
        return get_campaign_ranking_response_data_rows_item

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
