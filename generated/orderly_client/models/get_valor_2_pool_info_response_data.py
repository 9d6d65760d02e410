from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetValor2PoolInfoResponseData")


@_attrs_define
class GetValor2PoolInfoResponseData:
    """
    Attributes:
        revenue_rate (float | Unset): Example: 0.6.
        valor_price_esorder (float | Unset): Example: 0.018128737338881.
        treasury_pool_value (float | Unset): Example: 741510.854264.
        est_treasury_inflow (float | Unset): Example: 1502.490346.
        order_price_usdc (float | Unset): Example: 0.2.
        total_redeemed_amount (float | Unset): Example: 1594502.182669.
        current_batch_id (float | Unset): Example: 13.
        next_settlement_date (str | Unset): Example: 2025-10-06.
    """

    revenue_rate: float | Unset = UNSET
    valor_price_esorder: float | Unset = UNSET
    treasury_pool_value: float | Unset = UNSET
    est_treasury_inflow: float | Unset = UNSET
    order_price_usdc: float | Unset = UNSET
    total_redeemed_amount: float | Unset = UNSET
    current_batch_id: float | Unset = UNSET
    next_settlement_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        revenue_rate = self.revenue_rate

        valor_price_esorder = self.valor_price_esorder

        treasury_pool_value = self.treasury_pool_value

        est_treasury_inflow = self.est_treasury_inflow

        order_price_usdc = self.order_price_usdc

        total_redeemed_amount = self.total_redeemed_amount

        current_batch_id = self.current_batch_id

        next_settlement_date = self.next_settlement_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if revenue_rate is not UNSET:
            field_dict["revenue_rate"] = revenue_rate
        if valor_price_esorder is not UNSET:
            field_dict["valor_price_esorder"] = valor_price_esorder
        if treasury_pool_value is not UNSET:
            field_dict["treasury_pool_value"] = treasury_pool_value
        if est_treasury_inflow is not UNSET:
            field_dict["est_treasury_inflow"] = est_treasury_inflow
        if order_price_usdc is not UNSET:
            field_dict["order_price_usdc"] = order_price_usdc
        if total_redeemed_amount is not UNSET:
            field_dict["total_redeemed_amount"] = total_redeemed_amount
        if current_batch_id is not UNSET:
            field_dict["current_batch_id"] = current_batch_id
        if next_settlement_date is not UNSET:
            field_dict["next_settlement_date"] = next_settlement_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        revenue_rate = _src_dict.pop("revenue_rate", UNSET)

        valor_price_esorder = _src_dict.pop("valor_price_esorder", UNSET)

        treasury_pool_value = _src_dict.pop("treasury_pool_value", UNSET)

        est_treasury_inflow = _src_dict.pop("est_treasury_inflow", UNSET)

        order_price_usdc = _src_dict.pop("order_price_usdc", UNSET)

        total_redeemed_amount = _src_dict.pop("total_redeemed_amount", UNSET)

        current_batch_id = _src_dict.pop("current_batch_id", UNSET)

        next_settlement_date = _src_dict.pop("next_settlement_date", UNSET)

        get_valor_2_pool_info_response_data = cls(
            revenue_rate=revenue_rate,
            valor_price_esorder=valor_price_esorder,
            treasury_pool_value=treasury_pool_value,
            est_treasury_inflow=est_treasury_inflow,
            order_price_usdc=order_price_usdc,
            total_redeemed_amount=total_redeemed_amount,
            current_batch_id=current_batch_id,
            next_settlement_date=next_settlement_date,
        )

        get_valor_2_pool_info_response_data.additional_properties = _src_dict
        return get_valor_2_pool_info_response_data

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
