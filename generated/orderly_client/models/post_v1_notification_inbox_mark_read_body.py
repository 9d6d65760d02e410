from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="PostV1NotificationInboxMarkReadBody")


@_attrs_define(repr=False)
class PostV1NotificationInboxMarkReadBody:
    """
    Attributes:
        flag (int):
        ids (list[str]):
    """

    flag: int
    ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        flag = self.flag

        ids = self.ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flag": flag,
                "ids": ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _flag = _src_dict.pop("flag")
        flag = _flag if type(_flag) is int else int_from_wire(_flag, "flag")

        ids = []
        _ids = _src_dict.pop("ids")
        for ids_item_data in _ids:
            _ids_item = ids_item_data
            ids_item = _ids_item if type(_ids_item) is str else str_from_wire(_ids_item, "ids_item")

            ids.append(ids_item)

        _result = cls(
            flag=flag,
            ids=ids,
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
