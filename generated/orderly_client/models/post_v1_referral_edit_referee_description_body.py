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

T = TypeVar("T", bound="PostV1ReferralEditRefereeDescriptionBody")


@_attrs_define(repr=False)
class PostV1ReferralEditRefereeDescriptionBody:
    """
    Attributes:
        user_address (str):
        description (None | str | Unset):
    """

    user_address: str
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        user_address = self.user_address

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_address": user_address,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _user_address = _src_dict.pop("user_address")
        user_address = _user_address if type(_user_address) is str else str_from_wire(_user_address, "user_address")

        _description = _src_dict.pop("description", UNSET)
        description: None | str | Unset
        if _description is None or isinstance(_description, Unset) or type(_description) is str:
            description = _description
        else:

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, (str, int)) and not isinstance(data, bool)):
                    raise TypeError("description: expected None | str, got " + repr(data)[:60])
                _description_type_0 = data
                description_type_0 = (
                    _description_type_0
                    if type(_description_type_0) is str
                    else str_from_wire(_description_type_0, "description")
                )

                return description_type_0

            description = _parse_description(_description)

        _result = cls(
            user_address=user_address,
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
