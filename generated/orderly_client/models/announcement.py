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

T = TypeVar("T", bound="Announcement")


@_attrs_define(repr=False)
class Announcement:
    """
    Attributes:
        announcement_id (int | Unset): Example: 1.
        message (str | Unset): Example: Positions are shown with a delay..
        url (str | Unset): Example: https://orderly.network/docs/release-notes/omnichain.
    """

    announcement_id: int | Unset = UNSET
    message: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        announcement_id = self.announcement_id

        message = self.message

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if announcement_id is not UNSET:
            field_dict["announcement_id"] = announcement_id
        if message is not UNSET:
            field_dict["message"] = message
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _announcement_id = _src_dict.pop("announcement_id", UNSET)
        announcement_id: int | Unset
        if isinstance(_announcement_id, Unset):
            announcement_id = UNSET
        else:
            announcement_id = (
                _announcement_id
                if type(_announcement_id) is int
                else int_from_wire(_announcement_id, "announcement_id")
            )

        _message = _src_dict.pop("message", UNSET)
        message: str | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = _message if type(_message) is str else str_from_wire(_message, "message")

        _url = _src_dict.pop("url", UNSET)
        url: str | Unset
        if isinstance(_url, Unset):
            url = UNSET
        else:
            url = _url if type(_url) is str else str_from_wire(_url, "url")

        _result = cls(
            announcement_id=announcement_id,
            message=message,
            url=url,
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
