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

T = TypeVar("T", bound="GetCampaignRankingResponseDataRowsItem")


@_attrs_define(repr=False)
class GetCampaignRankingResponseDataRowsItem:
    """
    Attributes:
        broker_id (str | Unset): Example: woofi_dex.
        account_id (str | Unset): Example: account01.eth.
        address (str | Unset): Example: 0xaccount01.
        volume (Decimal | Unset): Example: 800.12.
        pnl (Decimal | Unset): Example: 800.12.
        total_deposit_amount (Decimal | Unset): Example: 800.12.
        total_withdrawal_amount (Decimal | Unset): Example: 800.12.
        start_account_value (Decimal | Unset): Example: 800.12.
        end_account_value (Decimal | Unset): Example: 800.12.
    """

    broker_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    address: str | Unset = UNSET
    volume: Decimal | Unset = UNSET
    pnl: Decimal | Unset = UNSET
    total_deposit_amount: Decimal | Unset = UNSET
    total_withdrawal_amount: Decimal | Unset = UNSET
    start_account_value: Decimal | Unset = UNSET
    end_account_value: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _broker_id = _src_dict.pop("broker_id", UNSET)
        broker_id: str | Unset
        if isinstance(_broker_id, Unset):
            broker_id = UNSET
        else:
            broker_id = _broker_id if type(_broker_id) is str else str_from_wire(_broker_id, "broker_id")

        _account_id = _src_dict.pop("account_id", UNSET)
        account_id: str | Unset
        if isinstance(_account_id, Unset):
            account_id = UNSET
        else:
            account_id = _account_id if type(_account_id) is str else str_from_wire(_account_id, "account_id")

        _address = _src_dict.pop("address", UNSET)
        address: str | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = _address if type(_address) is str else str_from_wire(_address, "address")

        _volume = _src_dict.pop("volume", UNSET)
        volume: Decimal | Unset
        if isinstance(_volume, Unset):
            volume = UNSET
        else:
            volume = _volume if type(_volume) is Decimal else decimal_from_wire(_volume, "volume")

        _pnl = _src_dict.pop("pnl", UNSET)
        pnl: Decimal | Unset
        if isinstance(_pnl, Unset):
            pnl = UNSET
        else:
            pnl = _pnl if type(_pnl) is Decimal else decimal_from_wire(_pnl, "pnl")

        _total_deposit_amount = _src_dict.pop("total_deposit_amount", UNSET)
        total_deposit_amount: Decimal | Unset
        if isinstance(_total_deposit_amount, Unset):
            total_deposit_amount = UNSET
        else:
            total_deposit_amount = (
                _total_deposit_amount
                if type(_total_deposit_amount) is Decimal
                else decimal_from_wire(_total_deposit_amount, "total_deposit_amount")
            )

        _total_withdrawal_amount = _src_dict.pop("total_withdrawal_amount", UNSET)
        total_withdrawal_amount: Decimal | Unset
        if isinstance(_total_withdrawal_amount, Unset):
            total_withdrawal_amount = UNSET
        else:
            total_withdrawal_amount = (
                _total_withdrawal_amount
                if type(_total_withdrawal_amount) is Decimal
                else decimal_from_wire(_total_withdrawal_amount, "total_withdrawal_amount")
            )

        _start_account_value = _src_dict.pop("start_account_value", UNSET)
        start_account_value: Decimal | Unset
        if isinstance(_start_account_value, Unset):
            start_account_value = UNSET
        else:
            start_account_value = (
                _start_account_value
                if type(_start_account_value) is Decimal
                else decimal_from_wire(_start_account_value, "start_account_value")
            )

        _end_account_value = _src_dict.pop("end_account_value", UNSET)
        end_account_value: Decimal | Unset
        if isinstance(_end_account_value, Unset):
            end_account_value = UNSET
        else:
            end_account_value = (
                _end_account_value
                if type(_end_account_value) is Decimal
                else decimal_from_wire(_end_account_value, "end_account_value")
            )

        _result = cls(
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
