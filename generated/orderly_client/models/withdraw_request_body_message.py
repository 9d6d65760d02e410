from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    bool_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="WithdrawRequestBodyMessage")


@_attrs_define(repr=False)
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

    def __repr__(self) -> str:
        return model_repr(self)

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

        _chain_type = _src_dict.pop("chainType", UNSET)
        chain_type: str | Unset
        if isinstance(_chain_type, Unset):
            chain_type = UNSET
        else:
            chain_type = _chain_type if type(_chain_type) is str else str_from_wire(_chain_type, "chainType")

        _allow_cross_chain_withdraw = _src_dict.pop("allowCrossChainWithdraw", UNSET)
        allow_cross_chain_withdraw: bool | Unset
        if isinstance(_allow_cross_chain_withdraw, Unset):
            allow_cross_chain_withdraw = UNSET
        else:
            allow_cross_chain_withdraw = (
                _allow_cross_chain_withdraw
                if type(_allow_cross_chain_withdraw) is bool
                else bool_from_wire(_allow_cross_chain_withdraw, "allowCrossChainWithdraw")
            )

        _result = cls(
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
