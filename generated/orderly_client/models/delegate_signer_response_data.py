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

T = TypeVar("T", bound="DelegateSignerResponseData")


@_attrs_define(repr=False)
class DelegateSignerResponseData:
    """
    Attributes:
        user_id (int | Unset): Example: 100338.
        account_id (str | Unset): Example: 0xd890c9b8b86fba7312b919e32bbabd619228b32d59f6d0f68fdf4451a684a654.
        valid_signer (str | Unset): Example: 0xc6c4c5c41efa74ebc63c675dcf7034e8382f3a42.
    """

    user_id: int | Unset = UNSET
    account_id: str | Unset = UNSET
    valid_signer: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        account_id = self.account_id

        valid_signer = self.valid_signer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if valid_signer is not UNSET:
            field_dict["valid_signer"] = valid_signer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _user_id = _src_dict.pop("user_id", UNSET)
        user_id: int | Unset
        if isinstance(_user_id, Unset):
            user_id = UNSET
        else:
            user_id = _user_id if type(_user_id) is int else int_from_wire(_user_id, "user_id")

        _account_id = _src_dict.pop("account_id", UNSET)
        account_id: str | Unset
        if isinstance(_account_id, Unset):
            account_id = UNSET
        else:
            account_id = _account_id if type(_account_id) is str else str_from_wire(_account_id, "account_id")

        _valid_signer = _src_dict.pop("valid_signer", UNSET)
        valid_signer: str | Unset
        if isinstance(_valid_signer, Unset):
            valid_signer = UNSET
        else:
            valid_signer = _valid_signer if type(_valid_signer) is str else str_from_wire(_valid_signer, "valid_signer")

        _result = cls(
            user_id=user_id,
            account_id=account_id,
            valid_signer=valid_signer,
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
