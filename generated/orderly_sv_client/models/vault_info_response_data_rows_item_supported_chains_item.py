from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VaultInfoResponseDataRowsItemSupportedChainsItem")


@_attrs_define
class VaultInfoResponseDataRowsItemSupportedChainsItem:
    """
    Attributes:
        chain_id (str | Unset): Example: 1.
        chain_name (str | Unset): Example: Ethereum.
    """

    chain_id: str | Unset = UNSET
    chain_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        chain_id = _src_dict.pop("chain_id", UNSET)

        chain_name = _src_dict.pop("chain_name", UNSET)

        vault_info_response_data_rows_item_supported_chains_item = cls(
            chain_id=chain_id,
            chain_name=chain_name,
        )

        vault_info_response_data_rows_item_supported_chains_item.additional_properties = _src_dict
        return vault_info_response_data_rows_item_supported_chains_item

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
