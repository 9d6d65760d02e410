"""Kline history (``GET /v1/tv/kline_history``): the live candles, and before them a deterministic past.

The simulated market only trades from the moment the sandbox starts and keeps its latest
:data:`._candles.HISTORY` candles per interval, so a history download of a month would find nothing.
Bars before the first live candle are made up, deterministically: each is a function of the
market's seed, the symbol, the interval and the bar's start, so every sandbox with the same seed
serves the same past (a download interrupted on one sandbox resumes exactly on another), and a test
can compute the expected bars with :func:`past_candle`. Prices stay on the symbol's tick, volumes on
its step; each bar opens where the previous one closed.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from typing import Any

from ._candles import INTERVALS, Candle
from ._errors import INVALID_PARAMETER
from ._market import Market
from ._orders import OrderError
from ._symbols import SymbolInfo

__all__ = ["HISTORY_INTERVALS", "MAX_LIMIT", "kline_history", "past_candle"]

#: Resolutions served (months have no fixed length: not served).
HISTORY_INTERVALS: tuple[str, ...] = tuple(name for name, length in INTERVALS.items() if length > 0)
MAX_LIMIT = 1_000
_SWING_BARS = 1_440  # one up-and-down swing of the made-up price takes this many bars


def _draw(seed: int, symbol: str, interval: str, start: int) -> int:
    digest = hashlib.blake2b(f"{seed}|{symbol}|{interval}|{start}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def _price_at(info: SymbolInfo, seed: int, interval: str, start: int) -> Decimal:
    """The made-up price at the start of a bar: a slow swing of +-2% around the start price, plus noise."""
    length = INTERVALS[interval]
    ticks = int(info.start_price / info.quote_tick)
    amplitude = max(ticks // 50, 1)
    index = start // length
    phase = index % (2 * _SWING_BARS)
    swing = phase if phase < _SWING_BARS else 2 * _SWING_BARS - phase  # 0 .. _SWING_BARS .. 0
    offset = amplitude * (2 * swing - _SWING_BARS) // _SWING_BARS
    noise = _draw(seed, info.symbol, interval, start) % (amplitude // 20 + 1)
    return max(ticks + offset + noise, 1) * info.quote_tick


def past_candle(info: SymbolInfo, seed: int, interval: str, start: int) -> Candle:
    """The made-up ``interval`` bar of ``info``'s symbol starting at ``start`` (ms, on the interval's grid)."""
    length = INTERVALS[interval]
    open_ = _price_at(info, seed, interval, start)
    close = _price_at(info, seed, interval, start + length)
    draw = _draw(seed, info.symbol, interval, -start - 1)
    spread = max(int(info.start_price / info.quote_tick) // 1_000, 1)
    high = max(open_, close) + (draw % (spread + 1)) * info.quote_tick
    low = max(min(open_, close) - ((draw >> 16) % (spread + 1)) * info.quote_tick, info.quote_tick)
    volume = (1 + (draw >> 32) % 500) * info.base_tick
    return Candle(start, start + length, open_, high, low, close, volume, volume * close)


def _seconds(value: object, name: str) -> int:
    try:
        return int(str(value))
    except ValueError:
        raise OrderError(INVALID_PARAMETER, f"{name} must be whole seconds since the epoch, got {value!r}") from None


def kline_history(market: Market, symbol: str, params: Any, now_ms: int) -> dict[str, Any]:
    """The bars of ``symbol`` starting in ``[from, to]`` (seconds), the first ``limit``, oldest first."""
    interval = str(params["resolution"])
    if interval not in HISTORY_INTERVALS:
        raise OrderError(
            INVALID_PARAMETER, f"resolution must be one of {', '.join(HISTORY_INTERVALS)}, got {interval!r}"
        )
    length = INTERVALS[interval]
    limit = int(params.get("limit", MAX_LIMIT))
    if not 1 <= limit <= MAX_LIMIT:
        raise OrderError(INVALID_PARAMETER, f"limit must be 1..{MAX_LIMIT}, got {limit}")
    to_ms = _seconds(params["to"], "to") * 1000 if "to" in params else now_ms
    from_ms = _seconds(params["from"], "from") * 1000 if "from" in params else to_ms - limit * length
    live = {candle.start: candle for candle in market.state[symbol].candles.history(interval, MAX_LIMIT)}
    live_from = min(live) if live else now_ms // length * length
    info = market.info[symbol]
    bars: list[Candle] = []
    start = -(-from_ms // length) * length  # the first bar starting at or after `from`
    while start <= to_ms and len(bars) < limit:
        if start in live:
            bars.append(live[start])
        elif start + length <= live_from:
            bars.append(past_candle(info, market.seed, interval, start))
        elif start >= live_from and start > max(live, default=live_from):
            break  # the future
        start += length
    return {
        "s": "ok",
        "t": [bar.start // 1000 for bar in bars],
        "o": [bar.open for bar in bars],
        "h": [bar.high for bar in bars],
        "l": [bar.low for bar in bars],
        "c": [bar.close for bar in bars],
        "v": [bar.volume for bar in bars],
        "a": [bar.amount for bar in bars],
    }
