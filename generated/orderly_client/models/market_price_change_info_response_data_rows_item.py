from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketPriceChangeInfoResponseDataRowsItem")


@_attrs_define
class MarketPriceChangeInfoResponseDataRowsItem:
    """
    Attributes:
        symbol (str | Unset): Example: PERP_BTC_USDC.
        last_price (float | Unset): Example: 31000.
        field_5m (float | Unset): Example: 31000.
        field_30m (float | Unset): Example: 31000.
        field_1h (float | Unset): Example: 31000.
        field_4h (float | Unset): Example: 31000.
        field_24h (float | Unset): Example: 31000.
        field_3d (float | Unset): Example: 31000.
        field_7d (float | Unset): Example: 31000.
        field_30d (float | None | Unset):
    """

    symbol: str | Unset = UNSET
    last_price: float | Unset = UNSET
    field_5m: float | Unset = UNSET
    field_30m: float | Unset = UNSET
    field_1h: float | Unset = UNSET
    field_4h: float | Unset = UNSET
    field_24h: float | Unset = UNSET
    field_3d: float | Unset = UNSET
    field_7d: float | Unset = UNSET
    field_30d: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        last_price = self.last_price

        field_5m = self.field_5m

        field_30m = self.field_30m

        field_1h = self.field_1h

        field_4h = self.field_4h

        field_24h = self.field_24h

        field_3d = self.field_3d

        field_7d = self.field_7d

        field_30d: float | None | Unset
        if isinstance(self.field_30d, Unset):
            field_30d = UNSET
        else:
            field_30d = self.field_30d

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if last_price is not UNSET:
            field_dict["last_price"] = last_price
        if field_5m is not UNSET:
            field_dict["5m"] = field_5m
        if field_30m is not UNSET:
            field_dict["30m"] = field_30m
        if field_1h is not UNSET:
            field_dict["1h"] = field_1h
        if field_4h is not UNSET:
            field_dict["4h"] = field_4h
        if field_24h is not UNSET:
            field_dict["24h"] = field_24h
        if field_3d is not UNSET:
            field_dict["3d"] = field_3d
        if field_7d is not UNSET:
            field_dict["7d"] = field_7d
        if field_30d is not UNSET:
            field_dict["30d"] = field_30d

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        symbol = _src_dict.pop("symbol", UNSET)

        last_price = _src_dict.pop("last_price", UNSET)

        field_5m = _src_dict.pop("5m", UNSET)

        field_30m = _src_dict.pop("30m", UNSET)

        field_1h = _src_dict.pop("1h", UNSET)

        field_4h = _src_dict.pop("4h", UNSET)

        field_24h = _src_dict.pop("24h", UNSET)

        field_3d = _src_dict.pop("3d", UNSET)

        field_7d = _src_dict.pop("7d", UNSET)

        def _parse_field_30d(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        field_30d = _parse_field_30d(_src_dict.pop("30d", UNSET))

        market_price_change_info_response_data_rows_item = cls(
            symbol=symbol,
            last_price=last_price,
            field_5m=field_5m,
            field_30m=field_30m,
            field_1h=field_1h,
            field_4h=field_4h,
            field_24h=field_24h,
            field_3d=field_3d,
            field_7d=field_7d,
            field_30d=field_30d,
        )

        market_price_change_info_response_data_rows_item.additional_properties = _src_dict
        return market_price_change_info_response_data_rows_item

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
