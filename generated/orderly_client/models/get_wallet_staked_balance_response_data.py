from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetWalletStakedBalanceResponseData")


@_attrs_define
class GetWalletStakedBalanceResponseData:
    """
    Attributes:
        total_staked_balance (float | Unset): Example: 10000.
        total_staked_order (float | Unset): Example: 2000.
        total_staked_esorder (float | Unset): Example: 8000.
    """

    total_staked_balance: float | Unset = UNSET
    total_staked_order: float | Unset = UNSET
    total_staked_esorder: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_staked_balance = self.total_staked_balance

        total_staked_order = self.total_staked_order

        total_staked_esorder = self.total_staked_esorder

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_staked_balance is not UNSET:
            field_dict["total_staked_balance"] = total_staked_balance
        if total_staked_order is not UNSET:
            field_dict["total_staked_order"] = total_staked_order
        if total_staked_esorder is not UNSET:
            field_dict["total_staked_esorder"] = total_staked_esorder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        total_staked_balance = _src_dict.pop("total_staked_balance", UNSET)

        total_staked_order = _src_dict.pop("total_staked_order", UNSET)

        total_staked_esorder = _src_dict.pop("total_staked_esorder", UNSET)

        get_wallet_staked_balance_response_data = cls(
            total_staked_balance=total_staked_balance,
            total_staked_order=total_staked_order,
            total_staked_esorder=total_staked_esorder,
        )

        get_wallet_staked_balance_response_data.additional_properties = _src_dict
        return get_wallet_staked_balance_response_data

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
