"""The order tracker: the account's open orders, positions and balances, kept from REST and the private stream.

:class:`TrackerCore` holds the state and turns what arrives (a REST snapshot, an execution report,
a position or balance push, a recovered fill) into typed events; it does no I/O. The runners do:
:class:`AsyncOrderTracker` on an :class:`~orderly_auth.stream.AsyncStream`, :class:`OrderTracker`
on a :class:`~orderly_auth.stream.Stream` (the same runner, on the stream's own thread).

Consistency: the tracker subscribes first, then reads REST (``GET /v1/orders?status=INCOMPLETE``,
``/v1/positions``, ``/v1/client/holding``), and reads it again after every reconnect (on the stream's
``Reconciled``, whose missed fills it applies first). Between a snapshot and a push, the newer by
the server's timestamps wins (an order's ``updated_time``, a position's ``timestamp``, a balance's
``version``), so a late snapshot never undoes a newer push. An open order that a snapshot no longer
lists is looked up (``GET /v1/order/{order_id}``) for its final status.

Memory: open orders, positions and balances are what the account has; closed orders are kept for
queries, the newest ``keep_closed`` of them (default 1000; the oldest closed are retired first);
trade ids already applied are remembered up to 10,000 (a fill seen live and again after a reconnect
counts once). Events are handed to listeners as they happen and are not stored.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from orderly_client.types import Unset

if TYPE_CHECKING:
    from orderly_client.models import Holding, Order, Position

    from .._client import OrderlyClient
    from ..stream import AsyncStream, ExecutionReport, Stream

__all__ = [
    "AsyncOrderTracker",
    "BalanceChanged",
    "OrderCancelled",
    "OrderFilled",
    "OrderNew",
    "OrderPartiallyFilled",
    "OrderRejected",
    "OrderTracker",
    "PositionChanged",
    "TrackedOrder",
    "TrackedPosition",
    "TrackerCore",
    "TrackerEvent",
]

log = logging.getLogger("orderly_auth.bot")
ZERO = Decimal(0)
USDC = "USDC"
OPEN_STATUSES = frozenset({"NEW", "PARTIAL_FILLED", "REPLACED"})
DEFAULT_KEEP_CLOSED = 1000
_SEEN_TRADES = 10_000


def _opt(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


@attrs.frozen
class TrackedOrder:
    """An order as the tracker knows it (``executed``: the quantity filled so far)."""

    order_id: int
    client_order_id: str | None
    symbol: str
    side: str
    type: str | None
    price: Decimal | None
    quantity: Decimal | None
    executed: Decimal
    average_price: Decimal | None
    status: str
    reduce_only: bool | None
    updated_ms: int

    @property
    def is_open(self) -> bool:
        """Whether the order can still fill."""
        return self.status in OPEN_STATUSES


@attrs.frozen
class TrackedPosition:
    """A position: signed quantity (long > 0) and average open price."""

    symbol: str
    quantity: Decimal
    average_open_price: Decimal
    updated_ms: int


@attrs.frozen
class OrderNew:
    """An order the tracker had not seen is open."""

    order: TrackedOrder


@attrs.frozen
class OrderPartiallyFilled:
    """An order filled in part; ``fill`` is the execution (None when only a snapshot showed it)."""

    order: TrackedOrder
    fill: ExecutionReport | None = None


@attrs.frozen
class OrderFilled:
    """An order filled completely; ``fill`` is the last execution (None when only a snapshot showed it)."""

    order: TrackedOrder
    fill: ExecutionReport | None = None


@attrs.frozen
class OrderCancelled:
    """An order was cancelled (by the user, cancel-all-after, reduce-only clean-up) or expired."""

    order: TrackedOrder


@attrs.frozen
class OrderRejected:
    """The server refused an order after accepting the request."""

    order: TrackedOrder


@attrs.frozen
class PositionChanged:
    """A position's quantity or average open price changed (``before`` None: not held before)."""

    symbol: str
    before: TrackedPosition | None
    after: TrackedPosition


@attrs.frozen
class BalanceChanged:
    """A token's holding changed."""

    token: str
    before: Decimal | None
    after: Decimal


TrackerEvent = (
    OrderNew | OrderPartiallyFilled | OrderFilled | OrderCancelled | OrderRejected | PositionChanged | BalanceChanged
)


def _order_event(before: TrackedOrder | None, after: TrackedOrder, fill: ExecutionReport | None) -> TrackerEvent | None:
    """The event for an order going from ``before`` to ``after`` (None: nothing worth telling).

    A fill is always told, once: ``OrderFilled`` when it leaves the order filled (the first time the
    order is seen filled), else ``OrderPartiallyFilled``.
    """
    if fill is not None:
        if after.status == "FILLED" and (before is None or before.status != "FILLED"):
            return OrderFilled(after, fill)
        return OrderPartiallyFilled(after, fill)
    if after.status == "REJECTED":
        return None if before is not None and before.status == "REJECTED" else OrderRejected(after)
    if after.status in ("CANCELLED", "EXPIRED"):
        return None if before is not None and not before.is_open else OrderCancelled(after)
    filled_more = fill is not None or (before is not None and after.executed > before.executed)
    if after.status == "FILLED":
        return None if before is not None and before.status == "FILLED" else OrderFilled(after, fill)
    if filled_more or (before is None and after.executed > 0):
        return OrderPartiallyFilled(after, fill)
    if before is None:
        return OrderNew(after)
    return None


def order_from_report(report: ExecutionReport, before: TrackedOrder | None) -> TrackedOrder | None:
    """The order after an execution report (None when the report names no order)."""
    if report.order_id is None:
        return None
    return TrackedOrder(
        order_id=report.order_id,
        client_order_id=report.client_order_id or (before.client_order_id if before else None),
        symbol=report.symbol or (before.symbol if before else ""),
        side=report.side or (before.side if before else ""),
        type=report.type or (before.type if before else None),
        price=report.price if report.price is not None else (before.price if before else None),
        quantity=report.quantity if report.quantity is not None else (before.quantity if before else None),
        executed=report.total_executed_quantity
        if report.total_executed_quantity is not None
        else (before.executed if before else ZERO),
        average_price=report.avg_price,
        status=report.status or (before.status if before else "NEW"),
        reduce_only=report.reduce_only,
        updated_ms=report.timestamp or (before.updated_ms if before else 0),
    )


def order_from_rest(row: Order) -> TrackedOrder:
    """An order as ``GET /v1/orders`` (or ``/v1/order/{id}``) shows it."""
    return TrackedOrder(
        order_id=row.order_id,
        client_order_id=row.client_order_id or None,
        symbol=row.symbol,
        side=str(row.side),
        type=str(row.type_),
        price=row.price,
        quantity=row.quantity,
        executed=row.total_executed_quantity,
        average_price=row.average_executed_price,
        status=str(row.status),
        reduce_only=_opt(row.reduce_only),
        updated_ms=row.updated_time,
    )


class TrackerCore:
    """The tracker's state and rules, without I/O; thread-safe (queries from any thread)."""

    def __init__(self, *, keep_closed: int = DEFAULT_KEEP_CLOSED) -> None:
        if isinstance(keep_closed, bool) or not isinstance(keep_closed, int) or keep_closed < 0:
            raise ValueError(f"keep_closed must be a whole number >= 0, got {keep_closed!r}")
        self.keep_closed = keep_closed
        self._lock = threading.Condition()
        self._open: dict[int, TrackedOrder] = {}
        self._closed: OrderedDict[int, TrackedOrder] = OrderedDict()
        self._by_client_id: dict[str, int] = {}
        self._positions: dict[str, TrackedPosition] = {}
        self._balances: dict[str, tuple[Decimal, int]] = {}
        self._seen: set[int] = set()
        self._seen_order: deque[int] = deque()
        self.version = 0
        self.snapshots = 0

    # -- queries -------------------------------------------------------------------------------------

    def open_orders(self, symbol: str | None = None) -> list[TrackedOrder]:
        """The open orders (of ``symbol``), oldest id first."""
        with self._lock:
            return sorted((o for o in self._open.values() if symbol is None or o.symbol == symbol), key=_order_key)

    def order(self, order_id: int | None = None, *, client_order_id: str | None = None) -> TrackedOrder | None:
        """An order by id or client order id, open or among the closed ones kept; None if unknown."""
        with self._lock:
            if order_id is None and client_order_id is not None:
                order_id = self._by_client_id.get(client_order_id)
            if order_id is None:
                return None
            return self._open.get(order_id) or self._closed.get(order_id)

    def position(self, symbol: str) -> TrackedPosition | None:
        """The position in ``symbol`` (None if never held)."""
        with self._lock:
            return self._positions.get(symbol)

    def positions(self) -> dict[str, TrackedPosition]:
        """Every position, by symbol (zero quantities included: symbols traded)."""
        with self._lock:
            return dict(self._positions)

    def balance(self, token: str = USDC) -> Decimal | None:
        """The holding of ``token``."""
        with self._lock:
            held = self._balances.get(token)
            return held[0] if held is not None else None

    def balances(self) -> dict[str, Decimal]:
        """Every token's holding."""
        with self._lock:
            return {token: held for token, (held, _) in self._balances.items()}

    def closed_count(self) -> int:
        """How many closed orders are kept."""
        with self._lock:
            return len(self._closed)

    # -- changes -------------------------------------------------------------------------------------

    def _changed(self) -> None:
        self.version += 1
        self._lock.notify_all()

    def wait_until(self, predicate: Callable[[TrackerCore], bool], timeout: float) -> bool:
        """Block until ``predicate(self)`` holds after a change (True), or ``timeout`` seconds pass (False)."""
        with self._lock:
            return self._lock.wait_for(lambda: predicate(self), timeout)

    def _store(self, order: TrackedOrder) -> None:
        if order.client_order_id:
            self._by_client_id[order.client_order_id] = order.order_id
        if order.is_open:
            self._closed.pop(order.order_id, None)
            self._open[order.order_id] = order
            return
        self._open.pop(order.order_id, None)
        self._closed[order.order_id] = order
        self._closed.move_to_end(order.order_id)
        while len(self._closed) > self.keep_closed:
            _, retired = self._closed.popitem(last=False)
            if retired.client_order_id and self._by_client_id.get(retired.client_order_id) == retired.order_id:
                del self._by_client_id[retired.client_order_id]

    def _known(self, order_id: int) -> TrackedOrder | None:
        return self._open.get(order_id) or self._closed.get(order_id)

    def _new_trade(self, trade_id: int | None) -> bool:
        """Whether this fill was not applied before (and remember it)."""
        if not trade_id:
            return True
        if trade_id in self._seen:
            return False
        self._seen.add(trade_id)
        self._seen_order.append(trade_id)
        if len(self._seen_order) > _SEEN_TRADES:
            self._seen.discard(self._seen_order.popleft())
        return True

    def apply_report(self, report: ExecutionReport, *, recovered: bool = False) -> list[TrackerEvent]:
        """An execution report: live, or (``recovered``) a fill found over REST after a reconnect.

        A recovered fill carries the order as it is now (its status after every fill): applied oldest
        first, each one adds its quantity to what was known, so the order's state follows fill by fill.
        A report older than what is known changes nothing, but a fill in it is still told (once).
        """
        with self._lock:
            if report.order_id is None or not self._new_trade(report.trade_id):
                return []
            before = self._known(report.order_id)
            after = order_from_report(report, before)
            if after is None:
                return []
            if recovered and before is not None and report.executed_quantity is not None:
                executed = before.executed + report.executed_quantity
                done = after.quantity is not None and executed >= after.quantity
                after = attrs.evolve(
                    after,
                    executed=executed,
                    status="FILLED" if done else "PARTIAL_FILLED",
                    updated_ms=max(before.updated_ms, after.updated_ms),
                )
            fill = report if report.is_fill else None
            if before is not None and after.updated_ms < before.updated_ms:
                if fill is None:
                    return []  # older than what is known
                after = before
            else:
                self._store(after)
                self._changed()
            event = _order_event(before, after, fill)
            return [event] if event is not None else []

    def apply_order(self, order: TrackedOrder) -> list[TrackerEvent]:
        """An order as REST shows it; ignored when older than what is known."""
        with self._lock:
            before = self._known(order.order_id)
            if before is not None and order.updated_ms < before.updated_ms:
                return []
            self._store(order)
            self._changed()
            if before == order:
                return []
            event = _order_event(before, order, None)
            return [event] if event is not None else []

    def apply_position(self, position: TrackedPosition) -> list[TrackerEvent]:
        """A position (from a push or REST); ignored when older than what is known."""
        with self._lock:
            before = self._positions.get(position.symbol)
            if before is not None and position.updated_ms < before.updated_ms:
                return []
            self._positions[position.symbol] = position
            self._changed()
            if before is not None and (before.quantity, before.average_open_price) == (
                position.quantity,
                position.average_open_price,
            ):
                return []
            if before is None and position.quantity == 0:
                return []
            return [PositionChanged(position.symbol, before, position)]

    def apply_balance(self, token: str, holding: Decimal, updated_ms: int) -> list[TrackerEvent]:
        """A token's holding (from a push or REST); ignored when older than what is known."""
        with self._lock:
            before = self._balances.get(token)
            if before is not None and updated_ms < before[1]:
                return []
            self._balances[token] = (holding, updated_ms)
            self._changed()
            if before is not None and before[0] == holding:
                return []
            return [BalanceChanged(token, before[0] if before else None, holding)]

    def apply_snapshot(
        self,
        open_orders: Iterable[TrackedOrder],
        positions: Iterable[TrackedPosition],
        balances: Iterable[tuple[str, Decimal, int]],
        taken_ms: int,
    ) -> tuple[list[TrackerEvent], list[int]]:
        """A REST snapshot: its events, and the ids of open orders it no longer lists (to look up).

        An open order the snapshot lacks but updated after ``taken_ms`` (placed after the read) stays.
        """
        events: list[TrackerEvent] = []
        listed = set()
        for order in open_orders:
            listed.add(order.order_id)
            events += self.apply_order(order)
        for position in positions:
            events += self.apply_position(position)
        for token, holding, updated_ms in balances:
            events += self.apply_balance(token, holding, updated_ms)
        with self._lock:
            gone = [i for i, o in self._open.items() if i not in listed and o.updated_ms <= taken_ms]
            self.snapshots += 1
            self._changed()
        return events, gone


def _order_key(order: TrackedOrder) -> int:
    return order.order_id


# -- the runners -------------------------------------------------------------------------------------


def _position_from_rest(row: Position) -> TrackedPosition | None:
    symbol, quantity = _opt(row.symbol), _opt(row.position_qty)
    if symbol is None or quantity is None:
        return None
    updated = _opt(row.timestamp) or _opt(row.updated_time) or 0
    return TrackedPosition(symbol, quantity, _opt(row.average_open_price) or ZERO, updated)


def _balance_from_rest(row: Holding) -> tuple[str, Decimal, int]:
    return row.token, row.holding, row.updated_time


Listener = Callable[[TrackerEvent], Any]


class _Queries:
    """The tracker's queries, answered by its core (one definition for the sync and async trackers)."""

    core: TrackerCore

    def open_orders(self, symbol: str | None = None) -> list[TrackedOrder]:
        """The open orders (of ``symbol``)."""
        return self.core.open_orders(symbol)

    def order(self, order_id: int | None = None, *, client_order_id: str | None = None) -> TrackedOrder | None:
        """An order by id or client order id."""
        return self.core.order(order_id, client_order_id=client_order_id)

    def position(self, symbol: str) -> TrackedPosition | None:
        """The position in ``symbol``."""
        return self.core.position(symbol)

    def balance(self, token: str = USDC) -> Decimal | None:
        """The holding of ``token``."""
        return self.core.balance(token)


class AsyncOrderTracker(_Queries):
    """The tracker on an :class:`~orderly_auth.stream.AsyncStream` (its private topics) and a REST client.

    async with AsyncOrderTracker(stream, client) as tracker:   # subscribes, then reads REST
        tracker.add_listener(print)                            # typed events as they happen
        tracker.open_orders("PERP_ETH_USDC"); tracker.position("PERP_ETH_USDC")
    """

    def __init__(self, stream: AsyncStream, client: OrderlyClient, *, keep_closed: int = DEFAULT_KEEP_CLOSED) -> None:
        self.stream = stream
        self.client = client
        self.core = TrackerCore(keep_closed=keep_closed)
        self._listeners: list[Listener] = []
        self._tasks: list[asyncio.Task[None]] = []
        self._changed: asyncio.Event | None = None
        self._resync_lock: asyncio.Lock | None = None

    def add_listener(self, listener: Listener) -> None:
        """Call ``listener(event)`` for each event, on the stream's event loop (keep it quick)."""
        self._listeners.append(listener)

    def _emit(self, events: list[TrackerEvent]) -> None:
        for event in events:
            for listener in list(self._listeners):
                try:
                    listener(event)
                except Exception:  # a listener's bug must not stop the tracking
                    log.exception("order tracker listener failed on %r", event)
        if self._changed is not None:
            self._changed.set()
            self._changed = asyncio.Event()

    async def wait_until(self, predicate: Callable[[TrackerCore], bool], timeout: float) -> bool:
        """Wait until ``predicate(core)`` holds (True) or ``timeout`` seconds pass (False)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate(self.core):
            if self._changed is None:
                self._changed = asyncio.Event()
            left = deadline - loop.time()
            if left <= 0:
                return False
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), left)
        return True

    # -- running -------------------------------------------------------------------------------------

    async def start(self) -> None:
        """Subscribe to the private topics, wait until they are live, then read the account over REST."""
        subscriptions = [self.stream.subscribe(t) for t in ("executionreport", "position", "balance")]
        self._changed = asyncio.Event()
        self._resync_lock = asyncio.Lock()
        await self.stream.wait_ready()
        for subscription in subscriptions:
            self._tasks.append(asyncio.create_task(self._consume(subscription)))
        await self.resync()

    async def _consume(self, subscription: Any) -> None:
        from ..stream import Reconciled

        async for item in subscription:
            if isinstance(item, Reconciled):
                if subscription.topic == "executionreport":  # once per reconnect, not once per topic
                    for fill in sorted(item.fills, key=lambda f: (f.timestamp or 0, f.trade_id or 0)):
                        self._emit(self.core.apply_report(fill, recovered=True))
                    try:
                        await self.resync()
                    except Exception:  # the next reconnect (or a call of resync) tries again
                        log.exception("order tracker: reading the account after a reconnect failed")
                continue
            data = getattr(item, "data", None)
            topic = getattr(item, "topic", None)
            if data is None:
                continue
            if topic == "executionreport":
                self._emit(self.core.apply_report(data))
            elif topic == "position":
                for row in data.positions:
                    if row.symbol is not None and row.position_qty is not None:
                        position = TrackedPosition(
                            row.symbol, row.position_qty, row.average_open_price or ZERO, row.timestamp or 0
                        )
                        self._emit(self.core.apply_position(position))
            elif topic == "balance":
                for token, balance in data.balances.items():
                    if balance.holding is not None:
                        self._emit(self.core.apply_balance(token, balance.holding, balance.version or 0))

    async def resync(self) -> None:
        """Read open orders, positions and holdings over REST and merge them (the closed orders looked up)."""
        from orderly_client.api.private import (
            get_v1_client_holding,
            get_v1_order_order_id,
            get_v1_orders,
            get_v1_positions,
        )

        from .._pagination import apaginate

        assert self._resync_lock is not None, "start() first"
        async with self._resync_lock:
            orders = [
                order_from_rest(row) async for row in apaginate(get_v1_orders, client=self.client, status="INCOMPLETE")
            ]
            positions = await get_v1_positions.asyncio(client=self.client)
            holding = await get_v1_client_holding.asyncio(client=self.client)
            taken = max([o.updated_ms for o in orders] + [_opt(positions.timestamp) or 0, _opt(holding.timestamp) or 0])
            tracked = [p for p in (_position_from_rest(r) for r in positions.data.rows) if p is not None]
            events, gone = self.core.apply_snapshot(
                orders, tracked, [_balance_from_rest(r) for r in holding.data.holding], taken
            )
            self._emit(events)
            for order_id in gone:
                found = await get_v1_order_order_id.asyncio(client=self.client, order_id=order_id)
                self._emit(self.core.apply_order(order_from_rest(found.data)))

    async def close(self) -> None:
        """Stop following the stream (the stream itself stays open)."""
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks.clear()

    async def __aenter__(self) -> AsyncOrderTracker:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


class OrderTracker(_Queries):
    """The tracker from threads: :class:`AsyncOrderTracker` run on a :class:`~orderly_auth.stream.Stream`'s thread.

    with Stream(credentials) as stream, OrderTracker(stream, client) as tracker:
        tracker.open_orders("PERP_ETH_USDC")
    """

    def __init__(self, stream: Stream, client: OrderlyClient, *, keep_closed: int = DEFAULT_KEEP_CLOSED) -> None:
        self.stream = stream
        self._async = AsyncOrderTracker(stream.core, client, keep_closed=keep_closed)
        self.core = self._async.core

    def start(self, timeout: float | None = 30.0) -> None:
        """Subscribe and read the account (blocks until the first snapshot is merged)."""
        self.stream._runner.run(self._async.start(), timeout)

    def resync(self, timeout: float | None = 30.0) -> None:
        """Read the account over REST again and merge it."""
        self.stream._runner.run(self._async.resync(), timeout)

    def add_listener(self, listener: Listener) -> None:
        """Call ``listener(event)`` for each event, on the stream's thread (keep it quick)."""
        self._async.add_listener(listener)

    def wait_until(self, predicate: Callable[[TrackerCore], bool], timeout: float) -> bool:
        """Block until ``predicate(core)`` holds (True) or ``timeout`` seconds pass (False)."""
        return self.core.wait_until(predicate, timeout)

    def close(self) -> None:
        """Stop following the stream."""
        if not self.stream._runner.loop.is_closed():
            self.stream._runner.run(self._async.close(), 30.0)

    def __enter__(self) -> OrderTracker:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
