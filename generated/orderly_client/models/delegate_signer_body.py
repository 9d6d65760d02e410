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
    from ..models.delegate_signer_body_message import DelegateSignerBodyMessage


T = TypeVar("T", bound="DelegateSignerBody")


@_attrs_define(repr=False)
class DelegateSignerBody:
    """
    Attributes:
        message (DelegateSignerBodyMessage):
        signature (str): Example: 0x8668447f28534dc1b76566e41f5fcdeb6b131355b9cf428f3fae5c134e9a0fc55642a2771860484651e6
            1043e8ac67a1a6e54031a4c66de44acd77c9d9b281e81b.
        user_address (str): Example: 0xDd3287043493E0a08d2B348397554096728B459c.
    """

    message: DelegateSignerBodyMessage
    signature: str
    user_address: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            DelegateSignerBodyMessage = _models.DelegateSignerBodyMessage
        message = self.message.to_dict()

        signature = self.signature

        user_address = self.user_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "signature": signature,
                "userAddress": user_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            DelegateSignerBodyMessage = _models.DelegateSignerBodyMessage
        _src_dict = dict(src_dict)
        message = DelegateSignerBodyMessage.from_dict(_src_dict.pop("message"))

        _signature = _src_dict.pop("signature")
        signature = _signature if type(_signature) is str else str_from_wire(_signature, "signature")

        _user_address = _src_dict.pop("userAddress")
        user_address = _user_address if type(_user_address) is str else str_from_wire(_user_address, "userAddress")

        _result = cls(
            message=message,
            signature=signature,
            user_address=user_address,
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
