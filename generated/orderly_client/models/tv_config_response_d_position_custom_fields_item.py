from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="TvConfigResponseDPositionCustomFieldsItem")


@_attrs_define(repr=False)
class TvConfigResponseDPositionCustomFieldsItem:
    """
    Attributes:
        id (str):
        title (str):
        tooltip (str):
        alignment (str):
    """

    id: str
    title: str
    tooltip: str
    alignment: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        tooltip = self.tooltip

        alignment = self.alignment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "tooltip": tooltip,
                "alignment": alignment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _id = _src_dict.pop("id")
        id = _id if type(_id) is str else str_from_wire(_id, "id")

        _title = _src_dict.pop("title")
        title = _title if type(_title) is str else str_from_wire(_title, "title")

        _tooltip = _src_dict.pop("tooltip")
        tooltip = _tooltip if type(_tooltip) is str else str_from_wire(_tooltip, "tooltip")

        _alignment = _src_dict.pop("alignment")
        alignment = _alignment if type(_alignment) is str else str_from_wire(_alignment, "alignment")

        _result = cls(
            id=id,
            title=title,
            tooltip=tooltip,
            alignment=alignment,
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
