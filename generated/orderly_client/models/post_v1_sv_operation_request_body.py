from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models
from ..types import (
    UNSET,
    Unset,
    model_repr,
    str_from_wire,
)

if TYPE_CHECKING:
    from ..models.post_v1_sv_operation_request_body_message import (
        PostV1SvOperationRequestBodyMessage,
    )


T = TypeVar("T", bound="PostV1SvOperationRequestBody")


@_attrs_define(repr=False)
class PostV1SvOperationRequestBody:
    """
    Attributes:
        message (PostV1SvOperationRequestBodyMessage | Unset):
        signature (str | Unset):
        user_address (str | Unset):
        verifying_contract (str | Unset):
    """

    message: PostV1SvOperationRequestBodyMessage | Unset = UNSET
    signature: str | Unset = UNSET
    user_address: str | Unset = UNSET
    verifying_contract: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            PostV1SvOperationRequestBodyMessage = _models.PostV1SvOperationRequestBodyMessage
        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        signature = self.signature

        user_address = self.user_address

        verifying_contract = self.verifying_contract

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if signature is not UNSET:
            field_dict["signature"] = signature
        if user_address is not UNSET:
            field_dict["userAddress"] = user_address
        if verifying_contract is not UNSET:
            field_dict["verifyingContract"] = verifying_contract

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            PostV1SvOperationRequestBodyMessage = _models.PostV1SvOperationRequestBodyMessage
        _src_dict = dict(src_dict)
        _message = _src_dict.pop("message", UNSET)
        message: PostV1SvOperationRequestBodyMessage | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = PostV1SvOperationRequestBodyMessage.from_dict(_message)

        _signature = _src_dict.pop("signature", UNSET)
        signature: str | Unset
        if isinstance(_signature, Unset):
            signature = UNSET
        else:
            signature = _signature if type(_signature) is str else str_from_wire(_signature, "signature")

        _user_address = _src_dict.pop("userAddress", UNSET)
        user_address: str | Unset
        if isinstance(_user_address, Unset):
            user_address = UNSET
        else:
            user_address = _user_address if type(_user_address) is str else str_from_wire(_user_address, "userAddress")

        _verifying_contract = _src_dict.pop("verifyingContract", UNSET)
        verifying_contract: str | Unset
        if isinstance(_verifying_contract, Unset):
            verifying_contract = UNSET
        else:
            verifying_contract = (
                _verifying_contract
                if type(_verifying_contract) is str
                else str_from_wire(_verifying_contract, "verifyingContract")
            )

        _result = cls(
            message=message,
            signature=signature,
            user_address=user_address,
            verifying_contract=verifying_contract,
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
