from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IpRestrictionResponseData")


@_attrs_define
class IpRestrictionResponseData:
    """
    Attributes:
        account_id (str): Example: 0x0f29bfb4c1bc9fea3f3be46bab6d795e22a6272354b136fde05f6b80cfcad546.
        orderly_key (str): Example: ed25519:8tm7dnKYkSc3FzgPuJaw1wztr79eeZpN35nHW5pL5XhX.
        ip_restriction_list (list[str]):
        tag (str):
    """

    account_id: str
    orderly_key: str
    ip_restriction_list: list[str]
    tag: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        orderly_key = self.orderly_key

        ip_restriction_list = self.ip_restriction_list

        tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "orderly_key": orderly_key,
                "ip_restriction_list": ip_restriction_list,
                "tag": tag,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        account_id = _src_dict.pop("account_id")

        orderly_key = _src_dict.pop("orderly_key")

        ip_restriction_list = cast(list[str], _src_dict.pop("ip_restriction_list"))

        tag = _src_dict.pop("tag")

        ip_restriction_response_data = cls(
            account_id=account_id,
            orderly_key=orderly_key,
            ip_restriction_list=ip_restriction_list,
            tag=tag,
        )

        ip_restriction_response_data.additional_properties = _src_dict
        return ip_restriction_response_data

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
