from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetIndexPriceSourceResponseDataRowsItem")


@_attrs_define
class GetIndexPriceSourceResponseDataRowsItem:
    """
    Attributes:
        symbol (str | Unset): Example: SPOT_BNB_USDC.
        updated_time (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1710382176255.
        sources (list[str] | Unset): Example: ['gateio', 'kucoin', 'binance', 'okx', 'huobi', 'bybit', 'mexc'].
    """

    symbol: str | Unset = UNSET
    updated_time: float | Unset = UNSET
    sources: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        updated_time = self.updated_time

        sources: list[str] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = self.sources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        symbol = _src_dict.pop("symbol", UNSET)

        updated_time = _src_dict.pop("updated_time", UNSET)

        sources = cast(list[str], _src_dict.pop("sources", UNSET))

        get_index_price_source_response_data_rows_item = cls(
            symbol=symbol,
            updated_time=updated_time,
            sources=sources,
        )

        get_index_price_source_response_data_rows_item.additional_properties = _src_dict
        return get_index_price_source_response_data_rows_item

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
