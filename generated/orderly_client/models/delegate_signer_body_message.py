from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DelegateSignerBodyMessage")


@_attrs_define
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
        delegate_contract = _src_dict.pop("delegateContract")

        broker_id = _src_dict.pop("brokerId")

        chain_id = _src_dict.pop("chainId")

        timestamp = _src_dict.pop("timestamp")

        registration_nonce = _src_dict.pop("registrationNonce")

        tx_hash = _src_dict.pop("txHash")

        delegate_signer_body_message = cls(
            delegate_contract=delegate_contract,
            broker_id=broker_id,
            chain_id=chain_id,
            timestamp=timestamp,
            registration_nonce=registration_nonce,
            tx_hash=tx_hash,
        )

        delegate_signer_body_message.additional_properties = _src_dict
        return delegate_signer_body_message

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
