"""One blocking interface over ``httpx2.Client`` / ``AsyncClient`` on the transports under test.

``sync`` / ``async``: the lean ``HTTP11Transport`` / ``AsyncHTTP11Transport``; ``sync-default`` / ``default``: the
default connection layers (``DefaultTransport`` / ``AsyncDefaultTransport``: httpx2 routes each request, direct
ones go to a lean pool of their own). Tests written against :class:`Driver` run for each. The async driver runs
its event loop in a thread (as an application's loop runs all the time) and the test thread hands it coroutines;
its ``paused``
variant runs the loop only during each call (``loop.run_until_complete``), so between calls nothing is read
from the sockets: what the transport must know about an idle connection it has to find out when it picks it.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Coroutine, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

import httpx2

from orderly_auth._connections import AsyncDefaultTransport, DefaultTransport
from orderly_auth._retry import Outcome, classify_exception
from orderly_auth.http11 import AsyncHTTP11Transport, HTTP11Transport

__all__ = ["AsyncDriver", "Driver", "SyncDriver", "assert_maybe_processed", "lean_pool", "make_driver"]

T = TypeVar("T")


def assert_maybe_processed(exc: BaseException) -> None:
    """The retry policy must treat this failure as "maybe processed": never resend a POST after it."""
    assert isinstance(exc, httpx2.TransportError), repr(exc)
    assert not isinstance(exc, httpx2.ConnectError | httpx2.ConnectTimeout | httpx2.PoolTimeout), repr(exc)
    assert classify_exception(exc) is Outcome.AMBIGUOUS, repr(exc)


class Driver:
    mode: str
    transport: HTTP11Transport | AsyncHTTP11Transport | DefaultTransport | AsyncDefaultTransport

    def request(self, method: str, url: str, **kwargs: Any) -> httpx2.Response:
        raise NotImplementedError

    def start(self, method: str, url: str, **kwargs: Any) -> Future[httpx2.Response]:
        """Send a request in the background (a thread, or a task on the running loop)."""
        raise NotImplementedError

    def get(self, url: str, **kwargs: Any) -> httpx2.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx2.Response:
        return self.request("POST", url, **kwargs)

    def stream(self, parts: list[bytes]) -> Any:
        """A streamed request body of the kind this client sends (sync or async iterator)."""
        raise NotImplementedError

    def settle(self, seconds: float = 0.05) -> None:
        """Let time pass (and the event loop of a paused async driver run)."""
        time.sleep(seconds)

    def close(self) -> None:
        raise NotImplementedError


class SyncDriver(Driver):
    def __init__(self, timeout: Any = 5.0, *, engine: str = "http11", **transport: Any) -> None:
        self.mode = "sync" if engine == "http11" else "sync-default"
        if engine == "default":
            self.transport = DefaultTransport(trust_env=False, **transport)
        else:
            self.transport = HTTP11Transport(**transport)
        self.client = httpx2.Client(transport=self.transport, timeout=timeout)
        self._threads: ThreadPoolExecutor | None = None

    def request(self, method: str, url: str, **kwargs: Any) -> httpx2.Response:
        return self.client.request(method, url, **kwargs)

    def start(self, method: str, url: str, **kwargs: Any) -> Future[httpx2.Response]:
        if self._threads is None:
            self._threads = ThreadPoolExecutor(max_workers=8)
        return self._threads.submit(self.client.request, method, url, **kwargs)

    def stream(self, parts: list[bytes]) -> Iterator[bytes]:
        return iter(parts)

    def close(self) -> None:
        if self._threads is not None:
            self._threads.shutdown(wait=True)
        self.client.close()


class AsyncDriver(Driver):
    """An ``httpx2.AsyncClient`` on a loop that runs in a thread (``paused=False``), or only during calls."""

    def __init__(self, timeout: Any = 5.0, *, paused: bool = False, engine: str = "http11", **transport: Any) -> None:
        self.mode = ("async" if engine == "http11" else "default") + ("-paused" if paused else "")
        self.loop = asyncio.new_event_loop()
        if engine == "default":
            self.transport = AsyncDefaultTransport(trust_env=False, **transport)
        else:
            self.transport = AsyncHTTP11Transport(**transport)
        self.client = httpx2.AsyncClient(transport=self.transport, timeout=timeout)
        self._thread: threading.Thread | None = None
        if not paused:
            self._thread = threading.Thread(target=self.loop.run_forever, daemon=True, name="async-driver")
            self._thread.start()

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        if self._thread is None:
            return self.loop.run_until_complete(coroutine)
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(30)

    def request(self, method: str, url: str, **kwargs: Any) -> httpx2.Response:
        return self.run(self.client.request(method, url, **kwargs))

    def start(self, method: str, url: str, **kwargs: Any) -> Future[httpx2.Response]:
        assert self._thread is not None, "a paused loop cannot run requests in the background"
        return asyncio.run_coroutine_threadsafe(self.client.request(method, url, **kwargs), self.loop)

    def stream(self, parts: list[bytes]) -> AsyncIterator[bytes]:
        async def generate() -> AsyncIterator[bytes]:
            for part in parts:
                yield part

        return generate()

    def settle(self, seconds: float = 0.05) -> None:
        if self._thread is None:
            self.run(asyncio.sleep(seconds))
        else:
            time.sleep(seconds)

    def close(self) -> None:
        if self.loop.is_closed():
            return
        self.run(self.client.aclose())
        self.run(self.loop.shutdown_asyncgens())
        if self._thread is not None:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(10)
        self.loop.close()


def make_driver(mode: str, **kwargs: Any) -> Driver:
    """``sync`` / ``sync-default``, ``async`` / ``default`` (loop running in a thread), ``async-paused`` /
    ``default-paused`` (the loop runs only during calls)."""
    if mode.startswith("sync"):
        return SyncDriver(engine="default" if mode == "sync-default" else "http11", **kwargs)
    engine = "default" if mode.startswith("default") else "http11"
    return AsyncDriver(paused=mode.endswith("-paused"), engine=engine, **kwargs)


def lean_pool(driver: Driver) -> HTTP11Transport | AsyncHTTP11Transport:
    """The lean pool that carried the driver's direct requests (the default layers keep theirs inside)."""
    transport = driver.transport
    if isinstance(transport, DefaultTransport):
        assert transport._lean is not None
        return transport._lean
    if isinstance(transport, AsyncDefaultTransport):
        (pools,) = transport._loops.values()
        return pools.lean()
    return transport
