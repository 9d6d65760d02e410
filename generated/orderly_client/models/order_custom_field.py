from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderCustomField")


@_attrs_define
class OrderCustomField:
    """
    Attributes:
        id (str | Unset):
        title (str | Unset):
        tooltip (str | Unset):
        alignment (str | Unset):
    """

    id: str | Unset = UNSET
    title: str | Unset = UNSET
    tooltip: str | Unset = UNSET
    alignment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        tooltip = self.tooltip

        alignment = self.alignment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if tooltip is not UNSET:
            field_dict["tooltip"] = tooltip
        if alignment is not UNSET:
            field_dict["alignment"] = alignment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        id = _src_dict.pop("id", UNSET)

        title = _src_dict.pop("title", UNSET)

        tooltip = _src_dict.pop("tooltip", UNSET)

        alignment = _src_dict.pop("alignment", UNSET)

        order_custom_field = cls(
            id=id,
            title=title,
            tooltip=tooltip,
            alignment=alignment,
        )

        order_custom_field.additional_properties = _src_dict
        return order_custom_field

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
