from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VaultBalanceResponseDataRowsItem")


@_attrs_define
class VaultBalanceResponseDataRowsItem:
    """
    Attributes:
        chain_id (int | Unset): Example: 80001.
        token (str | Unset): Example: USDC.
        balance (float | Unset): Example: 1000.12345.
    """

    chain_id: int | Unset = UNSET
    token: str | Unset = UNSET
    balance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        chain_id = _src_dict.pop("chain_id", UNSET)

        token = _src_dict.pop("token", UNSET)

        balance = _src_dict.pop("balance", UNSET)

        vault_balance_response_data_rows_item = cls(
            chain_id=chain_id,
            token=token,
            balance=balance,
        )

        vault_balance_response_data_rows_item.additional_properties = _src_dict
        return vault_balance_response_data_rows_item

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
