"""The asyncio half of the lean HTTP/1.1 transports (:mod:`._http11`): one ``Protocol`` per connection.

Kept apart so that sync calls never load asyncio; the pool bookkeeping, TLS and the request and response
framing are shared with the blocking transport.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections import deque
from collections.abc import AsyncIterable

import httpx2

from ._connections import DEFAULT_LIMITS
from ._errors import ClientClosedError
from ._http11 import _has_data, _Pollable, _Pool
from ._http11_messages import (
    MAX_BODY,
    Origin,
    ResponseParser,
    StreamLength,
    chunk,
    request_body,
    request_framing,
    request_head,
    request_origin,
    request_timeouts,
)

__all__ = ["AsyncHTTP11Transport"]


class _AsyncConnection(asyncio.Protocol):
    """One connection; :meth:`exchange` sends a request and waits for its whole response."""

    __slots__ = (
        "_drained",
        "_last_data",
        "_parser",
        "_timer",
        "_waiter",
        "closed",
        "idle_since",
        "loop",
        "origin",
        "transport",
    )

    def __init__(self, loop: asyncio.AbstractEventLoop, origin: Origin) -> None:
        self.loop = loop
        self.origin = origin
        self.transport: asyncio.Transport | None = None
        self._parser: ResponseParser | None = None
        self._waiter: asyncio.Future[None] | None = None
        self._drained: asyncio.Future[None] | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._last_data = 0.0
        self.closed = False
        self.idle_since = 0.0

    def socket(self) -> _Pollable | None:
        """The connection's socket, to look at while it is idle."""
        return self.transport.get_extra_info("socket") if self.transport is not None else None

    # Protocol callbacks
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # a stream transport, uvloop's too

    def data_received(self, data: bytes) -> None:
        parser = self._parser
        if parser is None:  # bytes on an idle connection: never reuse it
            self.close()
            return
        self._last_data = self.loop.time()
        try:
            done = parser.feed(data)
        except httpx2.RemoteProtocolError as exc:
            self._fail(exc)
            return
        if done:
            self._done(None)

    def eof_received(self) -> bool:
        parser = self._parser
        self.closed = True
        if parser is not None and self._waiter is not None:
            try:
                parser.feed_eof()
            except httpx2.RemoteProtocolError as exc:
                self._fail(exc)
            else:
                self._done(None)
        return False  # let the transport close

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self._waiter is not None and not self._waiter.done():
            if exc is not None:
                self._fail(httpx2.ReadError(str(exc) or type(exc).__name__))
            else:
                self.eof_received()
                if not self._waiter.done():  # pragma: no cover - eof_received settles it
                    self._fail(httpx2.RemoteProtocolError("Server disconnected without sending a response."))
        if self._drained is not None and not self._drained.done():
            self._drained.set_exception(httpx2.WriteError(str(exc) if exc else "connection closed while sending"))

    def pause_writing(self) -> None:
        if self._drained is None or self._drained.done():
            self._drained = self.loop.create_future()

    def resume_writing(self) -> None:
        if self._drained is not None and not self._drained.done():
            self._drained.set_result(None)

    # Request/response
    async def exchange(
        self, request: httpx2.Request, head: bytes, body: bytes | None, timeouts: dict[str, float | None], max_body: int
    ) -> ResponseParser:
        transport = self.transport
        if transport is None or self.closed or transport.is_closing():
            raise httpx2.RemoteProtocolError("connection closed before the request was sent")
        parser = self._parser = ResponseParser(request.method, max_body)
        waiter = self._waiter = self.loop.create_future()
        try:
            if body is not None:
                transport.write(head + body)
            else:
                await self._send_stream(request, head, timeouts.get("write"))
            await self._drain(timeouts.get("write"))
            if not waiter.done():
                read_timeout = timeouts.get("read")
                if read_timeout is not None:
                    self._last_data = self.loop.time()
                    self._timer = self.loop.call_at(self._last_data + read_timeout, self._on_timer, read_timeout)
                await waiter
            return parser
        finally:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            self._parser = None
            self._waiter = None

    async def _send_stream(self, request: httpx2.Request, head: bytes, timeout: float | None) -> None:
        assert self.transport is not None
        self.transport.write(head)
        declared = request_framing(request, None)
        chunked = declared is None
        length = StreamLength(declared)
        stream = request.stream
        assert isinstance(stream, AsyncIterable), "an async client sends async streams"
        async for data in stream:
            length.add(data)
            self.transport.write(chunk(data) if chunked else data)
            await self._drain(timeout)
        length.done()
        if chunked:
            self.transport.write(b"0\r\n\r\n")

    async def _drain(self, timeout: float | None) -> None:
        drained = self._drained
        if drained is None or drained.done():
            return
        try:
            async with asyncio.timeout(timeout):
                await drained
        except TimeoutError as exc:
            raise httpx2.WriteTimeout("timed out sending the request") from exc

    def _on_timer(self, timeout: float) -> None:
        self._timer = None
        if self._waiter is None or self._waiter.done():
            return
        due = self._last_data + timeout
        if self.loop.time() < due:  # data came in since: wait for the rest
            self._timer = self.loop.call_at(due, self._on_timer, timeout)
            return
        self._fail(httpx2.ReadTimeout("timed out waiting for the response"))

    def _done(self, _: None) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    def _fail(self, exc: Exception) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_exception(exc)
        self.close()

    def close(self) -> None:
        self.closed = True
        if self.transport is not None and not self.loop.is_closed():
            self.transport.close()


class AsyncHTTP11Transport(_Pool[_AsyncConnection], httpx2.AsyncBaseTransport):
    """An asyncio HTTP/1.1 keep-alive connection pool for ``httpx2.AsyncClient``.

    Use it from one event loop (as ``httpx2.AsyncClient`` is used).
    """

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool = True,
        trust_env: bool = True,
        limits: httpx2.Limits = DEFAULT_LIMITS,
        max_body: int = MAX_BODY,
    ) -> None:
        super().__init__(verify, trust_env, limits, max_body)
        self._waiters: deque[asyncio.Future[None]] = deque()

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        origin = request_origin(request)
        timeouts = request_timeouts(request)
        head = request_head(request)
        body = request_body(request)
        request_framing(request, body)  # checked before a connection is taken; streams count as they go
        connection = await self._acquire(origin, timeouts)
        reusable = False
        try:
            parser = await connection.exchange(request, head, body, timeouts, self._max_body)
            reusable = parser.keep_alive and not connection.closed
            return parser.response()
        finally:
            self._release(connection, reusable)

    async def _acquire(self, origin: Origin, timeouts: dict[str, float | None]) -> _AsyncConnection:
        if self._closed:
            raise ClientClosedError("the transport is closed")
        loop = asyncio.get_running_loop()
        idle = self._idle.get(origin)
        while idle:
            connection = idle.pop()
            self._idle_count -= 1
            if (
                not connection.closed
                # The loop may not have run since the server closed it: ask the socket too.
                and not _has_data(connection.socket())
                and connection.loop is loop
                and (self._expiry is None or time.monotonic() - connection.idle_since < self._expiry)
            ):
                return connection
            connection.close()
            self._open -= 1
        if self._max_connections is not None and self._open >= self._max_connections:
            if self._idle_count:
                self._evict_one()
            else:
                await self._wait_for_capacity(timeouts.get("pool"))
                return await self._acquire(origin, timeouts)
        self._open += 1
        try:
            return await self._connect(origin, timeouts.get("connect"))
        except BaseException:
            self._open -= 1
            self._wake()
            raise

    async def _wait_for_capacity(self, timeout: float | None) -> None:
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            async with asyncio.timeout(timeout):
                await waiter
        except BaseException as exc:
            if waiter.done() and not waiter.cancelled():
                self._wake()  # woken but not going on: pass the wake-up to the next waiter
            if isinstance(exc, TimeoutError):
                raise httpx2.PoolTimeout("no connection became free within the pool timeout") from exc
            raise
        finally:
            if waiter in self._waiters:
                self._waiters.remove(waiter)

    def _wake(self) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    async def _connect(self, origin: Origin, timeout: float | None) -> _AsyncConnection:
        scheme, host, port = origin
        hostname = host.decode("ascii")
        loop = asyncio.get_running_loop()
        connection = _AsyncConnection(loop, origin)
        context = self._context() if scheme == b"https" else None
        try:
            async with asyncio.timeout(timeout):
                await loop.create_connection(
                    lambda: connection,
                    hostname,
                    port,
                    ssl=context,
                    server_hostname=hostname if context is not None else None,
                )
        except TimeoutError as exc:
            connection.close()
            raise httpx2.ConnectTimeout(f"timed out connecting to {hostname}:{port}") from exc
        except OSError as exc:  # ssl.SSLError included
            connection.close()
            raise httpx2.ConnectError(str(exc) or type(exc).__name__) from exc
        return connection

    def _release(self, connection: _AsyncConnection, reusable: bool) -> None:
        if reusable and not self._closed and (self._max_idle is None or self._idle_count < self._max_idle):
            connection.idle_since = time.monotonic()
            self._idle.setdefault(connection.origin, []).append(connection)
            self._idle_count += 1
        else:
            connection.close()
            self._open -= 1
        if self._waiters:
            self._wake()

    async def aclose(self) -> None:
        self._closed = True
        for idle in self._idle.values():
            for connection in idle:
                connection.close()
                self._open -= 1
        self._idle.clear()
        self._idle_count = 0

    def __repr__(self) -> str:
        return f"AsyncHTTP11Transport(open={self._open}, idle={self._idle_count})"
