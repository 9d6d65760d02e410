"""The sandbox's listed symbols and their trading rules, as ``GET /v1/public/info`` shows them.

Rules (Decimal): ``quote_tick`` price step, ``base_tick`` quantity step, ``base_min``/``base_max``
quantity bounds, ``min_notional`` smallest price x quantity, ``base_imr``/``base_mmr`` initial and
maintenance margin rates. Values are close to Orderly's for these markets; ``start_price`` is where
the simulated market opens.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

#: Created/updated time shown for every symbol (a fixed date: answers stay reproducible).
LISTED_AT = 1_684_140_107_326


@dataclass(frozen=True, slots=True)
class SymbolInfo:
    """One perpetual market and its rules."""

    symbol: str
    start_price: Decimal
    quote_tick: Decimal
    base_tick: Decimal
    base_min: Decimal
    base_max: Decimal
    min_notional: Decimal
    base_imr: Decimal = Decimal("0.1")
    base_mmr: Decimal = Decimal("0.05")
    price_range: Decimal = Decimal("0.03")
    price_scope: Decimal = Decimal("0.4")
    funding_period: int = 8
    cap_funding: Decimal = Decimal("0.000375")
    floor_funding: Decimal = Decimal("-0.000375")

    @property
    def base(self) -> str:
        """The base token: ``ETH`` for ``PERP_ETH_USDC``."""
        return self.symbol.split("_")[1]

    @property
    def index_symbol(self) -> str:
        """The index price's symbol: ``SPOT_ETH_USDC`` (index prices use SPOT_ names)."""
        return f"SPOT_{self.base}_USDC"

    def to_dict(self) -> dict[str, Any]:
        """The row of ``GET /v1/public/info`` (the spec's ``Symbol``)."""
        return {
            "symbol": self.symbol,
            "quote_min": 0,
            "quote_max": 100_000 if self.start_price < 10_000 else 1_000_000,
            "quote_tick": self.quote_tick,
            "base_min": self.base_min,
            "base_max": self.base_max,
            "base_tick": self.base_tick,
            "min_notional": self.min_notional,
            "price_range": self.price_range,
            "price_scope": self.price_scope,
            "std_liquidation_fee": Decimal("0.024"),
            "liquidator_fee": Decimal("0.012"),
            "claim_insurance_fund_discount": Decimal("0.006"),
            "funding_period": self.funding_period,
            "cap_funding": self.cap_funding,
            "floor_funding": self.floor_funding,
            "interest_rate": Decimal("0.0001"),
            "base_imr": self.base_imr,
            "base_mmr": self.base_mmr,
            "created_time": LISTED_AT,
            "updated_time": LISTED_AT,
        }


SYMBOLS: Mapping[str, SymbolInfo] = {
    info.symbol: info
    for info in (
        SymbolInfo(
            "PERP_BTC_USDC",
            Decimal("60000"),
            quote_tick=Decimal("0.1"),
            base_tick=Decimal("0.00001"),
            base_min=Decimal("0.00001"),
            base_max=Decimal("20"),
            min_notional=Decimal("10"),
            base_imr=Decimal("0.02"),
            base_mmr=Decimal("0.012"),
        ),
        SymbolInfo(
            "PERP_ETH_USDC",
            Decimal("3000"),
            quote_tick=Decimal("0.01"),
            base_tick=Decimal("0.0001"),
            base_min=Decimal("0.001"),
            base_max=Decimal("500"),
            min_notional=Decimal("10"),
            base_imr=Decimal("0.02"),
            base_mmr=Decimal("0.012"),
        ),
        SymbolInfo(
            "PERP_SOL_USDC",
            Decimal("150"),
            quote_tick=Decimal("0.01"),
            base_tick=Decimal("0.01"),
            base_min=Decimal("0.01"),
            base_max=Decimal("10000"),
            min_notional=Decimal("10"),
            base_imr=Decimal("0.05"),
            base_mmr=Decimal("0.03"),
        ),
        SymbolInfo(
            "PERP_WOO_USDC",
            Decimal("0.3"),
            quote_tick=Decimal("0.00001"),
            base_tick=Decimal("1"),
            base_min=Decimal("10"),
            base_max=Decimal("1000000"),
            min_notional=Decimal("10"),
            base_imr=Decimal("0.1"),
            base_mmr=Decimal("0.05"),
        ),
    )
}
