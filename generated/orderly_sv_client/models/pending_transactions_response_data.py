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

T = TypeVar("T", bound="PendingTransactionsResponseData")


@_attrs_define(repr=False)
class PendingTransactionsResponseData:
    """
    Attributes:
        est_fund_allocation_pct (Decimal | Unset): Example: 1.
        total_pending_deposit_amount (Decimal | Unset): Example: 50000.0.
        lp_pending_deposit_amount (Decimal | Unset): Example: 40000.0.
        sp_pending_deposit_amount (Decimal | Unset): Example: 10000.0.
        fund_pending_deposit_amount (Decimal | Unset): Example: 50000.0.
        fund_pending_withdrawal_amount (Decimal | Unset): Example: 2350.0.
        total_pending_withdrawal_main_share (Decimal | Unset): Example: 4000.0.
        est_main_share_price (Decimal | Unset): Example: 0.5.
        total_pending_withdrawal_strategy_share (Decimal | Unset): Example: 500.0.
        est_strategy_share_price (Decimal | Unset): Example: 0.7.
    """

    est_fund_allocation_pct: Decimal | Unset = UNSET
    total_pending_deposit_amount: Decimal | Unset = UNSET
    lp_pending_deposit_amount: Decimal | Unset = UNSET
    sp_pending_deposit_amount: Decimal | Unset = UNSET
    fund_pending_deposit_amount: Decimal | Unset = UNSET
    fund_pending_withdrawal_amount: Decimal | Unset = UNSET
    total_pending_withdrawal_main_share: Decimal | Unset = UNSET
    est_main_share_price: Decimal | Unset = UNSET
    total_pending_withdrawal_strategy_share: Decimal | Unset = UNSET
    est_strategy_share_price: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _est_fund_allocation_pct = _src_dict.pop("est_fund_allocation_pct", UNSET)
        est_fund_allocation_pct: Decimal | Unset
        if isinstance(_est_fund_allocation_pct, Unset):
            est_fund_allocation_pct = UNSET
        else:
            est_fund_allocation_pct = (
                _est_fund_allocation_pct
                if type(_est_fund_allocation_pct) is Decimal
                else decimal_from_wire(_est_fund_allocation_pct, "est_fund_allocation_pct")
            )

        _total_pending_deposit_amount = _src_dict.pop("total_pending_deposit_amount", UNSET)
        total_pending_deposit_amount: Decimal | Unset
        if isinstance(_total_pending_deposit_amount, Unset):
            total_pending_deposit_amount = UNSET
        else:
            total_pending_deposit_amount = (
                _total_pending_deposit_amount
                if type(_total_pending_deposit_amount) is Decimal
                else decimal_from_wire(_total_pending_deposit_amount, "total_pending_deposit_amount")
            )

        _lp_pending_deposit_amount = _src_dict.pop("lp_pending_deposit_amount", UNSET)
        lp_pending_deposit_amount: Decimal | Unset
        if isinstance(_lp_pending_deposit_amount, Unset):
            lp_pending_deposit_amount = UNSET
        else:
            lp_pending_deposit_amount = (
                _lp_pending_deposit_amount
                if type(_lp_pending_deposit_amount) is Decimal
                else decimal_from_wire(_lp_pending_deposit_amount, "lp_pending_deposit_amount")
            )

        _sp_pending_deposit_amount = _src_dict.pop("sp_pending_deposit_amount", UNSET)
        sp_pending_deposit_amount: Decimal | Unset
        if isinstance(_sp_pending_deposit_amount, Unset):
            sp_pending_deposit_amount = UNSET
        else:
            sp_pending_deposit_amount = (
                _sp_pending_deposit_amount
                if type(_sp_pending_deposit_amount) is Decimal
                else decimal_from_wire(_sp_pending_deposit_amount, "sp_pending_deposit_amount")
            )

        _fund_pending_deposit_amount = _src_dict.pop("fund_pending_deposit_amount", UNSET)
        fund_pending_deposit_amount: Decimal | Unset
        if isinstance(_fund_pending_deposit_amount, Unset):
            fund_pending_deposit_amount = UNSET
        else:
            fund_pending_deposit_amount = (
                _fund_pending_deposit_amount
                if type(_fund_pending_deposit_amount) is Decimal
                else decimal_from_wire(_fund_pending_deposit_amount, "fund_pending_deposit_amount")
            )

        _fund_pending_withdrawal_amount = _src_dict.pop("fund_pending_withdrawal_amount", UNSET)
        fund_pending_withdrawal_amount: Decimal | Unset
        if isinstance(_fund_pending_withdrawal_amount, Unset):
            fund_pending_withdrawal_amount = UNSET
        else:
            fund_pending_withdrawal_amount = (
                _fund_pending_withdrawal_amount
                if type(_fund_pending_withdrawal_amount) is Decimal
                else decimal_from_wire(_fund_pending_withdrawal_amount, "fund_pending_withdrawal_amount")
            )

        _total_pending_withdrawal_main_share = _src_dict.pop("total_pending_withdrawal_main_share", UNSET)
        total_pending_withdrawal_main_share: Decimal | Unset
        if isinstance(_total_pending_withdrawal_main_share, Unset):
            total_pending_withdrawal_main_share = UNSET
        else:
            total_pending_withdrawal_main_share = (
                _total_pending_withdrawal_main_share
                if type(_total_pending_withdrawal_main_share) is Decimal
                else decimal_from_wire(_total_pending_withdrawal_main_share, "total_pending_withdrawal_main_share")
            )

        _est_main_share_price = _src_dict.pop("est_main_share_price", UNSET)
        est_main_share_price: Decimal | Unset
        if isinstance(_est_main_share_price, Unset):
            est_main_share_price = UNSET
        else:
            est_main_share_price = (
                _est_main_share_price
                if type(_est_main_share_price) is Decimal
                else decimal_from_wire(_est_main_share_price, "est_main_share_price")
            )

        _total_pending_withdrawal_strategy_share = _src_dict.pop("total_pending_withdrawal_strategy_share", UNSET)
        total_pending_withdrawal_strategy_share: Decimal | Unset
        if isinstance(_total_pending_withdrawal_strategy_share, Unset):
            total_pending_withdrawal_strategy_share = UNSET
        else:
            total_pending_withdrawal_strategy_share = (
                _total_pending_withdrawal_strategy_share
                if type(_total_pending_withdrawal_strategy_share) is Decimal
                else decimal_from_wire(
                    _total_pending_withdrawal_strategy_share, "total_pending_withdrawal_strategy_share"
                )
            )

        _est_strategy_share_price = _src_dict.pop("est_strategy_share_price", UNSET)
        est_strategy_share_price: Decimal | Unset
        if isinstance(_est_strategy_share_price, Unset):
            est_strategy_share_price = UNSET
        else:
            est_strategy_share_price = (
                _est_strategy_share_price
                if type(_est_strategy_share_price) is Decimal
                else decimal_from_wire(_est_strategy_share_price, "est_strategy_share_price")
            )

        _result = cls(
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
