from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_internal_transfer_v2_request_message_chain_type import (
    CreateInternalTransferV2RequestMessageChainType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateInternalTransferV2RequestMessage")


@_attrs_define
class CreateInternalTransferV2RequestMessage:
    """
    Attributes:
        receiver (str | Unset):
        token (str | Unset):
        amount (int | Unset): Example: 123.
        transfer_nonce (str | Unset):
        chain_id (str | Unset): Example: 1.
        chain_type (CreateInternalTransferV2RequestMessageChainType | Unset): One of: EVM, SOL. Example: SOL.
    """

    receiver: str | Unset = UNSET
    token: str | Unset = UNSET
    amount: int | Unset = UNSET
    transfer_nonce: str | Unset = UNSET
    chain_id: str | Unset = UNSET
    chain_type: CreateInternalTransferV2RequestMessageChainType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receiver = self.receiver

        token = self.token

        amount = self.amount

        transfer_nonce = self.transfer_nonce

        chain_id = self.chain_id

        chain_type: str | Unset = UNSET
        if not isinstance(self.chain_type, Unset):
            chain_type = self.chain_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if token is not UNSET:
            field_dict["token"] = token
        if amount is not UNSET:
            field_dict["amount"] = amount
        if transfer_nonce is not UNSET:
            field_dict["transferNonce"] = transfer_nonce
        if chain_id is not UNSET:
            field_dict["chainId"] = chain_id
        if chain_type is not UNSET:
            field_dict["chainType"] = chain_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        receiver = _src_dict.pop("receiver", UNSET)

        token = _src_dict.pop("token", UNSET)

        amount = _src_dict.pop("amount", UNSET)

        transfer_nonce = _src_dict.pop("transferNonce", UNSET)

        chain_id = _src_dict.pop("chainId", UNSET)

        _chain_type = _src_dict.pop("chainType", UNSET)
        chain_type: CreateInternalTransferV2RequestMessageChainType | Unset
        if isinstance(_chain_type, Unset):
            chain_type = UNSET
        else:
            chain_type = CreateInternalTransferV2RequestMessageChainType.from_wire(_chain_type)

        create_internal_transfer_v2_request_message = cls(
            receiver=receiver,
            token=token,
            amount=amount,
            transfer_nonce=transfer_nonce,
            chain_id=chain_id,
            chain_type=chain_type,
        )

        create_internal_transfer_v2_request_message.additional_properties = _src_dict
        return create_internal_transfer_v2_request_message

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
