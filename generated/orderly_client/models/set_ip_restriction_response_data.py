from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="SetIpRestrictionResponseData")


@_attrs_define(repr=False)
class SetIpRestrictionResponseData:
    """
    Attributes:
        ip_restriction_list (list[str]):
    """

    ip_restriction_list: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        ip_restriction_list = self.ip_restriction_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ip_restriction_list": ip_restriction_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        ip_restriction_list = []
        _ip_restriction_list = _src_dict.pop("ip_restriction_list")
        for ip_restriction_list_item_data in _ip_restriction_list:
            _ip_restriction_list_item = ip_restriction_list_item_data
            ip_restriction_list_item = (
                _ip_restriction_list_item
                if type(_ip_restriction_list_item) is str
                else str_from_wire(_ip_restriction_list_item, "ip_restriction_list_item")
            )

            ip_restriction_list.append(ip_restriction_list_item)

        _result = cls(
            ip_restriction_list=ip_restriction_list,
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
