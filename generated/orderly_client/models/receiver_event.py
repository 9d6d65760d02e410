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
    str_from_wire,
)

T = TypeVar("T", bound="ReceiverEvent")


@_attrs_define(repr=False)
class ReceiverEvent:
    """
    Attributes:
        chain_id (str | Unset): Example: 42161.
        tx_id (str | Unset): Example: 0x1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef.
        token (str | Unset): Example: USDC.
        amount (Decimal | Unset): Example: 29.619521.
        created_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1767848705855.
        updated_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1767848724143.
    """

    chain_id: str | Unset = UNSET
    tx_id: str | Unset = UNSET
    token: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    created_time: int | Unset = UNSET
    updated_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _chain_id = _src_dict.pop("chain_id", UNSET)
        chain_id: str | Unset
        if isinstance(_chain_id, Unset):
            chain_id = UNSET
        else:
            chain_id = _chain_id if type(_chain_id) is str else str_from_wire(_chain_id, "chain_id")

        _tx_id = _src_dict.pop("tx_id", UNSET)
        tx_id: str | Unset
        if isinstance(_tx_id, Unset):
            tx_id = UNSET
        else:
            tx_id = _tx_id if type(_tx_id) is str else str_from_wire(_tx_id, "tx_id")

        _token = _src_dict.pop("token", UNSET)
        token: str | Unset
        if isinstance(_token, Unset):
            token = UNSET
        else:
            token = _token if type(_token) is str else str_from_wire(_token, "token")

        _amount = _src_dict.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = _amount if type(_amount) is Decimal else decimal_from_wire(_amount, "amount")

        _created_time = _src_dict.pop("created_time", UNSET)
        created_time: int | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = _created_time if type(_created_time) is int else int_from_wire(_created_time, "created_time")

        _updated_time = _src_dict.pop("updated_time", UNSET)
        updated_time: int | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = _updated_time if type(_updated_time) is int else int_from_wire(_updated_time, "updated_time")

        _result = cls(
            chain_id=chain_id,
            tx_id=tx_id,
            token=token,
            amount=amount,
            created_time=created_time,
            updated_time=updated_time,
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
