from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    decimal_from_wire,
    model_repr,
    str_from_wire,
    to_decimal,
)

# from_dict sets converted values as they are (its converters and setattr hooks are for values given by hand).
_set = object.__setattr__


T = TypeVar("T", bound="LiquidationBodySymbols")


@_attrs_define(repr=False)
class LiquidationBodySymbols:
    """
    Attributes:
        ratio_qty_request (Decimal):
        symbol (str):
    """

    ratio_qty_request: Decimal = _attrs_field(converter=to_decimal)
    symbol: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        ratio_qty_request = self.ratio_qty_request

        symbol = self.symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ratio_qty_request": ratio_qty_request,
                "symbol": symbol,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _ratio_qty_request = _src_dict.pop("ratio_qty_request")
        ratio_qty_request = (
            _ratio_qty_request
            if type(_ratio_qty_request) is Decimal
            else decimal_from_wire(_ratio_qty_request, "ratio_qty_request")
        )

        _symbol = _src_dict.pop("symbol")
        symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        # Every value is converted above: set as it is, past __init__'s converters (a second pass) and setattr hooks.
        _result = cls.__new__(cls)
        _set(_result, "ratio_qty_request", ratio_qty_request)
        _set(_result, "symbol", symbol)

        _set(_result, "additional_properties", _src_dict)
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
