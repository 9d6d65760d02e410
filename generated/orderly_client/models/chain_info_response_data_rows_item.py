from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainInfoResponseDataRowsItem")


@_attrs_define
class ChainInfoResponseDataRowsItem:
    """
    Attributes:
        name (str): Example: Arbitrum.
        public_rpc_url (str): Example: https://arb1.arbitrum.io/rpc.
        chain_id (str): Example: 42161.
        currency_symbol (str): Example: ETH.
        explorer_base_url (str): Example: https://arbiscan.io.
        vault_address (str): Example: 0x816f722424B49Cf1275cc86DA9840Fbd5a6167e9.
        currency_decimal (float | Unset): Example: 18.
        broker_ids (list[str] | Unset):
    """

    name: str
    public_rpc_url: str
    chain_id: str
    currency_symbol: str
    explorer_base_url: str
    vault_address: str
    currency_decimal: float | Unset = UNSET
    broker_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        public_rpc_url = self.public_rpc_url

        chain_id = self.chain_id

        currency_symbol = self.currency_symbol

        explorer_base_url = self.explorer_base_url

        vault_address = self.vault_address

        currency_decimal = self.currency_decimal

        broker_ids: list[str] | Unset = UNSET
        if not isinstance(self.broker_ids, Unset):
            broker_ids = self.broker_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "public_rpc_url": public_rpc_url,
                "chain_id": chain_id,
                "currency_symbol": currency_symbol,
                "explorer_base_url": explorer_base_url,
                "vault_address": vault_address,
            }
        )
        if currency_decimal is not UNSET:
            field_dict["currency_decimal"] = currency_decimal
        if broker_ids is not UNSET:
            field_dict["broker_ids"] = broker_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        name = _src_dict.pop("name")

        public_rpc_url = _src_dict.pop("public_rpc_url")

        chain_id = _src_dict.pop("chain_id")

        currency_symbol = _src_dict.pop("currency_symbol")

        explorer_base_url = _src_dict.pop("explorer_base_url")

        vault_address = _src_dict.pop("vault_address")

        currency_decimal = _src_dict.pop("currency_decimal", UNSET)

        broker_ids = cast(list[str], _src_dict.pop("broker_ids", UNSET))

        chain_info_response_data_rows_item = cls(
            name=name,
            public_rpc_url=public_rpc_url,
            chain_id=chain_id,
            currency_symbol=currency_symbol,
            explorer_base_url=explorer_base_url,
            vault_address=vault_address,
            currency_decimal=currency_decimal,
            broker_ids=broker_ids,
        )

        chain_info_response_data_rows_item.additional_properties = _src_dict
        return chain_info_response_data_rows_item

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
