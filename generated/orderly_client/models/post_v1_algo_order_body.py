from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_v1_algo_order_body_margin_mode import PostV1AlgoOrderBodyMarginMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_v1_algo_order_body_child_orders_item import (
        PostV1AlgoOrderBodyChildOrdersItem,
    )


T = TypeVar("T", bound="PostV1AlgoOrderBody")


@_attrs_define
class PostV1AlgoOrderBody:
    """
    Attributes:
        symbol (str):
        algo_type (str):
        client_order_id (str | Unset):
        type_ (str | Unset):
        price (float | Unset):
        quantity (float | Unset):
        trigger_price_type (str | Unset):
        trigger_price (float | Unset):
        reduce_only (bool | Unset):
        visible_quantity (bool | Unset):
        side (str | Unset):
        order_tag (str | Unset): Example: enum:broker_b:GRID_PRO.
        child_orders (list[PostV1AlgoOrderBodyChildOrdersItem] | Unset):
        activated_price (str | Unset):
        callback_rate (str | Unset):
        callback_value (str | Unset):
        margin_mode (PostV1AlgoOrderBodyMarginMode | Unset): One of: CROSS, ISOLATED.
    """

    symbol: str
    algo_type: str
    client_order_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    price: float | Unset = UNSET
    quantity: float | Unset = UNSET
    trigger_price_type: str | Unset = UNSET
    trigger_price: float | Unset = UNSET
    reduce_only: bool | Unset = UNSET
    visible_quantity: bool | Unset = UNSET
    side: str | Unset = UNSET
    order_tag: str | Unset = UNSET
    child_orders: list[PostV1AlgoOrderBodyChildOrdersItem] | Unset = UNSET
    activated_price: str | Unset = UNSET
    callback_rate: str | Unset = UNSET
    callback_value: str | Unset = UNSET
    margin_mode: PostV1AlgoOrderBodyMarginMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        algo_type = self.algo_type

        client_order_id = self.client_order_id

        type_ = self.type_

        price = self.price

        quantity = self.quantity

        trigger_price_type = self.trigger_price_type

        trigger_price = self.trigger_price

        reduce_only = self.reduce_only

        visible_quantity = self.visible_quantity

        side = self.side

        order_tag = self.order_tag

        child_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child_orders, Unset):
            child_orders = []
            for child_orders_item_data in self.child_orders:
                child_orders_item = child_orders_item_data.to_dict()
                child_orders.append(child_orders_item)

        activated_price = self.activated_price

        callback_rate = self.callback_rate

        callback_value = self.callback_value

        margin_mode: str | Unset = UNSET
        if not isinstance(self.margin_mode, Unset):
            margin_mode = self.margin_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "algo_type": algo_type,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if trigger_price_type is not UNSET:
            field_dict["trigger_price_type"] = trigger_price_type
        if trigger_price is not UNSET:
            field_dict["trigger_price"] = trigger_price
        if reduce_only is not UNSET:
            field_dict["reduce_only"] = reduce_only
        if visible_quantity is not UNSET:
            field_dict["visible_quantity"] = visible_quantity
        if side is not UNSET:
            field_dict["side"] = side
        if order_tag is not UNSET:
            field_dict["order_tag"] = order_tag
        if child_orders is not UNSET:
            field_dict["child_orders"] = child_orders
        if activated_price is not UNSET:
            field_dict["activatedPrice"] = activated_price
        if callback_rate is not UNSET:
            field_dict["callbackRate"] = callback_rate
        if callback_value is not UNSET:
            field_dict["callbackValue"] = callback_value
        if margin_mode is not UNSET:
            field_dict["margin_mode"] = margin_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_v1_algo_order_body_child_orders_item import (
            PostV1AlgoOrderBodyChildOrdersItem,  # noqa: PLC0415
        )

        _src_dict = dict(src_dict)
        symbol = _src_dict.pop("symbol")

        algo_type = _src_dict.pop("algo_type")

        client_order_id = _src_dict.pop("client_order_id", UNSET)

        type_ = _src_dict.pop("type", UNSET)

        price = _src_dict.pop("price", UNSET)

        quantity = _src_dict.pop("quantity", UNSET)

        trigger_price_type = _src_dict.pop("trigger_price_type", UNSET)

        trigger_price = _src_dict.pop("trigger_price", UNSET)

        reduce_only = _src_dict.pop("reduce_only", UNSET)

        visible_quantity = _src_dict.pop("visible_quantity", UNSET)

        side = _src_dict.pop("side", UNSET)

        order_tag = _src_dict.pop("order_tag", UNSET)

        _child_orders = _src_dict.pop("child_orders", UNSET)
        child_orders: list[PostV1AlgoOrderBodyChildOrdersItem] | Unset = UNSET
        if _child_orders is not UNSET:
            child_orders = []
            for child_orders_item_data in _child_orders:
                child_orders_item = PostV1AlgoOrderBodyChildOrdersItem.from_dict(child_orders_item_data)

                child_orders.append(child_orders_item)

        activated_price = _src_dict.pop("activatedPrice", UNSET)

        callback_rate = _src_dict.pop("callbackRate", UNSET)

        callback_value = _src_dict.pop("callbackValue", UNSET)

        _margin_mode = _src_dict.pop("margin_mode", UNSET)
        margin_mode: PostV1AlgoOrderBodyMarginMode | Unset
        if isinstance(_margin_mode, Unset):
            margin_mode = UNSET
        else:
            margin_mode = PostV1AlgoOrderBodyMarginMode.from_wire(_margin_mode)

        post_v1_algo_order_body = cls(
            symbol=symbol,
            algo_type=algo_type,
            client_order_id=client_order_id,
            type_=type_,
            price=price,
            quantity=quantity,
            trigger_price_type=trigger_price_type,
            trigger_price=trigger_price,
            reduce_only=reduce_only,
            visible_quantity=visible_quantity,
            side=side,
            order_tag=order_tag,
            child_orders=child_orders,
            activated_price=activated_price,
            callback_rate=callback_rate,
            callback_value=callback_value,
            margin_mode=margin_mode,
        )

        post_v1_algo_order_body.additional_properties = _src_dict
        return post_v1_algo_order_body

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
