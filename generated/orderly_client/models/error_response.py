from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """
    Attributes:
        success (bool): Example: False.
        message (str): Example: Invalid code..
        timestamp (float): Unit: milliseconds since the Unix epoch. Example: 1702989203989.
        code (str | Unset): Example: INVALID_CODE.
    """

    success: bool
    message: str
    timestamp: float
    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        timestamp = self.timestamp

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
                "timestamp": timestamp,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        success = _src_dict.pop("success")

        message = _src_dict.pop("message")

        timestamp = _src_dict.pop("timestamp")

        code = _src_dict.pop("code", UNSET)

        error_response = cls(
            success=success,
            message=message,
            timestamp=timestamp,
            code=code,
        )

        error_response.additional_properties = _src_dict
        return error_response

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
