from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="GetCampaignsResponseDataRowsItem")


@_attrs_define(repr=False)
class GetCampaignsResponseDataRowsItem:
    """
    Attributes:
        id (int | Unset): Example: 1.
        name (str | Unset): Example: campaign_20230806.
        start_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1575014255089.
        end_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1585014255089.
        signup_start_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1585014255089.
        signup_end_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1585014255089.
        register_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1585014255089.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    signup_start_time: int | Unset = UNSET
    signup_end_time: int | Unset = UNSET
    register_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        start_time = self.start_time

        end_time = self.end_time

        signup_start_time = self.signup_start_time

        signup_end_time = self.signup_end_time

        register_time = self.register_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if signup_start_time is not UNSET:
            field_dict["signup_start_time"] = signup_start_time
        if signup_end_time is not UNSET:
            field_dict["signup_end_time"] = signup_end_time
        if register_time is not UNSET:
            field_dict["register_time"] = register_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _id = _src_dict.pop("id", UNSET)
        id: int | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = _id if type(_id) is int else int_from_wire(_id, "id")

        _name = _src_dict.pop("name", UNSET)
        name: str | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = _name if type(_name) is str else str_from_wire(_name, "name")

        _start_time = _src_dict.pop("start_time", UNSET)
        start_time: int | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = _start_time if type(_start_time) is int else int_from_wire(_start_time, "start_time")

        _end_time = _src_dict.pop("end_time", UNSET)
        end_time: int | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = _end_time if type(_end_time) is int else int_from_wire(_end_time, "end_time")

        _signup_start_time = _src_dict.pop("signup_start_time", UNSET)
        signup_start_time: int | Unset
        if isinstance(_signup_start_time, Unset):
            signup_start_time = UNSET
        else:
            signup_start_time = (
                _signup_start_time
                if type(_signup_start_time) is int
                else int_from_wire(_signup_start_time, "signup_start_time")
            )

        _signup_end_time = _src_dict.pop("signup_end_time", UNSET)
        signup_end_time: int | Unset
        if isinstance(_signup_end_time, Unset):
            signup_end_time = UNSET
        else:
            signup_end_time = (
                _signup_end_time
                if type(_signup_end_time) is int
                else int_from_wire(_signup_end_time, "signup_end_time")
            )

        _register_time = _src_dict.pop("register_time", UNSET)
        register_time: int | Unset
        if isinstance(_register_time, Unset):
            register_time = UNSET
        else:
            register_time = (
                _register_time if type(_register_time) is int else int_from_wire(_register_time, "register_time")
            )

        _result = cls(
            id=id,
            name=name,
            start_time=start_time,
            end_time=end_time,
            signup_start_time=signup_start_time,
            signup_end_time=signup_end_time,
            register_time=register_time,
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
