from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    bool_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="GetV1BrokerDailyFeeRevenueResponse400")


@_attrs_define(repr=False)
class GetV1BrokerDailyFeeRevenueResponse400:
    """
    Attributes:
        success (bool): Example: False.
        code (int): Example: -1103.
        message (str): Example: start_date and end_date can't be blank.
    """

    success: bool
    code: int
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _success = _src_dict.pop("success")
        success = _success if type(_success) is bool else bool_from_wire(_success, "success")

        _code = _src_dict.pop("code")
        code = _code if type(_code) is int else int_from_wire(_code, "code")

        _message = _src_dict.pop("message")
        message = _message if type(_message) is str else str_from_wire(_message, "message")

        _result = cls(
            success=success,
            code=code,
            message=message,
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
