from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetInternalTransferHistoryResponseDataRowsItem")


@_attrs_define
class GetInternalTransferHistoryResponseDataRowsItem:
    """
    Attributes:
        internal_transfer_request_id (float | Unset): Example: 123.
        id (str | Unset): Example: 230707030600002.
        token (str | Unset): Example: USDC.
        amount (float | Unset): Example: 555.
        from_account_id (str | Unset): Example: 0x000000.
        to_account_id (str | Unset): Example: 0x000000.
        status (str | Unset): Example: FAILED.
        created_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1688699193034.
        updated_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1688699193034.
    """

    internal_transfer_request_id: float | Unset = UNSET
    id: str | Unset = UNSET
    token: str | Unset = UNSET
    amount: float | Unset = UNSET
    from_account_id: str | Unset = UNSET
    to_account_id: str | Unset = UNSET
    status: str | Unset = UNSET
    created_time: float | Unset = UNSET
    updated_time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_transfer_request_id = self.internal_transfer_request_id

        id = self.id

        token = self.token

        amount = self.amount

        from_account_id = self.from_account_id

        to_account_id = self.to_account_id

        status = self.status

        created_time = self.created_time

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_transfer_request_id is not UNSET:
            field_dict["internal_transfer_request_id"] = internal_transfer_request_id
        if id is not UNSET:
            field_dict["id"] = id
        if token is not UNSET:
            field_dict["token"] = token
        if amount is not UNSET:
            field_dict["amount"] = amount
        if from_account_id is not UNSET:
            field_dict["from_account_id"] = from_account_id
        if to_account_id is not UNSET:
            field_dict["to_account_id"] = to_account_id
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
        internal_transfer_request_id = _src_dict.pop("internal_transfer_request_id", UNSET)

        id = _src_dict.pop("id", UNSET)

        token = _src_dict.pop("token", UNSET)

        amount = _src_dict.pop("amount", UNSET)

        from_account_id = _src_dict.pop("from_account_id", UNSET)

        to_account_id = _src_dict.pop("to_account_id", UNSET)

        status = _src_dict.pop("status", UNSET)

        created_time = _src_dict.pop("created_time", UNSET)

        updated_time = _src_dict.pop("updated_time", UNSET)

        get_internal_transfer_history_response_data_rows_item = cls(
            internal_transfer_request_id=internal_transfer_request_id,
            id=id,
            token=token,
            amount=amount,
            from_account_id=from_account_id,
            to_account_id=to_account_id,
            status=status,
            created_time=created_time,
            updated_time=updated_time,
        )

        get_internal_transfer_history_response_data_rows_item.additional_properties = _src_dict
        return get_internal_transfer_history_response_data_rows_item

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
