from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DelegateSignerResponseData")


@_attrs_define
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
        user_id = _src_dict.pop("user_id", UNSET)

        account_id = _src_dict.pop("account_id", UNSET)

        valid_signer = _src_dict.pop("valid_signer", UNSET)

        delegate_signer_response_data = cls(
            user_id=user_id,
            account_id=account_id,
            valid_signer=valid_signer,
        )

        delegate_signer_response_data.additional_properties = _src_dict
        return delegate_signer_response_data

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
