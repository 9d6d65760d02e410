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
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="OpenInterest")


@_attrs_define(repr=False)
class OpenInterest:
    """
    Attributes:
        symbol (str | Unset): Example: PERP_BTC_USDC.
        long_oi (Decimal | Unset): Example: 31000.
        short_oi (Decimal | Unset): Example: 31000.
    """

    symbol: str | Unset = UNSET
    long_oi: Decimal | Unset = UNSET
    short_oi: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        long_oi = self.long_oi

        short_oi = self.short_oi

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if long_oi is not UNSET:
            field_dict["long_oi"] = long_oi
        if short_oi is not UNSET:
            field_dict["short_oi"] = short_oi

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

        _long_oi = _src_dict.pop("long_oi", UNSET)
        long_oi: Decimal | Unset
        if isinstance(_long_oi, Unset):
            long_oi = UNSET
        else:
            long_oi = _long_oi if type(_long_oi) is Decimal else decimal_from_wire(_long_oi, "long_oi")

        _short_oi = _src_dict.pop("short_oi", UNSET)
        short_oi: Decimal | Unset
        if isinstance(_short_oi, Unset):
            short_oi = UNSET
        else:
            short_oi = _short_oi if type(_short_oi) is Decimal else decimal_from_wire(_short_oi, "short_oi")

        _result = cls(
            symbol=symbol,
            long_oi=long_oi,
            short_oi=short_oi,
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
