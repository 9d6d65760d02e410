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

T = TypeVar("T", bound="VaultBalance")


@_attrs_define(repr=False)
class VaultBalance:
    """
    Attributes:
        chain_id (int | Unset): Example: 80001.
        token (str | Unset): Example: USDC.
        balance (Decimal | Unset): Example: 1000.12345.
    """

    chain_id: int | Unset = UNSET
    token: str | Unset = UNSET
    balance: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        chain_id = self.chain_id

        token = self.token

        balance = self.balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chain_id is not UNSET:
            field_dict["chain_id"] = chain_id
        if token is not UNSET:
            field_dict["token"] = token
        if balance is not UNSET:
            field_dict["balance"] = balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _chain_id = _src_dict.pop("chain_id", UNSET)
        chain_id: int | Unset
        if isinstance(_chain_id, Unset):
            chain_id = UNSET
        else:
            chain_id = _chain_id if type(_chain_id) is int else int_from_wire(_chain_id, "chain_id")

        _token = _src_dict.pop("token", UNSET)
        token: str | Unset
        if isinstance(_token, Unset):
            token = UNSET
        else:
            token = _token if type(_token) is str else str_from_wire(_token, "token")

        _balance = _src_dict.pop("balance", UNSET)
        balance: Decimal | Unset
        if isinstance(_balance, Unset):
            balance = UNSET
        else:
            balance = _balance if type(_balance) is Decimal else decimal_from_wire(_balance, "balance")

        _result = cls(
            chain_id=chain_id,
            token=token,
            balance=balance,
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
