from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_v1_client_margin_mode_body_default_margin_mode import (
    PostV1ClientMarginModeBodyDefaultMarginMode,
)

T = TypeVar("T", bound="PostV1ClientMarginModeBody")


@_attrs_define
class PostV1ClientMarginModeBody:
    """
    Attributes:
        symbol (str): Example: PERP_BTC_USDC.
        default_margin_mode (PostV1ClientMarginModeBodyDefaultMarginMode): One of: CROSS, ISOLATED. Example: ISOLATED.
    """

    symbol: str
    default_margin_mode: PostV1ClientMarginModeBodyDefaultMarginMode
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

        default_margin_mode = PostV1ClientMarginModeBodyDefaultMarginMode.from_wire(
            _src_dict.pop("default_margin_mode")
        )

        post_v1_client_margin_mode_body = cls(
            symbol=symbol,
            default_margin_mode=default_margin_mode,
        )

        post_v1_client_margin_mode_body.additional_properties = _src_dict
        return post_v1_client_margin_mode_body

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
