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

T = TypeVar("T", bound="OrderlyKeyResponseData")


@_attrs_define(repr=False)
class OrderlyKeyResponseData:
    """
    Attributes:
        orderly_key (str): Example: ed25519:FRXntsPJBCy6dzKv9WPw4eYSw3rKU9Npz3T6UmvvJc9Z.
        id (int | Unset): Example: 123.
    """

    orderly_key: str
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        orderly_key = self.orderly_key

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderly_key": orderly_key,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _orderly_key = _src_dict.pop("orderly_key")
        orderly_key = _orderly_key if type(_orderly_key) is str else str_from_wire(_orderly_key, "orderly_key")

        _id = _src_dict.pop("id", UNSET)
        id: int | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = _id if type(_id) is int else int_from_wire(_id, "id")

        _result = cls(
            orderly_key=orderly_key,
            id=id,
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
