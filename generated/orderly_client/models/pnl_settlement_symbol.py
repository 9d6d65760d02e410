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
)

T = TypeVar("T", bound="PnlSettlementSymbol")


@_attrs_define(repr=False)
class PnlSettlementSymbol:
    """
    Attributes:
        symbol (str): Example: PERP_BTC_USDC.
        settled_amount (Decimal): Example: -500.
    """

    symbol: str
    settled_amount: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        settled_amount = self.settled_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "settled_amount": settled_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _symbol = _src_dict.pop("symbol")
        symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        _settled_amount = _src_dict.pop("settled_amount")
        settled_amount = (
            _settled_amount
            if type(_settled_amount) is Decimal
            else decimal_from_wire(_settled_amount, "settled_amount")
        )

        _result = cls(
            symbol=symbol,
            settled_amount=settled_amount,
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
