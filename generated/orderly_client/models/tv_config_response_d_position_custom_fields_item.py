from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TvConfigResponseDPositionCustomFieldsItem")


@_attrs_define
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
        id = _src_dict.pop("id")

        title = _src_dict.pop("title")

        tooltip = _src_dict.pop("tooltip")

        alignment = _src_dict.pop("alignment")

        tv_config_response_d_position_custom_fields_item = cls(
            id=id,
            title=title,
            tooltip=tooltip,
            alignment=alignment,
        )

        tv_config_response_d_position_custom_fields_item.additional_properties = _src_dict
        return tv_config_response_d_position_custom_fields_item

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
