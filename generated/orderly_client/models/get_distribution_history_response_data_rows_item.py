from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetDistributionHistoryResponseDataRowsItem")


@_attrs_define
class GetDistributionHistoryResponseDataRowsItem:
    """
    Attributes:
        id (int | Unset): Example: 12345.
        token (str | Unset): Example: USDC.
        type_ (str | Unset): Example: REFERRAL_REBATE.
        amount (float | Unset): Example: 12.12.
        status (str | Unset): Example: COMPLETED.
        created_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1703511545867.
        updated_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1703511545867.
    """

    id: int | Unset = UNSET
    token: str | Unset = UNSET
    type_: str | Unset = UNSET
    amount: float | Unset = UNSET
    status: str | Unset = UNSET
    created_time: float | Unset = UNSET
    updated_time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        token = self.token

        type_ = self.type_

        amount = self.amount

        status = self.status

        created_time = self.created_time

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if token is not UNSET:
            field_dict["token"] = token
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount is not UNSET:
            field_dict["amount"] = amount
        if status is not UNSET:
            field_dict["status"] = status
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        id = _src_dict.pop("id", UNSET)

        token = _src_dict.pop("token", UNSET)

        type_ = _src_dict.pop("type", UNSET)

        amount = _src_dict.pop("amount", UNSET)

        status = _src_dict.pop("status", UNSET)

        created_time = _src_dict.pop("created_time", UNSET)

        updated_time = _src_dict.pop("updated_time", UNSET)

        get_distribution_history_response_data_rows_item = cls(
            id=id,
            token=token,
            type_=type_,
            amount=amount,
            status=status,
            created_time=created_time,
            updated_time=updated_time,
        )

        get_distribution_history_response_data_rows_item.additional_properties = _src_dict
        return get_distribution_history_response_data_rows_item

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
