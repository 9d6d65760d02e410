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

# from_dict sets converted values as they are (its converters and setattr hooks are for values given by hand).
_set = object.__setattr__
from ..models.margin_mode import to_margin_mode_or_unset

T = TypeVar("T", bound="PostV1ClientLeveragesBody")


@_attrs_define(repr=False)
class PostV1ClientLeveragesBody:
    """
    Attributes:
        leverage (int):
        symbol (str | Unset): Example: PERP_BTC_USDC.
        margin_mode (MarginMode | Unset): One of: CROSS, ISOLATED.
    """

    leverage: int
    symbol: str | Unset = UNSET
    margin_mode: MarginMode | Unset = _attrs_field(default=UNSET, converter=to_margin_mode_or_unset)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        leverage = self.leverage

        symbol = self.symbol

        margin_mode: str | Unset = UNSET
        if not isinstance(self.margin_mode, Unset):
            margin_mode = str(self.margin_mode)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "leverage": leverage,
            }
        )
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if margin_mode is not UNSET:
            field_dict["margin_mode"] = margin_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _leverage = _src_dict.pop("leverage")
        leverage = _leverage if type(_leverage) is int else int_from_wire(_leverage, "leverage")

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

        # Every value is converted above: set as it is, past __init__'s converters (a second pass) and setattr hooks.
        _result = cls.__new__(cls)
        _set(_result, "leverage", leverage)
        _set(_result, "symbol", symbol)
        _set(_result, "margin_mode", margin_mode)

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
