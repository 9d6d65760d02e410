from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="DelegateSignerBodyMessage")


@_attrs_define(repr=False)
class DelegateSignerBodyMessage:
    """
    Attributes:
        delegate_contract (str): Example: 0xaddress.
        broker_id (str): Example: woofi_pro.
        chain_id (int): Example: 421613.
        timestamp (int): Unit: milliseconds since the Unix epoch. Example: 1704879369551.
        registration_nonce (int): Example: 161111791392.
        tx_hash (str): Example: 0xtxhash.
    """

    delegate_contract: str
    broker_id: str
    chain_id: int
    timestamp: int
    registration_nonce: int
    tx_hash: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        delegate_contract = self.delegate_contract

        broker_id = self.broker_id

        chain_id = self.chain_id

        timestamp = self.timestamp

        registration_nonce = self.registration_nonce

        tx_hash = self.tx_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delegateContract": delegate_contract,
                "brokerId": broker_id,
                "chainId": chain_id,
                "timestamp": timestamp,
                "registrationNonce": registration_nonce,
                "txHash": tx_hash,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _delegate_contract = _src_dict.pop("delegateContract")
        delegate_contract = (
            _delegate_contract
            if type(_delegate_contract) is str
            else str_from_wire(_delegate_contract, "delegateContract")
        )

        _broker_id = _src_dict.pop("brokerId")
        broker_id = _broker_id if type(_broker_id) is str else str_from_wire(_broker_id, "brokerId")

        _chain_id = _src_dict.pop("chainId")
        chain_id = _chain_id if type(_chain_id) is int else int_from_wire(_chain_id, "chainId")

        _timestamp = _src_dict.pop("timestamp")
        timestamp = _timestamp if type(_timestamp) is int else int_from_wire(_timestamp, "timestamp")

        _registration_nonce = _src_dict.pop("registrationNonce")
        registration_nonce = (
            _registration_nonce
            if type(_registration_nonce) is int
            else int_from_wire(_registration_nonce, "registrationNonce")
        )

        _tx_hash = _src_dict.pop("txHash")
        tx_hash = _tx_hash if type(_tx_hash) is str else str_from_wire(_tx_hash, "txHash")

        _result = cls(
            delegate_contract=delegate_contract,
            broker_id=broker_id,
            chain_id=chain_id,
            timestamp=timestamp,
            registration_nonce=registration_nonce,
            tx_hash=tx_hash,
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
