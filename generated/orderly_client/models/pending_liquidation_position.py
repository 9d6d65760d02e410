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

T = TypeVar("T", bound="PendingLiquidationPosition")


@_attrs_define(repr=False)
class PendingLiquidationPosition:
    """
    Attributes:
        symbol (str | Unset): Example: PERP_BTC_USDC.
        position_qty (Decimal | Unset): Example: -0.22457.
        liquidator_fee (Decimal | Unset): Example: 0.015.
    """

    symbol: str | Unset = UNSET
    position_qty: Decimal | Unset = UNSET
    liquidator_fee: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        position_qty = self.position_qty

        liquidator_fee = self.liquidator_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if position_qty is not UNSET:
            field_dict["position_qty"] = position_qty
        if liquidator_fee is not UNSET:
            field_dict["liquidator_fee"] = liquidator_fee

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

        _position_qty = _src_dict.pop("position_qty", UNSET)
        position_qty: Decimal | Unset
        if isinstance(_position_qty, Unset):
            position_qty = UNSET
        else:
            position_qty = (
                _position_qty if type(_position_qty) is Decimal else decimal_from_wire(_position_qty, "position_qty")
            )

        _liquidator_fee = _src_dict.pop("liquidator_fee", UNSET)
        liquidator_fee: Decimal | Unset
        if isinstance(_liquidator_fee, Unset):
            liquidator_fee = UNSET
        else:
            liquidator_fee = (
                _liquidator_fee
                if type(_liquidator_fee) is Decimal
                else decimal_from_wire(_liquidator_fee, "liquidator_fee")
            )

        _result = cls(
            symbol=symbol,
            position_qty=position_qty,
            liquidator_fee=liquidator_fee,
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
