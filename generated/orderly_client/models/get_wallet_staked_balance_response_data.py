from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    decimal_from_wire,
    model_repr,
)

T = TypeVar("T", bound="GetWalletStakedBalanceResponseData")


@_attrs_define(repr=False)
class GetWalletStakedBalanceResponseData:
    """
    Attributes:
        total_staked_balance (Decimal | Unset): Example: 10000.
        total_staked_order (Decimal | Unset): Example: 2000.
        total_staked_esorder (Decimal | Unset): Example: 8000.
    """

    total_staked_balance: Decimal | Unset = UNSET
    total_staked_order: Decimal | Unset = UNSET
    total_staked_esorder: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _total_staked_balance = _src_dict.pop("total_staked_balance", UNSET)
        total_staked_balance: Decimal | Unset
        if isinstance(_total_staked_balance, Unset):
            total_staked_balance = UNSET
        else:
            total_staked_balance = (
                _total_staked_balance
                if type(_total_staked_balance) is Decimal
                else decimal_from_wire(_total_staked_balance, "total_staked_balance")
            )

        _total_staked_order = _src_dict.pop("total_staked_order", UNSET)
        total_staked_order: Decimal | Unset
        if isinstance(_total_staked_order, Unset):
            total_staked_order = UNSET
        else:
            total_staked_order = (
                _total_staked_order
                if type(_total_staked_order) is Decimal
                else decimal_from_wire(_total_staked_order, "total_staked_order")
            )

        _total_staked_esorder = _src_dict.pop("total_staked_esorder", UNSET)
        total_staked_esorder: Decimal | Unset
        if isinstance(_total_staked_esorder, Unset):
            total_staked_esorder = UNSET
        else:
            total_staked_esorder = (
                _total_staked_esorder
                if type(_total_staked_esorder) is Decimal
                else decimal_from_wire(_total_staked_esorder, "total_staked_esorder")
            )

        _result = cls(
            total_staked_balance=total_staked_balance,
            total_staked_order=total_staked_order,
            total_staked_esorder=total_staked_esorder,
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
