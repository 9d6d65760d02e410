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

T = TypeVar("T", bound="Symbol")


@_attrs_define(repr=False)
class Symbol:
    """
    Attributes:
        symbol (str): Example: PERP_BTC_USDC.
        quote_min (Decimal): Example: 0.
        quote_max (Decimal): Example: 100000.
        quote_tick (Decimal): Example: 0.1.
        base_min (Decimal): Example: 1e-05.
        base_max (Decimal): Example: 20.
        base_tick (Decimal): Example: 1e-05.
        min_notional (Decimal): Example: 1.
        price_range (Decimal): Example: 0.02.
        price_scope (Decimal): Example: 0.4.
        std_liquidation_fee (Decimal): Example: 0.03.
        liquidator_fee (Decimal): Example: 0.015.
        claim_insurance_fund_discount (Decimal): Example: 0.0075.
        funding_period (int): Example: 8.
        cap_funding (Decimal): Example: 0.000375.
        floor_funding (Decimal): Example: -0.000375.
        interest_rate (Decimal): Example: 0.0001.
        created_time (int): Unit: milliseconds since the Unix epoch. Example: 1684140107326.
        updated_time (int): Unit: milliseconds since the Unix epoch. Example: 1685345968053.
        base_mmr (Decimal): Example: 0.05.
        base_imr (Decimal): Example: 0.1.
        cap_ir (Decimal | Unset): Example: 0.0003.
        floor_ir (Decimal | Unset): Example: -0.0003.
        imr_factor (Decimal | Unset): Example: 0.025.
        liquidation_tier (int | Unset): Example: 1.
        global_max_oi_cap (Decimal | Unset): Example: 11111.
    """

    symbol: str
    quote_min: Decimal
    quote_max: Decimal
    quote_tick: Decimal
    base_min: Decimal
    base_max: Decimal
    base_tick: Decimal
    min_notional: Decimal
    price_range: Decimal
    price_scope: Decimal
    std_liquidation_fee: Decimal
    liquidator_fee: Decimal
    claim_insurance_fund_discount: Decimal
    funding_period: int
    cap_funding: Decimal
    floor_funding: Decimal
    interest_rate: Decimal
    created_time: int
    updated_time: int
    base_mmr: Decimal
    base_imr: Decimal
    cap_ir: Decimal | Unset = UNSET
    floor_ir: Decimal | Unset = UNSET
    imr_factor: Decimal | Unset = UNSET
    liquidation_tier: int | Unset = UNSET
    global_max_oi_cap: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

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
        _symbol = _src_dict.pop("symbol")
        symbol = _symbol if type(_symbol) is str else str_from_wire(_symbol, "symbol")

        _quote_min = _src_dict.pop("quote_min")
        quote_min = _quote_min if type(_quote_min) is Decimal else decimal_from_wire(_quote_min, "quote_min")

        _quote_max = _src_dict.pop("quote_max")
        quote_max = _quote_max if type(_quote_max) is Decimal else decimal_from_wire(_quote_max, "quote_max")

        _quote_tick = _src_dict.pop("quote_tick")
        quote_tick = _quote_tick if type(_quote_tick) is Decimal else decimal_from_wire(_quote_tick, "quote_tick")

        _base_min = _src_dict.pop("base_min")
        base_min = _base_min if type(_base_min) is Decimal else decimal_from_wire(_base_min, "base_min")

        _base_max = _src_dict.pop("base_max")
        base_max = _base_max if type(_base_max) is Decimal else decimal_from_wire(_base_max, "base_max")

        _base_tick = _src_dict.pop("base_tick")
        base_tick = _base_tick if type(_base_tick) is Decimal else decimal_from_wire(_base_tick, "base_tick")

        _min_notional = _src_dict.pop("min_notional")
        min_notional = (
            _min_notional if type(_min_notional) is Decimal else decimal_from_wire(_min_notional, "min_notional")
        )

        _price_range = _src_dict.pop("price_range")
        price_range = _price_range if type(_price_range) is Decimal else decimal_from_wire(_price_range, "price_range")

        _price_scope = _src_dict.pop("price_scope")
        price_scope = _price_scope if type(_price_scope) is Decimal else decimal_from_wire(_price_scope, "price_scope")

        _std_liquidation_fee = _src_dict.pop("std_liquidation_fee")
        std_liquidation_fee = (
            _std_liquidation_fee
            if type(_std_liquidation_fee) is Decimal
            else decimal_from_wire(_std_liquidation_fee, "std_liquidation_fee")
        )

        _liquidator_fee = _src_dict.pop("liquidator_fee")
        liquidator_fee = (
            _liquidator_fee
            if type(_liquidator_fee) is Decimal
            else decimal_from_wire(_liquidator_fee, "liquidator_fee")
        )

        _claim_insurance_fund_discount = _src_dict.pop("claim_insurance_fund_discount")
        claim_insurance_fund_discount = (
            _claim_insurance_fund_discount
            if type(_claim_insurance_fund_discount) is Decimal
            else decimal_from_wire(_claim_insurance_fund_discount, "claim_insurance_fund_discount")
        )

        _funding_period = _src_dict.pop("funding_period")
        funding_period = (
            _funding_period if type(_funding_period) is int else int_from_wire(_funding_period, "funding_period")
        )

        _cap_funding = _src_dict.pop("cap_funding")
        cap_funding = _cap_funding if type(_cap_funding) is Decimal else decimal_from_wire(_cap_funding, "cap_funding")

        _floor_funding = _src_dict.pop("floor_funding")
        floor_funding = (
            _floor_funding if type(_floor_funding) is Decimal else decimal_from_wire(_floor_funding, "floor_funding")
        )

        _interest_rate = _src_dict.pop("interest_rate")
        interest_rate = (
            _interest_rate if type(_interest_rate) is Decimal else decimal_from_wire(_interest_rate, "interest_rate")
        )

        _created_time = _src_dict.pop("created_time")
        created_time = _created_time if type(_created_time) is int else int_from_wire(_created_time, "created_time")

        _updated_time = _src_dict.pop("updated_time")
        updated_time = _updated_time if type(_updated_time) is int else int_from_wire(_updated_time, "updated_time")

        _base_mmr = _src_dict.pop("base_mmr")
        base_mmr = _base_mmr if type(_base_mmr) is Decimal else decimal_from_wire(_base_mmr, "base_mmr")

        _base_imr = _src_dict.pop("base_imr")
        base_imr = _base_imr if type(_base_imr) is Decimal else decimal_from_wire(_base_imr, "base_imr")

        _cap_ir = _src_dict.pop("cap_ir", UNSET)
        cap_ir: Decimal | Unset
        if isinstance(_cap_ir, Unset):
            cap_ir = UNSET
        else:
            cap_ir = _cap_ir if type(_cap_ir) is Decimal else decimal_from_wire(_cap_ir, "cap_ir")

        _floor_ir = _src_dict.pop("floor_ir", UNSET)
        floor_ir: Decimal | Unset
        if isinstance(_floor_ir, Unset):
            floor_ir = UNSET
        else:
            floor_ir = _floor_ir if type(_floor_ir) is Decimal else decimal_from_wire(_floor_ir, "floor_ir")

        _imr_factor = _src_dict.pop("imr_factor", UNSET)
        imr_factor: Decimal | Unset
        if isinstance(_imr_factor, Unset):
            imr_factor = UNSET
        else:
            imr_factor = _imr_factor if type(_imr_factor) is Decimal else decimal_from_wire(_imr_factor, "imr_factor")

        _liquidation_tier = _src_dict.pop("liquidation_tier", UNSET)
        liquidation_tier: int | Unset
        if isinstance(_liquidation_tier, Unset):
            liquidation_tier = UNSET
        else:
            liquidation_tier = (
                _liquidation_tier
                if type(_liquidation_tier) is int
                else int_from_wire(_liquidation_tier, "liquidation_tier")
            )

        _global_max_oi_cap = _src_dict.pop("global_max_oi_cap", UNSET)
        global_max_oi_cap: Decimal | Unset
        if isinstance(_global_max_oi_cap, Unset):
            global_max_oi_cap = UNSET
        else:
            global_max_oi_cap = (
                _global_max_oi_cap
                if type(_global_max_oi_cap) is Decimal
                else decimal_from_wire(_global_max_oi_cap, "global_max_oi_cap")
            )

        _result = cls(
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
