from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.position_history_response_data_rows_item_margin_mode import (
    PositionHistoryResponseDataRowsItemMarginMode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PositionHistoryResponseDataRowsItem")


@_attrs_define
class PositionHistoryResponseDataRowsItem:
    """
    Attributes:
        position_id (float | Unset): Example: 1.
        status (str | Unset): Example: closed.
        type_ (str | Unset): Example: liquidated.
        symbol (str | Unset): Example: PERP_ETH_USDC.
        avg_open_price (float | Unset): Example: 61016.1.
        avg_close_price (float | Unset): Example: 61016.1.
        max_position_qty (float | Unset): Example: 56.6.
        closed_position_qty (float | Unset): Example: 56.6.
        side (str | Unset): Example: LONG.
        trading_fee (float | Unset): Example: 0.015.
        accumulated_funding_fee (float | Unset): Example: 0.11.
        insurance_fund_fee (float | Unset): Example: 0.
        liquidator_fee (float | Unset): Example: 0.
        liquidation_id (float | None | Unset):
        realized_pnl (float | Unset): Example: -9.09691927314905.
        open_timestamp (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1685429350571.
        close_timestamp (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1685429350571.
        last_update_timestamp (float | Unset): Unit: milliseconds since the Unix epoch. Example: 1685429350571.
        leverage (int | Unset): Example: 10.
        margin_mode (PositionHistoryResponseDataRowsItemMarginMode | Unset): One of: CROSS, ISOLATED. Example: CROSS.
    """

    position_id: float | Unset = UNSET
    status: str | Unset = UNSET
    type_: str | Unset = UNSET
    symbol: str | Unset = UNSET
    avg_open_price: float | Unset = UNSET
    avg_close_price: float | Unset = UNSET
    max_position_qty: float | Unset = UNSET
    closed_position_qty: float | Unset = UNSET
    side: str | Unset = UNSET
    trading_fee: float | Unset = UNSET
    accumulated_funding_fee: float | Unset = UNSET
    insurance_fund_fee: float | Unset = UNSET
    liquidator_fee: float | Unset = UNSET
    liquidation_id: float | None | Unset = UNSET
    realized_pnl: float | Unset = UNSET
    open_timestamp: float | Unset = UNSET
    close_timestamp: float | Unset = UNSET
    last_update_timestamp: float | Unset = UNSET
    leverage: int | Unset = UNSET
    margin_mode: PositionHistoryResponseDataRowsItemMarginMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position_id = self.position_id

        status = self.status

        type_ = self.type_

        symbol = self.symbol

        avg_open_price = self.avg_open_price

        avg_close_price = self.avg_close_price

        max_position_qty = self.max_position_qty

        closed_position_qty = self.closed_position_qty

        side = self.side

        trading_fee = self.trading_fee

        accumulated_funding_fee = self.accumulated_funding_fee

        insurance_fund_fee = self.insurance_fund_fee

        liquidator_fee = self.liquidator_fee

        liquidation_id: float | None | Unset
        if isinstance(self.liquidation_id, Unset):
            liquidation_id = UNSET
        else:
            liquidation_id = self.liquidation_id

        realized_pnl = self.realized_pnl

        open_timestamp = self.open_timestamp

        close_timestamp = self.close_timestamp

        last_update_timestamp = self.last_update_timestamp

        leverage = self.leverage

        margin_mode: str | Unset = UNSET
        if not isinstance(self.margin_mode, Unset):
            margin_mode = self.margin_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if position_id is not UNSET:
            field_dict["position_id"] = position_id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if avg_open_price is not UNSET:
            field_dict["avg_open_price"] = avg_open_price
        if avg_close_price is not UNSET:
            field_dict["avg_close_price"] = avg_close_price
        if max_position_qty is not UNSET:
            field_dict["max_position_qty"] = max_position_qty
        if closed_position_qty is not UNSET:
            field_dict["closed_position_qty"] = closed_position_qty
        if side is not UNSET:
            field_dict["side"] = side
        if trading_fee is not UNSET:
            field_dict["trading_fee"] = trading_fee
        if accumulated_funding_fee is not UNSET:
            field_dict["accumulated_funding_fee"] = accumulated_funding_fee
        if insurance_fund_fee is not UNSET:
            field_dict["insurance_fund_fee"] = insurance_fund_fee
        if liquidator_fee is not UNSET:
            field_dict["liquidator_fee"] = liquidator_fee
        if liquidation_id is not UNSET:
            field_dict["liquidation_id"] = liquidation_id
        if realized_pnl is not UNSET:
            field_dict["realized_pnl"] = realized_pnl
        if open_timestamp is not UNSET:
            field_dict["open_timestamp"] = open_timestamp
        if close_timestamp is not UNSET:
            field_dict["close_timestamp"] = close_timestamp
        if last_update_timestamp is not UNSET:
            field_dict["last_update_timestamp"] = last_update_timestamp
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if margin_mode is not UNSET:
            field_dict["margin_mode"] = margin_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        position_id = _src_dict.pop("position_id", UNSET)

        status = _src_dict.pop("status", UNSET)

        type_ = _src_dict.pop("type", UNSET)

        symbol = _src_dict.pop("symbol", UNSET)

        avg_open_price = _src_dict.pop("avg_open_price", UNSET)

        avg_close_price = _src_dict.pop("avg_close_price", UNSET)

        max_position_qty = _src_dict.pop("max_position_qty", UNSET)

        closed_position_qty = _src_dict.pop("closed_position_qty", UNSET)

        side = _src_dict.pop("side", UNSET)

        trading_fee = _src_dict.pop("trading_fee", UNSET)

        accumulated_funding_fee = _src_dict.pop("accumulated_funding_fee", UNSET)

        insurance_fund_fee = _src_dict.pop("insurance_fund_fee", UNSET)

        liquidator_fee = _src_dict.pop("liquidator_fee", UNSET)

        def _parse_liquidation_id(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        liquidation_id = _parse_liquidation_id(_src_dict.pop("liquidation_id", UNSET))

        realized_pnl = _src_dict.pop("realized_pnl", UNSET)

        open_timestamp = _src_dict.pop("open_timestamp", UNSET)

        close_timestamp = _src_dict.pop("close_timestamp", UNSET)

        last_update_timestamp = _src_dict.pop("last_update_timestamp", UNSET)

        leverage = _src_dict.pop("leverage", UNSET)

        _margin_mode = _src_dict.pop("margin_mode", UNSET)
        margin_mode: PositionHistoryResponseDataRowsItemMarginMode | Unset
        if isinstance(_margin_mode, Unset):
            margin_mode = UNSET
        else:
            margin_mode = PositionHistoryResponseDataRowsItemMarginMode.from_wire(_margin_mode)

        position_history_response_data_rows_item = cls(
            position_id=position_id,
            status=status,
            type_=type_,
            symbol=symbol,
            avg_open_price=avg_open_price,
            avg_close_price=avg_close_price,
            max_position_qty=max_position_qty,
            closed_position_qty=closed_position_qty,
            side=side,
            trading_fee=trading_fee,
            accumulated_funding_fee=accumulated_funding_fee,
            insurance_fund_fee=insurance_fund_fee,
            liquidator_fee=liquidator_fee,
            liquidation_id=liquidation_id,
            realized_pnl=realized_pnl,
            open_timestamp=open_timestamp,
            close_timestamp=close_timestamp,
            last_update_timestamp=last_update_timestamp,
            leverage=leverage,
            margin_mode=margin_mode,
        )

        position_history_response_data_rows_item.additional_properties = _src_dict
        return position_history_response_data_rows_item

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
