from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAccountStrategyVaultTransactionHistoryDataRowsItem")


@_attrs_define
class GetAccountStrategyVaultTransactionHistoryDataRowsItem:
    """
    Attributes:
        vault_id (str):
        created_time (int): Unit: milliseconds since the Unix epoch. Example: 1734652800000.
        type_ (str): Example: withdrawal.
        status (str): Example: pending.
        amount_change (float | None): Example: 100.0.
        asset (str | Unset): Example: USDC.
        shares_change (float | None | Unset): Example: 88.009.
    """

    vault_id: str
    created_time: int
    type_: str
    status: str
    amount_change: float | None
    asset: str | Unset = UNSET
    shares_change: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vault_id = self.vault_id

        created_time = self.created_time

        type_ = self.type_

        status = self.status

        amount_change: float | None
        amount_change = self.amount_change

        asset = self.asset

        shares_change: float | None | Unset
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
        vault_id = _src_dict.pop("vault_id")

        created_time = _src_dict.pop("created_time")

        type_ = _src_dict.pop("type")

        status = _src_dict.pop("status")

        def _parse_amount_change(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        amount_change = _parse_amount_change(_src_dict.pop("amount_change"))

        asset = _src_dict.pop("asset", UNSET)

        def _parse_shares_change(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        shares_change = _parse_shares_change(_src_dict.pop("shares_change", UNSET))

        get_account_strategy_vault_transaction_history_data_rows_item = cls(
            vault_id=vault_id,
            created_time=created_time,
            type_=type_,
            status=status,
            amount_change=amount_change,
            asset=asset,
            shares_change=shares_change,
        )

        get_account_strategy_vault_transaction_history_data_rows_item.additional_properties = _src_dict
        return get_account_strategy_vault_transaction_history_data_rows_item

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
