from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    int_from_wire,
    model_repr,
)

T = TypeVar("T", bound="GetTVLByBrokerResponseData")


@_attrs_define(repr=False)
class GetTVLByBrokerResponseData:
    """
    Attributes:
        total_holding (Decimal | Unset): Example: 100.
        total_unsettled_balance (Decimal | Unset): Example: 21.
        last_update_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1702989203989.
    """

    total_holding: Decimal | Unset = UNSET
    total_unsettled_balance: Decimal | Unset = UNSET
    last_update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _total_holding = _src_dict.pop("total_holding", UNSET)
        total_holding: Decimal | Unset
        if isinstance(_total_holding, Unset):
            total_holding = UNSET
        else:
            total_holding = (
                _total_holding
                if type(_total_holding) is Decimal
                else decimal_from_wire(_total_holding, "total_holding")
            )

        _total_unsettled_balance = _src_dict.pop("total_unsettled_balance", UNSET)
        total_unsettled_balance: Decimal | Unset
        if isinstance(_total_unsettled_balance, Unset):
            total_unsettled_balance = UNSET
        else:
            total_unsettled_balance = (
                _total_unsettled_balance
                if type(_total_unsettled_balance) is Decimal
                else decimal_from_wire(_total_unsettled_balance, "total_unsettled_balance")
            )

        _last_update_time = _src_dict.pop("last_update_time", UNSET)
        last_update_time: int | Unset
        if isinstance(_last_update_time, Unset):
            last_update_time = UNSET
        else:
            last_update_time = (
                _last_update_time
                if type(_last_update_time) is int
                else int_from_wire(_last_update_time, "last_update_time")
            )

        _result = cls(
            total_holding=total_holding,
            total_unsettled_balance=total_unsettled_balance,
            last_update_time=last_update_time,
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
