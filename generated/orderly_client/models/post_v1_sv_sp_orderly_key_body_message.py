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

T = TypeVar("T", bound="PostV1SvSpOrderlyKeyBodyMessage")


@_attrs_define(repr=False)
class PostV1SvSpOrderlyKeyBodyMessage:
    """
    Attributes:
        contract (str):
        broker_id (str):
        chain_id (int):
        orderly_key (str):
        scope (str):
        timestamp (int): Unit: milliseconds since the Unix epoch.
        expiration (int):
        sub_account_id (str | Unset):
    """

    contract: str
    broker_id: str
    chain_id: int
    orderly_key: str
    scope: str
    timestamp: int
    expiration: int
    sub_account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        contract = self.contract

        broker_id = self.broker_id

        chain_id = self.chain_id

        orderly_key = self.orderly_key

        scope = self.scope

        timestamp = self.timestamp

        expiration = self.expiration

        sub_account_id = self.sub_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contract": contract,
                "brokerId": broker_id,
                "chainId": chain_id,
                "orderlyKey": orderly_key,
                "scope": scope,
                "timestamp": timestamp,
                "expiration": expiration,
            }
        )
        if sub_account_id is not UNSET:
            field_dict["subAccountId"] = sub_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _contract = _src_dict.pop("contract")
        contract = _contract if type(_contract) is str else str_from_wire(_contract, "contract")

        _broker_id = _src_dict.pop("brokerId")
        broker_id = _broker_id if type(_broker_id) is str else str_from_wire(_broker_id, "brokerId")

        _chain_id = _src_dict.pop("chainId")
        chain_id = _chain_id if type(_chain_id) is int else int_from_wire(_chain_id, "chainId")

        _orderly_key = _src_dict.pop("orderlyKey")
        orderly_key = _orderly_key if type(_orderly_key) is str else str_from_wire(_orderly_key, "orderlyKey")

        _scope = _src_dict.pop("scope")
        scope = _scope if type(_scope) is str else str_from_wire(_scope, "scope")

        _timestamp = _src_dict.pop("timestamp")
        timestamp = _timestamp if type(_timestamp) is int else int_from_wire(_timestamp, "timestamp")

        _expiration = _src_dict.pop("expiration")
        expiration = _expiration if type(_expiration) is int else int_from_wire(_expiration, "expiration")

        _sub_account_id = _src_dict.pop("subAccountId", UNSET)
        sub_account_id: str | Unset
        if isinstance(_sub_account_id, Unset):
            sub_account_id = UNSET
        else:
            sub_account_id = (
                _sub_account_id if type(_sub_account_id) is str else str_from_wire(_sub_account_id, "subAccountId")
            )

        _result = cls(
            contract=contract,
            broker_id=broker_id,
            chain_id=chain_id,
            orderly_key=orderly_key,
            scope=scope,
            timestamp=timestamp,
            expiration=expiration,
            sub_account_id=sub_account_id,
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
