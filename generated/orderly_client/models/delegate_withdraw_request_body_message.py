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

T = TypeVar("T", bound="DelegateWithdrawRequestBodyMessage")


@_attrs_define(repr=False)
class DelegateWithdrawRequestBodyMessage:
    """
    Attributes:
        delegate_contract (str):
        broker_id (str):
        chain_id (int):
        receiver (str):
        token (str):
        amount (str):
        withdraw_nonce (str):
        timestamp (str):
    """

    delegate_contract: str
    broker_id: str
    chain_id: int
    receiver: str
    token: str
    amount: str
    withdraw_nonce: str
    timestamp: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        delegate_contract = self.delegate_contract

        broker_id = self.broker_id

        chain_id = self.chain_id

        receiver = self.receiver

        token = self.token

        amount = self.amount

        withdraw_nonce = self.withdraw_nonce

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delegateContract": delegate_contract,
                "brokerId": broker_id,
                "chainId": chain_id,
                "receiver": receiver,
                "token": token,
                "amount": amount,
                "withdrawNonce": withdraw_nonce,
                "timestamp": timestamp,
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

        _receiver = _src_dict.pop("receiver")
        receiver = _receiver if type(_receiver) is str else str_from_wire(_receiver, "receiver")

        _token = _src_dict.pop("token")
        token = _token if type(_token) is str else str_from_wire(_token, "token")

        _amount = _src_dict.pop("amount")
        amount = _amount if type(_amount) is str else str_from_wire(_amount, "amount")

        _withdraw_nonce = _src_dict.pop("withdrawNonce")
        withdraw_nonce = (
            _withdraw_nonce if type(_withdraw_nonce) is str else str_from_wire(_withdraw_nonce, "withdrawNonce")
        )

        _timestamp = _src_dict.pop("timestamp")
        timestamp = _timestamp if type(_timestamp) is str else str_from_wire(_timestamp, "timestamp")

        _result = cls(
            delegate_contract=delegate_contract,
            broker_id=broker_id,
            chain_id=chain_id,
            receiver=receiver,
            token=token,
            amount=amount,
            withdraw_nonce=withdraw_nonce,
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
