from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PerpPosition")


@_attrs_define
class PerpPosition:
    """
    Attributes:
        symbol (str | Unset): Example: PERP_BTC_USDC.
        abs_liquidator_fee (float | Unset): Example: 1.152279.
        cost_position_transfer (float | Unset): Example: 21.002786.
        liquidator_fee (float | Unset): Example: 0.006.
        position_qty (float | Unset): Example: 0.00017.
        transfer_price (float | Unset): Example: 123545.8.
    """

    symbol: str | Unset = UNSET
    abs_liquidator_fee: float | Unset = UNSET
    cost_position_transfer: float | Unset = UNSET
    liquidator_fee: float | Unset = UNSET
    position_qty: float | Unset = UNSET
    transfer_price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        abs_liquidator_fee = self.abs_liquidator_fee

        cost_position_transfer = self.cost_position_transfer

        liquidator_fee = self.liquidator_fee

        position_qty = self.position_qty

        transfer_price = self.transfer_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if abs_liquidator_fee is not UNSET:
            field_dict["abs_liquidator_fee"] = abs_liquidator_fee
        if cost_position_transfer is not UNSET:
            field_dict["cost_position_transfer"] = cost_position_transfer
        if liquidator_fee is not UNSET:
            field_dict["liquidator_fee"] = liquidator_fee
        if position_qty is not UNSET:
            field_dict["position_qty"] = position_qty
        if transfer_price is not UNSET:
            field_dict["transfer_price"] = transfer_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        symbol = _src_dict.pop("symbol", UNSET)

        abs_liquidator_fee = _src_dict.pop("abs_liquidator_fee", UNSET)

        cost_position_transfer = _src_dict.pop("cost_position_transfer", UNSET)

        liquidator_fee = _src_dict.pop("liquidator_fee", UNSET)

        position_qty = _src_dict.pop("position_qty", UNSET)

        transfer_price = _src_dict.pop("transfer_price", UNSET)

        perp_position = cls(
            symbol=symbol,
            abs_liquidator_fee=abs_liquidator_fee,
            cost_position_transfer=cost_position_transfer,
            liquidator_fee=liquidator_fee,
            position_qty=position_qty,
            transfer_price=transfer_price,
        )

        perp_position.additional_properties = _src_dict
        return perp_position

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
