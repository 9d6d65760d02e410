from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PnlSettlementHistoryResponseDataRowsItemSymbolsItem")


@_attrs_define
class PnlSettlementHistoryResponseDataRowsItemSymbolsItem:
    """
    Attributes:
        symbol (str): Example: PERP_BTC_USDC.
        settled_amount (int): Example: -500.
    """

    symbol: str
    settled_amount: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        settled_amount = self.settled_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "settled_amount": settled_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        symbol = _src_dict.pop("symbol")

        settled_amount = _src_dict.pop("settled_amount")

        pnl_settlement_history_response_data_rows_item_symbols_item = cls(
            symbol=symbol,
            settled_amount=settled_amount,
        )

        pnl_settlement_history_response_data_rows_item_symbols_item.additional_properties = _src_dict
        return pnl_settlement_history_response_data_rows_item_symbols_item

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
