from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TvConfigResponseDPullingInterval")


@_attrs_define
class TvConfigResponseDPullingInterval:
    """
    Attributes:
        quotes (int):
        orders (int):
        positions (int):
        account_manager (int):
        balances (int):
    """

    quotes: int
    orders: int
    positions: int
    account_manager: int
    balances: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        quotes = _src_dict.pop("quotes")

        orders = _src_dict.pop("orders")

        positions = _src_dict.pop("positions")

        account_manager = _src_dict.pop("accountManager")

        balances = _src_dict.pop("balances")

        tv_config_response_d_pulling_interval = cls(
            quotes=quotes,
            orders=orders,
            positions=positions,
            account_manager=account_manager,
            balances=balances,
        )

        tv_config_response_d_pulling_interval.additional_properties = _src_dict
        return tv_config_response_d_pulling_interval

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
