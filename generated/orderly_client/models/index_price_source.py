from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="IndexPriceSource")


@_attrs_define(repr=False)
class IndexPriceSource:
    """
    Attributes:
        symbol (str | Unset): Example: SPOT_BNB_USDC.
        updated_time (int | Unset): Unit: milliseconds since the Unix epoch. Example: 1710382176255.
        sources (list[str] | Unset): Example: ['gateio', 'kucoin', 'binance', 'okx', 'huobi', 'bybit', 'mexc'].
    """

    symbol: str | Unset = UNSET
    updated_time: int | Unset = UNSET
    sources: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _symbol = _src_dict.pop("symbol", UNSET)
        symbol: str | Unset
        if isinstance(_symbol, Unset):
            symbol = UNSET
        else:
            symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        _updated_time = _src_dict.pop("updated_time", UNSET)
        updated_time: int | Unset
        if isinstance(_updated_time, Unset):
            updated_time = UNSET
        else:
            updated_time = _updated_time if type(_updated_time) is int else int_from_wire(_updated_time, "updated_time")

        _sources = _src_dict.pop("sources", UNSET)
        sources: list[str] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                _sources_item = sources_item_data
                sources_item = (
                    _sources_item if type(_sources_item) is str else str_from_wire(_sources_item, "sources_item")
                )

                sources.append(sources_item)

        _result = cls(
            symbol=symbol,
            updated_time=updated_time,
            sources=sources,
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
