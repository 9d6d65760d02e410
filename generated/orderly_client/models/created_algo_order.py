from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreatedAlgoOrder")


@_attrs_define
class CreatedAlgoOrder:
    """
    Attributes:
        order_id (float): Example: 13.
        client_order_id (str): Example: testclientid.
        algo_type (str): Example: STOP.
        quantity (float): Example: 100.12.
    """

    order_id: float
    client_order_id: str
    algo_type: str
    quantity: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        client_order_id = self.client_order_id

        algo_type = self.algo_type

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
        order_id = _src_dict.pop("order_id")

        client_order_id = _src_dict.pop("client_order_id")

        algo_type = _src_dict.pop("algo_type")

        quantity = _src_dict.pop("quantity")

        created_algo_order = cls(
            order_id=order_id,
            client_order_id=client_order_id,
            algo_type=algo_type,
            quantity=quantity,
        )

        created_algo_order.additional_properties = _src_dict
        return created_algo_order

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
