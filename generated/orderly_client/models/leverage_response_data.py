from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.leverage_response_data_margin_mode import LeverageResponseDataMarginMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="LeverageResponseData")


@_attrs_define
class LeverageResponseData:
    """
    Attributes:
        symbol (str | Unset): Example: PERP_BTC_USDC.
        margin_mode (LeverageResponseDataMarginMode | Unset): One of: CROSS, ISOLATED. Example: ISOLATED.
        leverage (int | Unset): Example: 19.
    """

    symbol: str | Unset = UNSET
    margin_mode: LeverageResponseDataMarginMode | Unset = UNSET
    leverage: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        margin_mode: str | Unset = UNSET
        if not isinstance(self.margin_mode, Unset):
            margin_mode = self.margin_mode.value

        leverage = self.leverage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if margin_mode is not UNSET:
            field_dict["margin_mode"] = margin_mode
        if leverage is not UNSET:
            field_dict["leverage"] = leverage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        symbol = _src_dict.pop("symbol", UNSET)

        _margin_mode = _src_dict.pop("margin_mode", UNSET)
        margin_mode: LeverageResponseDataMarginMode | Unset
        if isinstance(_margin_mode, Unset):
            margin_mode = UNSET
        else:
            margin_mode = LeverageResponseDataMarginMode.from_wire(_margin_mode)

        leverage = _src_dict.pop("leverage", UNSET)

        leverage_response_data = cls(
            symbol=symbol,
            margin_mode=margin_mode,
            leverage=leverage,
        )

        leverage_response_data.additional_properties = _src_dict
        return leverage_response_data

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
