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

T = TypeVar("T", bound="PostV1SvOperationRequestBodyMessage")


@_attrs_define(repr=False)
class PostV1SvOperationRequestBodyMessage:
    """
    Attributes:
        payload_type (int | Unset):
        nonce (str | Unset):
        receiver (str | Unset):
        amount (str | Unset):
        vault_id (str | Unset):
        token (str | Unset):
        dex_broker_id (str | Unset):
        chain_id (int | Unset):
        chain_type (str | Unset):
    """

    payload_type: int | Unset = UNSET
    nonce: str | Unset = UNSET
    receiver: str | Unset = UNSET
    amount: str | Unset = UNSET
    vault_id: str | Unset = UNSET
    token: str | Unset = UNSET
    dex_broker_id: str | Unset = UNSET
    chain_id: int | Unset = UNSET
    chain_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        payload_type = self.payload_type

        nonce = self.nonce

        receiver = self.receiver

        amount = self.amount

        vault_id = self.vault_id

        token = self.token

        dex_broker_id = self.dex_broker_id

        chain_id = self.chain_id

        chain_type = self.chain_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payload_type is not UNSET:
            field_dict["payloadType"] = payload_type
        if nonce is not UNSET:
            field_dict["nonce"] = nonce
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if amount is not UNSET:
            field_dict["amount"] = amount
        if vault_id is not UNSET:
            field_dict["vaultId"] = vault_id
        if token is not UNSET:
            field_dict["token"] = token
        if dex_broker_id is not UNSET:
            field_dict["dexBrokerId"] = dex_broker_id
        if chain_id is not UNSET:
            field_dict["chainId"] = chain_id
        if chain_type is not UNSET:
            field_dict["chainType"] = chain_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _payload_type = _src_dict.pop("payloadType", UNSET)
        payload_type: int | Unset
        if isinstance(_payload_type, Unset):
            payload_type = UNSET
        else:
            payload_type = _payload_type if type(_payload_type) is int else int_from_wire(_payload_type, "payloadType")

        _nonce = _src_dict.pop("nonce", UNSET)
        nonce: str | Unset
        if isinstance(_nonce, Unset):
            nonce = UNSET
        else:
            nonce = _nonce if type(_nonce) is str else str_from_wire(_nonce, "nonce")

        _receiver = _src_dict.pop("receiver", UNSET)
        receiver: str | Unset
        if isinstance(_receiver, Unset):
            receiver = UNSET
        else:
            receiver = _receiver if type(_receiver) is str else str_from_wire(_receiver, "receiver")

        _amount = _src_dict.pop("amount", UNSET)
        amount: str | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = _amount if type(_amount) is str else str_from_wire(_amount, "amount")

        _vault_id = _src_dict.pop("vaultId", UNSET)
        vault_id: str | Unset
        if isinstance(_vault_id, Unset):
            vault_id = UNSET
        else:
            vault_id = _vault_id if type(_vault_id) is str else str_from_wire(_vault_id, "vaultId")

        _token = _src_dict.pop("token", UNSET)
        token: str | Unset
        if isinstance(_token, Unset):
            token = UNSET
        else:
            token = _token if type(_token) is str else str_from_wire(_token, "token")

        _dex_broker_id = _src_dict.pop("dexBrokerId", UNSET)
        dex_broker_id: str | Unset
        if isinstance(_dex_broker_id, Unset):
            dex_broker_id = UNSET
        else:
            dex_broker_id = (
                _dex_broker_id if type(_dex_broker_id) is str else str_from_wire(_dex_broker_id, "dexBrokerId")
            )

        _chain_id = _src_dict.pop("chainId", UNSET)
        chain_id: int | Unset
        if isinstance(_chain_id, Unset):
            chain_id = UNSET
        else:
            chain_id = _chain_id if type(_chain_id) is int else int_from_wire(_chain_id, "chainId")

        _chain_type = _src_dict.pop("chainType", UNSET)
        chain_type: str | Unset
        if isinstance(_chain_type, Unset):
            chain_type = UNSET
        else:
            chain_type = _chain_type if type(_chain_type) is str else str_from_wire(_chain_type, "chainType")

        _result = cls(
            payload_type=payload_type,
            nonce=nonce,
            receiver=receiver,
            amount=amount,
            vault_id=vault_id,
            token=token,
            dex_broker_id=dex_broker_id,
            chain_id=chain_id,
            chain_type=chain_type,
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
