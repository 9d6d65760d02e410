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
)

T = TypeVar("T", bound="GetCampaignUserResponseData")


@_attrs_define(repr=False)
class GetCampaignUserResponseData:
    """
    Attributes:
        volume (Decimal | Unset): Example: 1000.123.
        filled_order_count (int | Unset): Example: 10.
        updated_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1688371971550.
        pnl (Decimal | Unset): Example: 800.12.
        total_deposit_amount (Decimal | Unset): Example: 800.12.
        total_withdrawal_amount (Decimal | Unset): Example: 800.12.
        start_account_value (Decimal | Unset): Example: 800.12.
        end_account_value (Decimal | Unset): Example: 800.12.
        new_invited_referee (Decimal | Unset): Example: 1.
        new_traded_referee (Decimal | Unset): Example: 10.
        total_staked_order (Decimal | Unset): Example: 111.
        total_staked_esorder (Decimal | Unset): Example: 111.
    """

    volume: Decimal | Unset = UNSET
    filled_order_count: int | Unset = UNSET
    updated_time: int | Unset = UNSET
    pnl: Decimal | Unset = UNSET
    total_deposit_amount: Decimal | Unset = UNSET
    total_withdrawal_amount: Decimal | Unset = UNSET
    start_account_value: Decimal | Unset = UNSET
    end_account_value: Decimal | Unset = UNSET
    new_invited_referee: Decimal | Unset = UNSET
    new_traded_referee: Decimal | Unset = UNSET
    total_staked_order: Decimal | Unset = UNSET
    total_staked_esorder: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        volume = self.volume

        filled_order_count = self.filled_order_count

        updated_time = self.updated_time

        pnl = self.pnl

        total_deposit_amount = self.total_deposit_amount

        total_withdrawal_amount = self.total_withdrawal_amount

        start_account_value = self.start_account_value

        end_account_value = self.end_account_value

        new_invited_referee = self.new_invited_referee

        new_traded_referee = self.new_traded_referee

        total_staked_order = self.total_staked_order

        total_staked_esorder = self.total_staked_esorder

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if volume is not UNSET:
            field_dict["volume"] = volume
        if filled_order_count is not UNSET:
            field_dict["filled_order_count"] = filled_order_count
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
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
        if new_invited_referee is not UNSET:
            field_dict["new_invited_referee"] = new_invited_referee
        if new_traded_referee is not UNSET:
            field_dict["new_traded_referee"] = new_traded_referee
        if total_staked_order is not UNSET:
            field_dict["total_staked_order"] = total_staked_order
        if total_staked_esorder is not UNSET:
            field_dict["total_staked_esorder"] = total_staked_esorder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _volume = _src_dict.pop("volume", UNSET)
        volume: Decimal | Unset
        if isinstance(_volume, Unset):
            volume = UNSET
        else:
            volume = _volume if type(_volume) is Decimal else decimal_from_wire(_volume, "volume")

        _filled_order_count = _src_dict.pop("filled_order_count", UNSET)
        filled_order_count: int | Unset
        if isinstance(_filled_order_count, Unset):
            filled_order_count = UNSET
        else:
            filled_order_count = (
                _filled_order_count
                if type(_filled_order_count) is int
                else int_from_wire(_filled_order_count, "filled_order_count")
            )

        _updated_time = _src_dict.pop("updated_time", UNSET)
        updated_time: int | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = _updated_time if type(_updated_time) is int else int_from_wire(_updated_time, "updated_time")

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

        _new_invited_referee = _src_dict.pop("new_invited_referee", UNSET)
        new_invited_referee: Decimal | Unset
        if isinstance(_new_invited_referee, Unset):
            new_invited_referee = UNSET
        else:
            new_invited_referee = (
                _new_invited_referee
                if type(_new_invited_referee) is Decimal
                else decimal_from_wire(_new_invited_referee, "new_invited_referee")
            )

        _new_traded_referee = _src_dict.pop("new_traded_referee", UNSET)
        new_traded_referee: Decimal | Unset
        if isinstance(_new_traded_referee, Unset):
            new_traded_referee = UNSET
        else:
            new_traded_referee = (
                _new_traded_referee
                if type(_new_traded_referee) is Decimal
                else decimal_from_wire(_new_traded_referee, "new_traded_referee")
            )

        _total_staked_order = _src_dict.pop("total_staked_order", UNSET)
        total_staked_order: Decimal | Unset
        if isinstance(_total_staked_order, Unset):
            total_staked_order = UNSET
        else:
            total_staked_order = (
                _total_staked_order
                if type(_total_staked_order) is Decimal
                else decimal_from_wire(_total_staked_order, "total_staked_order")
            )

        _total_staked_esorder = _src_dict.pop("total_staked_esorder", UNSET)
        total_staked_esorder: Decimal | Unset
        if isinstance(_total_staked_esorder, Unset):
            total_staked_esorder = UNSET
        else:
            total_staked_esorder = (
                _total_staked_esorder
                if type(_total_staked_esorder) is Decimal
                else decimal_from_wire(_total_staked_esorder, "total_staked_esorder")
            )

        _result = cls(
            volume=volume,
            filled_order_count=filled_order_count,
            updated_time=updated_time,
            pnl=pnl,
            total_deposit_amount=total_deposit_amount,
            total_withdrawal_amount=total_withdrawal_amount,
            start_account_value=start_account_value,
            end_account_value=end_account_value,
            new_invited_referee=new_invited_referee,
            new_traded_referee=new_traded_referee,
            total_staked_order=total_staked_order,
            total_staked_esorder=total_staked_esorder,
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
