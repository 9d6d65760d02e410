from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.margin_modes_response_data_rows_item_default_margin_mode import (
    MarginModesResponseDataRowsItemDefaultMarginMode,
)

T = TypeVar("T", bound="MarginModesResponseDataRowsItem")


@_attrs_define
class MarginModesResponseDataRowsItem:
    """
    Attributes:
        symbol (str): Example: PERP_BTC_USDC.
        default_margin_mode (MarginModesResponseDataRowsItemDefaultMarginMode): One of: CROSS, ISOLATED. Example: CROSS.
    """

    symbol: str
    default_margin_mode: MarginModesResponseDataRowsItemDefaultMarginMode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        default_margin_mode = self.default_margin_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "default_margin_mode": default_margin_mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        symbol = _src_dict.pop("symbol")

        default_margin_mode = MarginModesResponseDataRowsItemDefaultMarginMode.from_wire(
            _src_dict.pop("default_margin_mode")
        )

        margin_modes_response_data_rows_item = cls(
            symbol=symbol,
            default_margin_mode=default_margin_mode,
        )

        margin_modes_response_data_rows_item.additional_properties = _src_dict
        return margin_modes_response_data_rows_item

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
