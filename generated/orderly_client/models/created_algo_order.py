from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.algo_type import AlgoType
from ..types import (
    decimal_from_wire,
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="CreatedAlgoOrder")


@_attrs_define(repr=False)
class CreatedAlgoOrder:
    """
    Attributes:
        order_id (int): Example: 13.
        client_order_id (str): Example: testclientid.
        algo_type (AlgoType): One of: STOP, TRAILING_STOP, TAKE_PROFIT, STOP_LOSS, TP_SL, POSITIONAL_TP_SL, BRACKET.
        quantity (Decimal): Example: 100.12.
    """

    order_id: int
    client_order_id: str
    algo_type: AlgoType
    quantity: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        client_order_id = self.client_order_id

        algo_type = str(self.algo_type)

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "client_order_id": client_order_id,
                "algo_type": algo_type,
                "quantity": quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _order_id = _src_dict.pop("order_id")
        order_id = _order_id if type(_order_id) is int else int_from_wire(_order_id, "order_id")

        _client_order_id = _src_dict.pop("client_order_id")
        client_order_id = (
            _client_order_id if type(_client_order_id) is str else str_from_wire(_client_order_id, "client_order_id")
        )

        algo_type = AlgoType.from_wire(_src_dict.pop("algo_type"))

        _quantity = _src_dict.pop("quantity")
        quantity = _quantity if type(_quantity) is Decimal else decimal_from_wire(_quantity, "quantity")

        _result = cls(
            order_id=order_id,
            client_order_id=client_order_id,
            algo_type=algo_type,
            quantity=quantity,
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
