"""``find_operations``: the generated functions for what a trader would type ("balance", "cancel all").

Each operation is matched by its summary, its path and its docs section (``orderly_client.api.OPERATIONS``),
word by word; :data:`SYNONYMS` maps the words people use to the words of the spec ("balance" is a
holding), :data:`METHOD_WORDS` the verbs to the HTTP method they mean ("edit" is a PUT).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from ._repr import attrs_repr

if TYPE_CHECKING:
    from orderly_client.api import Operation

__all__ = ["METHOD_WORDS", "SECTIONS", "SYNONYMS", "FoundOperation", "find_operations"]

#: A trader's word -> the spec's words for it (a query word matches itself or any of these).
SYNONYMS: Final[dict[str, tuple[str, ...]]] = {
    "balance": ("holding",),
    "funds": ("holding",),
    "wallet": ("holding",),
    "collateral": ("holding", "token"),
    "equity": ("holding",),
    "fill": ("trade",),
    "execution": ("trade",),
    "candle": ("kline",),
    "candlestick": ("kline",),
    "ohlc": ("kline",),
    "ohlcv": ("kline",),
    "bar": ("kline",),
    "book": ("orderbook",),
    "depth": ("orderbook",),
    "ticker": ("futures", "price"),
    "instrument": ("symbol", "info"),
    "market": ("symbol", "futures"),
    "pair": ("symbol",),
    "modify": ("edit",),
    "amend": ("edit",),
    "change": ("edit", "update"),
    "set": ("update",),
    "replace": ("edit",),
    "remove": ("cancel",),
    "kill": ("cancel",),
    "place": ("create",),
    "new": ("create",),
    "submit": ("create",),
    "send": ("create",),
    "stop": ("algo",),
    "trigger": ("algo",),
    "bracket": ("algo",),
    "tp": ("algo",),
    "sl": ("algo",),
    "bulk": ("batch",),
    "multiple": ("batch",),
    "past": ("history",),
    "profit": ("pnl",),
    "deposit": ("asset",),
    "withdrawal": ("withdraw",),
    "commission": ("fee",),
    "apikey": ("key",),
    "profile": ("account", "info"),
    "me": ("account", "info"),
    # An order said as the trade itself: "buy 0.1 ETH at 2500", "go long", "limit sell".
    "buy": ("order", "create"),
    "sell": ("order", "create"),
    "long": ("order", "create"),
    "short": ("order", "create"),
    "limit": ("order",),
    "size": ("order",),
    "qty": ("order",),
    # Questions about one's money.
    "money": ("holding",),
    "cash": ("holding",),
    "available": ("holding",),
    "free": ("holding",),
    "margin": ("holding", "margin"),
    "worth": ("holding", "overview"),
    # Prices to trade at: quotes and the top of the book.
    "quote": ("orderbook", "ticker"),
    "bid": ("orderbook",),
    "ask": ("orderbook",),
    "bbo": ("orderbook",),
    "spread": ("orderbook",),
    "top": ("orderbook",),
    "mid": ("orderbook", "price"),
    "mark": ("price", "ticker"),
    "last": ("price", "ticker"),
    # Settling profit and loss.
    "realize": ("settle", "pnl"),
    "realise": ("settle", "pnl"),
    "loss": ("pnl",),
    "gain": ("pnl",),
    "earning": ("pnl",),
}

#: Verbs -> the HTTP method they mean; a match of the method counts a little, the words count more.
METHOD_WORDS: Final[dict[str, str]] = {
    "get": "GET",
    "list": "GET",
    "show": "GET",
    "fetch": "GET",
    "view": "GET",
    "read": "GET",
    "place": "POST",
    "create": "POST",
    "new": "POST",
    "submit": "POST",
    "send": "POST",
    "set": "POST",
    "update": "POST",
    "change": "POST",
    "edit": "PUT",
    "modify": "PUT",
    "amend": "PUT",
    "replace": "PUT",
    "cancel": "DELETE",
    "remove": "DELETE",
    "kill": "DELETE",
    "buy": "POST",
    "sell": "POST",
    "settle": "POST",
}

# Words that only say "read it" ("get balance"): they choose the method and match no text.
_READ_WORDS: Final = frozenset(word for word, method in METHOD_WORDS.items() if method == "GET")
_STOP_WORDS: Final = frozenset({"a", "an", "the", "my", "of", "for", "to", "i", "on", "in", "by", "with", "v1", "v2"})

#: Docs sections, those a trader uses most first: equal matches rank by this order.
SECTIONS: Final[tuple[str, ...]] = (
    "orders",
    "positions",
    "assets",
    "account",
    "market data",
    "system",
    "notifications",
    "rewards",
    "referral",
    "broker",
    "strategy vault",
    "admin",
)

_SUMMARY, _NAME, _PATH, _SECTION, _METHOD = 3.0, 2.5, 2.0, 1.0, 1.0
_EXTRA_WORD = 0.1  # a summary word the query did not ask for: concise summaries first
# Summary words that say little about what an operation is for: not counted as extra words.
_FILLER: Final = frozenset({"all", "info", "current", "one", "specific", "setting"})
_ADMIN = 0.5  # admin operations are for a builder's administrators: after a trader's own of equal match
# Sections a trader's day rarely needs, and testnet-only operations (the faucet): after equal matches elsewhere.
_AWAY = 0.5
_AWAY_SECTIONS: Final = frozenset({"rewards", "referral", "broker", "strategy vault"})


def _stem(word: str) -> str:
    word = word.lower().removesuffix("'s").removesuffix("\u2019s")
    if word.endswith("ment") and len(word) > 7:  # settlement -> settle, adjustment -> adjust
        return word[:-4]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """The stemmed words of ``text`` ("Get all leverage settings" -> get, all, leverage, setting)."""
    return [_stem(w) for w in re.findall(r"[A-Za-z0-9\u2019']+", text) if w.lower() not in _STOP_WORDS]


@attrs.frozen(repr=False)
class FoundOperation:
    """An operation found by :func:`find_operations`: its function's import path, its facts and its score."""

    function: str
    operation: Operation
    score: float

    __repr__ = attrs_repr

    @property
    def method(self) -> str:
        """The operation as a method of the client object: ``client.orders.create``."""
        return f"client.{self.operation.client_method}"

    def __str__(self) -> str:
        op = self.operation
        return f"{self.method}(...)  ({op.method} {op.path}: {op.summary}; {self.function})"


@attrs.frozen
class _Indexed:
    """An operation with the words of its summary, its path and its section."""

    operation: Operation
    summary: frozenset[str]
    name: frozenset[str]
    path: frozenset[str]
    section: frozenset[str]


@functools.cache
def _index() -> tuple[_Indexed, ...]:
    from orderly_client.api import OPERATIONS  # here: the table is read only by those who search

    return tuple(
        _Indexed(
            op,
            frozenset(words(op.summary)),
            frozenset(words(f"{op.resource} {op.verb}".replace("_", " "))),
            frozenset(words(op.path.replace("_", " ").replace("-", " "))),
            frozenset(words(op.section)),
        )
        for op in OPERATIONS
    )


def _join_compounds(query: list[str], vocabulary: set[str]) -> list[str]:
    """Adjacent words that the spec writes as one ("order book" -> orderbook) become that word."""
    out: list[str] = []
    for word in query:
        if out and out[-1] + word in vocabulary:
            out[-1] += word
        else:
            out.append(word)
    return out


def _score(entry: _Indexed, query: list[str]) -> float:
    op = entry.operation
    score = 0.0
    hit = False
    matched: set[str] = set()
    for word in query:
        method = METHOD_WORDS.get(word)
        if method is not None and method == op.method:
            score += _METHOD
        if word in _READ_WORDS:
            continue
        alternatives = {word, *(_stem(s) for s in SYNONYMS.get(word, ()))}
        if alternatives & entry.summary:
            score += _SUMMARY
            matched |= alternatives & entry.summary
        elif alternatives & entry.name:
            score += _NAME
        elif alternatives & entry.path:
            score += _PATH
        elif alternatives & entry.section:
            score += _SECTION
        else:
            continue
        hit = True
    if not hit:
        return 0.0  # no word found, at most the method: not a find
    extra = entry.summary - matched - _READ_WORDS - _FILLER
    away = op.section in _AWAY_SECTIONS or "testnet" in entry.summary
    return score - _EXTRA_WORD * len(extra) - (_ADMIN if op.section == "admin" else 0.0) - (_AWAY if away else 0.0)


def find_operations(query: str = "", *, section: str | None = None, limit: int = 10) -> list[FoundOperation]:
    """The operations that best match the words of ``query``, best first (at most ``limit``).

    ``find_operations("cancel all")`` gives ``orderly_client.api.private.delete_v1_orders.sync`` first;
    ``section`` (one of :data:`SECTIONS`) keeps that docs section only, and with no ``query`` lists it.
    """
    if section is not None and section not in SECTIONS:
        from ._errors import ConfigurationError

        raise ConfigurationError(f"unknown section {section!r}; expected one of {', '.join(SECTIONS)}")
    index = _index()
    vocabulary = {word for entry in index for word in entry.summary | entry.name | entry.path}
    query_words = _join_compounds(words(query), vocabulary)
    rank = {name: i for i, name in enumerate(SECTIONS)}
    found: list[tuple[float, int, int, str, Operation]] = []
    for entry in index:
        op = entry.operation
        if section is not None and op.section != section:
            continue
        score = _score(entry, query_words) if query_words else 1.0
        if score > 0:
            found.append((-score, rank.get(op.section, len(SECTIONS)), len(op.path), op.module, op))
    found.sort(key=lambda row: row[:4])
    return [FoundOperation(f"{op.import_path}.sync", op, -score) for score, *_, op in found[:limit]]
