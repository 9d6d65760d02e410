from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMultiLevelAdminSummaryResponseDataRowsItem")


@_attrs_define
class GetMultiLevelAdminSummaryResponseDataRowsItem:
    """
    Attributes:
        account_id (str | Unset):
        user_address (str | Unset):
        total_direct_invites (float | Unset):
        total_indirect_invites (float | Unset):
        total_invites (float | Unset):
        total_direct_traded (float | Unset):
        total_indirect_traded (float | Unset):
        total_direct_volume (float | Unset):
        total_indirect_volume (float | Unset):
        total_volume (float | Unset):
        broker_fee (float | Unset):
        total_direct_rebate (float | Unset):
        total_indirect_rebate (float | Unset):
        total_direct_bonus_rebate (float | Unset):
        total_base_rebate (float | Unset):
        date (str | Unset):
    """

    account_id: str | Unset = UNSET
    user_address: str | Unset = UNSET
    total_direct_invites: float | Unset = UNSET
    total_indirect_invites: float | Unset = UNSET
    total_invites: float | Unset = UNSET
    total_direct_traded: float | Unset = UNSET
    total_indirect_traded: float | Unset = UNSET
    total_direct_volume: float | Unset = UNSET
    total_indirect_volume: float | Unset = UNSET
    total_volume: float | Unset = UNSET
    broker_fee: float | Unset = UNSET
    total_direct_rebate: float | Unset = UNSET
    total_indirect_rebate: float | Unset = UNSET
    total_direct_bonus_rebate: float | Unset = UNSET
    total_base_rebate: float | Unset = UNSET
    date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        user_address = self.user_address

        total_direct_invites = self.total_direct_invites

        total_indirect_invites = self.total_indirect_invites

        total_invites = self.total_invites

        total_direct_traded = self.total_direct_traded

        total_indirect_traded = self.total_indirect_traded

        total_direct_volume = self.total_direct_volume

        total_indirect_volume = self.total_indirect_volume

        total_volume = self.total_volume

        broker_fee = self.broker_fee

        total_direct_rebate = self.total_direct_rebate

        total_indirect_rebate = self.total_indirect_rebate

        total_direct_bonus_rebate = self.total_direct_bonus_rebate

        total_base_rebate = self.total_base_rebate

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if user_address is not UNSET:
            field_dict["user_address"] = user_address
        if total_direct_invites is not UNSET:
            field_dict["total_direct_invites"] = total_direct_invites
        if total_indirect_invites is not UNSET:
            field_dict["total_indirect_invites"] = total_indirect_invites
        if total_invites is not UNSET:
            field_dict["total_invites"] = total_invites
        if total_direct_traded is not UNSET:
            field_dict["total_direct_traded"] = total_direct_traded
        if total_indirect_traded is not UNSET:
            field_dict["total_indirect_traded"] = total_indirect_traded
        if total_direct_volume is not UNSET:
            field_dict["total_direct_volume"] = total_direct_volume
        if total_indirect_volume is not UNSET:
            field_dict["total_indirect_volume"] = total_indirect_volume
        if total_volume is not UNSET:
            field_dict["total_volume"] = total_volume
        if broker_fee is not UNSET:
            field_dict["broker_fee"] = broker_fee
        if total_direct_rebate is not UNSET:
            field_dict["total_direct_rebate"] = total_direct_rebate
        if total_indirect_rebate is not UNSET:
            field_dict["total_indirect_rebate"] = total_indirect_rebate
        if total_direct_bonus_rebate is not UNSET:
            field_dict["total_direct_bonus_rebate"] = total_direct_bonus_rebate
        if total_base_rebate is not UNSET:
            field_dict["total_base_rebate"] = total_base_rebate
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        account_id = _src_dict.pop("account_id", UNSET)

        user_address = _src_dict.pop("user_address", UNSET)

        total_direct_invites = _src_dict.pop("total_direct_invites", UNSET)

        total_indirect_invites = _src_dict.pop("total_indirect_invites", UNSET)

        total_invites = _src_dict.pop("total_invites", UNSET)

        total_direct_traded = _src_dict.pop("total_direct_traded", UNSET)

        total_indirect_traded = _src_dict.pop("total_indirect_traded", UNSET)

        total_direct_volume = _src_dict.pop("total_direct_volume", UNSET)

        total_indirect_volume = _src_dict.pop("total_indirect_volume", UNSET)

        total_volume = _src_dict.pop("total_volume", UNSET)

        broker_fee = _src_dict.pop("broker_fee", UNSET)

        total_direct_rebate = _src_dict.pop("total_direct_rebate", UNSET)

        total_indirect_rebate = _src_dict.pop("total_indirect_rebate", UNSET)

        total_direct_bonus_rebate = _src_dict.pop("total_direct_bonus_rebate", UNSET)

        total_base_rebate = _src_dict.pop("total_base_rebate", UNSET)

        date = _src_dict.pop("date", UNSET)

        get_multi_level_admin_summary_response_data_rows_item = cls(
            account_id=account_id,
            user_address=user_address,
            total_direct_invites=total_direct_invites,
            total_indirect_invites=total_indirect_invites,
            total_invites=total_invites,
            total_direct_traded=total_direct_traded,
            total_indirect_traded=total_indirect_traded,
            total_direct_volume=total_direct_volume,
            total_indirect_volume=total_indirect_volume,
            total_volume=total_volume,
            broker_fee=broker_fee,
            total_direct_rebate=total_direct_rebate,
            total_indirect_rebate=total_indirect_rebate,
            total_direct_bonus_rebate=total_direct_bonus_rebate,
            total_base_rebate=total_base_rebate,
            date=date,
        )

        get_multi_level_admin_summary_response_data_rows_item.additional_properties = _src_dict
        return get_multi_level_admin_summary_response_data_rows_item

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
