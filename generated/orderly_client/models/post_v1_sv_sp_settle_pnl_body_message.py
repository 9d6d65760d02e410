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

T = TypeVar("T", bound="PostV1SvSpSettlePnlBodyMessage")


@_attrs_define(repr=False)
class PostV1SvSpSettlePnlBodyMessage:
    """
    Attributes:
        contract (str | Unset):
        broker_id (str | Unset):
        chain_id (int | Unset):
        settle_nonce (str | Unset):
        timestamp (int | Unset): Unit: milliseconds since the Unix epoch.
    """

    contract: str | Unset = UNSET
    broker_id: str | Unset = UNSET
    chain_id: int | Unset = UNSET
    settle_nonce: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        contract = self.contract

        broker_id = self.broker_id

        chain_id = self.chain_id

        settle_nonce = self.settle_nonce

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contract is not UNSET:
            field_dict["contract"] = contract
        if broker_id is not UNSET:
            field_dict["brokerId"] = broker_id
        if chain_id is not UNSET:
            field_dict["chainId"] = chain_id
        if settle_nonce is not UNSET:
            field_dict["settleNonce"] = settle_nonce
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _contract = _src_dict.pop("contract", UNSET)
        contract: str | Unset
        if isinstance(_contract, Unset):
            contract = UNSET
        else:
            contract = _contract if type(_contract) is str else str_from_wire(_contract, "contract")

        _broker_id = _src_dict.pop("brokerId", UNSET)
        broker_id: str | Unset
        if isinstance(_broker_id, Unset):
            broker_id = UNSET
        else:
            broker_id = _broker_id if type(_broker_id) is str else str_from_wire(_broker_id, "brokerId")

        _chain_id = _src_dict.pop("chainId", UNSET)
        chain_id: int | Unset
        if isinstance(_chain_id, Unset):
            chain_id = UNSET
        else:
            chain_id = _chain_id if type(_chain_id) is int else int_from_wire(_chain_id, "chainId")

        _settle_nonce = _src_dict.pop("settleNonce", UNSET)
        settle_nonce: str | Unset
        if isinstance(_settle_nonce, Unset):
            settle_nonce = UNSET
        else:
            settle_nonce = _settle_nonce if type(_settle_nonce) is str else str_from_wire(_settle_nonce, "settleNonce")

        _timestamp = _src_dict.pop("timestamp", UNSET)
        timestamp: int | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = _timestamp if type(_timestamp) is int else int_from_wire(_timestamp, "timestamp")

        _result = cls(
            contract=contract,
            broker_id=broker_id,
            chain_id=chain_id,
            settle_nonce=settle_nonce,
            timestamp=timestamp,
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
