from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetValorPoolInfoResponseData")


@_attrs_define
class GetValorPoolInfoResponseData:
    """
    Attributes:
        valor_price_usdc (float | Unset): Example: 50.
        treasury_pool_value (float | Unset): Example: 20000.
        next_settlement_date (str | Unset): Example: 2024-06-15.
        revenue_rate (float | Unset): Example: 0.6.
        est_treasury_inflow (float | Unset): Example: 30000.
        total_redeemed_amount (float | Unset): Example: 2000.
    """

    valor_price_usdc: float | Unset = UNSET
    treasury_pool_value: float | Unset = UNSET
    next_settlement_date: str | Unset = UNSET
    revenue_rate: float | Unset = UNSET
    est_treasury_inflow: float | Unset = UNSET
    total_redeemed_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        valor_price_usdc = _src_dict.pop("valor_price_usdc", UNSET)

        treasury_pool_value = _src_dict.pop("treasury_pool_value", UNSET)

        next_settlement_date = _src_dict.pop("next_settlement_date", UNSET)

        revenue_rate = _src_dict.pop("revenue_rate", UNSET)

        est_treasury_inflow = _src_dict.pop("est_treasury_inflow", UNSET)

        total_redeemed_amount = _src_dict.pop("total_redeemed_amount", UNSET)

        get_valor_pool_info_response_data = cls(
            valor_price_usdc=valor_price_usdc,
            treasury_pool_value=treasury_pool_value,
            next_settlement_date=next_settlement_date,
            revenue_rate=revenue_rate,
            est_treasury_inflow=est_treasury_inflow,
            total_redeemed_amount=total_redeemed_amount,
        )

        get_valor_pool_info_response_data.additional_properties = _src_dict
        return get_valor_pool_info_response_data

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
