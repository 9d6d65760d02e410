from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_referee_list_response_data_rows_item_bind_type import (
    GetRefereeListResponseDataRowsItemBindType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetRefereeListResponseDataRowsItem")


@_attrs_define
class GetRefereeListResponseDataRowsItem:
    """
    Attributes:
        address (str | Unset):
        account_id (str | Unset):
        code_binding_time (float | Unset): Unit: milliseconds since the Unix epoch.
        bind_type (GetRefereeListResponseDataRowsItemBindType | Unset): One of: multi_level, legacy.
        bind_code (str | Unset):
        referral_rebate_rate (float | Unset):
        bonus_referrer_rebate_rate (float | Unset):
        referee_rebate_rate (float | Unset):
        bonus_referee_rebate_rate (float | Unset):
        is_default_rate (bool | Unset):
        direct_invites (float | Unset):
        indirect_invites (float | Unset):
        direct_volume (float | Unset):
        indirect_volume (float | Unset):
        direct_rebate (float | Unset):
        indirect_rebate (float | Unset):
        direct_bonus_rebate (float | Unset):
        base_rebate (float | Unset):
    """

    address: str | Unset = UNSET
    account_id: str | Unset = UNSET
    code_binding_time: float | Unset = UNSET
    bind_type: GetRefereeListResponseDataRowsItemBindType | Unset = UNSET
    bind_code: str | Unset = UNSET
    referral_rebate_rate: float | Unset = UNSET
    bonus_referrer_rebate_rate: float | Unset = UNSET
    referee_rebate_rate: float | Unset = UNSET
    bonus_referee_rebate_rate: float | Unset = UNSET
    is_default_rate: bool | Unset = UNSET
    direct_invites: float | Unset = UNSET
    indirect_invites: float | Unset = UNSET
    direct_volume: float | Unset = UNSET
    indirect_volume: float | Unset = UNSET
    direct_rebate: float | Unset = UNSET
    indirect_rebate: float | Unset = UNSET
    direct_bonus_rebate: float | Unset = UNSET
    base_rebate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        account_id = self.account_id

        code_binding_time = self.code_binding_time

        bind_type: str | Unset = UNSET
        if not isinstance(self.bind_type, Unset):
            bind_type = self.bind_type.value

        bind_code = self.bind_code

        referral_rebate_rate = self.referral_rebate_rate

        bonus_referrer_rebate_rate = self.bonus_referrer_rebate_rate

        referee_rebate_rate = self.referee_rebate_rate

        bonus_referee_rebate_rate = self.bonus_referee_rebate_rate

        is_default_rate = self.is_default_rate

        direct_invites = self.direct_invites

        indirect_invites = self.indirect_invites

        direct_volume = self.direct_volume

        indirect_volume = self.indirect_volume

        direct_rebate = self.direct_rebate

        indirect_rebate = self.indirect_rebate

        direct_bonus_rebate = self.direct_bonus_rebate

        base_rebate = self.base_rebate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if code_binding_time is not UNSET:
            field_dict["code_binding_time"] = code_binding_time
        if bind_type is not UNSET:
            field_dict["bind_type"] = bind_type
        if bind_code is not UNSET:
            field_dict["bind_code"] = bind_code
        if referral_rebate_rate is not UNSET:
            field_dict["referral_rebate_rate"] = referral_rebate_rate
        if bonus_referrer_rebate_rate is not UNSET:
            field_dict["bonus_referrer_rebate_rate"] = bonus_referrer_rebate_rate
        if referee_rebate_rate is not UNSET:
            field_dict["referee_rebate_rate"] = referee_rebate_rate
        if bonus_referee_rebate_rate is not UNSET:
            field_dict["bonus_referee_rebate_rate"] = bonus_referee_rebate_rate
        if is_default_rate is not UNSET:
            field_dict["is_default_rate"] = is_default_rate
        if direct_invites is not UNSET:
            field_dict["direct_invites"] = direct_invites
        if indirect_invites is not UNSET:
            field_dict["indirect_invites"] = indirect_invites
        if direct_volume is not UNSET:
            field_dict["direct_volume"] = direct_volume
        if indirect_volume is not UNSET:
            field_dict["indirect_volume"] = indirect_volume
        if direct_rebate is not UNSET:
            field_dict["direct_rebate"] = direct_rebate
        if indirect_rebate is not UNSET:
            field_dict["indirect_rebate"] = indirect_rebate
        if direct_bonus_rebate is not UNSET:
            field_dict["direct_bonus_rebate"] = direct_bonus_rebate
        if base_rebate is not UNSET:
            field_dict["base_rebate"] = base_rebate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        address = _src_dict.pop("address", UNSET)

        account_id = _src_dict.pop("account_id", UNSET)

        code_binding_time = _src_dict.pop("code_binding_time", UNSET)

        _bind_type = _src_dict.pop("bind_type", UNSET)
        bind_type: GetRefereeListResponseDataRowsItemBindType | Unset
        if isinstance(_bind_type, Unset):
            bind_type = UNSET
        else:
            bind_type = GetRefereeListResponseDataRowsItemBindType.from_wire(_bind_type)

        bind_code = _src_dict.pop("bind_code", UNSET)

        referral_rebate_rate = _src_dict.pop("referral_rebate_rate", UNSET)

        bonus_referrer_rebate_rate = _src_dict.pop("bonus_referrer_rebate_rate", UNSET)

        referee_rebate_rate = _src_dict.pop("referee_rebate_rate", UNSET)

        bonus_referee_rebate_rate = _src_dict.pop("bonus_referee_rebate_rate", UNSET)

        is_default_rate = _src_dict.pop("is_default_rate", UNSET)

        direct_invites = _src_dict.pop("direct_invites", UNSET)

        indirect_invites = _src_dict.pop("indirect_invites", UNSET)

        direct_volume = _src_dict.pop("direct_volume", UNSET)

        indirect_volume = _src_dict.pop("indirect_volume", UNSET)

        direct_rebate = _src_dict.pop("direct_rebate", UNSET)

        indirect_rebate = _src_dict.pop("indirect_rebate", UNSET)

        direct_bonus_rebate = _src_dict.pop("direct_bonus_rebate", UNSET)

        base_rebate = _src_dict.pop("base_rebate", UNSET)

        get_referee_list_response_data_rows_item = cls(
            address=address,
            account_id=account_id,
            code_binding_time=code_binding_time,
            bind_type=bind_type,
            bind_code=bind_code,
            referral_rebate_rate=referral_rebate_rate,
            bonus_referrer_rebate_rate=bonus_referrer_rebate_rate,
            referee_rebate_rate=referee_rebate_rate,
            bonus_referee_rebate_rate=bonus_referee_rebate_rate,
            is_default_rate=is_default_rate,
            direct_invites=direct_invites,
            indirect_invites=indirect_invites,
            direct_volume=direct_volume,
            indirect_volume=indirect_volume,
            direct_rebate=direct_rebate,
            indirect_rebate=indirect_rebate,
            direct_bonus_rebate=direct_bonus_rebate,
            base_rebate=base_rebate,
        )

        get_referee_list_response_data_rows_item.additional_properties = _src_dict
        return get_referee_list_response_data_rows_item

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
