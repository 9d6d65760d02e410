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

T = TypeVar("T", bound="VaultLiquidatorHistoryResponseDataRowsItemPositionsByPerpItem")


@_attrs_define(repr=False)
class VaultLiquidatorHistoryResponseDataRowsItemPositionsByPerpItem:
    """
    Attributes:
        abs_liquidator_fee (Decimal | Unset): Example: 1.152279.
        cost_position_transfer (Decimal | Unset): Example: 65.84448.
        liquidator_fee (Decimal | Unset): Example: 0.0175.
        position_qty (Decimal | Unset): Example: 41.6.
        symbol (str | Unset): Example: PERP_NEAR_USDC.
        transfer_price (Decimal | Unset): Example: 1.5828.
    """

    abs_liquidator_fee: Decimal | Unset = UNSET
    cost_position_transfer: Decimal | Unset = UNSET
    liquidator_fee: Decimal | Unset = UNSET
    position_qty: Decimal | Unset = UNSET
    symbol: str | Unset = UNSET
    transfer_price: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        abs_liquidator_fee = self.abs_liquidator_fee

        cost_position_transfer = self.cost_position_transfer

        liquidator_fee = self.liquidator_fee

        position_qty = self.position_qty

        symbol = self.symbol

        transfer_price = self.transfer_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if abs_liquidator_fee is not UNSET:
            field_dict["abs_liquidator_fee"] = abs_liquidator_fee
        if cost_position_transfer is not UNSET:
            field_dict["cost_position_transfer"] = cost_position_transfer
        if liquidator_fee is not UNSET:
            field_dict["liquidator_fee"] = liquidator_fee
        if position_qty is not UNSET:
            field_dict["position_qty"] = position_qty
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if transfer_price is not UNSET:
            field_dict["transfer_price"] = transfer_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _abs_liquidator_fee = _src_dict.pop("abs_liquidator_fee", UNSET)
        abs_liquidator_fee: Decimal | Unset
        if isinstance(_abs_liquidator_fee, Unset):
            abs_liquidator_fee = UNSET
        else:
            abs_liquidator_fee = (
                _abs_liquidator_fee
                if type(_abs_liquidator_fee) is Decimal
                else decimal_from_wire(_abs_liquidator_fee, "abs_liquidator_fee")
            )

        _cost_position_transfer = _src_dict.pop("cost_position_transfer", UNSET)
        cost_position_transfer: Decimal | Unset
        if isinstance(_cost_position_transfer, Unset):
            cost_position_transfer = UNSET
        else:
            cost_position_transfer = (
                _cost_position_transfer
                if type(_cost_position_transfer) is Decimal
                else decimal_from_wire(_cost_position_transfer, "cost_position_transfer")
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

        _position_qty = _src_dict.pop("position_qty", UNSET)
        position_qty: Decimal | Unset
        if isinstance(_position_qty, Unset):
            position_qty = UNSET
        else:
            position_qty = (
                _position_qty if type(_position_qty) is Decimal else decimal_from_wire(_position_qty, "position_qty")
            )

        _symbol = _src_dict.pop("symbol", UNSET)
        symbol: str | Unset
        if isinstance(_symbol, Unset):
            symbol = UNSET
        else:
            symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        _transfer_price = _src_dict.pop("transfer_price", UNSET)
        transfer_price: Decimal | Unset
        if isinstance(_transfer_price, Unset):
            transfer_price = UNSET
        else:
            transfer_price = (
                _transfer_price
                if type(_transfer_price) is Decimal
                else decimal_from_wire(_transfer_price, "transfer_price")
            )

        _result = cls(
            abs_liquidator_fee=abs_liquidator_fee,
            cost_position_transfer=cost_position_transfer,
            liquidator_fee=liquidator_fee,
            position_qty=position_qty,
            symbol=symbol,
            transfer_price=transfer_price,
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
