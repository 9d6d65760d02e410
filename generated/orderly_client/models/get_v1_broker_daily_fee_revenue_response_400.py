from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetV1BrokerDailyFeeRevenueResponse400")


@_attrs_define
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
        success = _src_dict.pop("success")

        code = _src_dict.pop("code")

        message = _src_dict.pop("message")

        get_v1_broker_daily_fee_revenue_response_400 = cls(
            success=success,
            code=code,
            message=message,
        )

        get_v1_broker_daily_fee_revenue_response_400.additional_properties = _src_dict
        return get_v1_broker_daily_fee_revenue_response_400

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
