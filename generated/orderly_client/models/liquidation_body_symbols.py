from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LiquidationBodySymbols")


@_attrs_define
class LiquidationBodySymbols:
    """
    Attributes:
        ratio_qty_request (float):
        symbol (str):
    """

    ratio_qty_request: float
    symbol: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        ratio_qty_request = _src_dict.pop("ratio_qty_request")

        symbol = _src_dict.pop("symbol")

        liquidation_body_symbols = cls(
            ratio_qty_request=ratio_qty_request,
            symbol=symbol,
        )

        liquidation_body_symbols.additional_properties = _src_dict
        return liquidation_body_symbols

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
