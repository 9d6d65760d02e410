from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatedOrder")


@_attrs_define
class CreatedOrder:
    """
    Attributes:
        order_id (float | Unset): Example: 13.
        client_order_id (str | Unset): Example: testclientid.
        order_type (str | Unset): Example: LIMIT.
        order_price (float | Unset): Example: 100.12.
        order_quantity (float | Unset): Example: 0.987654.
        error_message (str | Unset): Example: none.
    """

    order_id: float | Unset = UNSET
    client_order_id: str | Unset = UNSET
    order_type: str | Unset = UNSET
    order_price: float | Unset = UNSET
    order_quantity: float | Unset = UNSET
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        client_order_id = self.client_order_id

        order_type = self.order_type

        order_price = self.order_price

        order_quantity = self.order_quantity

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if order_type is not UNSET:
            field_dict["order_type"] = order_type
        if order_price is not UNSET:
            field_dict["order_price"] = order_price
        if order_quantity is not UNSET:
            field_dict["order_quantity"] = order_quantity
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        order_id = _src_dict.pop("order_id", UNSET)

        client_order_id = _src_dict.pop("client_order_id", UNSET)

        order_type = _src_dict.pop("order_type", UNSET)

        order_price = _src_dict.pop("order_price", UNSET)

        order_quantity = _src_dict.pop("order_quantity", UNSET)

        error_message = _src_dict.pop("error_message", UNSET)

        created_order = cls(
            order_id=order_id,
            client_order_id=client_order_id,
            order_type=order_type,
            order_price=order_price,
            order_quantity=order_quantity,
            error_message=error_message,
        )

        created_order.additional_properties = _src_dict
        return created_order

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
