from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAlgoOrderChildRequest")


@_attrs_define
class CreateAlgoOrderChildRequest:
    """
    Attributes:
        symbol (str | Unset):
        algo_type (str | Unset):
        side (str | Unset):
        type_ (str | Unset):
        trigger_price (float | Unset):
        price (float | Unset):
        reduce_only (bool | Unset):
        trigger_price_type (str | Unset):
    """

    symbol: str | Unset = UNSET
    algo_type: str | Unset = UNSET
    side: str | Unset = UNSET
    type_: str | Unset = UNSET
    trigger_price: float | Unset = UNSET
    price: float | Unset = UNSET
    reduce_only: bool | Unset = UNSET
    trigger_price_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        algo_type = self.algo_type

        side = self.side

        type_ = self.type_

        trigger_price = self.trigger_price

        price = self.price

        reduce_only = self.reduce_only

        trigger_price_type = self.trigger_price_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if algo_type is not UNSET:
            field_dict["algo_type"] = algo_type
        if side is not UNSET:
            field_dict["side"] = side
        if type_ is not UNSET:
            field_dict["type"] = type_
        if trigger_price is not UNSET:
            field_dict["trigger_price"] = trigger_price
        if price is not UNSET:
            field_dict["price"] = price
        if reduce_only is not UNSET:
            field_dict["reduce_only"] = reduce_only
        if trigger_price_type is not UNSET:
            field_dict["trigger_price_type"] = trigger_price_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        symbol = _src_dict.pop("symbol", UNSET)

        algo_type = _src_dict.pop("algo_type", UNSET)

        side = _src_dict.pop("side", UNSET)

        type_ = _src_dict.pop("type", UNSET)

        trigger_price = _src_dict.pop("trigger_price", UNSET)

        price = _src_dict.pop("price", UNSET)

        reduce_only = _src_dict.pop("reduce_only", UNSET)

        trigger_price_type = _src_dict.pop("trigger_price_type", UNSET)

        create_algo_order_child_request = cls(
            symbol=symbol,
            algo_type=algo_type,
            side=side,
            type_=type_,
            trigger_price=trigger_price,
            price=price,
            reduce_only=reduce_only,
            trigger_price_type=trigger_price_type,
        )

        create_algo_order_child_request.additional_properties = _src_dict
        return create_algo_order_child_request

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
