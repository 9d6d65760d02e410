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
from decimal import (
    ROUND_CEILING,
    ROUND_FLOOR,
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
    localcontext,
)
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
#: The one context every rule computes in, whatever the caller's: enough digits to be exact for
#: plausible rules and prices, and an error (never a silent rounding) when that is not enough.
_CONTEXT = Context(
    prec=80,
    rounding=ROUND_HALF_EVEN,
    Emin=-999_999,
    Emax=999_999,
    traps=[InvalidOperation, DivisionByZero, Overflow],
)
#: Plausible ticks and steps: from 10**-30 to 10**30, at most 30 significant digits.
_FINEST, _COARSEST, _DIGITS = -30, 30, 30
#: A price grid coarser than this many ticks below ``quote_max`` is not a market (tick 1000 on 100000).
_MIN_PRICE_STEPS = 1000


def _to_step(value: Decimal, step: Decimal, rounding: Rounding) -> Decimal:
    if rounding not in _MODES:
        raise ConfigurationError(f"rounding must be one of {', '.join(_MODES)}, got {rounding!r}")
    try:
        with localcontext(_CONTEXT):
            return (value / step).to_integral_value(rounding=_MODES[rounding]) * step
    except ArithmeticError:
        raise ConfigurationError(f"{value} cannot be put on the grid of {step} exactly") from None


def _plausible(rules: SymbolRules) -> str | None:
    """Why ``rules`` cannot be a market's filters, or None when they can."""
    for name in _RULE_FIELDS:
        value = getattr(rules, name)
        if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
            return f"{name} {value!r} is not a finite number >= 0"
        if value and not -999_999 < value.adjusted() < 999_999:
            return f"{name} {value} is out of range"
    for name in ("quote_tick", "base_tick"):
        tick: Decimal = getattr(rules, name)
        if tick <= 0:
            return f"{name} must be more than 0, got {tick}"
        if not _FINEST <= tick.adjusted() <= _COARSEST or len(tick.normalize(_CONTEXT).as_tuple().digits) > _DIGITS:
            return f"{name} {tick} is not a plausible step"
    if rules.price_range > 1:
        return f"price_range {rules.price_range} is more than 100%"
    for low, high in (("quote_min", "quote_max"), ("base_min", "base_max")):
        if getattr(rules, high) > 0 and getattr(rules, low) > getattr(rules, high):
            return f"{low} {getattr(rules, low)} is above {high} {getattr(rules, high)}"
    if rules.quote_max > 0 and rules.quote_tick * _MIN_PRICE_STEPS > rules.quote_max:
        return f"quote_tick {rules.quote_tick} allows fewer than {_MIN_PRICE_STEPS} prices up to {rules.quote_max}"
    if rules.base_max > 0 and rules.base_tick > rules.base_max:
        return f"base_tick {rules.base_tick} is above base_max {rules.base_max}"
    return None


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

    def __post_init__(self) -> None:
        """Refuse rules no market has (tick 0 or negative, absurd exponents, a grid of a few prices)."""
        why = _plausible(self)
        if why is not None:
            raise ConfigurationError(f"{self.symbol}: implausible symbol rules, refused: {why}")

    def __repr__(self) -> str:
        # Total: a half-built instance (seen in a traceback's locals) lacks some fields.
        fields = ", ".join(f"{name}={getattr(self, name, None)!r}" for name in ("symbol", *_RULE_FIELDS))
        return f"SymbolRules({fields})"

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
        try:
            with localcontext(_CONTEXT):  # the caller's context (prec=6, say) never changes a verdict
                self._check(p, q)
        except ArithmeticError:
            raise self._error(
                PriceFilterError if p is not None else QuantityFilterError,
                -1103 if p is not None else -1104,
                f"price {p} / quantity {q} cannot be checked exactly against the rules",
            ) from None

    def _check(self, p: Decimal | None, q: Decimal | None) -> None:
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
        self._refused: dict[str, ConfigurationError] = {}
        self._lock = threading.Lock()

    def _load(self, rows: list[Any]) -> dict[str, SymbolRules]:
        """Keep each row's rules; a row with implausible rules is kept as its error (raised for that symbol)."""
        rules: dict[str, SymbolRules] = {}
        refused: dict[str, ConfigurationError] = {}
        for row in rows:
            try:
                rules[str(row.symbol)] = SymbolRules.from_info(row)
            except ConfigurationError as exc:
                refused[str(row.symbol)] = exc
        self._rules, self._refused = rules, refused
        return rules

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
        return self._pick(rules, self._refused, symbol)

    async def aget(self, symbol: str) -> SymbolRules:
        """The async form of :meth:`get`."""
        rules = self._rules if self._rules is not None else await self.arefresh()
        return self._pick(rules, self._refused, symbol)

    @staticmethod
    def _pick(rules: dict[str, SymbolRules], refused: dict[str, ConfigurationError], symbol: str) -> SymbolRules:
        if symbol in refused:
            raise ConfigurationError(str(refused[symbol]))
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
