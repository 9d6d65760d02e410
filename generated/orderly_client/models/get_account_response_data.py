from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetAccountResponseData")


@_attrs_define
class GetAccountResponseData:
    """
    Attributes:
        user_id (int): Example: 24.
        account_id (str): Example: 0xb129e074a17dfba8d652ae1eca21c7d6bb6904f1aa693f4886d50db170933a46.
    """

    user_id: int
    account_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "account_id": account_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        user_id = _src_dict.pop("user_id")

        account_id = _src_dict.pop("account_id")

        get_account_response_data = cls(
            user_id=user_id,
            account_id=account_id,
        )

        get_account_response_data.additional_properties = _src_dict
        return get_account_response_data

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
