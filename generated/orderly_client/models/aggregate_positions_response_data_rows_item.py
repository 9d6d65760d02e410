from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AggregatePositionsResponseDataRowsItem")


@_attrs_define
class AggregatePositionsResponseDataRowsItem:
    """
    Attributes:
        account_id (str | Unset):
        imr_withdraw_orders (float | Unset):
        mmr_with_orders (float | Unset):
        average_open_price (float | Unset):
        cost_position (float | Unset):
        est_liq_price (float | Unset):
        fee_24_h (float | Unset):
        imr (float | Unset):
        last_sum_unitary_funding (float | Unset):
        mark_price (float | Unset):
        mmr (float | Unset):
        pending_long_qty (float | Unset):
        pending_short_qty (float | Unset):
        pnl_24_h (float | Unset):
        position_qty (float | Unset):
        settle_price (float | Unset):
        symbol (str | Unset):
        seq (float | Unset):
        timestamp (float | Unset): Unit: milliseconds since the Unix epoch.
        updated_time (float | Unset): Unit: milliseconds since the Unix epoch.
        unsettled_pnl (float | Unset):
        leverage (int | Unset):
        margin_mode (str | Unset):
        margin (float | Unset):
        accrued_funding_fee (float | Unset):
    """

    account_id: str | Unset = UNSET
    imr_withdraw_orders: float | Unset = UNSET
    mmr_with_orders: float | Unset = UNSET
    average_open_price: float | Unset = UNSET
    cost_position: float | Unset = UNSET
    est_liq_price: float | Unset = UNSET
    fee_24_h: float | Unset = UNSET
    imr: float | Unset = UNSET
    last_sum_unitary_funding: float | Unset = UNSET
    mark_price: float | Unset = UNSET
    mmr: float | Unset = UNSET
    pending_long_qty: float | Unset = UNSET
    pending_short_qty: float | Unset = UNSET
    pnl_24_h: float | Unset = UNSET
    position_qty: float | Unset = UNSET
    settle_price: float | Unset = UNSET
    symbol: str | Unset = UNSET
    seq: float | Unset = UNSET
    timestamp: float | Unset = UNSET
    updated_time: float | Unset = UNSET
    unsettled_pnl: float | Unset = UNSET
    leverage: int | Unset = UNSET
    margin_mode: str | Unset = UNSET
    margin: float | Unset = UNSET
    accrued_funding_fee: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        imr_withdraw_orders = self.imr_withdraw_orders

        mmr_with_orders = self.mmr_with_orders

        average_open_price = self.average_open_price

        cost_position = self.cost_position

        est_liq_price = self.est_liq_price

        fee_24_h = self.fee_24_h

        imr = self.imr

        last_sum_unitary_funding = self.last_sum_unitary_funding

        mark_price = self.mark_price

        mmr = self.mmr

        pending_long_qty = self.pending_long_qty

        pending_short_qty = self.pending_short_qty

        pnl_24_h = self.pnl_24_h

        position_qty = self.position_qty

        settle_price = self.settle_price

        symbol = self.symbol

        seq = self.seq

        timestamp = self.timestamp

        updated_time = self.updated_time

        unsettled_pnl = self.unsettled_pnl

        leverage = self.leverage

        margin_mode = self.margin_mode

        margin = self.margin

        accrued_funding_fee = self.accrued_funding_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if imr_withdraw_orders is not UNSET:
            field_dict["IMR_withdraw_orders"] = imr_withdraw_orders
        if mmr_with_orders is not UNSET:
            field_dict["MMR_with_orders"] = mmr_with_orders
        if average_open_price is not UNSET:
            field_dict["average_open_price"] = average_open_price
        if cost_position is not UNSET:
            field_dict["cost_position"] = cost_position
        if est_liq_price is not UNSET:
            field_dict["est_liq_price"] = est_liq_price
        if fee_24_h is not UNSET:
            field_dict["fee_24_h"] = fee_24_h
        if imr is not UNSET:
            field_dict["imr"] = imr
        if last_sum_unitary_funding is not UNSET:
            field_dict["last_sum_unitary_funding"] = last_sum_unitary_funding
        if mark_price is not UNSET:
            field_dict["mark_price"] = mark_price
        if mmr is not UNSET:
            field_dict["mmr"] = mmr
        if pending_long_qty is not UNSET:
            field_dict["pending_long_qty"] = pending_long_qty
        if pending_short_qty is not UNSET:
            field_dict["pending_short_qty"] = pending_short_qty
        if pnl_24_h is not UNSET:
            field_dict["pnl_24_h"] = pnl_24_h
        if position_qty is not UNSET:
            field_dict["position_qty"] = position_qty
        if settle_price is not UNSET:
            field_dict["settle_price"] = settle_price
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if seq is not UNSET:
            field_dict["seq"] = seq
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
        if unsettled_pnl is not UNSET:
            field_dict["unsettled_pnl"] = unsettled_pnl
        if leverage is not UNSET:
            field_dict["leverage"] = leverage
        if margin_mode is not UNSET:
            field_dict["margin_mode"] = margin_mode
        if margin is not UNSET:
            field_dict["margin"] = margin
        if accrued_funding_fee is not UNSET:
            field_dict["accrued_funding_fee"] = accrued_funding_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        account_id = _src_dict.pop("account_id", UNSET)

        imr_withdraw_orders = _src_dict.pop("IMR_withdraw_orders", UNSET)

        mmr_with_orders = _src_dict.pop("MMR_with_orders", UNSET)

        average_open_price = _src_dict.pop("average_open_price", UNSET)

        cost_position = _src_dict.pop("cost_position", UNSET)

        est_liq_price = _src_dict.pop("est_liq_price", UNSET)

        fee_24_h = _src_dict.pop("fee_24_h", UNSET)

        imr = _src_dict.pop("imr", UNSET)

        last_sum_unitary_funding = _src_dict.pop("last_sum_unitary_funding", UNSET)

        mark_price = _src_dict.pop("mark_price", UNSET)

        mmr = _src_dict.pop("mmr", UNSET)

        pending_long_qty = _src_dict.pop("pending_long_qty", UNSET)

        pending_short_qty = _src_dict.pop("pending_short_qty", UNSET)

        pnl_24_h = _src_dict.pop("pnl_24_h", UNSET)

        position_qty = _src_dict.pop("position_qty", UNSET)

        settle_price = _src_dict.pop("settle_price", UNSET)

        symbol = _src_dict.pop("symbol", UNSET)

        seq = _src_dict.pop("seq", UNSET)

        timestamp = _src_dict.pop("timestamp", UNSET)

        updated_time = _src_dict.pop("updated_time", UNSET)

        unsettled_pnl = _src_dict.pop("unsettled_pnl", UNSET)

        leverage = _src_dict.pop("leverage", UNSET)

        margin_mode = _src_dict.pop("margin_mode", UNSET)

        margin = _src_dict.pop("margin", UNSET)

        accrued_funding_fee = _src_dict.pop("accrued_funding_fee", UNSET)

        aggregate_positions_response_data_rows_item = cls(
            account_id=account_id,
            imr_withdraw_orders=imr_withdraw_orders,
            mmr_with_orders=mmr_with_orders,
            average_open_price=average_open_price,
            cost_position=cost_position,
            est_liq_price=est_liq_price,
            fee_24_h=fee_24_h,
            imr=imr,
            last_sum_unitary_funding=last_sum_unitary_funding,
            mark_price=mark_price,
            mmr=mmr,
            pending_long_qty=pending_long_qty,
            pending_short_qty=pending_short_qty,
            pnl_24_h=pnl_24_h,
            position_qty=position_qty,
            settle_price=settle_price,
            symbol=symbol,
            seq=seq,
            timestamp=timestamp,
            updated_time=updated_time,
            unsettled_pnl=unsettled_pnl,
            leverage=leverage,
            margin_mode=margin_mode,
            margin=margin,
            accrued_funding_fee=accrued_funding_fee,
        )

        aggregate_positions_response_data_rows_item.additional_properties = _src_dict
        return aggregate_positions_response_data_rows_item

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
