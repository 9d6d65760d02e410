"""Symbol rules: round prices and quantities to a market's tick and step, and check an order before sending it.

Built from the public symbol info (``GET /v1/public/info``), cached per client with :meth:`SymbolRulesCache.refresh`:

    rules = symbol_rules(client).get("PERP_ETH_USDC")
    price = rules.round_price("2500.123")            # nearest tick: Decimal('2500.1')
    rules.check(price=price, quantity="0.001")        # raises what the server would: -1102, -1103, -1104

``create_client(validate_orders=True)`` runs the same check on every ``POST /v1/order`` before it is sent.
"""

from __future__ import annotations

import functools
import json
import threading
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal
from typing import Any, Literal

import httpx2

from orderly_client.client import AuthenticatedClient, Client
from orderly_client.types import Number, to_decimal

from ._errors import (
    ConfigurationError,
    OrderRejectedError,
    OrderValueTooSmallError,
    PriceFilterError,
    QuantityFilterError,
)

__all__ = ["Rounding", "SymbolRules", "SymbolRulesCache", "symbol_rules"]

Rounding = Literal["floor", "ceil", "nearest"]
_MODES = {"floor": ROUND_FLOOR, "ceil": ROUND_CEILING, "nearest": ROUND_HALF_EVEN}
_ORDER_PATH = "/v1/order"


def _to_step(value: Decimal, step: Decimal, rounding: Rounding) -> Decimal:
    if rounding not in _MODES:
        raise ConfigurationError(f"rounding must be one of {', '.join(_MODES)}, got {rounding!r}")
    if step <= 0:
        return value
    return (value / step).to_integral_value(rounding=_MODES[rounding]) * step


@dataclass(frozen=True, slots=True)
class SymbolRules:
    """The filters of one symbol, as the server applies them to an order (all exact Decimals)."""

    symbol: str
    quote_tick: Decimal
    quote_min: Decimal
    quote_max: Decimal
    base_tick: Decimal
    base_min: Decimal
    base_max: Decimal
    min_notional: Decimal
    price_range: Decimal

    @classmethod
    def from_info(cls, info: Any) -> SymbolRules:
        """Rules from one row of the symbol info (a generated ``Symbol`` model)."""
        return cls(
            symbol=str(info.symbol),
            **{name: to_decimal(getattr(info, name)) for name in _RULE_FIELDS},
        )

    def round_price(self, price: Number, rounding: Rounding = "nearest") -> Decimal:
        """``price`` on the price grid (``quote_tick``): ``floor``, ``ceil`` or ``nearest`` tick."""
        return _to_step(to_decimal(price), self.quote_tick, rounding)

    def round_quantity(self, quantity: Number, rounding: Rounding = "floor") -> Decimal:
        """``quantity`` on the quantity grid (``base_tick``); ``floor`` by default, never more than asked."""
        return _to_step(to_decimal(quantity), self.base_tick, rounding)

    def check(self, *, price: Number | None = None, quantity: Number | None = None) -> None:
        """Raise the error the server would give an order of ``price`` and ``quantity`` (either may be absent).

        ``PriceFilterError`` (-1103): off the tick or outside ``quote_min`` / ``quote_max``;
        ``QuantityFilterError`` (-1104): off the step or outside ``base_min`` / ``base_max``;
        ``OrderValueTooSmallError`` (-1102): ``price * quantity`` below ``min_notional``.
        """
        p = None if price is None else to_decimal(price)
        q = None if quantity is None else to_decimal(quantity)
        if p is not None:
            if self.quote_tick > 0 and p % self.quote_tick != 0:
                raise self._error(PriceFilterError, -1103, f"price {p} is not a multiple of the tick {self.quote_tick}")
            if p < self.quote_min or (self.quote_max > 0 and p > self.quote_max):
                raise self._error(PriceFilterError, -1103, f"price {p} is outside {self.quote_min} .. {self.quote_max}")
        if q is not None:
            if self.base_tick > 0 and q % self.base_tick != 0:
                raise self._error(
                    QuantityFilterError, -1104, f"quantity {q} is not a multiple of the step {self.base_tick}"
                )
            if q < self.base_min or (self.base_max > 0 and q > self.base_max):
                raise self._error(
                    QuantityFilterError, -1104, f"quantity {q} is outside {self.base_min} .. {self.base_max}"
                )
        if p is not None and q is not None and p * q < self.min_notional:
            raise self._error(
                OrderValueTooSmallError, -1102, f"order value {p * q} is below the minimum {self.min_notional}"
            )

    def check_order(self, body: Mapping[str, Any]) -> None:
        """:meth:`check` for an order body (``order_price`` / ``order_quantity``, as sent or as a dict)."""
        self.check(price=body.get("order_price"), quantity=body.get("order_quantity"))

    def _error(self, kind: type[OrderRejectedError], code: int, why: str) -> OrderRejectedError:
        return kind(
            f"{self.symbol}: {why} (checked before sending)",
            code=code,
            status_code=400,
            method="POST",
            path=_ORDER_PATH,
        )


_RULE_FIELDS = (
    "quote_tick",
    "quote_min",
    "quote_max",
    "base_tick",
    "base_min",
    "base_max",
    "min_notional",
    "price_range",
)


class SymbolRulesCache:
    """Every symbol's rules for one client, fetched once (on first use) and again on :meth:`refresh`."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client
        self._rules: dict[str, SymbolRules] | None = None
        self._lock = threading.Lock()

    def _load(self, rows: list[Any]) -> dict[str, SymbolRules]:
        self._rules = {str(row.symbol): SymbolRules.from_info(row) for row in rows}
        return self._rules

    def refresh(self) -> dict[str, SymbolRules]:
        """Fetch the symbol info again (new listings, changed ticks)."""
        from orderly_client.api.public import get_v1_public_info

        with self._lock:
            return self._load(get_v1_public_info.sync(client=self._client).data.rows)

    async def arefresh(self) -> dict[str, SymbolRules]:
        """The async form of :meth:`refresh`."""
        from orderly_client.api.public import get_v1_public_info

        return self._load((await get_v1_public_info.asyncio(client=self._client)).data.rows)

    def get(self, symbol: str) -> SymbolRules:
        """The rules of ``symbol`` (fetched on first use); ``ConfigurationError`` for a symbol not listed."""
        rules = self._rules if self._rules is not None else self.refresh()
        return self._pick(rules, symbol)

    async def aget(self, symbol: str) -> SymbolRules:
        """The async form of :meth:`get`."""
        rules = self._rules if self._rules is not None else await self.arefresh()
        return self._pick(rules, symbol)

    @staticmethod
    def _pick(rules: dict[str, SymbolRules], symbol: str) -> SymbolRules:
        if symbol not in rules:
            raise ConfigurationError(f"symbol {symbol!r} is not listed ({len(rules)} symbols known)")
        return rules[symbol]

    def check_request(self, request: httpx2.Request) -> None:
        """Check a ``POST /v1/order`` about to be sent against its symbol's rules (an httpx2 request hook)."""
        body = _order_body(request)
        if body is not None:
            self.get(body["symbol"]).check_order(body)

    async def acheck_request(self, request: httpx2.Request) -> None:
        """The async form of :meth:`check_request`."""
        body = _order_body(request)
        if body is not None:
            (await self.aget(body["symbol"])).check_order(body)


def _order_body(request: httpx2.Request) -> dict[str, Any] | None:
    if request.method != "POST" or request.url.path != _ORDER_PATH:
        return None
    try:
        body = json.loads(request.content, parse_float=Decimal)
    except ValueError:
        return None  # not JSON: the server says what is wrong with it
    return body if isinstance(body, dict) and isinstance(body.get("symbol"), str) else None


# id(client) -> (a weak reference to it, its cache): clients are attrs classes, compared by value, not hashable.
_CACHES: dict[int, tuple[weakref.ref[Any], SymbolRulesCache]] = {}
_CACHES_LOCK = threading.Lock()


def _forget(caches: dict[int, Any], key: int, _gone: object) -> None:
    """Drop a collected client's cache (the dict is bound here: at exit the module's globals may be gone)."""
    caches.pop(key, None)


def symbol_rules(client: AuthenticatedClient | Client) -> SymbolRulesCache:
    """The symbol rules cache of ``client`` (one per client, made on first use, dropped with the client)."""
    key = id(client)
    with _CACHES_LOCK:
        found = _CACHES.get(key)
        if found is not None and found[0]() is client:
            return found[1]
        cache = SymbolRulesCache(client)
        _CACHES[key] = (weakref.ref(client, functools.partial(_forget, _CACHES, key)), cache)
        return cache
