"""``Stream``: the same stream from plain threads. The asyncio core runs in one background thread;
subscriptions are read with iterators (or handed to a callback thread), no asyncio knowledge needed."""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import logging
import threading
import time
import warnings
from collections import deque
from collections.abc import Callable, Coroutine, Iterator, Mapping
from types import TracebackType
from typing import Any, TypeVar

from orderly_client.client import AuthenticatedClient

from .._keys import Credentials
from ._books import LocalBook
from ._config import StreamConfig
from ._errors import StreamClosedError, StreamError
from ._messages import Level
from ._stream import AsyncStream
from ._subscriptions import Item, Subscription

T = TypeVar("T")
log = logging.getLogger("orderly_auth.stream")


class _LoopThread:
    """An event loop in a daemon thread, and the two ways in: run a coroutine, call a function."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._stopped = False
        self.thread = threading.Thread(target=self.loop.run_forever, name="orderly-stream", daemon=True)
        self.thread.start()

    def run(self, coroutine: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
        future = asyncio.run_coroutine_threadsafe(coroutine, self.loop)
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError:
            if future.cancel():
                raise TimeoutError(f"nothing within {timeout} s") from None
            return future.result()

    def call(self, function: Callable[..., T], *args: Any) -> T:
        async def call() -> T:
            return function(*args)

        return self.run(call())

    @property
    def stopped(self) -> bool:
        """True once :meth:`stop` was called."""
        return self._stopped

    def stop(self) -> None:
        self._stopped = True
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)
        if not self.thread.is_alive():
            self.loop.close()


class SyncSubscription:
    """A subscription read from a thread: ``for item in sub:``, ``sub.get(timeout=...)``, ``with sub:``."""

    def __init__(self, runner: _LoopThread, subscription: Subscription) -> None:
        self._runner = runner
        self.subscription = subscription
        self.topic = subscription.topic
        self._batch: deque[Item] = deque()
        self._thread: threading.Thread | None = None
        self._reading = threading.Lock()
        self.error: BaseException | None = None

    def __repr__(self) -> str:
        return f"<SyncSubscription {self.topic!r}>"

    def get(self, timeout: float | None = None) -> Item:
        """The next item; ``TimeoutError`` after ``timeout`` s; the subscription's error at its end;
        :class:`StreamError` when another thread is reading this subscription already.

        Every item is returned exactly once whatever the timeouts: the loop thread moves a batch into
        this reader's queue in one step, so a timeout that fires as it does leaves the batch there.
        """
        if not self._reading.acquire(blocking=False):
            raise StreamError(f"another thread is reading the subscription to {self.topic!r}: one reader each")
        try:
            if self._batch:
                return self._batch.popleft()
            if self._runner.stopped:
                raise StreamClosedError(f"the subscription to {self.topic!r} is closed")
            try:
                self._runner.run(self._fill(), timeout)
            except TimeoutError:
                if not self._batch:
                    raise
            return self._batch.popleft()
        finally:
            self._reading.release()

    async def _fill(self) -> None:
        """On the loop thread: wait for items and move them all here (no await between taking and keeping)."""
        self._batch.extend(await self.subscription.get_batch())

    def __iter__(self) -> Iterator[Item]:
        return self

    def __next__(self) -> Item:
        try:
            return self.get()
        except StreamClosedError:
            raise StopIteration from None

    def _run_callback(self, callback: Callable[[Item], Any]) -> None:
        try:
            for item in self:
                try:
                    callback(item)
                except Exception:
                    log.exception("a stream callback for %s raised; it keeps receiving", self.topic)
        except Exception as exc:  # the subscription's end (SlowConsumerError, refusal, auth)
            self.error = exc
            log.error("subscription to %s ended: %s", self.topic, exc)

    def close(self) -> None:
        """Unsubscribe (a callback thread then ends, once its current callback returns)."""
        if not self._runner.stopped:
            self._runner.run(self.subscription.close())
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=10)

    def __enter__(self) -> SyncSubscription:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class SyncBook:
    """A local order book read from a thread (each read is taken on the stream's thread, at one instant)."""

    def __init__(self, runner: _LoopThread, book: LocalBook) -> None:
        self._runner = runner
        self.book = book
        self.symbol = book.symbol

    @property
    def valid(self) -> bool:
        """True when in sync."""
        return self.book.valid

    def bids(self, depth: int | None = None) -> tuple[Level, ...]:
        """Bid levels, best first (BookInvalidError while resynchronising)."""
        return self._runner.call(self.book.bids, depth)

    def asks(self, depth: int | None = None) -> tuple[Level, ...]:
        """Ask levels, best first."""
        return self._runner.call(self.book.asks, depth)

    def depth(self, levels: int | None = None) -> tuple[tuple[Level, ...], tuple[Level, ...]]:
        """``(bids, asks)`` at one instant."""
        return self._runner.call(self.book.depth, levels)

    def best_bid(self) -> Level | None:
        """The best bid."""
        return self._runner.call(self.book.best_bid)

    def best_ask(self) -> Level | None:
        """The best ask."""
        return self._runner.call(self.book.best_ask)

    def changed(self, timeout: float | None = None) -> None:
        """Block until the book changes (``TimeoutError`` after ``timeout`` s)."""
        self._runner.run(self.book.changed(), timeout)

    def wait_until(self, predicate: Callable[[LocalBook], bool], timeout: float | None = None) -> None:
        """Block until ``predicate(book)`` holds; it runs on the stream's thread, so no change is missed."""
        self._runner.run(self.book.wait_until(predicate), timeout)

    def wait_valid(self, timeout: float | None = None) -> None:
        """Block until the book is in sync."""
        self._runner.run(self.book.wait_valid(), timeout)

    def close(self) -> None:
        """Stop following the book."""
        self._runner.run(self.book.close())


class Stream:
    """The synchronous stream: the same arguments and behaviour as :class:`AsyncStream`, from threads.

    with Stream(credentials, network="testnet") as stream:
        for item in stream.subscribe("executionreport"):
            ...
    """

    def __init__(
        self,
        credentials: Credentials | None = None,
        *,
        network: str | None = None,
        base_url: str | None = None,
        public_url: str | None = None,
        private_url: str | None = None,
        config: StreamConfig | None = None,
        client: AuthenticatedClient | None = None,
    ) -> None:
        core = AsyncStream(
            credentials,
            network=network,
            base_url=base_url,
            public_url=public_url,
            private_url=private_url,
            config=config,
            client=client,
        )
        self._runner = _LoopThread()
        self.core = core
        self._callbacks: list[SyncSubscription] = []

    @classmethod
    def from_sandbox(
        cls, sandbox: Any, credentials: Credentials | None = None, *, config: StreamConfig | None = None
    ) -> Stream:
        """Deprecated since 0.2, removed in 0.3: ``sandbox.stream(credentials, config=config)``."""
        warnings.warn(
            "Stream.from_sandbox(sandbox) is deprecated: use sandbox.stream()", DeprecationWarning, stacklevel=2
        )
        stream: Stream = sandbox.stream(credentials, config=config)
        return stream

    def __repr__(self) -> str:
        return f"<Stream {self.core!r}>"

    def subscribe(
        self,
        topic: str,
        params: Mapping[str, Any] | None = None,
        *,
        buffer: int | None = None,
        callback: Callable[[Item], Any] | None = None,
    ) -> SyncSubscription:
        """Subscribe to ``topic``: iterate the result, or give ``callback`` (called in its own thread,
        never on the socket reader, with each message and event)."""
        subscription = SyncSubscription(
            self._runner, self._runner.call(functools.partial(self.core.subscribe, topic, params, buffer=buffer))
        )
        if callback is not None:
            thread = threading.Thread(
                target=subscription._run_callback, args=(callback,), name=f"orderly-stream-{topic}", daemon=True
            )
            subscription._thread = thread
            thread.start()
            self._callbacks.append(subscription)
        return subscription

    def wait_ready(self, timeout: float | None = None) -> None:
        """Block until every opened connection is connected, authenticated and subscribed."""
        self._runner.run(self.core.wait_ready(), timeout)

    def book(self, symbol: str) -> SyncBook:
        """A local order book for ``symbol``."""
        return SyncBook(self._runner, self._runner.call(self.core.book, symbol))

    def close(self) -> None:
        """Close the connections, end every subscription, stop the stream's thread (also from a callback).

        Callback threads end once their current callback returns; ``close`` waits for them up to the
        config's ``close_timeout`` in all (a callback still busy then finishes on its own, and its thread ends).
        """
        if self._runner.stopped:
            return
        self._runner.run(self.core.close())
        self._runner.stop()
        deadline = time.monotonic() + self.core.config.close_timeout
        for subscription in self._callbacks:
            thread = subscription._thread
            if thread is not None and thread is not threading.current_thread():
                thread.join(timeout=max(0.0, deadline - time.monotonic()))

    def __enter__(self) -> Stream:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()
