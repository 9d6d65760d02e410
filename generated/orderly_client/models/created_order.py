from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_type import OrderType
from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="CreatedOrder")


@_attrs_define(repr=False)
class CreatedOrder:
    """
    Attributes:
        order_id (int): Example: 13.
        client_order_id (str | Unset): Example: testclientid.
        order_type (OrderType | Unset): One of: LIMIT, MARKET, IOC, POST_ONLY, FOK, ASK, BID.
        order_price (Decimal | None | Unset): Example: 100.12.
        order_quantity (Decimal | None | Unset): Example: 0.987654.
        error_message (str | Unset): Example: none.
        order_amount (Decimal | None | Unset):
    """

    order_id: int
    client_order_id: str | Unset = UNSET
    order_type: OrderType | Unset = UNSET
    order_price: Decimal | None | Unset = UNSET
    order_quantity: Decimal | None | Unset = UNSET
    error_message: str | Unset = UNSET
    order_amount: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        client_order_id = self.client_order_id

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = str(self.order_type)

        order_price: Decimal | None | Unset
        if isinstance(self.order_price, Unset):
            order_price = UNSET
        else:
            order_price = self.order_price

        order_quantity: Decimal | None | Unset
        if isinstance(self.order_quantity, Unset):
            order_quantity = UNSET
        else:
            order_quantity = self.order_quantity

        error_message = self.error_message

        order_amount: Decimal | None | Unset
        if isinstance(self.order_amount, Unset):
            order_amount = UNSET
        else:
            order_amount = self.order_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
            }
        )
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
        if order_amount is not UNSET:
            field_dict["order_amount"] = order_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _order_id = _src_dict.pop("order_id")
        order_id = _order_id if type(_order_id) is int else int_from_wire(_order_id, "order_id")

        _client_order_id = _src_dict.pop("client_order_id", UNSET)
        client_order_id: str | Unset
        if isinstance(_client_order_id, Unset):
            client_order_id = UNSET
        else:
            client_order_id = (
                _client_order_id
                if type(_client_order_id) is str
                else str_from_wire(_client_order_id, "client_order_id")
            )

        _order_type = _src_dict.pop("order_type", UNSET)
        order_type: OrderType | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = OrderType.from_wire(_order_type)

        _order_price = _src_dict.pop("order_price", UNSET)
        order_price: Decimal | None | Unset
        if _order_price is None or isinstance(_order_price, Unset) or type(_order_price) is Decimal:
            order_price = _order_price
        else:

            def _parse_order_price(data: object) -> Decimal | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, (Decimal, int, float, str)) and not isinstance(data, bool)):
                    raise TypeError("order_price: expected Decimal | None, got " + repr(data)[:60])
                _order_price_type_0 = data
                order_price_type_0 = (
                    _order_price_type_0
                    if type(_order_price_type_0) is Decimal
                    else decimal_from_wire(_order_price_type_0, "order_price")
                )

                return order_price_type_0

            order_price = _parse_order_price(_order_price)

        _order_quantity = _src_dict.pop("order_quantity", UNSET)
        order_quantity: Decimal | None | Unset
        if _order_quantity is None or isinstance(_order_quantity, Unset) or type(_order_quantity) is Decimal:
            order_quantity = _order_quantity
        else:

            def _parse_order_quantity(data: object) -> Decimal | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, (Decimal, int, float, str)) and not isinstance(data, bool)):
                    raise TypeError("order_quantity: expected Decimal | None, got " + repr(data)[:60])
                _order_quantity_type_0 = data
                order_quantity_type_0 = (
                    _order_quantity_type_0
                    if type(_order_quantity_type_0) is Decimal
                    else decimal_from_wire(_order_quantity_type_0, "order_quantity")
                )

                return order_quantity_type_0

            order_quantity = _parse_order_quantity(_order_quantity)

        _error_message = _src_dict.pop("error_message", UNSET)
        error_message: str | Unset
        if isinstance(_error_message, Unset):
            error_message = UNSET
        else:
            error_message = (
                _error_message if type(_error_message) is str else str_from_wire(_error_message, "error_message")
            )

        _order_amount = _src_dict.pop("order_amount", UNSET)
        order_amount: Decimal | None | Unset
        if _order_amount is None or isinstance(_order_amount, Unset) or type(_order_amount) is Decimal:
            order_amount = _order_amount
        else:

            def _parse_order_amount(data: object) -> Decimal | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, (Decimal, int, float, str)) and not isinstance(data, bool)):
                    raise TypeError("order_amount: expected Decimal | None, got " + repr(data)[:60])
                _order_amount_type_0 = data
                order_amount_type_0 = (
                    _order_amount_type_0
                    if type(_order_amount_type_0) is Decimal
                    else decimal_from_wire(_order_amount_type_0, "order_amount")
                )

                return order_amount_type_0

            order_amount = _parse_order_amount(_order_amount)

        _result = cls(
            order_id=order_id,
            client_order_id=client_order_id,
            order_type=order_type,
            order_price=order_price,
            order_quantity=order_quantity,
            error_message=error_message,
            order_amount=order_amount,
        )

        _result.additional_properties = _src_dict
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
