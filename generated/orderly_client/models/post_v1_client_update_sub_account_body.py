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

T = TypeVar("T", bound="PostV1ClientUpdateSubAccountBody")


@_attrs_define(repr=False)
class PostV1ClientUpdateSubAccountBody:
    """
    Attributes:
        sub_account_id (str):
        description (str | Unset):
    """

    sub_account_id: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        sub_account_id = self.sub_account_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sub_account_id": sub_account_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _sub_account_id = _src_dict.pop("sub_account_id")
        sub_account_id = (
            _sub_account_id if type(_sub_account_id) is str else str_from_wire(_sub_account_id, "sub_account_id")
        )

        _description = _src_dict.pop("description", UNSET)
        description: str | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = _description if type(_description) is str else str_from_wire(_description, "description")

        _result = cls(
            sub_account_id=sub_account_id,
            description=description,
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
