from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_content_raw import NotificationContentRaw


T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    """
    Attributes:
        id (int | Unset): Example: 12345.
        message_type (str | Unset): Example: ORDER_FILLED.
        email (str | Unset): Example: test@orderly.network.
        application_id (str | Unset): Example: 0x0f29bfb4c1bc9fea3f3be46bab6d795e22a6272354b136fde05f6b80cfcad546.
        title (str | Unset): Example:  Your order has been filled.
        type_ (str | Unset): Example: TRADE.
        level (str | Unset): Example: GENERAL.
        content_summary (str | Unset): Example: Your order to buy 1 NEAR-PERP has been filled: 0.5/1 at 1.9876..
        content (str | Unset): Example: <p>Your order to buy 1 NEAR-PERP has been filled: 0.5/1 at 1.9876.</p>.
        content_raw (NotificationContentRaw | Unset):
        mark_read (int | Unset): Example: 1.
        operator (int | Unset): Example: 1.
        created_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1670425970373.
        announcement_id (int | Unset):
    """

    id: int | Unset = UNSET
    message_type: str | Unset = UNSET
    email: str | Unset = UNSET
    application_id: str | Unset = UNSET
    title: str | Unset = UNSET
    type_: str | Unset = UNSET
    level: str | Unset = UNSET
    content_summary: str | Unset = UNSET
    content: str | Unset = UNSET
    content_raw: NotificationContentRaw | Unset = UNSET
    mark_read: int | Unset = UNSET
    operator: int | Unset = UNSET
    created_time: int | Unset = UNSET
    announcement_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message_type = self.message_type

        email = self.email

        application_id = self.application_id

        title = self.title

        type_ = self.type_

        level = self.level

        content_summary = self.content_summary

        content = self.content

        content_raw: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content_raw, Unset):
            content_raw = self.content_raw.to_dict()

        mark_read = self.mark_read

        operator = self.operator

        created_time = self.created_time

        announcement_id = self.announcement_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if message_type is not UNSET:
            field_dict["message_type"] = message_type
        if email is not UNSET:
            field_dict["email"] = email
        if application_id is not UNSET:
            field_dict["application_id"] = application_id
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if level is not UNSET:
            field_dict["level"] = level
        if content_summary is not UNSET:
            field_dict["content_summary"] = content_summary
        if content is not UNSET:
            field_dict["content"] = content
        if content_raw is not UNSET:
            field_dict["content_raw"] = content_raw
        if mark_read is not UNSET:
            field_dict["mark_read"] = mark_read
        if operator is not UNSET:
            field_dict["operator"] = operator
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if announcement_id is not UNSET:
            field_dict["announcement_id"] = announcement_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_content_raw import NotificationContentRaw  # noqa: PLC0415

        _src_dict = dict(src_dict)
        id = _src_dict.pop("id", UNSET)

        message_type = _src_dict.pop("message_type", UNSET)

        email = _src_dict.pop("email", UNSET)

        application_id = _src_dict.pop("application_id", UNSET)

        title = _src_dict.pop("title", UNSET)

        type_ = _src_dict.pop("type", UNSET)

        level = _src_dict.pop("level", UNSET)

        content_summary = _src_dict.pop("content_summary", UNSET)

        content = _src_dict.pop("content", UNSET)

        _content_raw = _src_dict.pop("content_raw", UNSET)
        content_raw: NotificationContentRaw | Unset
        if isinstance(_content_raw, Unset):
            content_raw = UNSET
        else:
            content_raw = NotificationContentRaw.from_dict(_content_raw)

        mark_read = _src_dict.pop("mark_read", UNSET)

        operator = _src_dict.pop("operator", UNSET)

        created_time = _src_dict.pop("created_time", UNSET)

        announcement_id = _src_dict.pop("announcement_id", UNSET)

        notification = cls(
            id=id,
            message_type=message_type,
            email=email,
            application_id=application_id,
            title=title,
            type_=type_,
            level=level,
            content_summary=content_summary,
            content=content,
            content_raw=content_raw,
            mark_read=mark_read,
            operator=operator,
            created_time=created_time,
            announcement_id=announcement_id,
        )

        notification.additional_properties = _src_dict
        return notification

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
