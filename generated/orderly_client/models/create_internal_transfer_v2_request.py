from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_internal_transfer_v2_request_message import (
        CreateInternalTransferV2RequestMessage,
    )


T = TypeVar("T", bound="CreateInternalTransferV2Request")


@_attrs_define
class CreateInternalTransferV2Request:
    """
    Attributes:
        signature (str | Unset):
        user_address (str | Unset):
        verifying_contract (str | Unset):
        message (CreateInternalTransferV2RequestMessage | Unset):
    """

    signature: str | Unset = UNSET
    user_address: str | Unset = UNSET
    verifying_contract: str | Unset = UNSET
    message: CreateInternalTransferV2RequestMessage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        signature = self.signature

        user_address = self.user_address

        verifying_contract = self.verifying_contract

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if signature is not UNSET:
            field_dict["signature"] = signature
        if user_address is not UNSET:
            field_dict["userAddress"] = user_address
        if verifying_contract is not UNSET:
            field_dict["verifyingContract"] = verifying_contract
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_internal_transfer_v2_request_message import (
            CreateInternalTransferV2RequestMessage,  # noqa: PLC0415
        )

        _src_dict = dict(src_dict)
        signature = _src_dict.pop("signature", UNSET)

        user_address = _src_dict.pop("userAddress", UNSET)

        verifying_contract = _src_dict.pop("verifyingContract", UNSET)

        _message = _src_dict.pop("message", UNSET)
        message: CreateInternalTransferV2RequestMessage | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = CreateInternalTransferV2RequestMessage.from_dict(_message)

        create_internal_transfer_v2_request = cls(
            signature=signature,
            user_address=user_address,
            verifying_contract=verifying_contract,
            message=message,
        )

        create_internal_transfer_v2_request.additional_properties = _src_dict
        return create_internal_transfer_v2_request

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
