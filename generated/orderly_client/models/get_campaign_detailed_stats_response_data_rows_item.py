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
    str_from_wire,
)

T = TypeVar("T", bound="GetCampaignDetailedStatsResponseDataRowsItem")


@_attrs_define(repr=False)
class GetCampaignDetailedStatsResponseDataRowsItem:
    """
    Attributes:
        broker_id (str | Unset): Example: woofi_dex.
        symbol (str | Unset): Example: PERP_NEAR_USDC.
        volume (Decimal | Unset): Example: 800.12.
        user_count (int | Unset): Example: 10.
    """

    broker_id: str | Unset = UNSET
    symbol: str | Unset = UNSET
    volume: Decimal | Unset = UNSET
    user_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        broker_id = self.broker_id

        symbol = self.symbol

        volume = self.volume

        user_count = self.user_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if broker_id is not UNSET:
            field_dict["broker_id"] = broker_id
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if volume is not UNSET:
            field_dict["volume"] = volume
        if user_count is not UNSET:
            field_dict["user_count"] = user_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _broker_id = _src_dict.pop("broker_id", UNSET)
        broker_id: str | Unset
        if isinstance(_broker_id, Unset):
            broker_id = UNSET
        else:
            broker_id = _broker_id if type(_broker_id) is str else str_from_wire(_broker_id, "broker_id")

        _symbol = _src_dict.pop("symbol", UNSET)
        symbol: str | Unset
        if isinstance(_symbol, Unset):
            symbol = UNSET
        else:
            symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

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

        _result = cls(
            broker_id=broker_id,
            symbol=symbol,
            volume=volume,
            user_count=user_count,
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
