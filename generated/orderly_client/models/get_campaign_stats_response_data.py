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

T = TypeVar("T", bound="GetCampaignStatsResponseData")


@_attrs_define(repr=False)
class GetCampaignStatsResponseData:
    """
    Attributes:
        volume (Decimal | Unset): Example: 65615479.490133.
        user_count (int | Unset): Example: 1680.
        sign_up_count (int | Unset): Example: 1680.
        updated_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1750766370033.
    """

    volume: Decimal | Unset = UNSET
    user_count: int | Unset = UNSET
    sign_up_count: int | Unset = UNSET
    updated_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        volume = self.volume

        user_count = self.user_count

        sign_up_count = self.sign_up_count

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if volume is not UNSET:
            field_dict["volume"] = volume
        if user_count is not UNSET:
            field_dict["user_count"] = user_count
        if sign_up_count is not UNSET:
            field_dict["sign_up_count"] = sign_up_count
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _volume = _src_dict.pop("volume", UNSET)
        volume: Decimal | Unset
        if isinstance(_volume, Unset):
            volume = UNSET
        else:
            volume = _volume if type(_volume) is Decimal else decimal_from_wire(_volume, "volume")

        _user_count = _src_dict.pop("user_count", UNSET)
        user_count: int | Unset
        if isinstance(_user_count, Unset):
            user_count = UNSET
        else:
            user_count = _user_count if type(_user_count) is int else int_from_wire(_user_count, "user_count")

        _sign_up_count = _src_dict.pop("sign_up_count", UNSET)
        sign_up_count: int | Unset
        if isinstance(_sign_up_count, Unset):
            sign_up_count = UNSET
        else:
            sign_up_count = (
                _sign_up_count if type(_sign_up_count) is int else int_from_wire(_sign_up_count, "sign_up_count")
            )

        _updated_time = _src_dict.pop("updated_time", UNSET)
        updated_time: int | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = _updated_time if type(_updated_time) is int else int_from_wire(_updated_time, "updated_time")

        _result = cls(
            volume=volume,
            user_count=user_count,
            sign_up_count=sign_up_count,
            updated_time=updated_time,
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
