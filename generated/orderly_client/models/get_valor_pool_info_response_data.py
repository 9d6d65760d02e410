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
    str_from_wire,
)

T = TypeVar("T", bound="GetValorPoolInfoResponseData")


@_attrs_define(repr=False)
class GetValorPoolInfoResponseData:
    """
    Attributes:
        valor_price_usdc (Decimal | Unset): Example: 50.
        treasury_pool_value (Decimal | Unset): Example: 20000.
        next_settlement_date (str | Unset): Example: 2024-06-15.
        revenue_rate (Decimal | Unset): Example: 0.6.
        est_treasury_inflow (Decimal | Unset): Example: 30000.
        total_redeemed_amount (Decimal | Unset): Example: 2000.
    """

    valor_price_usdc: Decimal | Unset = UNSET
    treasury_pool_value: Decimal | Unset = UNSET
    next_settlement_date: str | Unset = UNSET
    revenue_rate: Decimal | Unset = UNSET
    est_treasury_inflow: Decimal | Unset = UNSET
    total_redeemed_amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        valor_price_usdc = self.valor_price_usdc

        treasury_pool_value = self.treasury_pool_value

        next_settlement_date = self.next_settlement_date

        revenue_rate = self.revenue_rate

        est_treasury_inflow = self.est_treasury_inflow

        total_redeemed_amount = self.total_redeemed_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if valor_price_usdc is not UNSET:
            field_dict["valor_price_usdc"] = valor_price_usdc
        if treasury_pool_value is not UNSET:
            field_dict["treasury_pool_value"] = treasury_pool_value
        if next_settlement_date is not UNSET:
            field_dict["next_settlement_date"] = next_settlement_date
        if revenue_rate is not UNSET:
            field_dict["revenue_rate"] = revenue_rate
        if est_treasury_inflow is not UNSET:
            field_dict["est_treasury_inflow"] = est_treasury_inflow
        if total_redeemed_amount is not UNSET:
            field_dict["total_redeemed_amount"] = total_redeemed_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        _valor_price_usdc = _src_dict.pop("valor_price_usdc", UNSET)
        valor_price_usdc: Decimal | Unset
        if isinstance(_valor_price_usdc, Unset):
            valor_price_usdc = UNSET
        else:
            valor_price_usdc = (
                _valor_price_usdc
                if type(_valor_price_usdc) is Decimal
                else decimal_from_wire(_valor_price_usdc, "valor_price_usdc")
            )

        _treasury_pool_value = _src_dict.pop("treasury_pool_value", UNSET)
        treasury_pool_value: Decimal | Unset
        if isinstance(_treasury_pool_value, Unset):
            treasury_pool_value = UNSET
        else:
            treasury_pool_value = (
                _treasury_pool_value
                if type(_treasury_pool_value) is Decimal
                else decimal_from_wire(_treasury_pool_value, "treasury_pool_value")
            )

        _next_settlement_date = _src_dict.pop("next_settlement_date", UNSET)
        next_settlement_date: str | Unset
        if isinstance(_next_settlement_date, Unset):
            next_settlement_date = UNSET
        else:
            next_settlement_date = (
                _next_settlement_date
                if type(_next_settlement_date) is str
                else str_from_wire(_next_settlement_date, "next_settlement_date")
            )

        _revenue_rate = _src_dict.pop("revenue_rate", UNSET)
        revenue_rate: Decimal | Unset
        if isinstance(_revenue_rate, Unset):
            revenue_rate = UNSET
        else:
            revenue_rate = (
                _revenue_rate if type(_revenue_rate) is Decimal else decimal_from_wire(_revenue_rate, "revenue_rate")
            )

        _est_treasury_inflow = _src_dict.pop("est_treasury_inflow", UNSET)
        est_treasury_inflow: Decimal | Unset
        if isinstance(_est_treasury_inflow, Unset):
            est_treasury_inflow = UNSET
        else:
            est_treasury_inflow = (
                _est_treasury_inflow
                if type(_est_treasury_inflow) is Decimal
                else decimal_from_wire(_est_treasury_inflow, "est_treasury_inflow")
            )

        _total_redeemed_amount = _src_dict.pop("total_redeemed_amount", UNSET)
        total_redeemed_amount: Decimal | Unset
        if isinstance(_total_redeemed_amount, Unset):
            total_redeemed_amount = UNSET
        else:
            total_redeemed_amount = (
                _total_redeemed_amount
                if type(_total_redeemed_amount) is Decimal
                else decimal_from_wire(_total_redeemed_amount, "total_redeemed_amount")
            )

        _result = cls(
            valor_price_usdc=valor_price_usdc,
            treasury_pool_value=treasury_pool_value,
            next_settlement_date=next_settlement_date,
            revenue_rate=revenue_rate,
            est_treasury_inflow=est_treasury_inflow,
            total_redeemed_amount=total_redeemed_amount,
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
