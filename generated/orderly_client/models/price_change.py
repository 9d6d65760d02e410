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

T = TypeVar("T", bound="PriceChange")


@_attrs_define(repr=False)
class PriceChange:
    """
    Attributes:
        symbol (str | Unset): Example: PERP_BTC_USDC.
        last_price (Decimal | Unset): Example: 31000.
        field_5m (Decimal | Unset): Example: 31000.
        field_30m (Decimal | Unset): Example: 31000.
        field_1h (Decimal | Unset): Example: 31000.
        field_4h (Decimal | Unset): Example: 31000.
        field_24h (Decimal | Unset): Example: 31000.
        field_3d (Decimal | Unset): Example: 31000.
        field_7d (Decimal | Unset): Example: 31000.
        field_30d (Decimal | None | Unset):
    """

    symbol: str | Unset = UNSET
    last_price: Decimal | Unset = UNSET
    field_5m: Decimal | Unset = UNSET
    field_30m: Decimal | Unset = UNSET
    field_1h: Decimal | Unset = UNSET
    field_4h: Decimal | Unset = UNSET
    field_24h: Decimal | Unset = UNSET
    field_3d: Decimal | Unset = UNSET
    field_7d: Decimal | Unset = UNSET
    field_30d: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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

        field_30d: Decimal | None | Unset
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
        _symbol = _src_dict.pop("symbol", UNSET)
        symbol: str | Unset
        if isinstance(_symbol, Unset):
            symbol = UNSET
        else:
            symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        _last_price = _src_dict.pop("last_price", UNSET)
        last_price: Decimal | Unset
        if isinstance(_last_price, Unset):
            last_price = UNSET
        else:
            last_price = _last_price if type(_last_price) is Decimal else decimal_from_wire(_last_price, "last_price")

        _field_5m = _src_dict.pop("5m", UNSET)
        field_5m: Decimal | Unset
        if isinstance(_field_5m, Unset):
            field_5m = UNSET
        else:
            field_5m = _field_5m if type(_field_5m) is Decimal else decimal_from_wire(_field_5m, "5m")

        _field_30m = _src_dict.pop("30m", UNSET)
        field_30m: Decimal | Unset
        if isinstance(_field_30m, Unset):
            field_30m = UNSET
        else:
            field_30m = _field_30m if type(_field_30m) is Decimal else decimal_from_wire(_field_30m, "30m")

        _field_1h = _src_dict.pop("1h", UNSET)
        field_1h: Decimal | Unset
        if isinstance(_field_1h, Unset):
            field_1h = UNSET
        else:
            field_1h = _field_1h if type(_field_1h) is Decimal else decimal_from_wire(_field_1h, "1h")

        _field_4h = _src_dict.pop("4h", UNSET)
        field_4h: Decimal | Unset
        if isinstance(_field_4h, Unset):
            field_4h = UNSET
        else:
            field_4h = _field_4h if type(_field_4h) is Decimal else decimal_from_wire(_field_4h, "4h")

        _field_24h = _src_dict.pop("24h", UNSET)
        field_24h: Decimal | Unset
        if isinstance(_field_24h, Unset):
            field_24h = UNSET
        else:
            field_24h = _field_24h if type(_field_24h) is Decimal else decimal_from_wire(_field_24h, "24h")

        _field_3d = _src_dict.pop("3d", UNSET)
        field_3d: Decimal | Unset
        if isinstance(_field_3d, Unset):
            field_3d = UNSET
        else:
            field_3d = _field_3d if type(_field_3d) is Decimal else decimal_from_wire(_field_3d, "3d")

        _field_7d = _src_dict.pop("7d", UNSET)
        field_7d: Decimal | Unset
        if isinstance(_field_7d, Unset):
            field_7d = UNSET
        else:
            field_7d = _field_7d if type(_field_7d) is Decimal else decimal_from_wire(_field_7d, "7d")

        _field_30d = _src_dict.pop("30d", UNSET)
        field_30d: Decimal | None | Unset
        if _field_30d is None or isinstance(_field_30d, Unset) or type(_field_30d) is Decimal:
            field_30d = _field_30d
        else:

            def _parse_field_30d(data: object) -> Decimal | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, (Decimal, int, float, str)) and not isinstance(data, bool)):
                    raise TypeError("30d: expected Decimal | None, got " + repr(data)[:60])
                _field_30d_type_0 = data
                field_30d_type_0 = (
                    _field_30d_type_0
                    if type(_field_30d_type_0) is Decimal
                    else decimal_from_wire(_field_30d_type_0, "30d")
                )

                return field_30d_type_0

            field_30d = _parse_field_30d(_field_30d)

        _result = cls(
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
