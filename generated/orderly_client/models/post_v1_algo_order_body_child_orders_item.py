from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.algo_type import AlgoType, to_algo_type_or_unset
from ..types import (
    UNSET,
    Unset,
    model_repr,
    str_from_wire,
)

if TYPE_CHECKING:
    from ..models.create_algo_order_child_request import CreateAlgoOrderChildRequest


T = TypeVar("T", bound="PostV1AlgoOrderBodyChildOrdersItem")


@_attrs_define(repr=False)
class PostV1AlgoOrderBodyChildOrdersItem:
    """
    Attributes:
        symbol (str | Unset):
        algo_type (AlgoType | Unset): One of: STOP, TRAILING_STOP, TAKE_PROFIT, STOP_LOSS, TP_SL, POSITIONAL_TP_SL,
            BRACKET.
        child_orders (list[CreateAlgoOrderChildRequest] | Unset):
    """

    symbol: str | Unset = UNSET
    algo_type: AlgoType | Unset = _attrs_field(default=UNSET, converter=to_algo_type_or_unset)
    child_orders: list[CreateAlgoOrderChildRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        algo_type: str | Unset = UNSET
        if not isinstance(self.algo_type, Unset):
            algo_type = str(self.algo_type)

        child_orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child_orders, Unset):
            child_orders = []
            for child_orders_item_data in self.child_orders:
                child_orders_item = child_orders_item_data.to_dict()
                child_orders.append(child_orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if algo_type is not UNSET:
            field_dict["algo_type"] = algo_type
        if child_orders is not UNSET:
            field_dict["child_orders"] = child_orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_algo_order_child_request import CreateAlgoOrderChildRequest  # noqa: PLC0415

        _src_dict = dict(src_dict)
        _symbol = _src_dict.pop("symbol", UNSET)
        symbol: str | Unset
        if isinstance(_symbol, Unset):
            symbol = UNSET
        else:
            symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        _algo_type = _src_dict.pop("algo_type", UNSET)
        algo_type: AlgoType | Unset
        if isinstance(_algo_type, Unset):
            algo_type = UNSET
        else:
            algo_type = AlgoType.from_wire(_algo_type)

        _child_orders = _src_dict.pop("child_orders", UNSET)
        child_orders: list[CreateAlgoOrderChildRequest] | Unset = UNSET
        if _child_orders is not UNSET:
            child_orders = []
            for child_orders_item_data in _child_orders:
                child_orders_item = CreateAlgoOrderChildRequest.from_dict(child_orders_item_data)

                child_orders.append(child_orders_item)

        _result = cls(
            symbol=symbol,
            algo_type=algo_type,
            child_orders=child_orders,
        )

        additional_properties = {}
        for prop_name, prop_dict in _src_dict.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        _result.additional_properties = additional_properties
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
