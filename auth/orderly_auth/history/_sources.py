"""Where each kind of history comes from: one generated operation each, read page by page from a cursor.

A cursor is a position to resume from: for candles the start (ms) of the next window of
:data:`CANDLES_PER_PAGE` bars, for the paged operations the next page number. Every request goes
through the caller's client, so it is signed, paced to the operation's documented rate limit and
retried as any other call of the SDK.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from orderly_client.types import Unset

from .._errors import ConfigurationError, RateLimitWaitError
from ._rows import Candle, FundingFee, FundingRate, MarketTrade, OwnTrade, Row

__all__ = ["CANDLES_PER_PAGE", "INTERVALS", "KINDS", "PAGE_SIZE", "Page", "pages"]

#: Bar lengths in ms of the resolutions a candle download takes.
INTERVALS: dict[str, int] = {
    "1m": 60_000,
    "5m": 300_000,
    "15m": 900_000,
    "30m": 1_800_000,
    "1h": 3_600_000,
    "4h": 14_400_000,
    "12h": 43_200_000,
    "1d": 86_400_000,
    "1w": 604_800_000,
}
CANDLES_PER_PAGE = 1_000  # GET /v1/tv/kline_history: at most 1000 bars an answer
PAGE_SIZE = 500  # the paged history operations' largest page
MARKET_TRADES_LIMIT = 500  # GET /v1/public/market_trades: the latest trades only, no time range
MAX_PAGES = 100_000  # a bound on any one download, whatever the server's meta says
T = TypeVar("T")


@attrs.frozen
class Query:
    """What a download asks for: ``symbol``'s history over ``[start, end)`` (ms), through ``client``."""

    client: Any
    symbol: str
    start: int
    end: int
    interval: str


@attrs.frozen
class Page:
    """One answer's rows (inside the range), the cursor after it (None: done) and the share of the range done."""

    rows: list[Row]
    next_cursor: int | None
    done: float


def _value(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def _paced(call: Callable[[], T]) -> T:
    """Call, waiting out a client-side rate-limit wait longer than the call's budget (nothing was sent)."""
    while True:
        try:
            return call()
        except RateLimitWaitError as exc:
            time.sleep(min(max(exc.wait, 0.05), 60.0))


def _candles(query: Query, cursor: int) -> Page:
    from orderly_client.api.public import get_v1_tv_kline_history

    client, symbol, start, end, interval = query.client, query.symbol, query.start, query.end, query.interval

    length = INTERVALS[interval]
    window_end = min(cursor + CANDLES_PER_PAGE * length, end)
    # [from, to] in seconds, `to` one second before the next window so that no bar is in two windows.
    answer = _paced(
        lambda: get_v1_tv_kline_history.sync(
            client=client,
            symbol=symbol,
            resolution=interval,
            from_=str(cursor // 1000),
            to=str((window_end - 1) // 1000),
            limit=CANDLES_PER_PAGE,
        )
    )
    if answer.s != "ok" and answer.t:
        raise ValueError(f"kline history answered status {answer.s!r}")
    columns = (answer.t, answer.o, answer.h, answer.l, answer.c, answer.v, answer.a)
    if len({len(column) for column in columns}) != 1 or len(answer.t) > CANDLES_PER_PAGE:
        raise ValueError("kline history answered columns of different lengths or too many bars")
    rows: list[Row] = [
        Candle(symbol, interval, t * 1000, Decimal(o), Decimal(h), Decimal(lo), Decimal(c), Decimal(v), Decimal(a))
        for t, o, h, lo, c, v, a in zip(*columns, strict=True)
        if cursor <= t * 1000 < window_end
    ]
    done = (window_end - start) / (end - start) if end > start else 1.0
    return Page(rows, window_end if window_end < end else None, done)


def _market_trades(query: Query, cursor: int) -> Page:
    from orderly_client.api.public import get_v1_public_market_trades

    client, symbol, start, end = query.client, query.symbol, query.start, query.end

    answer = _paced(lambda: get_v1_public_market_trades.sync(client=client, symbol=symbol, limit=MARKET_TRADES_LIMIT))
    rows: list[Row] = sorted(
        (
            MarketTrade(r.symbol, r.executed_timestamp, str(r.side), r.executed_price, r.executed_quantity)
            for r in answer.data.rows
            if start <= r.executed_timestamp < end
        ),
        key=lambda row: row.timestamp,
    )
    return Page(rows, None, 1.0)


def _paged(fetch: Callable[[int], tuple[list[Row], int | None]], start: int, end: int, cursor: int) -> Page:
    rows, total = fetch(cursor)
    kept = [row for row in rows if start <= row.timestamp < end]
    last = len(rows) < PAGE_SIZE or (total is not None and cursor * PAGE_SIZE >= total) or cursor >= MAX_PAGES
    pages_total = max(-(-(total or 0) // PAGE_SIZE), cursor)
    return Page(kept, None if last else cursor + 1, 1.0 if last else cursor / pages_total)


def _own_trades(query: Query, cursor: int) -> Page:
    from orderly_client.api.private import get_v1_trades

    client, symbol, start, end = query.client, query.symbol, query.start, query.end

    def fetch(page: int) -> tuple[list[Row], int | None]:
        data = _paced(
            lambda: get_v1_trades.sync(
                client=client, symbol=symbol, start_t=start, end_t=end - 1, page=page, size=PAGE_SIZE
            )
        ).data
        rows: list[Row] = [
            OwnTrade(
                _value(r.id),
                _value(r.symbol),
                r.executed_timestamp if not isinstance(r.executed_timestamp, Unset) else 0,
                _value(r.order_id),
                None if isinstance(r.side, Unset) else str(r.side),
                _value(r.executed_price),
                _value(r.executed_quantity),
                _value(r.fee),
                _value(r.fee_asset),
                _value(r.realized_pnl),
                _value(r.is_maker),
            )
            for r in data.rows
        ]
        return rows, data.meta.total

    return _paged(fetch, start, end, cursor)


def _funding_rates(query: Query, cursor: int) -> Page:
    from orderly_client.api.public import get_v1_public_funding_rate_history

    client, symbol, start, end = query.client, query.symbol, query.start, query.end

    def fetch(page: int) -> tuple[list[Row], int | None]:
        data = _paced(
            lambda: get_v1_public_funding_rate_history.sync(
                client=client, symbol=symbol, start_t=start // 1000, end_t=(end - 1) // 1000, page=page, size=PAGE_SIZE
            )
        ).data
        rows: list[Row] = [
            FundingRate(r.symbol, r.funding_rate_timestamp, r.funding_rate, r.next_funding_time) for r in data.rows
        ]
        return rows, data.meta.total

    return _paged(fetch, start, end, cursor)


def _funding_fees(query: Query, cursor: int) -> Page:
    from orderly_client.api.private import get_v1_funding_fee_history

    client, symbol, start, end = query.client, query.symbol, query.start, query.end

    def fetch(page: int) -> tuple[list[Row], int | None]:
        data = _paced(
            lambda: get_v1_funding_fee_history.sync(
                client=client,
                symbol=symbol,
                start_t=str(start),
                end_t=str(end - 1),
                page=str(page),
                size=str(PAGE_SIZE),
            )
        ).data
        rows: list[Row] = [
            FundingFee(
                _value(r.symbol),
                r.created_time if not isinstance(r.created_time, Unset) else 0,
                _value(r.funding_rate),
                _value(r.mark_price),
                _value(r.funding_fee),
                _value(r.payment_type),
                _value(r.status),
                _value(r.updated_time),
            )
            for r in data.rows
        ]
        return rows, data.meta.total

    return _paged(fetch, start, end, cursor)


Source = Callable[[Query, int], Page]
#: Each kind of history: its row class and how to read one page of it.
KINDS: dict[str, tuple[type[Row], Source]] = {
    "candles": (Candle, _candles),
    "market-trades": (MarketTrade, _market_trades),
    "trades": (OwnTrade, _own_trades),
    "funding-rates": (FundingRate, _funding_rates),
    "funding-fees": (FundingFee, _funding_fees),
}


def first_cursor(kind: str, start: int, interval: str) -> int:
    """Where a download of ``kind`` begins: the first bar at or after ``start``, or page 1."""
    if kind == "candles":
        length = INTERVALS[interval]
        return -(-start // length) * length
    return 1


def pages(
    client: Any, kind: str, symbol: str, start: int, end: int, *, interval: str = "1m", cursor: int | None = None
) -> Iterator[Page]:
    """The pages of ``kind`` for ``symbol`` over ``[start, end)`` (ms), from ``cursor`` (a resumed download's)."""
    if kind not in KINDS:
        raise ConfigurationError(f"unknown history kind {kind!r}; expected one of {', '.join(KINDS)}")
    if kind == "candles" and interval not in INTERVALS:
        raise ConfigurationError(f"unknown interval {interval!r}; expected one of {', '.join(INTERVALS)}")
    if not isinstance(start, int) or not isinstance(end, int) or start >= end:
        raise ConfigurationError("the range must be whole ms with start before end")
    source = KINDS[kind][1]
    query = Query(client, symbol, start, end, interval)
    position: int | None = first_cursor(kind, start, interval) if cursor is None else cursor
    for _ in range(MAX_PAGES):
        if position is None or (kind == "candles" and position >= end):
            return
        page = source(query, position)
        yield page
        position = page.next_cursor
