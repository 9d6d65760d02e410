from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    int_from_wire,
    model_repr,
)

T = TypeVar("T", bound="UnreadNotificationsResponseData")


@_attrs_define(repr=False)
class UnreadNotificationsResponseData:
    """
    Attributes:
        count (int):
        last_id (int):
    """

    count: int
    last_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        last_id = self.last_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "last_id": last_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _count = _src_dict.pop("count")
        count = _count if type(_count) is int else int_from_wire(_count, "count")

        _last_id = _src_dict.pop("last_id")
        last_id = _last_id if type(_last_id) is int else int_from_wire(_last_id, "last_id")

        _result = cls(
            count=count,
            last_id=last_id,
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
