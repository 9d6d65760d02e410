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

T = TypeVar("T", bound="KeyInfo")


@_attrs_define(repr=False)
class KeyInfo:
    """
    Attributes:
        orderly_key (str | Unset): Example: ed25519:B4yEc8xMjoqdUiKT5ZT1b2cUy5cggZrbMPvCrqyjkQhf.
        key_status (str | Unset): Example: ACTIVE.
        ip_restriction_list (list[str] | Unset):
        ip_restriction_status (str | Unset): Example: ALLOW_ALL_IPS.
        expiration (int | Unset): Example: 1689086651947.
        scope (str | Unset): Example: read,trading.
        tag (str | Unset):
    """

    orderly_key: str | Unset = UNSET
    key_status: str | Unset = UNSET
    ip_restriction_list: list[str] | Unset = UNSET
    ip_restriction_status: str | Unset = UNSET
    expiration: int | Unset = UNSET
    scope: str | Unset = UNSET
    tag: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        orderly_key = self.orderly_key

        key_status = self.key_status

        ip_restriction_list: list[str] | Unset = UNSET
        if not isinstance(self.ip_restriction_list, Unset):
            ip_restriction_list = self.ip_restriction_list

        ip_restriction_status = self.ip_restriction_status

        expiration = self.expiration

        scope = self.scope

        tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if orderly_key is not UNSET:
            field_dict["orderly_key"] = orderly_key
        if key_status is not UNSET:
            field_dict["key_status"] = key_status
        if ip_restriction_list is not UNSET:
            field_dict["ip_restriction_list"] = ip_restriction_list
        if ip_restriction_status is not UNSET:
            field_dict["ip_restriction_status"] = ip_restriction_status
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if scope is not UNSET:
            field_dict["scope"] = scope
        if tag is not UNSET:
            field_dict["tag"] = tag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _orderly_key = _src_dict.pop("orderly_key", UNSET)
        orderly_key: str | Unset
        if isinstance(_orderly_key, Unset):
            orderly_key = UNSET
        else:
            orderly_key = _orderly_key if type(_orderly_key) is str else str_from_wire(_orderly_key, "orderly_key")

        _key_status = _src_dict.pop("key_status", UNSET)
        key_status: str | Unset
        if isinstance(_key_status, Unset):
            key_status = UNSET
        else:
            key_status = _key_status if type(_key_status) is str else str_from_wire(_key_status, "key_status")

        _ip_restriction_list = _src_dict.pop("ip_restriction_list", UNSET)
        ip_restriction_list: list[str] | Unset = UNSET
        if _ip_restriction_list is not UNSET:
            ip_restriction_list = []
            for ip_restriction_list_item_data in _ip_restriction_list:
                _ip_restriction_list_item = ip_restriction_list_item_data
                ip_restriction_list_item = (
                    _ip_restriction_list_item
                    if type(_ip_restriction_list_item) is str
                    else str_from_wire(_ip_restriction_list_item, "ip_restriction_list_item")
                )

                ip_restriction_list.append(ip_restriction_list_item)

        _ip_restriction_status = _src_dict.pop("ip_restriction_status", UNSET)
        ip_restriction_status: str | Unset
        if isinstance(_ip_restriction_status, Unset):
            ip_restriction_status = UNSET
        else:
            ip_restriction_status = (
                _ip_restriction_status
                if type(_ip_restriction_status) is str
                else str_from_wire(_ip_restriction_status, "ip_restriction_status")
            )

        _expiration = _src_dict.pop("expiration", UNSET)
        expiration: int | Unset
        if isinstance(_expiration, Unset):
            expiration = UNSET
        else:
            expiration = _expiration if type(_expiration) is int else int_from_wire(_expiration, "expiration")

        _scope = _src_dict.pop("scope", UNSET)
        scope: str | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = _scope if type(_scope) is str else str_from_wire(_scope, "scope")

        _tag = _src_dict.pop("tag", UNSET)
        tag: str | Unset
        if isinstance(_tag, Unset):
            tag = UNSET
        else:
            tag = _tag if type(_tag) is str else str_from_wire(_tag, "tag")

        _result = cls(
            orderly_key=orderly_key,
            key_status=key_status,
            ip_restriction_list=ip_restriction_list,
            ip_restriction_status=ip_restriction_status,
            expiration=expiration,
            scope=scope,
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
