"""Candles (klines) per interval and the day's ticker, built from a symbol's public trades. Decimal."""

from __future__ import annotations

import datetime
from collections import deque
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

_MINUTE = 60_000
#: Interval name (as REST's ``type`` and the WS ``kline_*`` topics write it) -> length in ms (0: a month).
INTERVALS: dict[str, int] = {
    "1m": _MINUTE,
    "5m": 5 * _MINUTE,
    "15m": 15 * _MINUTE,
    "30m": 30 * _MINUTE,
    "1h": 60 * _MINUTE,
    "4h": 240 * _MINUTE,
    "12h": 720 * _MINUTE,
    "1d": 1_440 * _MINUTE,
    "1w": 10_080 * _MINUTE,
    "1mon": 0,
    "1M": 0,
}
HISTORY = 1_000


def bounds(interval: str, ts: int) -> tuple[int, int]:
    """``(start, end)`` in ms of the ``interval`` candle holding ``ts`` (weeks start on Monday, UTC)."""
    length = INTERVALS[interval]
    if length == 0:
        moment = datetime.datetime.fromtimestamp(ts / 1000, datetime.UTC)
        first = datetime.datetime(moment.year, moment.month, 1, tzinfo=datetime.UTC)
        after = datetime.datetime(moment.year + moment.month // 12, moment.month % 12 + 1, 1, tzinfo=datetime.UTC)
        return int(first.timestamp() * 1000), int(after.timestamp() * 1000)
    offset = 4 * 1_440 * _MINUTE if interval == "1w" else 0  # the epoch was a Thursday
    start = (ts - offset) // length * length + offset
    return start, start + length


@dataclass(slots=True)
class Candle:
    """One interval's open, high, low, close, volume (base) and amount (quote)."""

    start: int
    end: int
    open: Decimal
    high: Decimal
    low: Decimal
    close: Decimal
    volume: Decimal
    amount: Decimal

    def add(self, price: Decimal, quantity: Decimal) -> None:
        self.high = max(self.high, price)
        self.low = min(self.low, price)
        self.close = price
        self.volume += quantity
        self.amount += price * quantity

    def rest_row(self, symbol: str, interval: str) -> dict[str, Any]:
        """A row of ``GET /v1/kline``."""
        return {
            "open": self.open,
            "close": self.close,
            "low": self.low,
            "high": self.high,
            "volume": self.volume,
            "amount": self.amount,
            "symbol": symbol,
            "type": interval,
            "start_timestamp": self.start,
            "end_timestamp": self.end,
        }

    def stream_data(self, symbol: str, interval: str) -> dict[str, Any]:
        """The ``data`` of a ``{symbol}@kline_{interval}`` push."""
        return {
            "symbol": symbol,
            "type": interval,
            "open": self.open,
            "close": self.close,
            "high": self.high,
            "low": self.low,
            "volume": self.volume,
            "amount": self.amount,
            "startTime": self.start,
            "endTime": self.end,
        }


class Candles:
    """Every interval's candles of one symbol (the latest :data:`HISTORY` each), and the running day stats."""

    def __init__(self, opening_price: Decimal) -> None:
        self._series: dict[str, deque[Candle]] = {interval: deque(maxlen=HISTORY) for interval in INTERVALS}
        self.day_open = self.day_high = self.day_low = self.day_close = opening_price
        self.day_volume = Decimal(0)
        self.day_amount = Decimal(0)
        self.day_count = 0

    def add(self, price: Decimal, quantity: Decimal, ts: int) -> None:
        """Count one trade in every interval's candle and in the day's figures."""
        for interval, series in self._series.items():
            if series and series[-1].start <= ts < series[-1].end:
                series[-1].add(price, quantity)
                continue
            start, end = bounds(interval, ts)
            series.append(Candle(start, end, price, price, price, price, quantity, price * quantity))
        self.day_high = max(self.day_high, price)
        self.day_low = min(self.day_low, price)
        self.day_close = price
        self.day_volume += quantity
        self.day_amount += price * quantity
        self.day_count += 1

    def latest(self, interval: str) -> Candle | None:
        """The current candle of ``interval`` (None before the first trade)."""
        series = self._series[interval]
        return series[-1] if series else None

    def history(self, interval: str, limit: int) -> list[Candle]:
        """The latest ``limit`` candles of ``interval``, newest first."""
        series = self._series[interval]
        return list(reversed(series))[:limit]

    def ticker(self, symbol: str) -> dict[str, Any]:
        """The ``data`` of ``{symbol}@ticker`` (and a row of ``tickers``)."""
        return {
            "symbol": symbol,
            "open": self.day_open,
            "close": self.day_close,
            "high": self.day_high,
            "low": self.day_low,
            "volume": self.day_volume,
            "amount": self.day_amount,
            "count": self.day_count,
        }
