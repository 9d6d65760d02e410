from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Trade")


@_attrs_define
class Trade:
    """
    Attributes:
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
        realized_pnl (float | Unset): Example: 0.0.
        match_id (float | Unset): Example: 1773456866666462000.
        margin_token (str | Unset): Example: USDC.
        margin_change_qty (float | Unset): Example: 0.
        margin_mode (str | Unset): Example: CROSS.
        order_enum_fee (float | None | Unset): Example: 0.05.
        order_enum_fee_rate (float | None | Unset): Example: 0.005.
    """

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
    margin_token: str | Unset = UNSET
    margin_change_qty: float | Unset = UNSET
    margin_mode: str | Unset = UNSET
    order_enum_fee: float | None | Unset = UNSET
    order_enum_fee_rate: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        margin_token = self.margin_token

        margin_change_qty = self.margin_change_qty

        margin_mode = self.margin_mode

        order_enum_fee: float | None | Unset
        if isinstance(self.order_enum_fee, Unset):
            order_enum_fee = UNSET
        else:
            order_enum_fee = self.order_enum_fee

        order_enum_fee_rate: float | None | Unset
        if isinstance(self.order_enum_fee_rate, Unset):
            order_enum_fee_rate = UNSET
        else:
            order_enum_fee_rate = self.order_enum_fee_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if margin_token is not UNSET:
            field_dict["margin_token"] = margin_token
        if margin_change_qty is not UNSET:
            field_dict["margin_change_qty"] = margin_change_qty
        if margin_mode is not UNSET:
            field_dict["margin_mode"] = margin_mode
        if order_enum_fee is not UNSET:
            field_dict["order_enum_fee"] = order_enum_fee
        if order_enum_fee_rate is not UNSET:
            field_dict["order_enum_fee_rate"] = order_enum_fee_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
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

        margin_token = _src_dict.pop("margin_token", UNSET)

        margin_change_qty = _src_dict.pop("margin_change_qty", UNSET)

        margin_mode = _src_dict.pop("margin_mode", UNSET)

        def _parse_order_enum_fee(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        order_enum_fee = _parse_order_enum_fee(_src_dict.pop("order_enum_fee", UNSET))

        def _parse_order_enum_fee_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        order_enum_fee_rate = _parse_order_enum_fee_rate(_src_dict.pop("order_enum_fee_rate", UNSET))

        trade = cls(
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
            margin_token=margin_token,
            margin_change_qty=margin_change_qty,
            margin_mode=margin_mode,
            order_enum_fee=order_enum_fee,
            order_enum_fee_rate=order_enum_fee_rate,
        )

        trade.additional_properties = _src_dict
        return trade

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
