from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    bool_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="TvConfigResponseDDurationsItem")


@_attrs_define(repr=False)
class TvConfigResponseDDurationsItem:
    """
    Attributes:
        id (str | Unset):
        title (str | Unset):
        has_date_picker (bool | Unset):
        has_time_picker (bool | Unset):
        default (bool | Unset):
        supported_order_types (list[str] | Unset):
    """

    id: str | Unset = UNSET
    title: str | Unset = UNSET
    has_date_picker: bool | Unset = UNSET
    has_time_picker: bool | Unset = UNSET
    default: bool | Unset = UNSET
    supported_order_types: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        has_date_picker = self.has_date_picker

        has_time_picker = self.has_time_picker

        default = self.default

        supported_order_types: list[str] | Unset = UNSET
        if not isinstance(self.supported_order_types, Unset):
            supported_order_types = self.supported_order_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if has_date_picker is not UNSET:
            field_dict["hasDatePicker"] = has_date_picker
        if has_time_picker is not UNSET:
            field_dict["hasTimePicker"] = has_time_picker
        if default is not UNSET:
            field_dict["default"] = default
        if supported_order_types is not UNSET:
            field_dict["supportedOrderTypes"] = supported_order_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _id = _src_dict.pop("id", UNSET)
        id: str | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = _id if type(_id) is str else str_from_wire(_id, "id")

        _title = _src_dict.pop("title", UNSET)
        title: str | Unset
        if isinstance(_title, Unset):
            title = UNSET
        else:
            title = _title if type(_title) is str else str_from_wire(_title, "title")

        _has_date_picker = _src_dict.pop("hasDatePicker", UNSET)
        has_date_picker: bool | Unset
        if isinstance(_has_date_picker, Unset):
            has_date_picker = UNSET
        else:
            has_date_picker = (
                _has_date_picker
                if type(_has_date_picker) is bool
                else bool_from_wire(_has_date_picker, "hasDatePicker")
            )

        _has_time_picker = _src_dict.pop("hasTimePicker", UNSET)
        has_time_picker: bool | Unset
        if isinstance(_has_time_picker, Unset):
            has_time_picker = UNSET
        else:
            has_time_picker = (
                _has_time_picker
                if type(_has_time_picker) is bool
                else bool_from_wire(_has_time_picker, "hasTimePicker")
            )

        _default = _src_dict.pop("default", UNSET)
        default: bool | Unset
        if isinstance(_default, Unset):
            default = UNSET
        else:
            default = _default if type(_default) is bool else bool_from_wire(_default, "default")

        _supported_order_types = _src_dict.pop("supportedOrderTypes", UNSET)
        supported_order_types: list[str] | Unset = UNSET
        if _supported_order_types is not UNSET:
            supported_order_types = []
            for supported_order_types_item_data in _supported_order_types:
                _supported_order_types_item = supported_order_types_item_data
                supported_order_types_item = (
                    _supported_order_types_item
                    if type(_supported_order_types_item) is str
                    else str_from_wire(_supported_order_types_item, "supportedOrderTypes_item")
                )

                supported_order_types.append(supported_order_types_item)

        _result = cls(
            id=id,
            title=title,
            has_date_picker=has_date_picker,
            has_time_picker=has_time_picker,
            default=default,
            supported_order_types=supported_order_types,
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
