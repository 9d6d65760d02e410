"""How the simulated market moves, one step at a time, from the market's seeded random generator.

Each step, symbol by symbol in a fixed order: the index price walks; the mark follows it with a
small mean-reverting premium; the simulated liquidity (:data:`LEVELS` levels a side, owned by
:data:`._rules.MARKET_ACCOUNT`) is re-quoted around the new mark, trading with any account's
order it crosses; some simulated flow takes liquidity (public trades, fills of resting orders);
the estimated funding rate follows the premium. Every :data:`FUNDING_STEPS` steps funding is paid
between positions. Then the periodic pushes go out: mark and index prices, funding, open interest,
tickers, best bid and offer, the book snapshot, and the positions whose PnL the mark moved.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from ._balances import USDC
from ._book import Resting
from ._orders import ZERO
from ._rules import MARKET_ACCOUNT, floor_to
from ._views import periodic_pushes

if TYPE_CHECKING:
    from ._market import Market

LEVELS = 20
#: Notional (USDC) of one level of simulated liquidity, before its random size factor.
LEVEL_NOTIONAL = Decimal(4000)
VOLATILITY = 0.0008
PREMIUM_NOISE = 0.0002
FLOW_CHANCE = 0.6
FUNDING_STEPS = 100
STEP_FUNDING_MS = 8 * 3_600_000


def _decimal(value: float, places: int = 8) -> Decimal:
    return Decimal(f"{value:.{places}f}")


def open_market(market: Market) -> None:
    """Put the opening liquidity on every book (no trades), and the first figures."""
    now = market.clock()
    for symbol, state in market.state.items():
        info = state.info
        state.base_open_interest = floor_to(
            Decimal(500_000) / state.mark * _decimal(market.rng.uniform(0.5, 1.5)), info.base_tick
        )
        state.next_funding_time = (now // STEP_FUNDING_MS + 1) * STEP_FUNDING_MS
        _quote(market, symbol)


def _quote(market: Market, symbol: str) -> None:
    """Replace the simulated liquidity of ``symbol`` by :data:`LEVELS` levels a side around the mark."""
    book = market.books[symbol]
    state = market.state[symbol]
    info = state.info
    for entry in book.entries():
        if entry.account_id == MARKET_ACCOUNT:
            book.remove(entry.order_id)
    tick = info.quote_tick
    spacing = max(tick, floor_to(state.mark * Decimal("0.0002"), tick))
    best_bid = floor_to(state.mark - spacing / 2, tick)
    best_ask = best_bid + spacing
    rng = market.rng
    for k in range(LEVELS):
        for side, price in (("BUY", best_bid - spacing * k), ("SELL", best_ask + spacing * k)):
            if price <= 0:
                continue
            size = LEVEL_NOTIONAL * _decimal(rng.uniform(0.5, 2.0), 3) * (1 + Decimal(k) / 10)
            quantity = max(info.base_min, floor_to(size / state.mark, info.base_tick))
            done = market.take(symbol, side, price, quantity, None)  # trades with accounts' orders it crosses
            if quantity - done > 0:
                book.add(Resting(market.market_order_id(), MARKET_ACCOUNT, side, price, quantity - done))


def _flow(market: Market, symbol: str) -> None:
    """Maybe one simulated taker: a market order of a random side and size."""
    rng = market.rng
    if rng.random() >= FLOW_CHANCE:
        return
    state = market.state[symbol]
    side = "BUY" if rng.random() < 0.5 else "SELL"
    notional = LEVEL_NOTIONAL * _decimal(rng.uniform(0.05, 0.8), 3)
    quantity = max(state.info.base_min, floor_to(notional / state.mark, state.info.base_tick))
    market.take(symbol, side, None, quantity, None)


def _move_prices(market: Market, symbol: str, premium: float) -> float:
    rng = market.rng
    state = market.state[symbol]
    tick = state.info.quote_tick
    state.index = max(tick, floor_to(state.index * (1 + _decimal(rng.gauss(0, VOLATILITY))), tick))
    premium = premium * 0.8 + rng.gauss(0, PREMIUM_NOISE)
    state.mark = max(tick, floor_to(state.index * (1 + _decimal(premium)), tick))
    rate = min(max(_decimal(premium / 3), state.info.floor_funding), state.info.cap_funding)
    state.est_funding_rate = rate
    return premium


def _pay_funding(market: Market) -> None:
    now = market.now()
    for symbol, state in market.state.items():
        rate = state.est_funding_rate
        state.last_funding_rate = rate
        state.sum_unitary_funding += state.mark * rate
        state.next_funding_time = now + STEP_FUNDING_MS
        state.funding_history.append(
            {
                "symbol": symbol,
                "funding_rate": rate,
                "funding_rate_timestamp": now,
                "next_funding_time": state.next_funding_time,
            }
        )
        for account_id, positions in market.positions.items():
            position = positions.get(symbol)
            if position is None or position.quantity == 0:
                continue
            payment = position.quantity * state.mark * rate  # longs pay a positive rate
            if payment > 0:
                market.balances.debit(account_id, USDC, payment, now, allow_negative=True)
            elif payment < 0:
                market.balances.credit(account_id, USDC, -payment, now)


def step_once(market: Market) -> None:
    """One step of every symbol, then the periodic pushes (the caller holds :meth:`Market.changing`)."""
    for symbol in market.info:
        state = market.state[symbol]
        state.premium = _move_prices(market, symbol, state.premium)
        _quote(market, symbol)
        _flow(market, symbol)
        market.flush_book(symbol)
    if (market.steps + 1) % FUNDING_STEPS == 0:
        _pay_funding(market)
    for account_id, positions in market.positions.items():
        if any(position.quantity != ZERO for position in positions.values()):
            market.position_changed(account_id)
    periodic_pushes(market)
