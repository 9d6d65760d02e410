from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_internal_transfer_v2_request_message_chain_type import (
    CreateInternalTransferV2RequestMessageChainType,
)
from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    model_repr,
    str_from_wire,
    to_decimal_or_unset,
)

# from_dict sets converted values as they are (its converters and setattr hooks are for values given by hand).
_set = object.__setattr__
from ..models.create_internal_transfer_v2_request_message_chain_type import (
    to_create_internal_transfer_v2_request_message_chain_type_or_unset,
)

T = TypeVar("T", bound="CreateInternalTransferV2RequestMessage")


@_attrs_define(repr=False)
class CreateInternalTransferV2RequestMessage:
    """
    Attributes:
        receiver (str | Unset):
        token (str | Unset):
        amount (Decimal | Unset): Example: 123.
        transfer_nonce (str | Unset):
        chain_id (str | Unset): Example: 1.
        chain_type (CreateInternalTransferV2RequestMessageChainType | Unset): One of: EVM, SOL. Example: SOL.
    """

    receiver: str | Unset = UNSET
    token: str | Unset = UNSET
    amount: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    transfer_nonce: str | Unset = UNSET
    chain_id: str | Unset = UNSET
    chain_type: CreateInternalTransferV2RequestMessageChainType | Unset = _attrs_field(
        default=UNSET, converter=to_create_internal_transfer_v2_request_message_chain_type_or_unset
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        receiver = self.receiver

        token = self.token

        amount = self.amount

        transfer_nonce = self.transfer_nonce

        chain_id = self.chain_id

        chain_type: str | Unset = UNSET
        if not isinstance(self.chain_type, Unset):
            chain_type = str(self.chain_type)

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
        _receiver = _src_dict.pop("receiver", UNSET)
        receiver: str | Unset
        if isinstance(_receiver, Unset):
            receiver = UNSET
        else:
            receiver = _receiver if type(_receiver) is str else str_from_wire(_receiver, "receiver")

        _token = _src_dict.pop("token", UNSET)
        token: str | Unset
        if isinstance(_token, Unset):
            token = UNSET
        else:
            token = _token if type(_token) is str else str_from_wire(_token, "token")

        _amount = _src_dict.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = _amount if type(_amount) is Decimal else decimal_from_wire(_amount, "amount")

        _transfer_nonce = _src_dict.pop("transferNonce", UNSET)
        transfer_nonce: str | Unset
        if isinstance(_transfer_nonce, Unset):
            transfer_nonce = UNSET
        else:
            transfer_nonce = (
                _transfer_nonce if type(_transfer_nonce) is str else str_from_wire(_transfer_nonce, "transferNonce")
            )

        _chain_id = _src_dict.pop("chainId", UNSET)
        chain_id: str | Unset
        if isinstance(_chain_id, Unset):
            chain_id = UNSET
        else:
            chain_id = _chain_id if type(_chain_id) is str else str_from_wire(_chain_id, "chainId")

        _chain_type = _src_dict.pop("chainType", UNSET)
        chain_type: CreateInternalTransferV2RequestMessageChainType | Unset
        if isinstance(_chain_type, Unset):
            chain_type = UNSET
        else:
            chain_type = CreateInternalTransferV2RequestMessageChainType.from_wire(_chain_type)

        # Every value is converted above: set as it is, past __init__'s converters (a second pass) and setattr hooks.
        _result = cls.__new__(cls)
        _set(_result, "receiver", receiver)
        _set(_result, "token", token)
        _set(_result, "amount", amount)
        _set(_result, "transfer_nonce", transfer_nonce)
        _set(_result, "chain_id", chain_id)
        _set(_result, "chain_type", chain_type)

        _set(_result, "additional_properties", _src_dict)
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
