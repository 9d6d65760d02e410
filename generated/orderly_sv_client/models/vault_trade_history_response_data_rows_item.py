from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VaultTradeHistoryResponseDataRowsItem")


@_attrs_define
class VaultTradeHistoryResponseDataRowsItem:
    """
    Attributes:
        exchange (str | Unset): Example: orderly.
        id (float | Unset): Example: 2.
        symbol (str | Unset): Example: PERP_BTC_USDC.
        fee (float | Unset): Example: 0.0001.
        fee_asset (str | Unset): Example: USDC.
        side (str | Unset): Example: BUY.
        order_id (float | Unset): Example: 1.
        executed_price (float | Unset): Example: 123.
        executed_quantity (float | Unset): Example: 0.05.
        executed_timestamp (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1567382401000.
        is_maker (float | Unset): Example: 1.
        realized_pnl (float | Unset): Example: 0.
        match_id (float | Unset): Example: 7386297591862811000.
    """

    exchange: str | Unset = UNSET
    id: float | Unset = UNSET
    symbol: str | Unset = UNSET
    fee: float | Unset = UNSET
    fee_asset: str | Unset = UNSET
    side: str | Unset = UNSET
    order_id: float | Unset = UNSET
    executed_price: float | Unset = UNSET
    executed_quantity: float | Unset = UNSET
    executed_timestamp: float | Unset = UNSET
    is_maker: float | Unset = UNSET
    realized_pnl: float | Unset = UNSET
    match_id: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exchange = self.exchange

        id = self.id

        symbol = self.symbol

        fee = self.fee

        fee_asset = self.fee_asset

        side = self.side

        order_id = self.order_id

        executed_price = self.executed_price

        executed_quantity = self.executed_quantity

        executed_timestamp = self.executed_timestamp

        is_maker = self.is_maker

        realized_pnl = self.realized_pnl

        match_id = self.match_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if id is not UNSET:
            field_dict["id"] = id
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if fee is not UNSET:
            field_dict["fee"] = fee
        if fee_asset is not UNSET:
            field_dict["fee_asset"] = fee_asset
        if side is not UNSET:
            field_dict["side"] = side
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if executed_price is not UNSET:
            field_dict["executed_price"] = executed_price
        if executed_quantity is not UNSET:
            field_dict["executed_quantity"] = executed_quantity
        if executed_timestamp is not UNSET:
            field_dict["executed_timestamp"] = executed_timestamp
        if is_maker is not UNSET:
            field_dict["is_maker"] = is_maker
        if realized_pnl is not UNSET:
            field_dict["realized_pnl"] = realized_pnl
        if match_id is not UNSET:
            field_dict["match_id"] = match_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        exchange = _src_dict.pop("exchange", UNSET)

        id = _src_dict.pop("id", UNSET)

        symbol = _src_dict.pop("symbol", UNSET)

        fee = _src_dict.pop("fee", UNSET)

        fee_asset = _src_dict.pop("fee_asset", UNSET)

        side = _src_dict.pop("side", UNSET)

        order_id = _src_dict.pop("order_id", UNSET)

        executed_price = _src_dict.pop("executed_price", UNSET)

        executed_quantity = _src_dict.pop("executed_quantity", UNSET)

        executed_timestamp = _src_dict.pop("executed_timestamp", UNSET)

        is_maker = _src_dict.pop("is_maker", UNSET)

        realized_pnl = _src_dict.pop("realized_pnl", UNSET)

        match_id = _src_dict.pop("match_id", UNSET)

        vault_trade_history_response_data_rows_item = cls(
            exchange=exchange,
            id=id,
            symbol=symbol,
            fee=fee,
            fee_asset=fee_asset,
            side=side,
            order_id=order_id,
            executed_price=executed_price,
            executed_quantity=executed_quantity,
            executed_timestamp=executed_timestamp,
            is_maker=is_maker,
            realized_pnl=realized_pnl,
            match_id=match_id,
        )

        vault_trade_history_response_data_rows_item.additional_properties = _src_dict
        return vault_trade_history_response_data_rows_item

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
