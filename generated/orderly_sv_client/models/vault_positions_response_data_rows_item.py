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

T = TypeVar("T", bound="VaultPositionsResponseDataRowsItem")


@_attrs_define(repr=False)
class VaultPositionsResponseDataRowsItem:
    """
    Attributes:
        exchange (str | Unset): Example: orderly.
        symbol (str | Unset): Example: PERP_BTC_USDC.
        position_qty (Decimal | Unset): Example: -5.
        average_open_price (Decimal | Unset): Example: 27908.14386047.
        mark_price (Decimal | Unset): Example: 27794.9.
        est_liq_price (Decimal | Unset): Example: 117335.92899428.
    """

    exchange: str | Unset = UNSET
    symbol: str | Unset = UNSET
    position_qty: Decimal | Unset = UNSET
    average_open_price: Decimal | Unset = UNSET
    mark_price: Decimal | Unset = UNSET
    est_liq_price: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        exchange = self.exchange

        symbol = self.symbol

        position_qty = self.position_qty

        average_open_price = self.average_open_price

        mark_price = self.mark_price

        est_liq_price = self.est_liq_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if position_qty is not UNSET:
            field_dict["position_qty"] = position_qty
        if average_open_price is not UNSET:
            field_dict["average_open_price"] = average_open_price
        if mark_price is not UNSET:
            field_dict["mark_price"] = mark_price
        if est_liq_price is not UNSET:
            field_dict["est_liq_price"] = est_liq_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _exchange = _src_dict.pop("exchange", UNSET)
        exchange: str | Unset
        if isinstance(_exchange, Unset):
            exchange = UNSET
        else:
            exchange = _exchange if type(_exchange) is str else str_from_wire(_exchange, "exchange")

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

        _average_open_price = _src_dict.pop("average_open_price", UNSET)
        average_open_price: Decimal | Unset
        if isinstance(_average_open_price, Unset):
            average_open_price = UNSET
        else:
            average_open_price = (
                _average_open_price
                if type(_average_open_price) is Decimal
                else decimal_from_wire(_average_open_price, "average_open_price")
            )

        _mark_price = _src_dict.pop("mark_price", UNSET)
        mark_price: Decimal | Unset
        if isinstance(_mark_price, Unset):
            mark_price = UNSET
        else:
            mark_price = _mark_price if type(_mark_price) is Decimal else decimal_from_wire(_mark_price, "mark_price")

        _est_liq_price = _src_dict.pop("est_liq_price", UNSET)
        est_liq_price: Decimal | Unset
        if isinstance(_est_liq_price, Unset):
            est_liq_price = UNSET
        else:
            est_liq_price = (
                _est_liq_price
                if type(_est_liq_price) is Decimal
                else decimal_from_wire(_est_liq_price, "est_liq_price")
            )

        _result = cls(
            exchange=exchange,
            symbol=symbol,
            position_qty=position_qty,
            average_open_price=average_open_price,
            mark_price=mark_price,
            est_liq_price=est_liq_price,
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
