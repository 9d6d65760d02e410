from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceiverEventsResponseDataRowsItem")


@_attrs_define
class ReceiverEventsResponseDataRowsItem:
    """
    Attributes:
        chain_id (str | Unset): Example: 42161.
        tx_id (str | Unset): Example: 0x1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef.
        token (str | Unset): Example: USDC.
        amount (float | Unset): Example: 29.619521.
        created_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1767848705855.
        updated_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1767848724143.
    """

    chain_id: str | Unset = UNSET
    tx_id: str | Unset = UNSET
    token: str | Unset = UNSET
    amount: float | Unset = UNSET
    created_time: float | Unset = UNSET
    updated_time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain_id = self.chain_id

        tx_id = self.tx_id

        token = self.token

        amount = self.amount

        created_time = self.created_time

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chain_id is not UNSET:
            field_dict["chain_id"] = chain_id
        if tx_id is not UNSET:
            field_dict["tx_id"] = tx_id
        if token is not UNSET:
            field_dict["token"] = token
        if amount is not UNSET:
            field_dict["amount"] = amount
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        chain_id = _src_dict.pop("chain_id", UNSET)

        tx_id = _src_dict.pop("tx_id", UNSET)

        token = _src_dict.pop("token", UNSET)

        amount = _src_dict.pop("amount", UNSET)

        created_time = _src_dict.pop("created_time", UNSET)

        updated_time = _src_dict.pop("updated_time", UNSET)

        receiver_events_response_data_rows_item = cls(
            chain_id=chain_id,
            tx_id=tx_id,
            token=token,
            amount=amount,
            created_time=created_time,
            updated_time=updated_time,
        )

        receiver_events_response_data_rows_item.additional_properties = _src_dict
        return receiver_events_response_data_rows_item

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
