from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAnnouncementsResponseDataRowsItem")


@_attrs_define
class GetAnnouncementsResponseDataRowsItem:
    """
    Attributes:
        announcement_id (float | Unset): Example: 1.
        message (str | Unset): Example: Positions are shown with a delay..
        url (str | Unset): Example: https://orderly.network/docs/release-notes/omnichain.
    """

    announcement_id: float | Unset = UNSET
    message: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        announcement_id = _src_dict.pop("announcement_id", UNSET)

        message = _src_dict.pop("message", UNSET)

        url = _src_dict.pop("url", UNSET)

        get_announcements_response_data_rows_item = cls(
            announcement_id=announcement_id,
            message=message,
            url=url,
        )

        get_announcements_response_data_rows_item.additional_properties = _src_dict
        return get_announcements_response_data_rows_item

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
