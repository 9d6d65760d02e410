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
    int_from_wire,
    model_repr,
    str_from_wire,
)

T = TypeVar("T", bound="GetAccountStrategyVaultTransactionHistoryDataRowsItem")


@_attrs_define(repr=False)
class GetAccountStrategyVaultTransactionHistoryDataRowsItem:
    """
    Attributes:
        vault_id (str):
        created_time (int): Unit: milliseconds since the Unix epoch. Example: 1734652800000.
        type_ (str): Example: withdrawal.
        status (str): Example: pending.
        amount_change (Decimal | None): Example: 100.0.
        asset (str | Unset): Example: USDC.
        shares_change (Decimal | None | Unset): Example: 88.009.
    """

    vault_id: str
    created_time: int
    type_: str
    status: str
    amount_change: Decimal | None
    asset: str | Unset = UNSET
    shares_change: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        vault_id = self.vault_id

        created_time = self.created_time

        type_ = self.type_

        status = self.status

        amount_change: Decimal | None
        amount_change = self.amount_change

        asset = self.asset

        shares_change: Decimal | None | Unset
        if isinstance(self.shares_change, Unset):
            shares_change = UNSET
        else:
            shares_change = self.shares_change

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vault_id": vault_id,
                "created_time": created_time,
                "type": type_,
                "status": status,
                "amount_change": amount_change,
            }
        )
        if asset is not UNSET:
            field_dict["asset"] = asset
        if shares_change is not UNSET:
            field_dict["shares_change"] = shares_change

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _vault_id = _src_dict.pop("vault_id")
        vault_id = _vault_id if type(_vault_id) is str else str_from_wire(_vault_id, "vault_id")

        _created_time = _src_dict.pop("created_time")
        created_time = _created_time if type(_created_time) is int else int_from_wire(_created_time, "created_time")

        _type_ = _src_dict.pop("type")
        type_ = _type_ if type(_type_) is str else str_from_wire(_type_, "type")

        _status = _src_dict.pop("status")
        status = _status if type(_status) is str else str_from_wire(_status, "status")

        _amount_change = _src_dict.pop("amount_change")
        amount_change: Decimal | None
        if _amount_change is None or type(_amount_change) is Decimal:
            amount_change = _amount_change
        else:

            def _parse_amount_change(data: object) -> Decimal | None:
                if data is None:
                    return data
                if not (isinstance(data, (Decimal, int, float, str)) and not isinstance(data, bool)):
                    raise TypeError("amount_change: expected Decimal | None, got " + repr(data)[:60])
                _amount_change_type_0 = data
                amount_change_type_0 = (
                    _amount_change_type_0
                    if type(_amount_change_type_0) is Decimal
                    else decimal_from_wire(_amount_change_type_0, "amount_change")
                )

                return amount_change_type_0

            amount_change = _parse_amount_change(_amount_change)

        _asset = _src_dict.pop("asset", UNSET)
        asset: str | Unset
        if isinstance(_asset, Unset):
            asset = UNSET
        else:
            asset = _asset if type(_asset) is str else str_from_wire(_asset, "asset")

        _shares_change = _src_dict.pop("shares_change", UNSET)
        shares_change: Decimal | None | Unset
        if _shares_change is None or isinstance(_shares_change, Unset) or type(_shares_change) is Decimal:
            shares_change = _shares_change
        else:

            def _parse_shares_change(data: object) -> Decimal | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not (isinstance(data, (Decimal, int, float, str)) and not isinstance(data, bool)):
                    raise TypeError("shares_change: expected Decimal | None, got " + repr(data)[:60])
                _shares_change_type_0 = data
                shares_change_type_0 = (
                    _shares_change_type_0
                    if type(_shares_change_type_0) is Decimal
                    else decimal_from_wire(_shares_change_type_0, "shares_change")
                )

                return shares_change_type_0

            shares_change = _parse_shares_change(_shares_change)

        _result = cls(
            vault_id=vault_id,
            created_time=created_time,
            type_=type_,
            status=status,
            amount_change=amount_change,
            asset=asset,
            shares_change=shares_change,
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
