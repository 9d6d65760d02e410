from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Symbol")


@_attrs_define
class Symbol:
    """
    Attributes:
        symbol (str): Example: PERP_BTC_USDC.
        quote_min (int): Example: 0.
        quote_max (int): Example: 100000.
        quote_tick (float): Example: 0.1.
        base_min (float): Example: 1e-05.
        base_max (int): Example: 20.
        base_tick (float): Example: 1e-05.
        min_notional (int): Example: 1.
        price_range (float): Example: 0.02.
        price_scope (float): Example: 0.4.
        std_liquidation_fee (float): Example: 0.03.
        liquidator_fee (float): Example: 0.015.
        claim_insurance_fund_discount (float): Example: 0.0075.
        funding_period (int): Example: 8.
        cap_funding (float): Example: 0.000375.
        floor_funding (float): Example: -0.000375.
        interest_rate (float): Example: 0.0001.
        created_time (int): Unit: milliseconds since the Unix epoch. Example: 1684140107326.
        updated_time (int): Unit: milliseconds since the Unix epoch. Example: 1685345968053.
        base_mmr (float): Example: 0.05.
        base_imr (float): Example: 0.1.
        cap_ir (float | Unset): Example: 0.0003.
        floor_ir (float | Unset): Example: -0.0003.
        imr_factor (float | Unset): Example: 0.025.
        liquidation_tier (float | Unset): Example: 1.
        global_max_oi_cap (float | Unset): Example: 11111.
    """

    symbol: str
    quote_min: int
    quote_max: int
    quote_tick: float
    base_min: float
    base_max: int
    base_tick: float
    min_notional: int
    price_range: float
    price_scope: float
    std_liquidation_fee: float
    liquidator_fee: float
    claim_insurance_fund_discount: float
    funding_period: int
    cap_funding: float
    floor_funding: float
    interest_rate: float
    created_time: int
    updated_time: int
    base_mmr: float
    base_imr: float
    cap_ir: float | Unset = UNSET
    floor_ir: float | Unset = UNSET
    imr_factor: float | Unset = UNSET
    liquidation_tier: float | Unset = UNSET
    global_max_oi_cap: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        quote_min = self.quote_min

        quote_max = self.quote_max

        quote_tick = self.quote_tick

        base_min = self.base_min

        base_max = self.base_max

        base_tick = self.base_tick

        min_notional = self.min_notional

        price_range = self.price_range

        price_scope = self.price_scope

        std_liquidation_fee = self.std_liquidation_fee

        liquidator_fee = self.liquidator_fee

        claim_insurance_fund_discount = self.claim_insurance_fund_discount

        funding_period = self.funding_period

        cap_funding = self.cap_funding

        floor_funding = self.floor_funding

        interest_rate = self.interest_rate

        created_time = self.created_time

        updated_time = self.updated_time

        base_mmr = self.base_mmr

        base_imr = self.base_imr

        cap_ir = self.cap_ir

        floor_ir = self.floor_ir

        imr_factor = self.imr_factor

        liquidation_tier = self.liquidation_tier

        global_max_oi_cap = self.global_max_oi_cap

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "quote_min": quote_min,
                "quote_max": quote_max,
                "quote_tick": quote_tick,
                "base_min": base_min,
                "base_max": base_max,
                "base_tick": base_tick,
                "min_notional": min_notional,
                "price_range": price_range,
                "price_scope": price_scope,
                "std_liquidation_fee": std_liquidation_fee,
                "liquidator_fee": liquidator_fee,
                "claim_insurance_fund_discount": claim_insurance_fund_discount,
                "funding_period": funding_period,
                "cap_funding": cap_funding,
                "floor_funding": floor_funding,
                "interest_rate": interest_rate,
                "created_time": created_time,
                "updated_time": updated_time,
                "base_mmr": base_mmr,
                "base_imr": base_imr,
            }
        )
        if cap_ir is not UNSET:
            field_dict["cap_ir"] = cap_ir
        if floor_ir is not UNSET:
            field_dict["floor_ir"] = floor_ir
        if imr_factor is not UNSET:
            field_dict["imr_factor"] = imr_factor
        if liquidation_tier is not UNSET:
            field_dict["liquidation_tier"] = liquidation_tier
        if global_max_oi_cap is not UNSET:
            field_dict["global_max_oi_cap"] = global_max_oi_cap

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _src_dict = dict(src_dict)
        symbol = _src_dict.pop("symbol")

        quote_min = _src_dict.pop("quote_min")

        quote_max = _src_dict.pop("quote_max")

        quote_tick = _src_dict.pop("quote_tick")

        base_min = _src_dict.pop("base_min")

        base_max = _src_dict.pop("base_max")

        base_tick = _src_dict.pop("base_tick")

        min_notional = _src_dict.pop("min_notional")

        price_range = _src_dict.pop("price_range")

        price_scope = _src_dict.pop("price_scope")

        std_liquidation_fee = _src_dict.pop("std_liquidation_fee")

        liquidator_fee = _src_dict.pop("liquidator_fee")

        claim_insurance_fund_discount = _src_dict.pop("claim_insurance_fund_discount")

        funding_period = _src_dict.pop("funding_period")

        cap_funding = _src_dict.pop("cap_funding")

        floor_funding = _src_dict.pop("floor_funding")

        interest_rate = _src_dict.pop("interest_rate")

        created_time = _src_dict.pop("created_time")

        updated_time = _src_dict.pop("updated_time")

        base_mmr = _src_dict.pop("base_mmr")

        base_imr = _src_dict.pop("base_imr")

        cap_ir = _src_dict.pop("cap_ir", UNSET)

        floor_ir = _src_dict.pop("floor_ir", UNSET)

        imr_factor = _src_dict.pop("imr_factor", UNSET)

        liquidation_tier = _src_dict.pop("liquidation_tier", UNSET)

        global_max_oi_cap = _src_dict.pop("global_max_oi_cap", UNSET)

        symbol = cls(
            symbol=symbol,
            quote_min=quote_min,
            quote_max=quote_max,
            quote_tick=quote_tick,
            base_min=base_min,
            base_max=base_max,
            base_tick=base_tick,
            min_notional=min_notional,
            price_range=price_range,
            price_scope=price_scope,
            std_liquidation_fee=std_liquidation_fee,
            liquidator_fee=liquidator_fee,
            claim_insurance_fund_discount=claim_insurance_fund_discount,
            funding_period=funding_period,
            cap_funding=cap_funding,
            floor_funding=floor_funding,
            interest_rate=interest_rate,
            created_time=created_time,
            updated_time=updated_time,
            base_mmr=base_mmr,
            base_imr=base_imr,
            cap_ir=cap_ir,
            floor_ir=floor_ir,
            imr_factor=imr_factor,
            liquidation_tier=liquidation_tier,
            global_max_oi_cap=global_max_oi_cap,
        )

        symbol.additional_properties = _src_dict
        return symbol

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
