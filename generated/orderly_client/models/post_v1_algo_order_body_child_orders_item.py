from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_algo_order_child_request import CreateAlgoOrderChildRequest


T = TypeVar("T", bound="PostV1AlgoOrderBodyChildOrdersItem")


@_attrs_define
class PostV1AlgoOrderBodyChildOrdersItem:
    """
    Attributes:
        symbol (str | Unset):
        algo_type (str | Unset):
        child_orders (list[CreateAlgoOrderChildRequest] | Unset):
        side (str | Unset):
        type_ (str | Unset):
        trigger_price (float | Unset):
        trigger_price_type (str | Unset):
        reduce_only (bool | Unset):
    """

    symbol: str | Unset = UNSET
    algo_type: str | Unset = UNSET
    child_orders: list[CreateAlgoOrderChildRequest] | Unset = UNSET
    side: str | Unset = UNSET
    type_: str | Unset = UNSET
    trigger_price: float | Unset = UNSET
    trigger_price_type: str | Unset = UNSET
    reduce_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        algo_type = self.algo_type

        child_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child_orders, Unset):
            child_orders = []
            for child_orders_item_data in self.child_orders:
                child_orders_item = child_orders_item_data.to_dict()
                child_orders.append(child_orders_item)

        side = self.side

        type_ = self.type_

        trigger_price = self.trigger_price

        trigger_price_type = self.trigger_price_type

        reduce_only = self.reduce_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if algo_type is not UNSET:
            field_dict["algo_type"] = algo_type
        if child_orders is not UNSET:
            field_dict["child_orders"] = child_orders
        if side is not UNSET:
            field_dict["side"] = side
        if type_ is not UNSET:
            field_dict["type"] = type_
        if trigger_price is not UNSET:
            field_dict["trigger_price"] = trigger_price
        if trigger_price_type is not UNSET:
            field_dict["trigger_price_type"] = trigger_price_type
        if reduce_only is not UNSET:
            field_dict["reduce_only"] = reduce_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_algo_order_child_request import CreateAlgoOrderChildRequest  # noqa: PLC0415

        _src_dict = dict(src_dict)
        symbol = _src_dict.pop("symbol", UNSET)

        algo_type = _src_dict.pop("algo_type", UNSET)

        _child_orders = _src_dict.pop("child_orders", UNSET)
        child_orders: list[CreateAlgoOrderChildRequest] | Unset = UNSET
        if _child_orders is not UNSET:
            child_orders = []
            for child_orders_item_data in _child_orders:
                child_orders_item = CreateAlgoOrderChildRequest.from_dict(child_orders_item_data)

                child_orders.append(child_orders_item)

        side = _src_dict.pop("side", UNSET)

        type_ = _src_dict.pop("type", UNSET)

        trigger_price = _src_dict.pop("trigger_price", UNSET)

        trigger_price_type = _src_dict.pop("trigger_price_type", UNSET)

        reduce_only = _src_dict.pop("reduce_only", UNSET)

        post_v1_algo_order_body_child_orders_item = cls(
            symbol=symbol,
            algo_type=algo_type,
            child_orders=child_orders,
            side=side,
            type_=type_,
            trigger_price=trigger_price,
            trigger_price_type=trigger_price_type,
            reduce_only=reduce_only,
        )

        post_v1_algo_order_body_child_orders_item.additional_properties = _src_dict
        return post_v1_algo_order_body_child_orders_item

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
