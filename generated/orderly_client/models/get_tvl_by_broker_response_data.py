from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTVLByBrokerResponseData")


@_attrs_define
class GetTVLByBrokerResponseData:
    """
    Attributes:
        total_holding (float | Unset): Example: 100.
        total_unsettled_balance (float | Unset): Example: 21.
        last_update_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1702989203989.
    """

    total_holding: float | Unset = UNSET
    total_unsettled_balance: float | Unset = UNSET
    last_update_time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_holding = self.total_holding

        total_unsettled_balance = self.total_unsettled_balance

        last_update_time = self.last_update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_holding is not UNSET:
            field_dict["total_holding"] = total_holding
        if total_unsettled_balance is not UNSET:
            field_dict["total_unsettled_balance"] = total_unsettled_balance
        if last_update_time is not UNSET:
            field_dict["last_update_time"] = last_update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        total_holding = _src_dict.pop("total_holding", UNSET)

        total_unsettled_balance = _src_dict.pop("total_unsettled_balance", UNSET)

        last_update_time = _src_dict.pop("last_update_time", UNSET)

        get_tvl_by_broker_response_data = cls(
            total_holding=total_holding,
            total_unsettled_balance=total_unsettled_balance,
            last_update_time=last_update_time,
        )

        get_tvl_by_broker_response_data.additional_properties = _src_dict
        return get_tvl_by_broker_response_data

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
