from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="IpRestrictionResponseData")


@_attrs_define(repr=False)
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

    def __repr__(self) -> str:
        return model_repr(self)

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
        _account_id = _src_dict.pop("account_id")
        account_id = _account_id if type(_account_id) is str else str_from_wire(_account_id, "account_id")

        _orderly_key = _src_dict.pop("orderly_key")
        orderly_key = _orderly_key if type(_orderly_key) is str else str_from_wire(_orderly_key, "orderly_key")

        ip_restriction_list = []
        _ip_restriction_list = _src_dict.pop("ip_restriction_list")
        for ip_restriction_list_item_data in _ip_restriction_list:
            _ip_restriction_list_item = ip_restriction_list_item_data
            ip_restriction_list_item = (
                _ip_restriction_list_item
                if type(_ip_restriction_list_item) is str
                else str_from_wire(_ip_restriction_list_item, "ip_restriction_list_item")
            )

            ip_restriction_list.append(ip_restriction_list_item)

        _tag = _src_dict.pop("tag")
        tag = _tag if type(_tag) is str else str_from_wire(_tag, "tag")

        _result = cls(
            account_id=account_id,
            orderly_key=orderly_key,
            ip_restriction_list=ip_restriction_list,
            tag=tag,
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
