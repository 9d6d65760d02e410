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

T = TypeVar("T", bound="InternalTransfer")


@_attrs_define(repr=False)
class InternalTransfer:
    """
    Attributes:
        internal_transfer_request_id (int | Unset): Example: 123.
        id (str | Unset): Example: 230707030600002.
        token (str | Unset): Example: USDC.
        amount (Decimal | Unset): Example: 555.
        from_account_id (str | Unset): Example: 0x000000.
        to_account_id (str | Unset): Example: 0x000000.
        status (str | Unset): Example: FAILED.
        created_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1688699193034.
        updated_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1688699193034.
    """

    internal_transfer_request_id: int | Unset = UNSET
    id: str | Unset = UNSET
    token: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    from_account_id: str | Unset = UNSET
    to_account_id: str | Unset = UNSET
    status: str | Unset = UNSET
    created_time: int | Unset = UNSET
    updated_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _internal_transfer_request_id = _src_dict.pop("internal_transfer_request_id", UNSET)
        internal_transfer_request_id: int | Unset
        if isinstance(_internal_transfer_request_id, Unset):
            internal_transfer_request_id = UNSET
        else:
            internal_transfer_request_id = (
                _internal_transfer_request_id
                if type(_internal_transfer_request_id) is int
                else int_from_wire(_internal_transfer_request_id, "internal_transfer_request_id")
            )

        _id = _src_dict.pop("id", UNSET)
        id: str | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = _id if type(_id) is str else str_from_wire(_id, "id")

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

        _from_account_id = _src_dict.pop("from_account_id", UNSET)
        from_account_id: str | Unset
        if isinstance(_from_account_id, Unset):
            from_account_id = UNSET
        else:
            from_account_id = (
                _from_account_id
                if type(_from_account_id) is str
                else str_from_wire(_from_account_id, "from_account_id")
            )

        _to_account_id = _src_dict.pop("to_account_id", UNSET)
        to_account_id: str | Unset
        if isinstance(_to_account_id, Unset):
            to_account_id = UNSET
        else:
            to_account_id = (
                _to_account_id if type(_to_account_id) is str else str_from_wire(_to_account_id, "to_account_id")
            )

        _status = _src_dict.pop("status", UNSET)
        status: str | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _status if type(_status) is str else str_from_wire(_status, "status")

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
