from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models
from ..types import (
    UNSET,
    Unset,
    int_from_wire,
    model_repr,
    str_from_wire,
)

if TYPE_CHECKING:
    from ..models.notification_content_raw import NotificationContentRaw


T = TypeVar("T", bound="Notification")


@_attrs_define(repr=False)
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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            NotificationContentRaw = _models.NotificationContentRaw
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
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            NotificationContentRaw = _models.NotificationContentRaw
        _src_dict = dict(src_dict)
        _id = _src_dict.pop("id", UNSET)
        id: int | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = _id if type(_id) is int else int_from_wire(_id, "id")

        _message_type = _src_dict.pop("message_type", UNSET)
        message_type: str | Unset
        if isinstance(_message_type, Unset):
            message_type = UNSET
        else:
            message_type = _message_type if type(_message_type) is str else str_from_wire(_message_type, "message_type")

        _email = _src_dict.pop("email", UNSET)
        email: str | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = _email if type(_email) is str else str_from_wire(_email, "email")

        _application_id = _src_dict.pop("application_id", UNSET)
        application_id: str | Unset
        if isinstance(_application_id, Unset):
            application_id = UNSET
        else:
            application_id = (
                _application_id if type(_application_id) is str else str_from_wire(_application_id, "application_id")
            )

        _title = _src_dict.pop("title", UNSET)
        title: str | Unset
        if isinstance(_title, Unset):
            title = UNSET
        else:
            title = _title if type(_title) is str else str_from_wire(_title, "title")

        _type_ = _src_dict.pop("type", UNSET)
        type_: str | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = _type_ if type(_type_) is str else str_from_wire(_type_, "type")

        _level = _src_dict.pop("level", UNSET)
        level: str | Unset
        if isinstance(_level, Unset):
            level = UNSET
        else:
            level = _level if type(_level) is str else str_from_wire(_level, "level")

        _content_summary = _src_dict.pop("content_summary", UNSET)
        content_summary: str | Unset
        if isinstance(_content_summary, Unset):
            content_summary = UNSET
        else:
            content_summary = (
                _content_summary
                if type(_content_summary) is str
                else str_from_wire(_content_summary, "content_summary")
            )

        _content = _src_dict.pop("content", UNSET)
        content: str | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = _content if type(_content) is str else str_from_wire(_content, "content")

        _content_raw = _src_dict.pop("content_raw", UNSET)
        content_raw: NotificationContentRaw | Unset
        if isinstance(_content_raw, Unset):
            content_raw = UNSET
        else:
            content_raw = NotificationContentRaw.from_dict(_content_raw)

        _mark_read = _src_dict.pop("mark_read", UNSET)
        mark_read: int | Unset
        if isinstance(_mark_read, Unset):
            mark_read = UNSET
        else:
            mark_read = _mark_read if type(_mark_read) is int else int_from_wire(_mark_read, "mark_read")

        _operator = _src_dict.pop("operator", UNSET)
        operator: int | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = _operator if type(_operator) is int else int_from_wire(_operator, "operator")

        _created_time = _src_dict.pop("created_time", UNSET)
        created_time: int | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = _created_time if type(_created_time) is int else int_from_wire(_created_time, "created_time")

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

        _result = cls(
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
