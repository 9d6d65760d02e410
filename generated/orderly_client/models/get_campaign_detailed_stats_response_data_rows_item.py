from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCampaignDetailedStatsResponseDataRowsItem")


@_attrs_define
class GetCampaignDetailedStatsResponseDataRowsItem:
    """
    Attributes:
        broker_id (str | Unset): Example: woofi_dex.
        symbol (str | Unset): Example: PERP_NEAR_USDC.
        volume (float | Unset): Example: 800.12.
        user_count (int | Unset): Example: 10.
    """

    broker_id: str | Unset = UNSET
    symbol: str | Unset = UNSET
    volume: float | Unset = UNSET
    user_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        broker_id = _src_dict.pop("broker_id", UNSET)

        symbol = _src_dict.pop("symbol", UNSET)

        volume = _src_dict.pop("volume", UNSET)

        user_count = _src_dict.pop("user_count", UNSET)

        get_campaign_detailed_stats_response_data_rows_item = cls(
            broker_id=broker_id,
            symbol=symbol,
            volume=volume,
            user_count=user_count,
        )

        get_campaign_detailed_stats_response_data_rows_item.additional_properties = _src_dict
        return get_campaign_detailed_stats_response_data_rows_item

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
