from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    decimal_from_wire,
    int_from_wire,
    model_repr,
)

T = TypeVar("T", bound="TvConfigResponseDPullingInterval")


@_attrs_define(repr=False)
class TvConfigResponseDPullingInterval:
    """
    Attributes:
        quotes (int):
        orders (int):
        positions (int):
        account_manager (int):
        balances (Decimal):
    """

    quotes: int
    orders: int
    positions: int
    account_manager: int
    balances: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        quotes = self.quotes

        orders = self.orders

        positions = self.positions

        account_manager = self.account_manager

        balances = self.balances

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quotes": quotes,
                "orders": orders,
                "positions": positions,
                "accountManager": account_manager,
                "balances": balances,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _quotes = _src_dict.pop("quotes")
        quotes = _quotes if type(_quotes) is int else int_from_wire(_quotes, "quotes")

        _orders = _src_dict.pop("orders")
        orders = _orders if type(_orders) is int else int_from_wire(_orders, "orders")

        _positions = _src_dict.pop("positions")
        positions = _positions if type(_positions) is int else int_from_wire(_positions, "positions")

        _account_manager = _src_dict.pop("accountManager")
        account_manager = (
            _account_manager if type(_account_manager) is int else int_from_wire(_account_manager, "accountManager")
        )

        _balances = _src_dict.pop("balances")
        balances = _balances if type(_balances) is Decimal else decimal_from_wire(_balances, "balances")

        _result = cls(
            quotes=quotes,
            orders=orders,
            positions=positions,
            account_manager=account_manager,
            balances=balances,
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
