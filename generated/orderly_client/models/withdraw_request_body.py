from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models
from ..types import (
    model_repr,
    str_from_wire,
)

if TYPE_CHECKING:
    from ..models.withdraw_request_body_message import WithdrawRequestBodyMessage


T = TypeVar("T", bound="WithdrawRequestBody")


@_attrs_define(repr=False)
class WithdrawRequestBody:
    """
    Attributes:
        signature (str):
        user_address (str):
        verifying_contract (str):
        message (WithdrawRequestBodyMessage):
    """

    signature: str
    user_address: str
    verifying_contract: str
    message: WithdrawRequestBodyMessage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            WithdrawRequestBodyMessage = _models.WithdrawRequestBodyMessage
        signature = self.signature

        user_address = self.user_address

        verifying_contract = self.verifying_contract

        message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "signature": signature,
                "userAddress": user_address,
                "verifyingContract": verifying_contract,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            WithdrawRequestBodyMessage = _models.WithdrawRequestBodyMessage
        _src_dict = dict(src_dict)
        _signature = _src_dict.pop("signature")
        signature = _signature if type(_signature) is str else str_from_wire(_signature, "signature")

        _user_address = _src_dict.pop("userAddress")
        user_address = _user_address if type(_user_address) is str else str_from_wire(_user_address, "userAddress")

        _verifying_contract = _src_dict.pop("verifyingContract")
        verifying_contract = (
            _verifying_contract
            if type(_verifying_contract) is str
            else str_from_wire(_verifying_contract, "verifyingContract")
        )

        message = WithdrawRequestBodyMessage.from_dict(_src_dict.pop("message"))

        _result = cls(
            signature=signature,
            user_address=user_address,
            verifying_contract=verifying_contract,
            message=message,
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
