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

T = TypeVar("T", bound="OrderlyKeyBodyMessage")


@_attrs_define(repr=False)
class OrderlyKeyBodyMessage:
    """
    Attributes:
        broker_id (str):
        chain_id (int):
        orderly_key (str):
        scope (str):
        timestamp (int): Unit: milliseconds since the Unix epoch.
        expiration (int):
        chain_type (str | Unset):
        tag (str | Unset):
        sub_account_id (str | Unset):
    """

    broker_id: str
    chain_id: int
    orderly_key: str
    scope: str
    timestamp: int
    expiration: int
    chain_type: str | Unset = UNSET
    tag: str | Unset = UNSET
    sub_account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        broker_id = self.broker_id

        chain_id = self.chain_id

        orderly_key = self.orderly_key

        scope = self.scope

        timestamp = self.timestamp

        expiration = self.expiration

        chain_type = self.chain_type

        tag = self.tag

        sub_account_id = self.sub_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brokerId": broker_id,
                "chainId": chain_id,
                "orderlyKey": orderly_key,
                "scope": scope,
                "timestamp": timestamp,
                "expiration": expiration,
            }
        )
        if chain_type is not UNSET:
            field_dict["chainType"] = chain_type
        if tag is not UNSET:
            field_dict["tag"] = tag
        if sub_account_id is not UNSET:
            field_dict["subAccountId"] = sub_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
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

        _chain_type = _src_dict.pop("chainType", UNSET)
        chain_type: str | Unset
        if isinstance(_chain_type, Unset):
            chain_type = UNSET
        else:
            chain_type = _chain_type if type(_chain_type) is str else str_from_wire(_chain_type, "chainType")

        _tag = _src_dict.pop("tag", UNSET)
        tag: str | Unset
        if isinstance(_tag, Unset):
            tag = UNSET
        else:
            tag = _tag if type(_tag) is str else str_from_wire(_tag, "tag")

        _sub_account_id = _src_dict.pop("subAccountId", UNSET)
        sub_account_id: str | Unset
        if isinstance(_sub_account_id, Unset):
            sub_account_id = UNSET
        else:
            sub_account_id = (
                _sub_account_id if type(_sub_account_id) is str else str_from_wire(_sub_account_id, "subAccountId")
            )

        _result = cls(
            broker_id=broker_id,
            chain_id=chain_id,
            orderly_key=orderly_key,
            scope=scope,
            timestamp=timestamp,
            expiration=expiration,
            chain_type=chain_type,
            tag=tag,
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
