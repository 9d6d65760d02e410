from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="ReceiverAddressResponseData")


@_attrs_define(repr=False)
class ReceiverAddressResponseData:
    """
    Attributes:
        receiver_address (str | Unset): Example: 0x13a8f4736c001fed44731177c95302055a0a6df0.
        token_address (str | Unset): Example: 0xaf88d065e77c8cC2239327C5EDb3A432268e5831.
        minimum_deposit (Decimal | Unset): Example: 5.
    """

    receiver_address: str | Unset = UNSET
    token_address: str | Unset = UNSET
    minimum_deposit: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        receiver_address = self.receiver_address

        token_address = self.token_address

        minimum_deposit = self.minimum_deposit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if receiver_address is not UNSET:
            field_dict["receiver_address"] = receiver_address
        if token_address is not UNSET:
            field_dict["token_address"] = token_address
        if minimum_deposit is not UNSET:
            field_dict["minimum_deposit"] = minimum_deposit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _receiver_address = _src_dict.pop("receiver_address", UNSET)
        receiver_address: str | Unset
        if isinstance(_receiver_address, Unset):
            receiver_address = UNSET
        else:
            receiver_address = (
                _receiver_address
                if type(_receiver_address) is str
                else str_from_wire(_receiver_address, "receiver_address")
            )

        _token_address = _src_dict.pop("token_address", UNSET)
        token_address: str | Unset
        if isinstance(_token_address, Unset):
            token_address = UNSET
        else:
            token_address = (
                _token_address if type(_token_address) is str else str_from_wire(_token_address, "token_address")
            )

        _minimum_deposit = _src_dict.pop("minimum_deposit", UNSET)
        minimum_deposit: Decimal | Unset
        if isinstance(_minimum_deposit, Unset):
            minimum_deposit = UNSET
        else:
            minimum_deposit = (
                _minimum_deposit
                if type(_minimum_deposit) is Decimal
                else decimal_from_wire(_minimum_deposit, "minimum_deposit")
            )

        _result = cls(
            receiver_address=receiver_address,
            token_address=token_address,
            minimum_deposit=minimum_deposit,
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
