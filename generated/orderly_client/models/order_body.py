from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderBody")


@_attrs_define
class OrderBody:
    """
    Attributes:
        order_id (str):
        symbol (str):
        order_type (str):
        side (str):
        client_order_id (str | Unset):
        order_price (float | Unset):
        order_quantity (float | Unset):
        order_amount (float | Unset):
        reduce_only (bool | Unset):
        visible_quantity (float | Unset):
        order_tag (str | Unset):
    """

    order_id: str
    symbol: str
    order_type: str
    side: str
    client_order_id: str | Unset = UNSET
    order_price: float | Unset = UNSET
    order_quantity: float | Unset = UNSET
    order_amount: float | Unset = UNSET
    reduce_only: bool | Unset = UNSET
    visible_quantity: float | Unset = UNSET
    order_tag: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        symbol = self.symbol

        order_type = self.order_type

        side = self.side

        client_order_id = self.client_order_id

        order_price = self.order_price

        order_quantity = self.order_quantity

        order_amount = self.order_amount

        reduce_only = self.reduce_only

        visible_quantity = self.visible_quantity

        order_tag = self.order_tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "symbol": symbol,
                "order_type": order_type,
                "side": side,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if order_price is not UNSET:
            field_dict["order_price"] = order_price
        if order_quantity is not UNSET:
            field_dict["order_quantity"] = order_quantity
        if order_amount is not UNSET:
            field_dict["order_amount"] = order_amount
        if reduce_only is not UNSET:
            field_dict["reduce_only"] = reduce_only
        if visible_quantity is not UNSET:
            field_dict["visible_quantity"] = visible_quantity
        if order_tag is not UNSET:
            field_dict["order_tag"] = order_tag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        order_id = _src_dict.pop("order_id")

        symbol = _src_dict.pop("symbol")

        order_type = _src_dict.pop("order_type")

        side = _src_dict.pop("side")

        client_order_id = _src_dict.pop("client_order_id", UNSET)

        order_price = _src_dict.pop("order_price", UNSET)

        order_quantity = _src_dict.pop("order_quantity", UNSET)

        order_amount = _src_dict.pop("order_amount", UNSET)

        reduce_only = _src_dict.pop("reduce_only", UNSET)

        visible_quantity = _src_dict.pop("visible_quantity", UNSET)

        order_tag = _src_dict.pop("order_tag", UNSET)

        order_body = cls(
            order_id=order_id,
            symbol=symbol,
            order_type=order_type,
            side=side,
            client_order_id=client_order_id,
            order_price=order_price,
            order_quantity=order_quantity,
            order_amount=order_amount,
            reduce_only=reduce_only,
            visible_quantity=visible_quantity,
            order_tag=order_tag,
        )

        order_body.additional_properties = _src_dict
        return order_body

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
