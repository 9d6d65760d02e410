"""A subscription: a bounded buffer between the socket reader and one consumer, with a stated policy.

The reader never waits for a consumer: it appends and moves on. When the buffer is full, a state topic
(books, bbo, tickers, prices...) drops its oldest message, so the reader gets the latest states
(``coalesced`` counts them); an event topic (trades, execution reports, balances, positions...) stops
the subscription instead, and its reader gets :class:`SlowConsumerError` after the messages it held.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any

from ._errors import SlowConsumerError, StreamClosedError, StreamError
from ._events import Reconciled, StreamInterrupted, StreamRestored
from ._messages import Message

Item = Message | StreamInterrupted | StreamRestored | Reconciled
# Events (interrupted, restored, reconciled) a full buffer still takes, beyond its capacity, before it
# drops the oldest of them; messages of event topics are never dropped for an event.
MAX_EVENTS_OVER = 64


class Subscription:
    """What ``stream.subscribe(topic)`` returns: ``async for item in sub`` yields :class:`Message` s, and
    :class:`StreamInterrupted` / :class:`StreamRestored` / :class:`Reconciled` events between them.

    ``await sub.get()`` reads one item, ``sub.get_nowait()`` one if buffered (else None);
    ``async with sub:`` (or ``await sub.close()``) unsubscribes. Create it with ``stream.subscribe``.
    """

    def __init__(
        self,
        topic: str,
        params: Mapping[str, Any] | None,
        *,
        state: bool,
        capacity: int,
        private: bool,
        on_close: Callable[[Subscription], None],
        symbols: frozenset[str] | None = None,
    ) -> None:
        self.topic = topic
        self.params = dict(params) if params else None
        self.state = state
        self.private = private
        self.capacity = capacity
        self.symbols = symbols
        self.coalesced = 0
        self.delivered = 0
        self._buffer: deque[Item] = deque()
        self._waiter: asyncio.Future[None] | None = None
        self._error: BaseException | None = None
        self._lost = 0
        self._closed = False
        self._on_close = on_close

    def __repr__(self) -> str:
        state = "closed" if self._closed else "failed" if self._error else "open"
        return f"<Subscription {self.topic!r} {state}, {len(self._buffer)} buffered>"

    # -- the reader's side (event loop thread) -------------------------------------------------------

    def _push(self, item: Item) -> None:
        if self._closed:
            return
        if self.symbols is not None and isinstance(item, Message) and not self._wanted(item):
            return
        if self._error is not None:
            if isinstance(self._error, SlowConsumerError):
                self._lost += 1
                self._error.lost = self._lost
            return
        buffer = self._buffer
        if len(buffer) >= self.capacity:
            if isinstance(item, Message):
                if not self.state:
                    self._lost = 1
                    self._error = SlowConsumerError(self.topic, self.capacity, 1)
                    self._wake()
                    return
                self._drop_oldest()
            elif len(buffer) >= self.capacity + MAX_EVENTS_OVER and not self._drop_oldest_event():
                return  # a reader gone for many reconnects: keep its messages, not every interruption
        buffer.append(item)
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.done():
                waiter.set_result(None)

    def _wanted(self, item: Message) -> bool:
        """For a subscription with a ``symbol`` filter: does this report concern one of its symbols?"""
        assert self.symbols is not None
        data = item.raw.get("data")
        items = data if isinstance(data, list) else [data]
        return any(isinstance(d, dict) and d.get("symbol") in self.symbols for d in items)

    def _drop_oldest_event(self) -> bool:
        for index, old in enumerate(self._buffer):
            if not isinstance(old, Message):
                del self._buffer[index]
                return True
        return False

    def _drop_oldest(self) -> None:
        """Make room: the oldest message goes (events are kept unless nothing else is buffered)."""
        buffer = self._buffer
        for index, old in enumerate(buffer):
            if isinstance(old, Message):
                del buffer[index]
                self.coalesced += 1
                return
        buffer.popleft()

    def _fail(self, error: BaseException) -> None:
        """End the subscription with ``error``, raised once the buffered items are read."""
        if self._error is None and not self._closed:
            self._error = error
            self._wake()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.done():
                waiter.set_result(None)

    # -- the consumer's side -------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        """True once closed (by ``close`` or the stream's)."""
        return self._closed

    def _raise_if_done(self) -> None:
        if self._error is not None:
            error = self._error
            if isinstance(error, SlowConsumerError):
                self._detach()
            raise error
        if self._closed:
            raise StreamClosedError(f"the subscription to {self.topic!r} is closed")

    def get_nowait(self) -> Item | None:
        """The next buffered item, or None; raises the subscription's error once the buffer is empty."""
        if self._buffer:
            self.delivered += 1
            return self._buffer.popleft()
        self._raise_if_done()
        return None

    async def get(self) -> Item:
        """The next item, waiting for one. Raises the subscription's error (or StreamClosedError) at its end, and
        :class:`StreamError` while another reader is already waiting on this subscription."""
        while True:
            if self._buffer:
                self.delivered += 1
                return self._buffer.popleft()
            self._raise_if_done()
            if self._waiter is not None and not self._waiter.done():
                raise StreamError(
                    f"the subscription to {self.topic!r} already has a reader waiting: one reader per subscription "
                    "(subscribe again for a second one; each gets every message)"
                )
            waiter = asyncio.get_running_loop().create_future()
            self._waiter = waiter
            try:
                await waiter
            finally:
                if self._waiter is waiter:
                    self._waiter = None

    async def get_batch(self) -> list[Item]:
        """Every buffered item (at least one, waiting for it): fewer hops for a consumer in another thread."""
        first = await self.get()
        items = [first, *self._buffer]
        self.delivered += len(self._buffer)
        self._buffer.clear()
        return items

    def __aiter__(self) -> Subscription:
        return self

    async def __anext__(self) -> Item:
        try:
            return await self.get()
        except StreamClosedError:
            raise StopAsyncIteration from None

    def _detach(self) -> None:
        if not self._closed:
            self._closed = True
            self._on_close(self)

    def _close_by_stream(self, error: BaseException | None = None) -> None:
        """The stream is closing (or the subscription was refused): end it without unsubscribing."""
        if error is not None:
            self._fail(error)
        self._closed = error is None or self._closed
        self._wake()

    async def close(self) -> None:
        """Unsubscribe (the wire subscription ends when its last subscriber closes) and drop the buffer."""
        self._detach()
        self._buffer.clear()
        self._wake()

    async def __aenter__(self) -> Subscription:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()
