from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_v1_position_margin_body_type import PostV1PositionMarginBodyType
from ..types import (
    model_repr,
    str_from_wire,
)

# from_dict sets converted values as they are (its converters and setattr hooks are for values given by hand).
_set = object.__setattr__
from ..models.post_v1_position_margin_body_type import (
    to_post_v1_position_margin_body_type,
)

T = TypeVar("T", bound="PostV1PositionMarginBody")


@_attrs_define(repr=False)
class PostV1PositionMarginBody:
    """
    Attributes:
        symbol (str): Example: PERP_ETH_USDC.
        amount (str): Example: 3.
        type_ (PostV1PositionMarginBodyType): One of: ADD, REDUCE. Example: ADD.
    """

    symbol: str
    amount: str
    type_: PostV1PositionMarginBodyType = _attrs_field(converter=to_post_v1_position_margin_body_type)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        amount = self.amount

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "amount": amount,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _symbol = _src_dict.pop("symbol")
        symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        _amount = _src_dict.pop("amount")
        amount = _amount if type(_amount) is str else str_from_wire(_amount, "amount")

        type_ = PostV1PositionMarginBodyType.from_wire(_src_dict.pop("type"))

        # Every value is converted above: set as it is, past __init__'s converters (a second pass) and setattr hooks.
        _result = cls.__new__(cls)
        _set(_result, "symbol", symbol)
        _set(_result, "amount", amount)
        _set(_result, "type_", type_)

        _set(_result, "additional_properties", _src_dict)
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
