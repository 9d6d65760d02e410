"""``stream.book(symbol)``: a :class:`BookSync` fed by the public connection, with snapshot requests and waits."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._book import BookSync
from ._errors import StreamClosedError
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
        # The snapshot request in flight (its token), and the timer of its timeout or of the backoff before the next.
        self._pending: object | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._attempt = 0
        self._wire: WireSubscription = connection.add(self.topic, None, self)
        self._wire.on_ack.append(self._request_snapshot)
        connection.on_session_end.append(self._session_ended)

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

    def _session_ended(self) -> None:
        """The connection's session ended (acknowledged or not): what it told us can not be continued."""
        self._cancel_timer()
        self._pending = None
        if self.sync.reset():
            self._changed()

    def _fail(self, error: BaseException) -> None:
        """End the book for good (its subscription refused, the stream closed)."""
        self._error = error
        self._cancel_timer()
        self.sync.reset()
        self._changed()

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _request_snapshot(self) -> None:
        """Ask for a snapshot if one is needed and none is in flight or waiting out its backoff."""
        if self._closed or self._error is not None or not self.sync.needs_snapshot or self._timer is not None:
            return
        token = object()
        if self._connection.request({"type": "orderbook", "symbol": self.symbol}, self._answer_of(token)):
            self.sync.snapshot_requested()
            self.snapshot_requests += 1
            self._pending = token
            timeout = self._connection.config.snapshot_timeout
            self._timer = asyncio.get_running_loop().call_later(timeout, self._snapshot_lost, token)

    def _answer_of(self, token: object) -> Callable[[dict[str, Any]], None]:
        def answer(message: dict[str, Any]) -> None:
            if token is self._pending:
                self._pending = None
                self._cancel_timer()
            self._on_snapshot(message)

        return answer

    def _snapshot_lost(self, token: object) -> None:
        self._timer = None
        if token is self._pending and not self._closed:
            self._pending = None
            if self.sync.valid:
                return  # an earlier request's answer made it valid meanwhile
            log.warning(
                "%s book: no snapshot within %s s; asking again", self.symbol, self._connection.config.snapshot_timeout
            )
            self._retry_later()

    def _retry_later(self) -> None:
        """A snapshot request failed (refused, lost, unusable): ask again after the stream's backoff."""
        if self._closed or self._error is not None:
            return
        self._cancel_timer()
        self.sync.needs_snapshot = True
        delay = self._connection.config.backoff(self._attempt)
        self._attempt += 1
        self._timer = asyncio.get_running_loop().call_later(delay, self._retry_now)

    def _retry_now(self) -> None:
        self._timer = None
        if self._wire.acked:
            self._request_snapshot()  # else the next acknowledgement of the subscription asks

    def _on_snapshot(self, message: dict[str, Any]) -> None:
        if self._closed or self._error is not None:
            return
        if message.get("success") is False:  # "too many requests" and the like: not the book's end
            log.warning("%s book: snapshot refused (%s); asking again", self.symbol, message.get("errorMsg") or message)
            self._retry_later()
            return
        try:
            snapshot = book_parser(message)
            changed = snapshot is not None and self.sync.on_snapshot(snapshot)
        except (ValueError, TypeError, KeyError) as exc:
            log.warning("%s book: unusable snapshot (%s); asking again", self.symbol, exc)
            changed = False
        if changed:
            self._attempt = 0
            self._changed()
        elif not self.sync.valid:
            self._retry_later()

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
        return self.sync.valid and self._error is None and not self._closed

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
        try:
            await asyncio.wait_for(waiter, timeout)
        finally:
            if not waiter.done() or waiter.cancelled():  # timed out or cancelled: leave nothing behind
                with contextlib.suppress(ValueError):
                    self._waiters.remove(waiter)
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
            self._cancel_timer()
            if self._request_snapshot in self._wire.on_ack:
                self._wire.on_ack.remove(self._request_snapshot)
            if self._session_ended in self._connection.on_session_end:
                self._connection.on_session_end.remove(self._session_ended)
            self._connection.remove(self.topic, None, self)
            self._on_close(self)
            self._changed()
