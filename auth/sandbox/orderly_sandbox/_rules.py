"""The market's fixed rules that its views and its simulation share: fee rates, the IMR factor, the simulated
liquidity's account, rounding to a step.

A leaf module: :mod:`._market` builds on it and so do :mod:`._views` and :mod:`._simulation`, which
:mod:`._market` calls, so none of them imports another to learn these.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

__all__ = [
    "IMR_FACTOR",
    "IMR_FACTOR_POWER",
    "MAKER_FEE_RATE",
    "MARKET_ACCOUNT",
    "TAKER_FEE_RATE",
    "floor_to",
    "steps_of",
]

#: Every account's IMR factor in every symbol (``imr_factor`` of ``GET /v1/client/info``).
IMR_FACTOR = Decimal("0.00000001")
#: The power of the notional in the IMR factor term: 4/5.
IMR_FACTOR_POWER = Decimal("0.8")
TAKER_FEE_RATE = Decimal("0.0005")
MAKER_FEE_RATE = Decimal("0.0002")
#: The account that owns the simulated liquidity (no balances, no positions).
MARKET_ACCOUNT = "0x" + "0" * 64


def steps_of(value: Decimal, step: Decimal) -> bool:
    """Whether ``value`` is a whole number of ``step``."""
    return (value % step) == 0


def floor_to(value: Decimal, step: Decimal) -> Decimal:
    """``value`` rounded down to a multiple of ``step``."""
    return (value / step).to_integral_value(ROUND_DOWN) * step
