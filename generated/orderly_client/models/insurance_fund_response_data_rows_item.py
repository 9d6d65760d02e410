from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InsuranceFundResponseDataRowsItem")


@_attrs_define
class InsuranceFundResponseDataRowsItem:
    """
    Attributes:
        symbol (str): Example: PERP_BTC_USDC.
        timestamp (int): Unit: milliseconds since the Unix epoch. Example: 1685262631606.
        position_qty (int): Example: 0.
        cost_position (float): Example: -617.672835.
        last_sum_unitary_funding (float): Example: 100.56.
        settle_price (int): Example: 0.
        average_open_price (int): Example: 0.
        pnl_24_h (int): Example: 0.
        fee_24_h (int): Example: 0.
        mark_price (float): Example: 27821.8.
    """

    symbol: str
    timestamp: int
    position_qty: int
    cost_position: float
    last_sum_unitary_funding: float
    settle_price: int
    average_open_price: int
    pnl_24_h: int
    fee_24_h: int
    mark_price: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        timestamp = self.timestamp

        position_qty = self.position_qty

        cost_position = self.cost_position

        last_sum_unitary_funding = self.last_sum_unitary_funding

        settle_price = self.settle_price

        average_open_price = self.average_open_price

        pnl_24_h = self.pnl_24_h

        fee_24_h = self.fee_24_h

        mark_price = self.mark_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "timestamp": timestamp,
                "position_qty": position_qty,
                "cost_position": cost_position,
                "last_sum_unitary_funding": last_sum_unitary_funding,
                "settle_price": settle_price,
                "average_open_price": average_open_price,
                "pnl_24_h": pnl_24_h,
                "fee_24_h": fee_24_h,
                "mark_price": mark_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        symbol = _src_dict.pop("symbol")

        timestamp = _src_dict.pop("timestamp")

        position_qty = _src_dict.pop("position_qty")

        cost_position = _src_dict.pop("cost_position")

        last_sum_unitary_funding = _src_dict.pop("last_sum_unitary_funding")

        settle_price = _src_dict.pop("settle_price")

        average_open_price = _src_dict.pop("average_open_price")

        pnl_24_h = _src_dict.pop("pnl_24_h")

        fee_24_h = _src_dict.pop("fee_24_h")

        mark_price = _src_dict.pop("mark_price")

        insurance_fund_response_data_rows_item = cls(
            symbol=symbol,
            timestamp=timestamp,
            position_qty=position_qty,
            cost_position=cost_position,
            last_sum_unitary_funding=last_sum_unitary_funding,
            settle_price=settle_price,
            average_open_price=average_open_price,
            pnl_24_h=pnl_24_h,
            fee_24_h=fee_24_h,
            mark_price=mark_price,
        )

        insurance_fund_response_data_rows_item.additional_properties = _src_dict
        return insurance_fund_response_data_rows_item

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
