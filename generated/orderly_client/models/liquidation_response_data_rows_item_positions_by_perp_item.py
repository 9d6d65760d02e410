from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiquidationResponseDataRowsItemPositionsByPerpItem")


@_attrs_define
class LiquidationResponseDataRowsItemPositionsByPerpItem:
    """
    Attributes:
        symbol (str | Unset): Example: PERP_BTC_USDC.
        position_qty (float | Unset): Example: -0.22457.
        liquidator_fee (float | Unset): Example: 0.015.
    """

    symbol: str | Unset = UNSET
    position_qty: float | Unset = UNSET
    liquidator_fee: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        symbol = _src_dict.pop("symbol", UNSET)

        position_qty = _src_dict.pop("position_qty", UNSET)

        liquidator_fee = _src_dict.pop("liquidator_fee", UNSET)

        liquidation_response_data_rows_item_positions_by_perp_item = cls(
            symbol=symbol,
            position_qty=position_qty,
            liquidator_fee=liquidator_fee,
        )

        liquidation_response_data_rows_item_positions_by_perp_item.additional_properties = _src_dict
        return liquidation_response_data_rows_item_positions_by_perp_item

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
