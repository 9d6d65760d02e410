from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WithdrawRequestBodyMessage")


@_attrs_define
class WithdrawRequestBodyMessage:
    """
    Attributes:
        broker_id (str):
        chain_id (int):
        receiver (str):
        token (str):
        amount (str):
        withdraw_nonce (str):
        timestamp (str):
        chain_type (str | Unset):
        allow_cross_chain_withdraw (bool | Unset):
    """

    broker_id: str
    chain_id: int
    receiver: str
    token: str
    amount: str
    withdraw_nonce: str
    timestamp: str
    chain_type: str | Unset = UNSET
    allow_cross_chain_withdraw: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        broker_id = self.broker_id

        chain_id = self.chain_id

        receiver = self.receiver

        token = self.token

        amount = self.amount

        withdraw_nonce = self.withdraw_nonce

        timestamp = self.timestamp

        chain_type = self.chain_type

        allow_cross_chain_withdraw = self.allow_cross_chain_withdraw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brokerId": broker_id,
                "chainId": chain_id,
                "receiver": receiver,
                "token": token,
                "amount": amount,
                "withdrawNonce": withdraw_nonce,
                "timestamp": timestamp,
            }
        )
        if chain_type is not UNSET:
            field_dict["chainType"] = chain_type
        if allow_cross_chain_withdraw is not UNSET:
            field_dict["allowCrossChainWithdraw"] = allow_cross_chain_withdraw

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        broker_id = _src_dict.pop("brokerId")

        chain_id = _src_dict.pop("chainId")

        receiver = _src_dict.pop("receiver")

        token = _src_dict.pop("token")

        amount = _src_dict.pop("amount")

        withdraw_nonce = _src_dict.pop("withdrawNonce")

        timestamp = _src_dict.pop("timestamp")

        chain_type = _src_dict.pop("chainType", UNSET)

        allow_cross_chain_withdraw = _src_dict.pop("allowCrossChainWithdraw", UNSET)

        withdraw_request_body_message = cls(
            broker_id=broker_id,
            chain_id=chain_id,
            receiver=receiver,
            token=token,
            amount=amount,
            withdraw_nonce=withdraw_nonce,
            timestamp=timestamp,
            chain_type=chain_type,
            allow_cross_chain_withdraw=allow_cross_chain_withdraw,
        )

        withdraw_request_body_message.additional_properties = _src_dict
        return withdraw_request_body_message

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
