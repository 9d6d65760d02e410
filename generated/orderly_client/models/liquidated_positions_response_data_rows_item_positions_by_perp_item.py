from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiquidatedPositionsResponseDataRowsItemPositionsByPerpItem")


@_attrs_define
class LiquidatedPositionsResponseDataRowsItemPositionsByPerpItem:
    """
    Attributes:
        symbol (str): Example: PERP_ETH_USDC.
        position_qty (int): Example: 0.
        liquidator_fee (float): Example: 0.015.
        cost_position_transfer (int): Example: 0.
        transfer_price (int): Example: 1860.
        insurance_fund_fee (float): Example: 0.011999.
        abs_insurance_fund_fee (int): Example: 0.
        seq (float | Unset): Example: 1730181536341943600.
        abs_liquidator_fee (int | Unset): Example: 0.
    """

    symbol: str
    position_qty: int
    liquidator_fee: float
    cost_position_transfer: int
    transfer_price: int
    insurance_fund_fee: float
    abs_insurance_fund_fee: int
    seq: float | Unset = UNSET
    abs_liquidator_fee: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        position_qty = self.position_qty

        liquidator_fee = self.liquidator_fee

        cost_position_transfer = self.cost_position_transfer

        transfer_price = self.transfer_price

        insurance_fund_fee = self.insurance_fund_fee

        abs_insurance_fund_fee = self.abs_insurance_fund_fee

        seq = self.seq

        abs_liquidator_fee = self.abs_liquidator_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "position_qty": position_qty,
                "liquidator_fee": liquidator_fee,
                "cost_position_transfer": cost_position_transfer,
                "transfer_price": transfer_price,
                "insurance_fund_fee": insurance_fund_fee,
                "abs_insurance_fund_fee": abs_insurance_fund_fee,
            }
        )
        if seq is not UNSET:
            field_dict["seq"] = seq
        if abs_liquidator_fee is not UNSET:
            field_dict["abs_liquidator_fee"] = abs_liquidator_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        symbol = _src_dict.pop("symbol")

        position_qty = _src_dict.pop("position_qty")

        liquidator_fee = _src_dict.pop("liquidator_fee")

        cost_position_transfer = _src_dict.pop("cost_position_transfer")

        transfer_price = _src_dict.pop("transfer_price")

        insurance_fund_fee = _src_dict.pop("insurance_fund_fee")

        abs_insurance_fund_fee = _src_dict.pop("abs_insurance_fund_fee")

        seq = _src_dict.pop("seq", UNSET)

        abs_liquidator_fee = _src_dict.pop("abs_liquidator_fee", UNSET)

        liquidated_positions_response_data_rows_item_positions_by_perp_item = cls(
            symbol=symbol,
            position_qty=position_qty,
            liquidator_fee=liquidator_fee,
            cost_position_transfer=cost_position_transfer,
            transfer_price=transfer_price,
            insurance_fund_fee=insurance_fund_fee,
            abs_insurance_fund_fee=abs_insurance_fund_fee,
            seq=seq,
            abs_liquidator_fee=abs_liquidator_fee,
        )

        liquidated_positions_response_data_rows_item_positions_by_perp_item.additional_properties = _src_dict
        return liquidated_positions_response_data_rows_item_positions_by_perp_item

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
