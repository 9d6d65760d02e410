from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
    to_decimal_or_unset,
)

# from_dict sets converted values as they are (its converters and setattr hooks are for values given by hand).
_set = object.__setattr__

# The models this one holds: taken from the package when first used (its __getattr__ imports each on first use and
# keeps it), not by an import statement in each call (~2 us a model parsed).
from .. import models as _models

if TYPE_CHECKING:
    from ..models.edit_algo_order_child_request import EditAlgoOrderChildRequest


T = TypeVar("T", bound="PutV1AlgoOrderBody")


@_attrs_define(repr=False)
class PutV1AlgoOrderBody:
    """
    Attributes:
        order_id (int):
        price (Decimal | Unset):
        quantity (Decimal | Unset):
        trigger_price (Decimal | Unset):
        trigger_price_type (str | Unset):
        child_orders (list[EditAlgoOrderChildRequest] | Unset):
    """

    order_id: int
    price: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    quantity: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    trigger_price: Decimal | Unset = _attrs_field(default=UNSET, converter=to_decimal_or_unset)
    trigger_price_type: str | Unset = UNSET
    child_orders: list[EditAlgoOrderChildRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            EditAlgoOrderChildRequest = _models.EditAlgoOrderChildRequest
        order_id = self.order_id

        price = self.price

        quantity = self.quantity

        trigger_price = self.trigger_price

        trigger_price_type = self.trigger_price_type

        child_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child_orders, Unset):
            child_orders = []
            for child_orders_item_data in self.child_orders:
                child_orders_item = child_orders_item_data.to_dict()
                child_orders.append(child_orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
            }
        )
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if trigger_price is not UNSET:
            field_dict["trigger_price"] = trigger_price
        if trigger_price_type is not UNSET:
            field_dict["trigger_price_type"] = trigger_price_type
        if child_orders is not UNSET:
            field_dict["child_orders"] = child_orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:  # the type checker takes them from the imports at the top
            EditAlgoOrderChildRequest = _models.EditAlgoOrderChildRequest
        _src_dict = dict(src_dict)
        _order_id = _src_dict.pop("order_id")
        order_id = _order_id if type(_order_id) is int else int_from_wire(_order_id, "order_id")

        _price = _src_dict.pop("price", UNSET)
        price: Decimal | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = _price if type(_price) is Decimal else decimal_from_wire(_price, "price")

        _quantity = _src_dict.pop("quantity", UNSET)
        quantity: Decimal | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = _quantity if type(_quantity) is Decimal else decimal_from_wire(_quantity, "quantity")

        _trigger_price = _src_dict.pop("trigger_price", UNSET)
        trigger_price: Decimal | Unset
        if isinstance(_trigger_price, Unset):
            trigger_price = UNSET
        else:
            trigger_price = (
                _trigger_price
                if type(_trigger_price) is Decimal
                else decimal_from_wire(_trigger_price, "trigger_price")
            )

        _trigger_price_type = _src_dict.pop("trigger_price_type", UNSET)
        trigger_price_type: str | Unset
        if isinstance(_trigger_price_type, Unset):
            trigger_price_type = UNSET
        else:
            trigger_price_type = (
                _trigger_price_type
                if type(_trigger_price_type) is str
                else str_from_wire(_trigger_price_type, "trigger_price_type")
            )

        _child_orders = _src_dict.pop("child_orders", UNSET)
        child_orders: list[EditAlgoOrderChildRequest] | Unset = UNSET
        if _child_orders is not UNSET:
            child_orders = []
            for child_orders_item_data in _child_orders:
                child_orders_item = EditAlgoOrderChildRequest.from_dict(child_orders_item_data)

                child_orders.append(child_orders_item)

        # Every value is converted above: set as it is, past __init__'s converters (a second pass) and setattr hooks.
        _result = cls.__new__(cls)
        _set(_result, "order_id", order_id)
        _set(_result, "price", price)
        _set(_result, "quantity", quantity)
        _set(_result, "trigger_price", trigger_price)
        _set(_result, "trigger_price_type", trigger_price_type)
        _set(_result, "child_orders", child_orders)

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
