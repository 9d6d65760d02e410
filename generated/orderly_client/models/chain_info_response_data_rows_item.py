from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="ChainInfoResponseDataRowsItem")


@_attrs_define(repr=False)
class ChainInfoResponseDataRowsItem:
    """
    Attributes:
        name (str): Example: Arbitrum.
        public_rpc_url (str): Example: https://arb1.arbitrum.io/rpc.
        chain_id (str): Example: 42161.
        currency_symbol (str): Example: ETH.
        explorer_base_url (str): Example: https://arbiscan.io.
        vault_address (str): Example: 0x816f722424B49Cf1275cc86DA9840Fbd5a6167e9.
        currency_decimal (int | Unset): Example: 18.
        broker_ids (list[str] | Unset):
    """

    name: str
    public_rpc_url: str
    chain_id: str
    currency_symbol: str
    explorer_base_url: str
    vault_address: str
    currency_decimal: int | Unset = UNSET
    broker_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _name = _src_dict.pop("name")
        name = _name if type(_name) is str else str_from_wire(_name, "name")

        _public_rpc_url = _src_dict.pop("public_rpc_url")
        public_rpc_url = (
            _public_rpc_url if type(_public_rpc_url) is str else str_from_wire(_public_rpc_url, "public_rpc_url")
        )

        _chain_id = _src_dict.pop("chain_id")
        chain_id = _chain_id if type(_chain_id) is str else str_from_wire(_chain_id, "chain_id")

        _currency_symbol = _src_dict.pop("currency_symbol")
        currency_symbol = (
            _currency_symbol if type(_currency_symbol) is str else str_from_wire(_currency_symbol, "currency_symbol")
        )

        _explorer_base_url = _src_dict.pop("explorer_base_url")
        explorer_base_url = (
            _explorer_base_url
            if type(_explorer_base_url) is str
            else str_from_wire(_explorer_base_url, "explorer_base_url")
        )

        _vault_address = _src_dict.pop("vault_address")
        vault_address = (
            _vault_address if type(_vault_address) is str else str_from_wire(_vault_address, "vault_address")
        )

        _currency_decimal = _src_dict.pop("currency_decimal", UNSET)
        currency_decimal: int | Unset
        if isinstance(_currency_decimal, Unset):
            currency_decimal = UNSET
        else:
            currency_decimal = (
                _currency_decimal
                if type(_currency_decimal) is int
                else int_from_wire(_currency_decimal, "currency_decimal")
            )

        _broker_ids = _src_dict.pop("broker_ids", UNSET)
        broker_ids: list[str] | Unset = UNSET
        if _broker_ids is not UNSET:
            broker_ids = []
            for broker_ids_item_data in _broker_ids:
                _broker_ids_item = broker_ids_item_data
                broker_ids_item = (
                    _broker_ids_item
                    if type(_broker_ids_item) is str
                    else str_from_wire(_broker_ids_item, "broker_ids_item")
                )

                broker_ids.append(broker_ids_item)

        _result = cls(
            name=name,
            public_rpc_url=public_rpc_url,
            chain_id=chain_id,
            currency_symbol=currency_symbol,
            explorer_base_url=explorer_base_url,
            vault_address=vault_address,
            currency_decimal=currency_decimal,
            broker_ids=broker_ids,
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
