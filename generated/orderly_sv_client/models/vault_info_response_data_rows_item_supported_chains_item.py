from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="VaultInfoResponseDataRowsItemSupportedChainsItem")


@_attrs_define(repr=False)
class VaultInfoResponseDataRowsItemSupportedChainsItem:
    """
    Attributes:
        chain_id (str | Unset): Example: 1.
        chain_name (str | Unset): Example: Ethereum.
    """

    chain_id: str | Unset = UNSET
    chain_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        chain_id = self.chain_id

        chain_name = self.chain_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chain_id is not UNSET:
            field_dict["chain_id"] = chain_id
        if chain_name is not UNSET:
            field_dict["chain_name"] = chain_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _chain_id = _src_dict.pop("chain_id", UNSET)
        chain_id: str | Unset
        if isinstance(_chain_id, Unset):
            chain_id = UNSET
        else:
            chain_id = _chain_id if type(_chain_id) is str else str_from_wire(_chain_id, "chain_id")

        _chain_name = _src_dict.pop("chain_name", UNSET)
        chain_name: str | Unset
        if isinstance(_chain_name, Unset):
            chain_name = UNSET
        else:
            chain_name = _chain_name if type(_chain_name) is str else str_from_wire(_chain_name, "chain_name")

        _result = cls(
            chain_id=chain_id,
            chain_name=chain_name,
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
