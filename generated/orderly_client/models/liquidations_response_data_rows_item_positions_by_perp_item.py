from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiquidationsResponseDataRowsItemPositionsByPerpItem")


@_attrs_define
class LiquidationsResponseDataRowsItemPositionsByPerpItem:
    """
    Attributes:
        total_position (float): Example: 41.6.
        symbol (str): Example: PERP_BTC_USDC.
        position_qty (float): Example: 0.00017.
        liquidator_fee (float): Example: 0.006.
        cost_position_transfer (float): Example: 21.002786.
        transfer_price (float): Example: 123545.8.
        insurance_fund_fee (float): Example: 0.006.
        abs_insurance_fund_fee (float): Example: 0.126017.
        mark_price (float | Unset): Example: 123400.
        abs_liquidator_fee (float | Unset): Example: 0.252034.
    """

    total_position: float
    symbol: str
    position_qty: float
    liquidator_fee: float
    cost_position_transfer: float
    transfer_price: float
    insurance_fund_fee: float
    abs_insurance_fund_fee: float
    mark_price: float | Unset = UNSET
    abs_liquidator_fee: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        total_position = _src_dict.pop("total_position")

        symbol = _src_dict.pop("symbol")

        position_qty = _src_dict.pop("position_qty")

        liquidator_fee = _src_dict.pop("liquidator_fee")

        cost_position_transfer = _src_dict.pop("cost_position_transfer")

        transfer_price = _src_dict.pop("transfer_price")

        insurance_fund_fee = _src_dict.pop("insurance_fund_fee")

        abs_insurance_fund_fee = _src_dict.pop("abs_insurance_fund_fee")

        mark_price = _src_dict.pop("mark_price", UNSET)

        abs_liquidator_fee = _src_dict.pop("abs_liquidator_fee", UNSET)

        liquidations_response_data_rows_item_positions_by_perp_item = cls(
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

        liquidations_response_data_rows_item_positions_by_perp_item.additional_properties = _src_dict
        return liquidations_response_data_rows_item_positions_by_perp_item

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
