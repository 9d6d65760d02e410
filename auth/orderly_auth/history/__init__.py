"""History downloads: candles, market trades, own trades, funding rates and funding fees over a date range.

Built on the SDK's client (``create_client``): every page is one generated operation's call, signed,
paced to its documented rate limit and retried like any other::

    from orderly_auth import create_client
    from orderly_auth.history import candles, download, to_frame

    client = create_client(credentials, network="testnet")
    for bar in candles(client, "PERP_ETH_USDC", "2026-11-01", "2026-12-01", interval="1m"):
        print(bar.start, bar.close)                 # typed rows, Decimal prices
    download(client, "candles", "PERP_ETH_USDC", start=start, end=end, path="eth.csv")  # resumable, exact CSV
    frame = to_frame(candles(client, "PERP_ETH_USDC", start, end), "pandas")  # or "polars"

Ranges are ``[start, end)``: ms since the epoch, a ``datetime`` (naive means UTC) or an ISO date
text. Candles come from ``GET /v1/tv/kline_history`` in windows of 1000 bars, oldest first; own
trades, funding rates and funding fees from their paged operations (as the server orders them);
market trades from ``GET /v1/public/market_trades``, which serves only the latest trades: older ones
in the range are not available from Orderly. Parquet needs the ``parquet`` extra (pyarrow).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from typing import Any

from .._errors import ConfigurationError
from ._files import FORMATS, DownloadResult, download, read_csv
from ._rows import Candle, FundingFee, FundingRate, MarketTrade, OwnTrade, Row
from ._sources import INTERVALS, KINDS, pages

__all__ = [
    "FORMATS",
    "INTERVALS",
    "KINDS",
    "Candle",
    "DownloadResult",
    "FundingFee",
    "FundingRate",
    "MarketTrade",
    "OwnTrade",
    "Row",
    "candles",
    "download",
    "funding_fees",
    "funding_rates",
    "market_trades",
    "own_trades",
    "read_csv",
    "rows",
    "timestamp_ms",
    "to_frame",
]

Moment = int | str | datetime.datetime | datetime.date


def timestamp_ms(moment: Moment) -> int:
    """ms since the epoch: ms as given, a datetime (naive: UTC), a date (its midnight, UTC) or ISO text."""
    if isinstance(moment, bool):
        raise ConfigurationError("a time must be ms, a datetime or ISO text, not a bool")
    if isinstance(moment, int):
        return moment
    if isinstance(moment, str):
        text = moment.strip()
        if text.isdigit():
            return int(text)
        try:
            moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ConfigurationError(f"not a date or time: {moment!r} (use ISO 8601, e.g. 2026-11-01)") from None
    if isinstance(moment, datetime.datetime):
        aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=datetime.UTC)
        return int(aware.timestamp() * 1000)
    if isinstance(moment, datetime.date):
        return timestamp_ms(datetime.datetime(moment.year, moment.month, moment.day, tzinfo=datetime.UTC))
    raise ConfigurationError(f"a time must be ms, a datetime or ISO text, not {type(moment).__name__}")


def rows(client: Any, kind: str, symbol: str, start: Moment, end: Moment, *, interval: str = "1m") -> Iterator[Row]:
    """Every row of ``kind`` (a key of :data:`KINDS`) for ``symbol`` over ``[start, end)``, page by page."""
    for page in pages(client, kind, symbol, timestamp_ms(start), timestamp_ms(end), interval=interval):
        yield from page.rows


def candles(client: Any, symbol: str, start: Moment, end: Moment, *, interval: str = "1m") -> Iterator[Candle]:
    """The bars of ``symbol`` over ``[start, end)``, oldest first."""
    for row in rows(client, "candles", symbol, start, end, interval=interval):
        assert isinstance(row, Candle)
        yield row


def market_trades(client: Any, symbol: str, start: Moment, end: Moment) -> Iterator[MarketTrade]:
    """The market's public trades in ``[start, end)`` among the latest Orderly serves, oldest first."""
    for row in rows(client, "market-trades", symbol, start, end):
        assert isinstance(row, MarketTrade)
        yield row


def own_trades(client: Any, symbol: str, start: Moment, end: Moment) -> Iterator[OwnTrade]:
    """The account's fills of ``symbol`` in ``[start, end)``."""
    for row in rows(client, "trades", symbol, start, end):
        assert isinstance(row, OwnTrade)
        yield row


def funding_rates(client: Any, symbol: str, start: Moment, end: Moment) -> Iterator[FundingRate]:
    """The market's settled funding rates in ``[start, end)``."""
    for row in rows(client, "funding-rates", symbol, start, end):
        assert isinstance(row, FundingRate)
        yield row


def funding_fees(client: Any, symbol: str, start: Moment, end: Moment) -> Iterator[FundingFee]:
    """The account's funding payments of ``symbol`` in ``[start, end)``."""
    for row in rows(client, "funding-fees", symbol, start, end):
        assert isinstance(row, FundingFee)
        yield row


def to_frame(history: Iterable[Row], library: str = "pandas") -> Any:
    """A pandas or polars DataFrame of these rows (Decimal columns stay Decimal objects / polars Decimal)."""
    items = list(history)
    columns = [name for name, _ in type(items[0]).COLUMNS] if items else []
    data = {name: [row.values()[index] for row in items] for index, name in enumerate(columns)}
    if library == "pandas":
        try:
            import pandas
        except ImportError as exc:
            raise ConfigurationError("to_frame(..., 'pandas') needs pandas installed") from exc
        return pandas.DataFrame(data, columns=columns)
    if library == "polars":
        try:
            import polars
        except ImportError as exc:
            raise ConfigurationError("to_frame(..., 'polars') needs polars installed") from exc
        return polars.DataFrame(data)
    raise ConfigurationError(f"library must be 'pandas' or 'polars', got {library!r}")
