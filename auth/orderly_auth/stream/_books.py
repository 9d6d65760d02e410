"""``stream.book(symbol)``: a :class:`BookSync` fed by the public connection, with snapshot requests and waits."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._book import BookSync
from ._errors import StreamClosedError, SubscriptionError
from ._events import StreamInterrupted
from ._messages import Level, Message
from ._topics import parser

if TYPE_CHECKING:
    from ._connection import Connection, WireSubscription

log = logging.getLogger("orderly_auth.stream")
book_parser = parser("X_Y@orderbook")


class LocalBook:
    """A live order book for one symbol: read it with ``bids()``, ``asks()``, ``best_bid()``, ``best_ask()``,
    ``depth(n)``; ``await book.changed()`` waits for the next change, ``await book.wait_until(predicate)`` for a state;
    ``await book.wait_valid()`` for sync.

    Reading while it is resynchronising (before the snapshot, after a gap or a reconnect) raises
    :class:`BookInvalidError`. Create it with ``stream.book(symbol)``; ``await book.close()`` ends it.
    """

    def __init__(self, symbol: str, connection: Connection, on_close: Callable[[LocalBook], None]) -> None:
        self.symbol = symbol
        self.topic = f"{symbol}@orderbookupdate"
        self.sync = BookSync(symbol)
        self.version = 0
        self.snapshot_requests = 0
        self._connection = connection
        self._on_close = on_close
        self._waiters: list[asyncio.Future[None]] = []
        self._error: BaseException | None = None
        self._closed = False
        self._wire: WireSubscription = connection.add(self.topic, None, self)
        self._wire.on_ack.append(self._request_snapshot)

    def __repr__(self) -> str:
        return f"<LocalBook {self.symbol} {'valid' if self.sync.valid else 'resyncing'} ts={self.sync.ts}>"

    # -- fed by the connection (event loop thread) ---------------------------------------------------

    def _push(self, item: Any) -> None:
        try:
            if isinstance(item, Message):
                if self.sync.on_delta(item.data):
                    self._changed()
                if self.sync.needs_snapshot and not self.sync.valid and self._wire.acked:
                    self._request_snapshot()
            elif isinstance(item, StreamInterrupted) and self.sync.reset():
                self._changed()
        except (ValueError, TypeError, KeyError) as exc:  # a malformed delta: never trust the book after it
            log.warning("%s book: unusable update (%s); resynchronising", self.symbol, exc)
            self.sync.reset()
            self._changed()
            if self._wire.acked:
                self._request_snapshot()

    def _fail(self, error: BaseException) -> None:
        self._error = error
        self.sync.reset()
        self._changed()

    def _request_snapshot(self) -> None:
        if self._closed or not self.sync.needs_snapshot:
            return
        if self._connection.request({"type": "orderbook", "symbol": self.symbol}, self._on_snapshot):
            self.sync.snapshot_requested()
            self.snapshot_requests += 1

    def _on_snapshot(self, message: dict[str, Any]) -> None:
        if self._closed:
            return
        if message.get("success") is False:
            self._fail(SubscriptionError(self.topic, str(message.get("errorMsg") or message)))
            return
        try:
            snapshot = book_parser(message)
            changed = snapshot is not None and self.sync.on_snapshot(snapshot)
        except (ValueError, TypeError, KeyError) as exc:
            log.warning("%s book: unusable snapshot (%s); asking again", self.symbol, exc)
            self.sync.needs_snapshot, changed = True, False
        if changed:
            self._changed()
        elif self.sync.needs_snapshot:
            self._request_snapshot()

    def _changed(self) -> None:
        self.version += 1
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    # -- reading -------------------------------------------------------------------------------------

    def _check(self) -> None:
        if self._error is not None:
            raise self._error
        if self._closed:
            raise StreamClosedError(f"the {self.symbol} book is closed")

    @property
    def valid(self) -> bool:
        """True when in sync (reads succeed)."""
        return self.sync.valid

    @property
    def ts(self) -> int | None:
        """The server time of the last change applied."""
        return self.sync.ts

    def bids(self, depth: int | None = None) -> tuple[Level, ...]:
        """Bid levels ``(price, quantity)``, best first."""
        self._check()
        return self.sync.bids(depth)

    def asks(self, depth: int | None = None) -> tuple[Level, ...]:
        """Ask levels ``(price, quantity)``, best first."""
        self._check()
        return self.sync.asks(depth)

    def depth(self, levels: int | None = None) -> tuple[tuple[Level, ...], tuple[Level, ...]]:
        """``(bids, asks)`` to ``levels`` levels each, read at one instant."""
        self._check()
        return self.sync.bids(levels), self.sync.asks(levels)

    def best_bid(self) -> Level | None:
        """The best bid, or None if the bid side is empty."""
        self._check()
        return self.sync.best_bid()

    def best_ask(self) -> Level | None:
        """The best ask, or None if the ask side is empty."""
        self._check()
        return self.sync.best_ask()

    async def changed(self, timeout: float | None = None) -> None:
        """Wait for the next change (a delta applied, a resync, or the book becoming invalid)."""
        self._check()
        waiter = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        await asyncio.wait_for(waiter, timeout)
        self._check()

    async def wait_until(self, predicate: Callable[[LocalBook], bool], timeout: float | None = None) -> None:
        """Wait until ``predicate(book)`` is true, testing it now and after every change.

        The test and the wait happen on the stream's loop, so no change can slip between them (a bare
        ``changed()`` after a check can miss the change it was meant to see).
        """

        async def until_true() -> None:
            self._check()
            while not predicate(self):
                await self.changed()

        await asyncio.wait_for(until_true(), timeout)

    async def wait_valid(self, timeout: float | None = None) -> None:
        """Wait until the book is in sync (returns at once if it is)."""

        async def until_valid() -> None:
            while not self.sync.valid:
                await self.changed()

        await asyncio.wait_for(until_valid(), timeout)

    async def close(self) -> None:
        """Stop following this book (unsubscribes when no one else uses the topic)."""
        if not self._closed:
            self._closed = True
            if self._request_snapshot in self._wire.on_ack:
                self._wire.on_ack.remove(self._request_snapshot)
            self._connection.remove(self.topic, None, self)
            self._on_close(self)
            self._changed()
