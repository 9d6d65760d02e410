"""What each topic is: public or private, state (coalescible) or event (never dropped), and its model."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from .._errors import ConfigurationError
from . import _messages as m

# Topics of the private connection (after ``auth``).
PRIVATE_KINDS = frozenset(
    {
        "account",
        "balance",
        "position",
        "executionreport",
        "algoexecutionreport",
        "algoexecutionreportv2",
        "liquidationsaccount",
        "liquidatorliquidations",
        "settle",
        "wallet",
        "assetconvert",
        "notifications",
    }
)

# State-like topics: each message supersedes the previous one, so a slow reader may skip to the latest.
STATE_KINDS = frozenset(
    {
        "orderbook",
        "ticker",
        "tickers",
        "bbo",
        "bbos",
        "kline",
        "indexprice",
        "indexprices",
        "markprice",
        "markprices",
        "openinterest",
        "estfundingrate",
        "maintenance_status",
        "price_changes",
        "history_charts",
        "traders_open_interests",
    }
)

KLINE_INTERVALS = frozenset({"1m", "5m", "15m", "30m", "1h", "1d", "1w", "1M"})


# A parser takes the whole message (envelope and ``data``) and returns the model of its ``data``.
Parser = Callable[[Mapping[str, Any]], Any]


def _one(cls: type[Any]) -> Parser:
    def parse(message: Mapping[str, Any]) -> Any:
        data = message.get("data")
        return m.build(cls, data) if isinstance(data, Mapping) else None

    return parse


def _many(cls: type[Any]) -> Parser:
    def parse(message: Mapping[str, Any]) -> Any:
        data = message.get("data")
        if isinstance(data, Mapping):  # tolerate a single object where a list is documented
            data = [data]
        return tuple(m.build(cls, item) for item in data or ())

    return parse


def _book(cls: type[Any]) -> Parser:
    """Book messages: the book's time is ``data.ts`` when given, else the envelope's ``ts``."""

    def parse(message: Mapping[str, Any]) -> Any:
        data = message.get("data")
        if not isinstance(data, Mapping):
            return None
        if data.get("ts") is None and message.get("ts") is not None:
            data = {**data, "ts": message["ts"]}
        return m.build(cls, data)

    return parse


def _generic(message: Mapping[str, Any]) -> m.Generic:
    return m.Generic(message.get("data"))


PARSERS: dict[str, Parser] = {
    "orderbook": _book(m.OrderBookSnapshot),
    "orderbookupdate": _book(m.OrderBookUpdate),
    "trade": _one(m.Trade),
    "ticker": _one(m.Ticker),
    "tickers": _many(m.Ticker),
    "bbo": _one(m.Bbo),
    "bbos": _many(m.Bbo),
    "kline": _one(m.Kline),
    "indexprice": _one(m.Price),
    "indexprices": _many(m.Price),
    "markprice": _one(m.Price),
    "markprices": _many(m.Price),
    "openinterest": _one(m.OpenInterest),
    "estfundingrate": _one(m.EstFundingRate),
    "liquidation": _many(m.Liquidation),
    "maintenance_status": _one(m.MaintenanceStatus),
    "announcement": _one(m.Announcement),
    "price_changes": _generic,
    "history_charts": _generic,
    "traders_open_interests": _generic,
    "account": _one(m.Account),
    "balance": _one(m.Balances),
    "position": _one(m.Positions),
    "executionreport": _one(m.ExecutionReport),
    "algoexecutionreport": _many(m.AlgoExecutionReport),
    "algoexecutionreportv2": _one(m.AlgoExecutionReportV2),
    "liquidationsaccount": _many(m.AccountLiquidation),
    "liquidatorliquidations": _many(m.AccountLiquidation),
    "settle": _one(m.Settle),
    "wallet": _one(m.Wallet),
    "assetconvert": _one(m.AssetConvert),
    "notifications": _generic,
}

# Topics without a symbol, as written on the wire (``{broker}$tickers`` also allowed).
_SYMBOL_FREE = frozenset(
    {
        "tickers",
        "bbos",
        "indexprices",
        "markprices",
        "liquidation",
        "maintenance_status",
        "announcement",
        "price_changes",
        "traders_open_interests",
    }
    | PRIVATE_KINDS
)
_PER_SYMBOL = frozenset(
    {
        "orderbook",
        "orderbookupdate",
        "trade",
        "ticker",
        "bbo",
        "indexprice",
        "markprice",
        "openinterest",
        "estfundingrate",
    }
)
_SYMBOL = re.compile(r"[A-Z0-9]+(?:_[A-Z0-9]+)+")
_BROKER = re.compile(r"[a-z0-9_]+")


def kind_of(topic: str) -> str:
    """The topic's kind: ``PERP_ETH_USDC@kline_1m`` -> ``kline``, ``woofi_pro$tickers`` -> ``tickers``."""
    name = topic.rsplit("@", 1)[-1]
    if "$" in name:
        name = name.split("$", 1)[1]
    if name.startswith("kline_"):
        return "kline"
    if name.startswith("history_charts_"):
        return "history_charts"
    return name


def check_topic(topic: object) -> str:
    """``topic`` if it is a topic this client knows, else :class:`ConfigurationError` (nothing is sent)."""
    if not isinstance(topic, str) or not topic:
        raise ConfigurationError(f"a topic must be a non-empty string, got {topic!r}")
    head, at, name = topic.partition("@")
    if not at:
        head, name = "", topic
    broker = ""
    if "$" in (head if at else name):
        if at:
            broker, head = head.split("$", 1)
        else:
            broker, name = name.split("$", 1)
        if not _BROKER.fullmatch(broker):
            raise ConfigurationError(f"bad broker id in topic {topic!r}")
        if name not in ("ticker", "tickers"):
            raise ConfigurationError(f"only ticker(s) take a broker prefix, not {topic!r}")
    if at:
        if not _SYMBOL.fullmatch(head):
            raise ConfigurationError(f"bad symbol {head!r} in topic {topic!r} (expected e.g. PERP_ETH_USDC)")
        if name.startswith("kline_"):
            if name[len("kline_") :] not in KLINE_INTERVALS:
                raise ConfigurationError(
                    f"unknown kline interval in {topic!r}; one of {', '.join(sorted(KLINE_INTERVALS))}"
                )
        elif name not in _PER_SYMBOL:
            raise ConfigurationError(
                f"unknown topic {name!r} in {topic!r}; per-symbol topics: {', '.join(sorted(_PER_SYMBOL))}"
            )
        return topic
    if name.startswith("history_charts_") and len(name) > len("history_charts_"):
        return topic
    if name not in _SYMBOL_FREE:
        raise ConfigurationError(f"unknown topic {topic!r}")
    return topic


def is_private(topic: str) -> bool:
    """True for the topics of the private connection."""
    return kind_of(topic) in PRIVATE_KINDS


def is_state(topic: str) -> bool:
    """True for state-like topics, which coalesce for a slow reader; event topics never drop silently."""
    return kind_of(topic) in STATE_KINDS


def parser(topic: str) -> Parser:
    """The function that turns a message of this topic into the model of its ``data``."""
    return PARSERS.get(kind_of(topic), _generic)
