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

T = TypeVar("T", bound="GetOrderlyKeyResponseData")


@_attrs_define(repr=False)
class GetOrderlyKeyResponseData:
    """
    Attributes:
        orderly_key (str): Example: ed25519:7tEoJo5hMBKBrQsqmc8yw1xNfoQCFQBVwQT1eFafRNRf.
        scope (str): Example: read,trading.
        expiration (int): Example: 1689086651947.
        tag (str | Unset):
    """

    orderly_key: str
    scope: str
    expiration: int
    tag: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        orderly_key = self.orderly_key

        scope = self.scope

        expiration = self.expiration

        tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderly_key": orderly_key,
                "scope": scope,
                "expiration": expiration,
            }
        )
        if tag is not UNSET:
            field_dict["tag"] = tag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _orderly_key = _src_dict.pop("orderly_key")
        orderly_key = _orderly_key if type(_orderly_key) is str else str_from_wire(_orderly_key, "orderly_key")

        _scope = _src_dict.pop("scope")
        scope = _scope if type(_scope) is str else str_from_wire(_scope, "scope")

        _expiration = _src_dict.pop("expiration")
        expiration = _expiration if type(_expiration) is int else int_from_wire(_expiration, "expiration")

        _tag = _src_dict.pop("tag", UNSET)
        tag: str | Unset
        if isinstance(_tag, Unset):
            tag = UNSET
        else:
            tag = _tag if type(_tag) is str else str_from_wire(_tag, "tag")

        _result = cls(
            orderly_key=orderly_key,
            scope=scope,
            expiration=expiration,
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
