from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.margin_mode import MarginMode
from ..types import (
    UNSET,
    Unset,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="Leverage")


@_attrs_define(repr=False)
class Leverage:
    """
    Attributes:
        symbol (str | Unset): Example: PERP_BTC_USDC.
        margin_mode (MarginMode | Unset): One of: CROSS, ISOLATED.
        leverage (int | Unset): Example: 19.
    """

    symbol: str | Unset = UNSET
    margin_mode: MarginMode | Unset = UNSET
    leverage: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        margin_mode: str | Unset = UNSET
        if not isinstance(self.margin_mode, Unset):
            margin_mode = str(self.margin_mode)

        leverage = self.leverage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if margin_mode is not UNSET:
            field_dict["margin_mode"] = margin_mode
        if leverage is not UNSET:
            field_dict["leverage"] = leverage

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

        _margin_mode = _src_dict.pop("margin_mode", UNSET)
        margin_mode: MarginMode | Unset
        if isinstance(_margin_mode, Unset):
            margin_mode = UNSET
        else:
            margin_mode = MarginMode.from_wire(_margin_mode)

        _leverage = _src_dict.pop("leverage", UNSET)
        leverage: int | Unset
        if isinstance(_leverage, Unset):
            leverage = UNSET
        else:
            leverage = _leverage if type(_leverage) is int else int_from_wire(_leverage, "leverage")

        _result = cls(
            symbol=symbol,
            margin_mode=margin_mode,
            leverage=leverage,
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
