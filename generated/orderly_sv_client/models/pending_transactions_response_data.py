from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PendingTransactionsResponseData")


@_attrs_define
class PendingTransactionsResponseData:
    """
    Attributes:
        est_fund_allocation_pct (float | Unset): Example: 1.
        total_pending_deposit_amount (float | Unset): Example: 50000.0.
        lp_pending_deposit_amount (float | Unset): Example: 40000.0.
        sp_pending_deposit_amount (float | Unset): Example: 10000.0.
        fund_pending_deposit_amount (float | Unset): Example: 50000.0.
        fund_pending_withdrawal_amount (float | Unset): Example: 2350.0.
        total_pending_withdrawal_main_share (float | Unset): Example: 4000.0.
        est_main_share_price (float | Unset): Example: 0.5.
        total_pending_withdrawal_strategy_share (float | Unset): Example: 500.0.
        est_strategy_share_price (float | Unset): Example: 0.7.
    """

    est_fund_allocation_pct: float | Unset = UNSET
    total_pending_deposit_amount: float | Unset = UNSET
    lp_pending_deposit_amount: float | Unset = UNSET
    sp_pending_deposit_amount: float | Unset = UNSET
    fund_pending_deposit_amount: float | Unset = UNSET
    fund_pending_withdrawal_amount: float | Unset = UNSET
    total_pending_withdrawal_main_share: float | Unset = UNSET
    est_main_share_price: float | Unset = UNSET
    total_pending_withdrawal_strategy_share: float | Unset = UNSET
    est_strategy_share_price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        est_fund_allocation_pct = self.est_fund_allocation_pct

        total_pending_deposit_amount = self.total_pending_deposit_amount

        lp_pending_deposit_amount = self.lp_pending_deposit_amount

        sp_pending_deposit_amount = self.sp_pending_deposit_amount

        fund_pending_deposit_amount = self.fund_pending_deposit_amount

        fund_pending_withdrawal_amount = self.fund_pending_withdrawal_amount

        total_pending_withdrawal_main_share = self.total_pending_withdrawal_main_share

        est_main_share_price = self.est_main_share_price

        total_pending_withdrawal_strategy_share = self.total_pending_withdrawal_strategy_share

        est_strategy_share_price = self.est_strategy_share_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if est_fund_allocation_pct is not UNSET:
            field_dict["est_fund_allocation_pct"] = est_fund_allocation_pct
        if total_pending_deposit_amount is not UNSET:
            field_dict["total_pending_deposit_amount"] = total_pending_deposit_amount
        if lp_pending_deposit_amount is not UNSET:
            field_dict["lp_pending_deposit_amount"] = lp_pending_deposit_amount
        if sp_pending_deposit_amount is not UNSET:
            field_dict["sp_pending_deposit_amount"] = sp_pending_deposit_amount
        if fund_pending_deposit_amount is not UNSET:
            field_dict["fund_pending_deposit_amount"] = fund_pending_deposit_amount
        if fund_pending_withdrawal_amount is not UNSET:
            field_dict["fund_pending_withdrawal_amount"] = fund_pending_withdrawal_amount
        if total_pending_withdrawal_main_share is not UNSET:
            field_dict["total_pending_withdrawal_main_share"] = total_pending_withdrawal_main_share
        if est_main_share_price is not UNSET:
            field_dict["est_main_share_price"] = est_main_share_price
        if total_pending_withdrawal_strategy_share is not UNSET:
            field_dict["total_pending_withdrawal_strategy_share"] = total_pending_withdrawal_strategy_share
        if est_strategy_share_price is not UNSET:
            field_dict["est_strategy_share_price"] = est_strategy_share_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        est_fund_allocation_pct = _src_dict.pop("est_fund_allocation_pct", UNSET)

        total_pending_deposit_amount = _src_dict.pop("total_pending_deposit_amount", UNSET)

        lp_pending_deposit_amount = _src_dict.pop("lp_pending_deposit_amount", UNSET)

        sp_pending_deposit_amount = _src_dict.pop("sp_pending_deposit_amount", UNSET)

        fund_pending_deposit_amount = _src_dict.pop("fund_pending_deposit_amount", UNSET)

        fund_pending_withdrawal_amount = _src_dict.pop("fund_pending_withdrawal_amount", UNSET)

        total_pending_withdrawal_main_share = _src_dict.pop("total_pending_withdrawal_main_share", UNSET)

        est_main_share_price = _src_dict.pop("est_main_share_price", UNSET)

        total_pending_withdrawal_strategy_share = _src_dict.pop("total_pending_withdrawal_strategy_share", UNSET)

        est_strategy_share_price = _src_dict.pop("est_strategy_share_price", UNSET)

        pending_transactions_response_data = cls(
            est_fund_allocation_pct=est_fund_allocation_pct,
            total_pending_deposit_amount=total_pending_deposit_amount,
            lp_pending_deposit_amount=lp_pending_deposit_amount,
            sp_pending_deposit_amount=sp_pending_deposit_amount,
            fund_pending_deposit_amount=fund_pending_deposit_amount,
            fund_pending_withdrawal_amount=fund_pending_withdrawal_amount,
            total_pending_withdrawal_main_share=total_pending_withdrawal_main_share,
            est_main_share_price=est_main_share_price,
            total_pending_withdrawal_strategy_share=total_pending_withdrawal_strategy_share,
            est_strategy_share_price=est_strategy_share_price,
        )

        pending_transactions_response_data.additional_properties = _src_dict
        return pending_transactions_response_data

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
