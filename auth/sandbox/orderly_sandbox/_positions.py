"""Positions that follow fills: quantity, average open price, realised PnL; unrealised PnL against the mark.

A fill that adds to a position moves its average open price; one that reduces it realises
``closed quantity x (fill price - average open price)`` (signed by the position's direction); one
that crosses zero closes the old position and opens the rest at the fill price. All Decimal.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

ZERO = Decimal(0)
#: Average open prices keep this many decimals (Orderly shows 8).
PRICE_PLACES = Decimal("1e-8")


@dataclass(slots=True)
class Position:
    """One account's position in one symbol (``quantity`` > 0 long, < 0 short)."""

    symbol: str
    quantity: Decimal = ZERO
    average_open_price: Decimal = ZERO
    realized_pnl: Decimal = ZERO
    fees: Decimal = ZERO
    updated_time: int = 0

    def apply(self, side: str, quantity: Decimal, price: Decimal, fee: Decimal, now_ms: int) -> Decimal:
        """Apply a fill; returns the PnL it realised (fees not included)."""
        signed = quantity if side == "BUY" else -quantity
        realized = ZERO
        held = self.quantity
        if held == 0 or (held > 0) == (signed > 0):
            total = abs(held) + quantity
            average = (abs(held) * self.average_open_price + quantity * price) / total
            self.average_open_price = _round_price(average)
            self.quantity = held + signed
        else:
            closed = min(abs(held), quantity)
            direction = 1 if held > 0 else -1
            realized = closed * (price - self.average_open_price) * direction
            self.quantity = held + signed
            if self.quantity == 0:
                self.average_open_price = ZERO
            elif (self.quantity > 0) != (held > 0):
                self.average_open_price = price
        self.realized_pnl += realized
        self.fees += fee
        self.updated_time = now_ms
        return realized

    def unrealized_pnl(self, mark: Decimal) -> Decimal:
        """``quantity x (mark - average open price)``."""
        return self.quantity * (mark - self.average_open_price)

    def notional(self, mark: Decimal) -> Decimal:
        """``|quantity| x mark``."""
        return abs(self.quantity) * mark


def _round_price(value: Decimal) -> Decimal:
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= -8:
        return value
    return value.quantize(PRICE_PLACES).normalize()
