from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetOrderlyKeyResponseData")


@_attrs_define
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
        orderly_key = _src_dict.pop("orderly_key")

        scope = _src_dict.pop("scope")

        expiration = _src_dict.pop("expiration")

        tag = _src_dict.pop("tag", UNSET)

        get_orderly_key_response_data = cls(
            orderly_key=orderly_key,
            scope=scope,
            expiration=expiration,
            tag=tag,
        )

        get_orderly_key_response_data.additional_properties = _src_dict
        return get_orderly_key_response_data

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
