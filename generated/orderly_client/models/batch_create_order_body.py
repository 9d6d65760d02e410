from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_create_order_body_margin_mode import BatchCreateOrderBodyMarginMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchCreateOrderBody")


@_attrs_define
class BatchCreateOrderBody:
    """
    Attributes:
        symbol (str):
        order_type (str):
        side (str):
        client_order_id (str | Unset):
        order_price (float | Unset):
        order_quantity (float | Unset):
        order_amount (float | Unset):
        visible_quantity (float | Unset):
        order_tag (str | Unset): Example: enum:broker_b:GRID_PRO.
        margin_mode (BatchCreateOrderBodyMarginMode | Unset): One of: CROSS, ISOLATED.
    """

    symbol: str
    order_type: str
    side: str
    client_order_id: str | Unset = UNSET
    order_price: float | Unset = UNSET
    order_quantity: float | Unset = UNSET
    order_amount: float | Unset = UNSET
    visible_quantity: float | Unset = UNSET
    order_tag: str | Unset = UNSET
    margin_mode: BatchCreateOrderBodyMarginMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        order_type = self.order_type

        side = self.side

        client_order_id = self.client_order_id

        order_price = self.order_price

        order_quantity = self.order_quantity

        order_amount = self.order_amount

        visible_quantity = self.visible_quantity

        order_tag = self.order_tag

        margin_mode: str | Unset = UNSET
        if not isinstance(self.margin_mode, Unset):
            margin_mode = self.margin_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        if visible_quantity is not UNSET:
            field_dict["visible_quantity"] = visible_quantity
        if order_tag is not UNSET:
            field_dict["order_tag"] = order_tag
        if margin_mode is not UNSET:
            field_dict["margin_mode"] = margin_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        symbol = _src_dict.pop("symbol")

        order_type = _src_dict.pop("order_type")

        side = _src_dict.pop("side")

        client_order_id = _src_dict.pop("client_order_id", UNSET)

        order_price = _src_dict.pop("order_price", UNSET)

        order_quantity = _src_dict.pop("order_quantity", UNSET)

        order_amount = _src_dict.pop("order_amount", UNSET)

        visible_quantity = _src_dict.pop("visible_quantity", UNSET)

        order_tag = _src_dict.pop("order_tag", UNSET)

        _margin_mode = _src_dict.pop("margin_mode", UNSET)
        margin_mode: BatchCreateOrderBodyMarginMode | Unset
        if isinstance(_margin_mode, Unset):
            margin_mode = UNSET
        else:
            margin_mode = BatchCreateOrderBodyMarginMode.from_wire(_margin_mode)

        batch_create_order_body = cls(
            symbol=symbol,
            order_type=order_type,
            side=side,
            client_order_id=client_order_id,
            order_price=order_price,
            order_quantity=order_quantity,
            order_amount=order_amount,
            visible_quantity=visible_quantity,
            order_tag=order_tag,
            margin_mode=margin_mode,
        )

        batch_create_order_body.additional_properties = _src_dict
        return batch_create_order_body

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
