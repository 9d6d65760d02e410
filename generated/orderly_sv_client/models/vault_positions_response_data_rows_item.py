from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VaultPositionsResponseDataRowsItem")


@_attrs_define
class VaultPositionsResponseDataRowsItem:
    """
    Attributes:
        exchange (str | Unset): Example: orderly.
        symbol (str | Unset): Example: PERP_BTC_USDC.
        position_qty (float | Unset): Example: -5.
        average_open_price (float | Unset): Example: 27908.14386047.
        mark_price (float | Unset): Example: 27794.9.
        est_liq_price (float | Unset): Example: 117335.92899428.
    """

    exchange: str | Unset = UNSET
    symbol: str | Unset = UNSET
    position_qty: float | Unset = UNSET
    average_open_price: float | Unset = UNSET
    mark_price: float | Unset = UNSET
    est_liq_price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        exchange = _src_dict.pop("exchange", UNSET)

        symbol = _src_dict.pop("symbol", UNSET)

        position_qty = _src_dict.pop("position_qty", UNSET)

        average_open_price = _src_dict.pop("average_open_price", UNSET)

        mark_price = _src_dict.pop("mark_price", UNSET)

        est_liq_price = _src_dict.pop("est_liq_price", UNSET)

        vault_positions_response_data_rows_item = cls(
            exchange=exchange,
            symbol=symbol,
            position_qty=position_qty,
            average_open_price=average_open_price,
            mark_price=mark_price,
            est_liq_price=est_liq_price,
        )

        vault_positions_response_data_rows_item.additional_properties = _src_dict
        return vault_positions_response_data_rows_item

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
