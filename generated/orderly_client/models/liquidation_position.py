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

T = TypeVar("T", bound="LiquidationPosition")


@_attrs_define(repr=False)
class LiquidationPosition:
    """
    Attributes:
        total_position (Decimal): Example: 41.6.
        symbol (str): Example: PERP_BTC_USDC.
        position_qty (Decimal): Example: 0.00017.
        liquidator_fee (Decimal): Example: 0.006.
        cost_position_transfer (Decimal): Example: 21.002786.
        transfer_price (Decimal): Example: 123545.8.
        insurance_fund_fee (Decimal): Example: 0.006.
        abs_insurance_fund_fee (Decimal): Example: 0.126017.
        mark_price (Decimal | Unset): Example: 123400.
        abs_liquidator_fee (Decimal | Unset): Example: 0.252034.
    """

    total_position: Decimal
    symbol: str
    position_qty: Decimal
    liquidator_fee: Decimal
    cost_position_transfer: Decimal
    transfer_price: Decimal
    insurance_fund_fee: Decimal
    abs_insurance_fund_fee: Decimal
    mark_price: Decimal | Unset = UNSET
    abs_liquidator_fee: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        total_position = self.total_position

        symbol = self.symbol

        position_qty = self.position_qty

        liquidator_fee = self.liquidator_fee

        cost_position_transfer = self.cost_position_transfer

        transfer_price = self.transfer_price

        insurance_fund_fee = self.insurance_fund_fee

        abs_insurance_fund_fee = self.abs_insurance_fund_fee

        mark_price = self.mark_price

        abs_liquidator_fee = self.abs_liquidator_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_position": total_position,
                "symbol": symbol,
                "position_qty": position_qty,
                "liquidator_fee": liquidator_fee,
                "cost_position_transfer": cost_position_transfer,
                "transfer_price": transfer_price,
                "insurance_fund_fee": insurance_fund_fee,
                "abs_insurance_fund_fee": abs_insurance_fund_fee,
            }
        )
        if mark_price is not UNSET:
            field_dict["mark_price"] = mark_price
        if abs_liquidator_fee is not UNSET:
            field_dict["abs_liquidator_fee"] = abs_liquidator_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _total_position = _src_dict.pop("total_position")
        total_position = (
            _total_position
            if type(_total_position) is Decimal
            else decimal_from_wire(_total_position, "total_position")
        )

        _symbol = _src_dict.pop("symbol")
        symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        _position_qty = _src_dict.pop("position_qty")
        position_qty = (
            _position_qty if type(_position_qty) is Decimal else decimal_from_wire(_position_qty, "position_qty")
        )

        _liquidator_fee = _src_dict.pop("liquidator_fee")
        liquidator_fee = (
            _liquidator_fee
            if type(_liquidator_fee) is Decimal
            else decimal_from_wire(_liquidator_fee, "liquidator_fee")
        )

        _cost_position_transfer = _src_dict.pop("cost_position_transfer")
        cost_position_transfer = (
            _cost_position_transfer
            if type(_cost_position_transfer) is Decimal
            else decimal_from_wire(_cost_position_transfer, "cost_position_transfer")
        )

        _transfer_price = _src_dict.pop("transfer_price")
        transfer_price = (
            _transfer_price
            if type(_transfer_price) is Decimal
            else decimal_from_wire(_transfer_price, "transfer_price")
        )

        _insurance_fund_fee = _src_dict.pop("insurance_fund_fee")
        insurance_fund_fee = (
            _insurance_fund_fee
            if type(_insurance_fund_fee) is Decimal
            else decimal_from_wire(_insurance_fund_fee, "insurance_fund_fee")
        )

        _abs_insurance_fund_fee = _src_dict.pop("abs_insurance_fund_fee")
        abs_insurance_fund_fee = (
            _abs_insurance_fund_fee
            if type(_abs_insurance_fund_fee) is Decimal
            else decimal_from_wire(_abs_insurance_fund_fee, "abs_insurance_fund_fee")
        )

        _mark_price = _src_dict.pop("mark_price", UNSET)
        mark_price: Decimal | Unset
        if isinstance(_mark_price, Unset):
            mark_price = UNSET
        else:
            mark_price = _mark_price if type(_mark_price) is Decimal else decimal_from_wire(_mark_price, "mark_price")

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

        _result = cls(
            total_position=total_position,
            symbol=symbol,
            position_qty=position_qty,
            liquidator_fee=liquidator_fee,
            cost_position_transfer=cost_position_transfer,
            transfer_price=transfer_price,
            insurance_fund_fee=insurance_fund_fee,
            abs_insurance_fund_fee=abs_insurance_fund_fee,
            mark_price=mark_price,
            abs_liquidator_fee=abs_liquidator_fee,
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
