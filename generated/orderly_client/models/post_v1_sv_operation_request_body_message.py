from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostV1SvOperationRequestBodyMessage")


@_attrs_define
class PostV1SvOperationRequestBodyMessage:
    """
    Attributes:
        payload_type (float | Unset):
        nonce (str | Unset):
        receiver (str | Unset):
        amount (str | Unset):
        vault_id (str | Unset):
        token (str | Unset):
        dex_broker_id (str | Unset):
        chain_id (float | Unset):
        chain_type (str | Unset):
    """

    payload_type: float | Unset = UNSET
    nonce: str | Unset = UNSET
    receiver: str | Unset = UNSET
    amount: str | Unset = UNSET
    vault_id: str | Unset = UNSET
    token: str | Unset = UNSET
    dex_broker_id: str | Unset = UNSET
    chain_id: float | Unset = UNSET
    chain_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        payload_type = _src_dict.pop("payloadType", UNSET)

        nonce = _src_dict.pop("nonce", UNSET)

        receiver = _src_dict.pop("receiver", UNSET)

        amount = _src_dict.pop("amount", UNSET)

        vault_id = _src_dict.pop("vaultId", UNSET)

        token = _src_dict.pop("token", UNSET)

        dex_broker_id = _src_dict.pop("dexBrokerId", UNSET)

        chain_id = _src_dict.pop("chainId", UNSET)

        chain_type = _src_dict.pop("chainType", UNSET)

        post_v1_sv_operation_request_body_message = cls(
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

        post_v1_sv_operation_request_body_message.additional_properties = _src_dict
        return post_v1_sv_operation_request_body_message

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
