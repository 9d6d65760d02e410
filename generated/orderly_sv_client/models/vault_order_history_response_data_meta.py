from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VaultOrderHistoryResponseDataMeta")


@_attrs_define
class VaultOrderHistoryResponseDataMeta:
    """
    Attributes:
        total (float | Unset): Example: 9.
        records_per_page (float | Unset): Example: 25.
        current_page (float | Unset): Example: 1.
    """

    total: float | Unset = UNSET
    records_per_page: float | Unset = UNSET
    current_page: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        records_per_page = self.records_per_page

        current_page = self.current_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if records_per_page is not UNSET:
            field_dict["records_per_page"] = records_per_page
        if current_page is not UNSET:
            field_dict["current_page"] = current_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        total = _src_dict.pop("total", UNSET)

        records_per_page = _src_dict.pop("records_per_page", UNSET)

        current_page = _src_dict.pop("current_page", UNSET)

        vault_order_history_response_data_meta = cls(
            total=total,
            records_per_page=records_per_page,
            current_page=current_page,
        )

        vault_order_history_response_data_meta.additional_properties = _src_dict
        return vault_order_history_response_data_meta

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
