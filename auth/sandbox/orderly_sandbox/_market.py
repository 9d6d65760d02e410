"""The simulated market: a book per symbol, matching, fills into positions and balances, and the events.

``Sandbox.market`` is a :class:`Market`. Everything it holds changes under :attr:`Market.lock`,
one change at a time; each change ends by publishing its events (book deltas, trades, execution
reports, positions, balances) to the listeners, in order, so the streams see what REST sees.

Matching is price-time priority. LIMIT rests what does not cross; MARKET takes what the book has
and cancels the rest; IOC takes up to its price and cancels the rest; FOK fills whole at once or is
cancelled; POST_ONLY is cancelled if it would cross; ASK/BID rest at the best ask/bid (``level``
0..4 deeper). Reduce-only orders only shrink a position. Takers pay :data:`TAKER_FEE_RATE`, makers
:data:`MAKER_FEE_RATE` of the notional in USDC; realised PnL is settled into the USDC balance at
once. The simulated liquidity (:mod:`._simulation`) rests under the market's own account.
"""

from __future__ import annotations

import contextlib
import random
import threading
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Context, Decimal, localcontext
from typing import Any

from ._balances import USDC, Balances
from ._book import Book, Level, Resting
from ._candles import Candles
from ._errors import INVALID_PARAMETER, NOT_FOUND
from ._events import Event, EventListener
from ._orders import ZERO, Order, OrderBook, OrderError
from ._positions import Position
from ._rules import IMR_FACTOR, IMR_FACTOR_POWER, MAKER_FEE_RATE, TAKER_FEE_RATE, floor_to, steps_of
from ._simulation import open_market, step_once
from ._symbols import SYMBOLS, SymbolInfo
from ._views import account_push, balance_push, position_push

INSUFFICIENT_MARGIN = -1101
ORDER_VALUE_TOO_SMALL = -1102
PRICE_FILTER = -1103
QUANTITY_FILTER = -1104

DEFAULT_LEVERAGE = 10
MARKET_TRADES_KEPT = 500
FUNDING_KEPT = 1000


@dataclass(frozen=True, slots=True)
class BookView:
    """A symbol's book as the sandbox holds it: levels best first, and the ``ts`` of its last delta."""

    symbol: str
    ts: int
    bids: list[Level]
    asks: list[Level]


@dataclass(slots=True)
class Trade:
    """One execution seen by one account (the spec's ``Trade`` row)."""

    id: int
    account_id: str
    symbol: str
    side: str
    order_id: int
    price: Decimal
    quantity: Decimal
    fee: Decimal
    is_maker: bool
    realized_pnl: Decimal
    match_id: int
    timestamp: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "symbol": self.symbol,
            "fee": self.fee,
            "fee_asset": USDC,
            "side": self.side,
            "order_id": self.order_id,
            "executed_price": self.price,
            "executed_quantity": self.quantity,
            "executed_timestamp": self.timestamp,
            "is_maker": 1 if self.is_maker else 0,
            "realized_pnl": self.realized_pnl,
            "match_id": self.match_id,
            "margin_mode": "CROSS",
        }


@dataclass(slots=True)
class SymbolState:
    """One symbol's prices and public figures."""

    info: SymbolInfo
    mark: Decimal
    index: Decimal
    est_funding_rate: Decimal = ZERO
    last_funding_rate: Decimal = ZERO
    sum_unitary_funding: Decimal = ZERO
    next_funding_time: int = 0
    base_open_interest: Decimal = ZERO
    premium: float = 0.0
    book_ts: int = 0
    bbo: tuple[Decimal | None, Decimal | None] = (None, None)
    trades: deque[dict[str, Any]] = field(default_factory=lambda: deque(maxlen=MARKET_TRADES_KEPT))
    #: Funding paid so far, oldest first (``GET /v1/public/funding_rate_history`` rows).
    funding_history: deque[dict[str, Any]] = field(default_factory=lambda: deque(maxlen=FUNDING_KEPT))
    candles: Candles = field(init=False)

    def __post_init__(self) -> None:
        self.candles = Candles(self.mark)


class Market:
    """Books, orders, positions and balances of every account, for the listed symbols."""

    def __init__(
        self,
        balances: Balances,
        clock: Callable[[], int],
        *,
        seed: int = 0,
        symbols: Mapping[str, SymbolInfo] = SYMBOLS,
    ) -> None:
        self.lock = threading.RLock()
        self.balances = balances
        self.clock = clock
        self.seed = seed
        self.rng = random.Random(seed)
        self.info: Mapping[str, SymbolInfo] = dict(symbols)
        self.orders = OrderBook(self.info)
        self.books: dict[str, Book] = {symbol: Book(symbol) for symbol in self.info}
        self.state: dict[str, SymbolState] = {
            symbol: SymbolState(info, info.start_price, info.start_price) for symbol, info in self.info.items()
        }
        self.positions: dict[str, dict[str, Position]] = {}
        self.trades: dict[str, list[Trade]] = {}
        self.leverage: dict[str, int] = {}
        self.symbol_leverage: dict[tuple[str, str], int] = {}
        self.steps = 0
        self._listeners: list[EventListener] = []
        self._pending: list[Event] = []
        self._depth = 0
        self._last_ts = 0
        self._next_trade_id = 1
        self._next_match_id = 1_700_000_000_000_000_000
        self._next_market_id = -1
        self._dirty_positions: set[str] = set()
        self._dirty_balances: set[str] = set()
        #: ``POST /v1/order/cancel_all_after``: account -> when (server ms) its orders are all cancelled.
        self.cancel_deadlines: dict[str, int] = {}
        self.deadlines_changed = threading.Condition(self.lock)
        balances.listen(self._balance_changed)
        with self.changing():
            open_market(self)

    # -- events ----------------------------------------------------------------------------------

    def listen(self, listener: EventListener) -> None:
        """Call ``listener(events)`` after each change, with its events in order (under the lock)."""
        self._listeners.append(listener)

    def now(self) -> int:
        """A server timestamp (ms), strictly after the previous one the market handed out."""
        self._last_ts = max(self.clock(), self._last_ts + 1)
        return self._last_ts

    def emit(self, topic: str, data: Any, ts: int | None = None, account_id: str | None = None) -> None:
        """Queue a push; it goes out when the current change ends."""
        self._pending.append(Event(topic, data, self.now() if ts is None else ts, account_id))

    @contextlib.contextmanager
    def changing(self) -> Iterator[None]:
        """Hold the lock for one change; at its end publish book deltas, positions, balances and the events."""
        with self.lock:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self._publish()

    def _publish(self) -> None:
        for symbol, book in self.books.items():
            if book.changed:
                self._push_delta(symbol, book)
        for account_id in sorted(self._dirty_positions):
            self.emit("position", position_push(self, account_id), account_id=account_id)
        for account_id in sorted(self._dirty_balances):
            self.emit("balance", balance_push(self, account_id), account_id=account_id)
        self._dirty_positions.clear()
        self._dirty_balances.clear()
        events, self._pending = self._pending, []
        if events:
            for listener in self._listeners:
                listener(events)

    def _push_delta(self, symbol: str, book: Book) -> None:
        bids, asks = book.take_changes()
        state = self.state[symbol]
        ts = self.now()
        data = {"symbol": symbol, "prevTs": state.book_ts, "bids": _levels(bids), "asks": _levels(asks)}
        state.book_ts = ts
        self.emit(f"{symbol}@orderbookupdate", data, ts)
        bbo = (book.best_bid(), book.best_ask())
        if bbo != state.bbo:
            state.bbo = bbo
            self.emit(f"{symbol}@bbo", self.bbo(symbol), ts)

    def flush_book(self, symbol: str) -> None:
        """Push the pending delta of ``symbol``'s book now (a snapshot pushed next carries its ``ts``)."""
        book = self.books[symbol]
        if book.changed:
            self._push_delta(symbol, book)

    def position_changed(self, account_id: str) -> None:
        """Push the account's positions when the current change ends."""
        self._dirty_positions.add(account_id)

    def _balance_changed(self, account_id: str, token: str, balance: Decimal, now_ms: int) -> None:
        with self.changing():
            self._dirty_balances.add(account_id)

    # -- reading ---------------------------------------------------------------------------------

    def book(self, symbol: str, depth: int | None = None) -> BookView:
        """The sandbox's own book of ``symbol``: every level (or ``depth``), best first, with its ``ts``."""
        with self.lock:
            book = self._book(symbol)
            return BookView(symbol, self.state[symbol].book_ts, book.levels("BUY", depth), book.levels("SELL", depth))

    def _book(self, symbol: str) -> Book:
        book = self.books.get(symbol)
        if book is None:
            raise OrderError(
                INVALID_PARAMETER, f"symbol {symbol!r} is not listed; the sandbox lists {', '.join(self.books)}"
            )
        return book

    def mark(self, symbol: str) -> Decimal:
        """The mark price of ``symbol`` now."""
        return self.state[symbol].mark

    def bbo(self, symbol: str) -> dict[str, Any]:
        """Best bid and offer with their sizes (the ``bbo`` push)."""
        book = self.books[symbol]
        bids, asks = book.levels("BUY", 1), book.levels("SELL", 1)
        return {
            "symbol": symbol,
            "ask": asks[0][0] if asks else ZERO,
            "askSize": asks[0][1] if asks else ZERO,
            "bid": bids[0][0] if bids else ZERO,
            "bidSize": bids[0][1] if bids else ZERO,
        }

    def position(self, account_id: str, symbol: str) -> Position:
        """The account's position in ``symbol`` (an empty one if it never traded it)."""
        return self.positions.get(account_id, {}).get(symbol) or Position(symbol)

    def account_leverage(self, account_id: str) -> int:
        """The account's maximum leverage (the margin checks use ``1 / leverage`` as initial margin rate)."""
        return self.leverage.get(account_id, DEFAULT_LEVERAGE)

    def max_leverage(self, symbol: str) -> int:
        """The highest leverage ``symbol`` allows: ``1 / base_imr`` (50 for a ``base_imr`` of 0.02)."""
        return int(Decimal(1) / self.info[symbol].base_imr)

    def leverage_for(self, account_id: str, symbol: str) -> int:
        """The account's leverage in ``symbol``: its own setting for the symbol, else the account's."""
        return self.symbol_leverage.get((account_id, symbol), self.account_leverage(account_id))

    def imr(self, account_id: str, symbol: str, extra: Sequence[Order] = ()) -> Decimal:
        """The initial margin rate of the account in ``symbol`` (Orderly's formula):
        ``max(1 / leverage, base_imr, imr_factor x |(q + long + short) x mark| ^ 4/5)``."""
        quantity = self.position(account_id, symbol).quantity
        long_qty, short_qty = self.pending(account_id, symbol, extra)
        notional = abs((quantity + long_qty + short_qty) * self.mark(symbol))
        return max(
            Decimal(1) / self.leverage_for(account_id, symbol),
            self.info[symbol].base_imr,
            IMR_FACTOR * _power45(notional),
        )

    def mmr(self, account_id: str, symbol: str) -> Decimal:
        """The maintenance margin rate of the position (Orderly's formula):
        ``max(base_mmr, base_mmr / base_imr x imr_factor x |q x mark| ^ 4/5)``."""
        info = self.info[symbol]
        notional = abs(self.position(account_id, symbol).quantity * self.mark(symbol))
        return max(info.base_mmr, info.base_mmr / info.base_imr * IMR_FACTOR * _power45(notional))

    def maintenance_margin(self, account_id: str) -> Decimal:
        """What the positions need to stay open: ``sum |q| x mark x mmr``; below it an account is liquidated."""
        return sum(
            (p.notional(self.mark(s)) * self.mmr(account_id, s) for s, p in self.positions.get(account_id, {}).items()),
            ZERO,
        )

    def liquidation_price(self, account_id: str, symbol: str) -> Decimal | None:
        """The mark of ``symbol`` at which the account's collateral meets its maintenance margin, the other
        marks held (``GET /v1/positions``' ``est_liq_price``); None when flat or never."""
        quantity = self.position(account_id, symbol).quantity
        if not quantity:
            return None
        mark, info = self.mark(symbol), self.info[symbol]
        others = self.maintenance_margin(account_id) - self.position(account_id, symbol).notional(mark) * self.mmr(
            account_id, symbol
        )
        base = self.total_collateral(account_id) - quantity * mark - others
        price = mark
        for _ in range(50):  # the MMR depends on the price: solved again until it stands still
            rate = max(info.base_mmr, info.base_mmr / info.base_imr * IMR_FACTOR * _power45(abs(quantity * price)))
            denominator = abs(quantity) * rate - quantity
            following = base / denominator
            if following == price:
                break
            price = following
            if price <= 0:
                return None
        return price

    def max_withdrawable(self, account_id: str) -> Decimal:
        """USDC withdrawable without settling: ``min(balance, free collateral - max(0, unrealised PnL))``, >= 0."""
        return max(
            ZERO,
            min(
                self.balances.get(account_id, USDC),
                self.free_collateral(account_id) - max(ZERO, self.unrealized_pnl(account_id)),
            ),
        )

    def set_mark(self, symbol: str, price: Decimal) -> None:
        """Move ``symbol``'s mark (and index) price to ``price`` (tests of margins and liquidation prices)."""
        with self.changing():
            state = self.state[symbol]
            state.mark = state.index = Decimal(price)
            self.emit(f"{symbol}@markprice", {"symbol": symbol, "price": state.mark})
            for account_id, held in self.positions.items():
                if symbol in held and held[symbol].quantity:
                    self._dirty_positions.add(account_id)

    def pending(self, account_id: str, symbol: str, extra: Sequence[Order] = ()) -> tuple[Decimal, Decimal]:
        """Open BUY and SELL quantity of the account in ``symbol`` (plus ``extra``: orders not placed yet)."""
        long_qty = short_qty = ZERO
        orders = [o for o in [*self.orders.open_orders(account_id), *extra] if o.symbol == symbol]
        for order in orders:
            if order.side == "BUY":
                long_qty += order.remaining
            else:
                short_qty += order.remaining
        return long_qty, short_qty

    def exposure(self, account_id: str, symbol: str, extra: Sequence[Order] = ()) -> Decimal:
        """Worst-case notional in ``symbol`` if every open order filled: ``max(|q + long|, |q - short|) x mark``."""
        quantity = self.position(account_id, symbol).quantity
        long_qty, short_qty = self.pending(account_id, symbol, extra)
        return max(abs(quantity + long_qty), abs(quantity - short_qty)) * self.mark(symbol)

    def initial_margin(self, account_id: str, extra: Sequence[Order] = ()) -> Decimal:
        """Margin the positions and open orders need (with ``extra``: orders about to be placed)."""
        total = ZERO
        for symbol in self.info:
            total += self.exposure(account_id, symbol, extra) * self.imr(account_id, symbol, extra)
        return total

    def unrealized_pnl(self, account_id: str) -> Decimal:
        """Sum of the account's unrealised PnL against the marks."""
        return sum((p.unrealized_pnl(self.mark(s)) for s, p in self.positions.get(account_id, {}).items()), ZERO)

    def total_collateral(self, account_id: str) -> Decimal:
        """USDC balance plus unrealised PnL."""
        return self.balances.get(account_id, USDC) + self.unrealized_pnl(account_id)

    def free_collateral(self, account_id: str) -> Decimal:
        """Collateral not used as initial margin."""
        return self.total_collateral(account_id) - self.initial_margin(account_id)

    # -- orders ----------------------------------------------------------------------------------

    def place(self, account_id: str, user_id: int, fields: Mapping[str, Any], now_ms: int) -> Order:
        """Check, place and match one order (``POST /v1/order``)."""
        with self.changing():
            order = self._admit(account_id, user_id, fields, now_ms, batch=False)
            self.orders.store(order)
            self._execute(order)
            return order

    def place_batch(self, account_id: str, user_id: int, orders: list[Mapping[str, Any]], now_ms: int) -> list[Order]:
        """Place 1..10 orders (``POST /v1/batch-order``): all of them, or none if one is refused."""
        from ._orders import MAX_BATCH

        with self.changing():
            if not 1 <= len(orders) <= MAX_BATCH:
                raise OrderError(INVALID_PARAMETER, f"orders must hold 1 to {MAX_BATCH} orders, got {len(orders)}")
            prepared: list[Order] = []
            seen: set[str] = set()
            for index, fields in enumerate(orders):
                try:
                    order = self._admit(account_id, user_id, fields, now_ms, batch=True, before=prepared)
                except OrderError as exc:
                    raise OrderError(exc.code, f"orders[{index}]: {exc.message}") from None
                if order.client_order_id is not None:
                    if order.client_order_id in seen:
                        raise OrderError(-1007, f"orders[{index}]: client_order_id {order.client_order_id!r} repeated")
                    seen.add(order.client_order_id)
                prepared.append(order)
            for order in prepared:
                self.orders.store(order)
                self._execute(order)
            return prepared

    def _admit(
        self,
        account_id: str,
        user_id: int,
        fields: Mapping[str, Any],
        now_ms: int,
        *,
        batch: bool,
        before: Sequence[Order] = (),
    ) -> Order:
        """A new order checked as the exchange would (filters, client id, margin with ``before`` counted in)."""
        order = self.orders.prepare(account_id, user_id, fields, now_ms, batch=batch)
        book = self.books[order.symbol]
        info = self.info[order.symbol]
        if order.type in ("ASK", "BID"):
            side = "SELL" if order.type == "ASK" else "BUY"
            levels = book.levels(side, (order.level or 0) + 1)
            if not levels:
                raise OrderError(INVALID_PARAMETER, f"the {order.symbol} book has no {order.type.lower()} to join")
            order.price = levels[min(order.level or 0, len(levels) - 1)][0]
        if order.amount is not None:
            reference = (
                order.price if order.price is not None else self._reference_price(book, order.side, order.symbol)
            )
            order.quantity = floor_to(order.amount / reference, info.base_tick)
            order.visible_quantity = order.quantity
        self._check_filters(order, info)
        self.orders.check_client_id(order)
        if order.reduce_only:
            self._check_reduce_only(order)
        else:
            self._check_margin(order, before)
        return order

    def _reference_price(self, book: Book, side: str, symbol: str) -> Decimal:
        best = book.best_ask() if side == "BUY" else book.best_bid()
        return best if best is not None else self.mark(symbol)

    def _check_filters(self, order: Order, info: SymbolInfo) -> None:
        mark = self.mark(order.symbol)
        if order.price is not None:
            price = order.price
            if not steps_of(price, info.quote_tick):
                raise OrderError(PRICE_FILTER, f"order_price {price} is not a multiple of quote_tick {info.quote_tick}")
            if order.type in ("LIMIT", "IOC", "FOK", "POST_ONLY"):
                high = mark * (1 + info.price_range) if order.side == "BUY" else mark * (1 + info.price_scope)
                low = mark * (1 - info.price_scope) if order.side == "BUY" else mark * (1 - info.price_range)
                if not low <= price <= high:
                    raise OrderError(
                        PRICE_FILTER,
                        f"order_price {price} is out of range for a {order.side} of {order.symbol}: "
                        f"{floor_to(low, info.quote_tick)}..{floor_to(high, info.quote_tick)} around mark {mark}",
                    )
        quantity = order.quantity
        if not steps_of(quantity, info.base_tick):
            raise OrderError(
                QUANTITY_FILTER, f"order_quantity {quantity} is not a multiple of base_tick {info.base_tick}"
            )
        if not info.base_min <= quantity <= info.base_max:
            raise OrderError(
                QUANTITY_FILTER,
                f"order_quantity {quantity} is out of range {info.base_min}..{info.base_max} for {order.symbol}",
            )
        notional = quantity * (order.price if order.price is not None else mark)
        if notional < info.min_notional:
            raise OrderError(
                ORDER_VALUE_TOO_SMALL,
                f"order value {notional} is below the min_notional {info.min_notional} of {order.symbol}",
            )

    def _check_margin(self, order: Order, placed: Sequence[Order] = ()) -> None:
        before = self.initial_margin(order.account_id, placed)
        after = self.initial_margin(order.account_id, [*placed, order])
        collateral = self.total_collateral(order.account_id)
        if after > before and after > collateral:
            raise OrderError(
                INSUFFICIENT_MARGIN,
                f"insufficient margin: the order needs initial margin {after:.2f} USDC in all, "
                f"the account's collateral is {collateral:.2f} USDC "
                f"(leverage {self.account_leverage(order.account_id)})",
            )

    def _check_reduce_only(self, order: Order) -> None:
        held = self.position(order.account_id, order.symbol).quantity
        if held == 0 or (held > 0) == (order.side == "BUY"):
            raise OrderError(
                INVALID_PARAMETER, f"reduce_only {order.side} would not reduce the {order.symbol} position"
            )

    def _execute(self, order: Order) -> None:
        """Match a stored order against the book, then rest, cancel or finish it as its type says."""
        book = self.books[order.symbol]
        self.emit("executionreport", _report(order), account_id=order.account_id)
        assert order.price is not None or order.type == "MARKET"
        crosses = order.price is not None and book.crosses(order.side, order.price)
        if order.type == "POST_ONLY" and crosses:
            self._finish(order, "CANCELLED")
            return
        if order.type == "FOK":
            assert order.price is not None
            if book.available(order.side, order.price) < order.quantity:
                self._finish(order, "CANCELLED")
                return
        quantity = order.remaining
        if order.reduce_only:
            quantity = min(quantity, abs(self.position(order.account_id, order.symbol).quantity))
        if crosses or order.type == "MARKET":
            self.take(order.symbol, order.side, order.price, quantity, order)
        if order.type in ("MARKET", "IOC", "FOK"):
            if order.is_open:
                self._finish(order, "CANCELLED")
        elif order.is_open:
            assert order.price is not None
            book.add(Resting(order.order_id, order.account_id, order.side, order.price, order.remaining))

    def _finish(self, order: Order, status: str) -> None:
        order.status = status
        order.updated_time = self.now()
        self.orders.closed(order)
        self.emit("executionreport", _report(order), account_id=order.account_id)

    def take(self, symbol: str, side: str, limit: Decimal | None, quantity: Decimal, taker: Order | None) -> Decimal:
        """Execute a taker (an account's order, or the simulation's when ``taker`` is None); the quantity done."""
        book = self.books[symbol]
        done = ZERO
        for match in book.match(side, limit, quantity):
            done += match.quantity
            ts = self.now()
            match_id = self._next_match_id
            self._next_match_id += 1
            if taker is not None:
                self._fill(taker, match.price, match.quantity, is_maker=False, match_id=match_id, ts=ts)
            maker = self.orders._orders.get(match.maker.order_id) if match.maker.order_id > 0 else None
            if maker is not None:
                self._fill(maker, match.price, match.quantity, is_maker=True, match_id=match_id, ts=ts)
            self._public_trade(symbol, side, match.price, match.quantity, ts)
        return done

    def _fill(self, order: Order, price: Decimal, quantity: Decimal, *, is_maker: bool, match_id: int, ts: int) -> None:
        fee = price * quantity * (MAKER_FEE_RATE if is_maker else TAKER_FEE_RATE)
        positions = self.positions.setdefault(order.account_id, {})
        position = positions.setdefault(order.symbol, Position(order.symbol))
        realized = position.apply(order.side, quantity, price, fee, ts)
        order.execute(price, quantity, fee, realized, ts)
        trade = Trade(
            self._next_trade_id, order.account_id, order.symbol, order.side, order.order_id, price, quantity, fee,
            is_maker, realized, match_id, ts,
        )  # fmt: skip
        self._next_trade_id += 1
        self.trades.setdefault(order.account_id, []).append(trade)
        if realized > 0:
            self.balances.credit(order.account_id, USDC, realized, ts)
        elif realized < 0:
            self.balances.debit(order.account_id, USDC, -realized, ts, allow_negative=True)
        self.balances.debit(order.account_id, USDC, fee, ts, allow_negative=True)
        if not order.is_open:
            self.orders.closed(order)
        self.emit("executionreport", _report(order, trade), ts, order.account_id)
        self._dirty_positions.add(order.account_id)
        if position.quantity == 0:
            self._cancel_stale_reduce_only(order.account_id, order.symbol)

    def _cancel_stale_reduce_only(self, account_id: str, symbol: str) -> None:
        for order in self.orders.open_orders(account_id):
            if order.symbol == symbol and order.reduce_only:
                self.books[symbol].remove(order.order_id)
                self._finish(order, "CANCELLED")

    def _public_trade(self, symbol: str, side: str, price: Decimal, quantity: Decimal, ts: int) -> None:
        state = self.state[symbol]
        state.trades.append(
            {
                "symbol": symbol,
                "side": side,
                "executed_price": price,
                "executed_quantity": quantity,
                "executed_timestamp": ts,
            }
        )
        state.candles.add(price, quantity, ts)
        self.emit(
            f"{symbol}@trade", {"symbol": symbol, "price": price, "size": quantity, "side": side, "source": 0}, ts
        )
        for interval in ("1m", "5m", "15m", "30m", "1h", "4h", "12h", "1d", "1w", "1M"):
            candle = state.candles.latest(interval)
            if candle is not None:
                self.emit(f"{symbol}@kline_{interval}", candle.stream_data(symbol, interval), ts)

    def edit(self, account_id: str, fields: Mapping[str, Any], now_ms: int) -> Order:
        """Change an open order's price or quantity (``PUT /v1/order``): it leaves the book and is matched anew."""
        with self.changing():
            order, price, quantity = self.orders.prepare_edit(account_id, fields)
            trial = replace(order)
            self.orders.apply_edit(trial, price, quantity, now_ms)
            self._check_filters(trial, self.info[order.symbol])
            if quantity is not None and quantity > order.quantity and not order.reduce_only:
                self._check_margin(replace(order, quantity=quantity - order.quantity, executed_quantity=ZERO))
            self.books[order.symbol].remove(order.order_id)
            self.orders.apply_edit(order, price, quantity, now_ms)
            self.emit("executionreport", _report(order), account_id=account_id)
            self._rematch(order)
            return order

    def _rematch(self, order: Order) -> None:
        book = self.books[order.symbol]
        assert order.price is not None
        if order.type == "POST_ONLY" and book.crosses(order.side, order.price):
            self._finish(order, "CANCELLED")
            return
        if book.crosses(order.side, order.price):
            self.take(order.symbol, order.side, order.price, order.remaining, order)
        if order.is_open:
            book.add(Resting(order.order_id, order.account_id, order.side, order.price, order.remaining))

    def _withdraw(self, orders: list[Order]) -> None:
        for order in orders:
            self.books[order.symbol].remove(order.order_id)
            self.emit("executionreport", _report(order), account_id=order.account_id)

    def cancel(self, account_id: str, order_id: int, symbol: str, now_ms: int) -> Order:
        """Cancel an open order by id (``DELETE /v1/order``); -1006 if it is unknown or closed."""
        with self.changing():
            order = self.orders.cancel(account_id, order_id, symbol, now_ms)
            self._withdraw([order])
            return order

    def cancel_by_client_id(self, account_id: str, client_order_id: str, symbol: str, now_ms: int) -> Order:
        """Cancel the open order with ``client_order_id`` (``DELETE /v1/client/order``)."""
        with self.changing():
            order = self.orders.cancel_by_client_id(account_id, client_order_id, symbol, now_ms)
            self._withdraw([order])
            return order

    def cancel_all(self, account_id: str, symbol: str | None, now_ms: int) -> list[Order]:
        """Cancel every open order of the account (of one symbol if given)."""
        with self.changing():
            orders = self.orders.cancel_all(account_id, symbol, now_ms)
            self._withdraw(orders)
            return orders

    def cancel_many(self, account_id: str, order_ids: list[int], now_ms: int) -> list[Order]:
        """Cancel up to 10 orders by id (``DELETE /v1/batch-order``)."""
        with self.changing():
            orders = self.orders.cancel_many(account_id, order_ids, now_ms)
            self._withdraw(orders)
            return orders

    def cancel_many_by_client_id(self, account_id: str, client_order_ids: list[str], now_ms: int) -> list[Order]:
        """Cancel up to 10 orders by ``client_order_id`` (``DELETE /v1/client/batch-order``)."""
        with self.changing():
            orders = self.orders.cancel_many_by_client_id(account_id, client_order_ids, now_ms)
            self._withdraw(orders)
            return orders

    def cancel_all_after(self, account_id: str, trigger_after_ms: int) -> int:
        """Arm (or with 0, disarm) the account's dead-man's switch; the trigger time (server ms), 0 when disarmed.

        Each call replaces the previous deadline. When it passes, :meth:`fire_due_cancels` (run by the
        sandbox's timer thread) cancels every open order of the account.
        """
        with self.changing():
            if trigger_after_ms == 0:
                self.cancel_deadlines.pop(account_id, None)
                deadline = 0
            else:
                deadline = self.now() + trigger_after_ms
                self.cancel_deadlines[account_id] = deadline
            self.deadlines_changed.notify_all()
            return deadline

    def fire_due_cancels(self) -> float | None:
        """Cancel every open order of the accounts whose deadline passed; seconds to the next deadline (None: none)."""
        with self.changing():
            now = self.clock()
            for account_id, deadline in sorted(self.cancel_deadlines.items()):
                if deadline <= now:
                    del self.cancel_deadlines[account_id]
                    self.cancel_all(account_id, None, now)
            if not self.cancel_deadlines:
                return None
            return max(0.0, (min(self.cancel_deadlines.values()) - now) / 1000)

    # -- accounts --------------------------------------------------------------------------------

    def _stored_leverage(self, account_id: str, symbol: str | None) -> int | None:
        if symbol is None:
            return self.leverage.get(account_id)
        return self.symbol_leverage.get((account_id, symbol))

    def _store_leverage(self, account_id: str, symbol: str | None, leverage: int | None) -> None:
        """Set (or with None, remove) the account's or the symbol's setting."""
        if symbol is None:
            if leverage is None:
                self.leverage.pop(account_id, None)
            else:
                self.leverage[account_id] = leverage
        elif leverage is None:
            self.symbol_leverage.pop((account_id, symbol), None)
        else:
            self.symbol_leverage[(account_id, symbol)] = leverage

    def set_all_leverages(self, account_id: str, leverage: int) -> None:
        """Every symbol's leverage at ``min(leverage, its maximum)`` in one change, with one margin check
        of the result: all or none (-1101)."""
        if isinstance(leverage, bool) or not isinstance(leverage, int) or leverage < 1:
            raise OrderError(INVALID_PARAMETER, f"leverage must be a whole number from 1, got {leverage!r}")
        with self.changing():
            before_margin = self.initial_margin(account_id)
            previous: dict[str | None, int | None] = {s: self._stored_leverage(account_id, s) for s in self.info}
            for symbol in self.info:
                self._store_leverage(account_id, symbol, min(leverage, self.max_leverage(symbol)))
            self._refuse_unless_margined(account_id, leverage, before_margin, previous)
            self.emit("account", account_push(self, account_id), account_id=account_id)

    def _refuse_unless_margined(
        self, account_id: str, leverage: int, before_margin: Decimal, previous: Mapping[str | None, int | None]
    ) -> None:
        """After a leverage change: undo it (``previous`` settings by symbol, None for the account's) and
        refuse with -1101 if it raised the margin needed past the collateral."""
        after_margin = self.initial_margin(account_id)
        if after_margin > before_margin and after_margin > self.total_collateral(account_id):
            for symbol, value in previous.items():
                self._store_leverage(account_id, symbol, value)
            raise OrderError(
                INSUFFICIENT_MARGIN,
                f"insufficient margin: at leverage {leverage} the positions and open orders need "
                f"{after_margin:.2f} USDC of initial margin, the collateral is "
                f"{self.total_collateral(account_id):.2f} USDC",
            )

    def set_leverage(self, account_id: str, leverage: int, symbol: str | None = None) -> None:
        """Set the account's leverage (1..50), or its leverage in ``symbol`` (1..the symbol's maximum).

        Refused with -1101 when the positions and open orders would then need more initial margin than
        the account's collateral (a lower leverage raises the margin they need).
        """
        if isinstance(leverage, bool) or not isinstance(leverage, int):
            raise OrderError(INVALID_PARAMETER, f"leverage must be an integer, got {leverage!r}")
        if symbol is not None and symbol not in self.info:
            raise OrderError(INVALID_PARAMETER, f"unknown symbol {symbol!r}")
        highest = 50 if symbol is None else self.max_leverage(symbol)
        if not 1 <= leverage <= highest:
            where = "" if symbol is None else f" for {symbol}"
            raise OrderError(INVALID_PARAMETER, f"leverage must be 1..{highest}{where}, got {leverage}")
        with self.changing():
            before_margin = self.initial_margin(account_id)
            previous: dict[str | None, int | None] = {symbol: self._stored_leverage(account_id, symbol)}
            self._store_leverage(account_id, symbol, leverage)
            self._refuse_unless_margined(account_id, leverage, before_margin, previous)
            self.emit("account", account_push(self, account_id), account_id=account_id)

    def account_trades(self, account_id: str) -> list[Trade]:
        """The account's trades, oldest first."""
        return list(self.trades.get(account_id, []))

    def trade(self, account_id: str, trade_id: int) -> Trade:
        """One of the account's trades; -1006 if it has none with that id."""
        for trade in self.trades.get(account_id, []):
            if trade.id == trade_id:
                return trade
        raise OrderError(NOT_FOUND, f"trade {trade_id} not found")

    # -- the simulation --------------------------------------------------------------------------

    def step(self, n: int = 1) -> None:
        """Move the market ``n`` steps: prices walk, liquidity re-quotes around the mark, simulated flow trades.

        Deterministic for the sandbox's seed and the same requests in between.
        """
        if n < 0:
            raise ValueError(f"n must be >= 0, got {n}")
        for _ in range(n):
            with self.changing():
                step_once(self)
                self.steps += 1

    def market_order_id(self) -> int:
        """A fresh (negative) id for a resting entry of the simulated liquidity."""
        self._next_market_id -= 1
        return self._next_market_id


def _power45(value: Decimal) -> Decimal:
    """``value ** 0.8`` in Python's default decimal context (28 digits), whatever the thread's context."""
    if not value:
        return ZERO
    with localcontext(Context(prec=28)):
        return value**IMR_FACTOR_POWER


def _levels(levels: list[Level]) -> list[list[Decimal]]:
    return [[price, quantity] for price, quantity in levels]


def _report(order: Order, trade: Trade | None = None) -> dict[str, Any]:
    """The ``executionreport`` push for ``order`` (and the execution ``trade``, if this report is one)."""
    return {
        "symbol": order.symbol,
        "clientOrderId": order.client_order_id or "",
        "orderId": order.order_id,
        "type": order.type,
        "side": order.side,
        "quantity": order.quantity,
        "price": order.price if order.price is not None else ZERO,
        "tradeId": trade.id if trade else 0,
        "executedPrice": trade.price if trade else ZERO,
        "executedQuantity": trade.quantity if trade else ZERO,
        "fee": trade.fee if trade else ZERO,
        "feeAsset": USDC,
        "totalExecutedQuantity": order.executed_quantity,
        "avgPrice": order.average_executed_price or ZERO,
        "status": order.status,
        "reason": "",
        "orderTag": order.order_tag or "",
        "totalFee": order.total_fee,
        "visible": order.visible_quantity,
        "timestamp": order.updated_time,
        "reduceOnly": order.reduce_only,
        "maker": trade.is_maker if trade else False,
        "realizedPnl": trade.realized_pnl if trade else ZERO,
    }
