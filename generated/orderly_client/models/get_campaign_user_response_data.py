from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCampaignUserResponseData")


@_attrs_define
class GetCampaignUserResponseData:
    """
    Attributes:
        volume (float | Unset): Example: 1000.123.
        filled_order_count (int | Unset): Example: 10.
        updated_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1688371971550.
        pnl (float | Unset): Example: 800.12.
        total_deposit_amount (float | Unset): Example: 800.12.
        total_withdrawal_amount (float | Unset): Example: 800.12.
        start_account_value (float | Unset): Example: 800.12.
        end_account_value (float | Unset): Example: 800.12.
        new_invited_referee (float | Unset): Example: 1.
        new_traded_referee (float | Unset): Example: 10.
        total_staked_order (float | Unset): Example: 111.
        total_staked_esorder (float | Unset): Example: 111.
    """

    volume: float | Unset = UNSET
    filled_order_count: int | Unset = UNSET
    updated_time: int | Unset = UNSET
    pnl: float | Unset = UNSET
    total_deposit_amount: float | Unset = UNSET
    total_withdrawal_amount: float | Unset = UNSET
    start_account_value: float | Unset = UNSET
    end_account_value: float | Unset = UNSET
    new_invited_referee: float | Unset = UNSET
    new_traded_referee: float | Unset = UNSET
    total_staked_order: float | Unset = UNSET
    total_staked_esorder: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        volume = _src_dict.pop("volume", UNSET)

        filled_order_count = _src_dict.pop("filled_order_count", UNSET)

        updated_time = _src_dict.pop("updated_time", UNSET)

        pnl = _src_dict.pop("pnl", UNSET)

        total_deposit_amount = _src_dict.pop("total_deposit_amount", UNSET)

        total_withdrawal_amount = _src_dict.pop("total_withdrawal_amount", UNSET)

        start_account_value = _src_dict.pop("start_account_value", UNSET)

        end_account_value = _src_dict.pop("end_account_value", UNSET)

        new_invited_referee = _src_dict.pop("new_invited_referee", UNSET)

        new_traded_referee = _src_dict.pop("new_traded_referee", UNSET)

        total_staked_order = _src_dict.pop("total_staked_order", UNSET)

        total_staked_esorder = _src_dict.pop("total_staked_esorder", UNSET)

        get_campaign_user_response_data = cls(
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

        get_campaign_user_response_data.additional_properties = _src_dict
        return get_campaign_user_response_data

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
