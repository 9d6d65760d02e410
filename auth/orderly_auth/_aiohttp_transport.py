"""An httpx2 async transport over aiohttp's connection pool, written for this API: the default async engine.

httpx2's own async transport costs a few hundred microseconds of CPU on a small request; aiohttp's
pool and C parser a fraction of that. This transport hands aiohttp the request httpx2 built, as built:

- the target as signed: the URL is given to yarl with ``encoded=True``, so nothing is re-encoded
  (``1%2C2`` stays ``1%2C2``, a client order id with ``+`` or ``/`` stays as signed);
- httpx2's headers and no others (aiohttp adds none of its own), the body bytes or stream as they are;
- no redirects, cookies or decompression (httpx2 does those on the response handed back), and no
  resend: aiohttp resends an idempotent request whose reused connection dropped, a DELETE too, which
  here cancels an order; that is turned off (``ClientSession._retry_connection``, checked at start).

Failures become httpx2's exceptions by when they happened. Only aiohttp's connect-phase errors
(connecting, DNS, TLS handshake, waiting for a pooled connection) become ``ConnectError`` /
``ConnectTimeout``: nothing was sent. Anything else, raised once the request may have left, is a
read or write error or timeout, which the retry layer treats as "maybe processed".

Pools belong to the event loop that opened them: a client used under a second ``asyncio.run`` gets
a pool of that loop; a closed loop's pool is dropped. No write timeout: a request body is written
without one (this API's bodies are small); connect, pool and read timeouts are httpx2's.
"""

from __future__ import annotations

import asyncio
import select
import ssl
import threading
import weakref
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any

import httpx2

from ._http11_messages import StreamLength, checked_head, request_body, request_framing

if TYPE_CHECKING:
    import aiohttp

__all__ = ["AiohttpTransport", "aiohttp_available"]

# aiohttp adds these unless told not to: httpx2 already set the ones it wants.
_SKIP_AUTO_HEADERS = ("Accept", "Accept-Encoding", "Content-Type", "User-Agent")
_NO_TIMEOUT: dict[str, float | None] = {}
# A body this small goes to the socket's buffers without waiting: no write timeout is needed to send it.
_SMALL_BODY = 64 * 1024


def aiohttp_available() -> bool:
    """Whether aiohttp can be imported, with the switch this transport needs (aiohttp 3.11 and later 3.x)."""
    try:
        import aiohttp
    except ImportError:
        return False
    major, minor = (int(part) for part in aiohttp.__version__.split(".")[:2])
    return major == 3 and minor >= 11


class _Body(httpx2.AsyncByteStream):
    """An aiohttp response body as httpx2's stream; read failures become httpx2's (maybe processed)."""

    def __init__(
        self, response: aiohttp.ClientResponse, request: httpx2.Request, slots: asyncio.Semaphore | None
    ) -> None:
        self._response = response
        self._request = request
        self._slots = slots

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content = self._response.content
        try:
            while True:
                part = await content.readany()
                if not part:
                    return
                yield part
                if content.at_eof():  # the whole body came in (the usual one read): no second wait for b""
                    return
        except Exception as exc:
            raise _after_sending(exc, self._request) from exc

    async def aclose(self) -> None:
        response = self._response
        if response.content.at_eof():
            response.release()  # back to the pool
        else:
            response.close()  # part of the answer unread: the connection cannot be reused
        slots, self._slots = self._slots, None
        if slots is not None:
            slots.release()


def _after_sending(exc: BaseException, request: httpx2.Request) -> httpx2.TransportError:
    """The httpx2 error for a failure once the request may have left: always a "maybe processed" kind."""
    import aiohttp

    message = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, aiohttp.SocketTimeoutError | TimeoutError):
        return httpx2.ReadTimeout(message, request=request)
    if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError | aiohttp.ClientResponseError):
        return httpx2.RemoteProtocolError(message, request=request)
    return httpx2.ReadError(message, request=request)


def _failure(exc: BaseException, request: httpx2.Request) -> httpx2.TransportError:
    """The httpx2 error for a failure of ``session.request``: "not sent" only for aiohttp's connect phase."""
    import aiohttp

    message = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, aiohttp.ConnectionTimeoutError):  # waiting for a pooled connection, or connecting
        return httpx2.ConnectTimeout(message, request=request)
    if isinstance(exc, aiohttp.ClientConnectorError | aiohttp.ClientConnectorCertificateError):
        return httpx2.ConnectError(message, request=request)
    if isinstance(exc, aiohttp.InvalidURL):  # refused while building the request: nothing sent
        return httpx2.LocalProtocolError(message, request=request)
    return _after_sending(exc, request)


class _CountedStream:
    """A streamed request body, counted against its Content-Length; keeps the error aiohttp would rewrap."""

    def __init__(self, stream: httpx2.AsyncByteStream, declared: int | None) -> None:
        self._stream = stream
        self._length = StreamLength(declared)
        self.error: httpx2.LocalProtocolError | None = None

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for part in self._stream:
                self._length.add(part)
                yield part
            self._length.done()
        except httpx2.LocalProtocolError as exc:
            self.error = exc
            raise


def _connector_class() -> Callable[..., aiohttp.TCPConnector]:
    """aiohttp's TCP connector that checks an idle connection before reusing it and keeps ``max_connections``."""
    import aiohttp

    class Connector(aiohttp.TCPConnector):
        def __init__(self, *, max_connections: int | None, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self._max_open = max_connections

        async def _get(self, key: Any, traces: list[Any]) -> Any:
            # A loop that did not run while the connection sat idle has not seen the server close it
            # (or send stray bytes): such a connection is readable; it is closed, never written to.
            while True:
                connection = await super()._get(key, traces)
                if connection is None or not _readable(connection.transport):
                    return connection
                connection.close()

        async def _create_connection(self, req: Any, traces: list[Any], timeout: Any) -> Any:
            self._evict_idle()
            return await super()._create_connection(req, traces, timeout)

        def _evict_idle(self) -> None:
            """Close idle connections (to any origin) so that a new one keeps the total within max_connections."""
            if self._max_open is None:
                return
            excess = sum(len(idle) for idle in self._conns.values()) + len(self._acquired) + 1 - self._max_open
            for key in list(self._conns):
                idle = self._conns[key]
                while excess > 0 and idle:
                    protocol, _ = idle.popleft()
                    protocol.close()
                    excess -= 1
                if not idle:
                    del self._conns[key]

    return Connector


def _readable(transport: asyncio.Transport | None) -> bool:
    """Whether an idle connection's socket has something to read (the server closed it, or sent stray bytes)."""
    sock = transport.get_extra_info("socket") if transport is not None else None
    if sock is None:
        return True
    try:
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)


class _LoopPool:
    """The aiohttp session of one event loop, and its connection slots.

    The slots (``max_connections``) are counted here rather than by aiohttp, whose wait for a free
    connection shares one timeout with connecting: so that waiting past ``pool`` raises httpx2's
    ``PoolTimeout``, nothing sent.
    """

    __slots__ = ("loop", "session", "slots", "timeouts")

    def __init__(self, loop: asyncio.AbstractEventLoop, session: aiohttp.ClientSession, slots: int | None) -> None:
        self.loop = loop
        self.session = session
        self.slots = asyncio.Semaphore(slots) if slots else None
        self.timeouts: dict[tuple[float | None, ...], aiohttp.ClientTimeout] = {}


class AiohttpTransport(httpx2.AsyncBaseTransport):
    """httpx2's async transport interface over aiohttp's pool: the default async engine of ``create_client``."""

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool = True,
        trust_env: bool = True,
        limits: httpx2.Limits = httpx2.Limits(),  # noqa: B008 - immutable
    ) -> None:
        self._verify = verify
        self._trust_env = trust_env
        self._limits = limits
        self._ssl: ssl.SSLContext | None = None
        self._pools: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _LoopPool] = weakref.WeakKeyDictionary()
        self._last: _LoopPool | None = None
        self._lock = threading.Lock()
        self._closed = False

    def _pool(self) -> _LoopPool:
        loop = asyncio.get_running_loop()
        last = self._last
        if last is not None and last.loop is loop:
            return last
        with self._lock:
            pool = self._pools.get(loop)
            if pool is None:
                self._drop_closed_loops()
                pool = self._pools[loop] = _LoopPool(loop, self._open_session(), self._limits.max_connections)
            self._last = pool
            return pool

    def _open_session(self) -> aiohttp.ClientSession:
        import aiohttp

        if self._ssl is None:
            context = httpx2.create_ssl_context(verify=self._verify, trust_env=self._trust_env)
            context.set_alpn_protocols(["http/1.1"])
            self._ssl = context
        limits = self._limits
        keepalive = limits.keepalive_expiry
        close_each = limits.max_keepalive_connections == 0 or keepalive == 0
        connector = _connector_class()(
            max_connections=limits.max_connections,
            ssl=self._ssl,
            limit=0,  # in-flight requests are counted by _LoopPool, open connections by the connector
            limit_per_host=0,
            force_close=close_each,
            keepalive_timeout=None if close_each else (1e9 if keepalive is None else keepalive),
        )
        session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            skip_auto_headers=_SKIP_AUTO_HEADERS,
            auto_decompress=False,
            timeout=aiohttp.ClientTimeout(total=None),
            trust_env=False,  # proxies are routed by the caller (AsyncDefaultTransport), as httpx2 would
        )
        if getattr(session, "_retry_connection", None) is not True:  # pragma: no cover - another aiohttp
            raise RuntimeError(f"aiohttp {aiohttp.__version__}: its resend of idempotent requests cannot be turned off")
        session._retry_connection = False
        return session

    def _drop_closed_loops(self) -> None:
        """Forget the pools of loops that were closed without closing them (their sockets go with them)."""
        for loop, pool in list(self._pools.items()):
            if loop.is_closed():
                del self._pools[loop]
                _abandon(pool.session)

    def _timeout(self, pool: _LoopPool, settings: dict[str, float | None]) -> aiohttp.ClientTimeout:
        key = (settings.get("connect"), settings.get("read"))
        cached = pool.timeouts.get(key)
        if cached is None:
            import aiohttp

            connect, read = key
            cached = aiohttp.ClientTimeout(total=None, connect=connect, sock_connect=connect, sock_read=read)
            if len(pool.timeouts) < 64:
                pool.timeouts[key] = cached
        return cached

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        if self._closed:
            raise RuntimeError("Cannot send a request, as the transport has been closed.")
        pool = self._pool()
        slots = pool.slots
        if slots is not None:
            if slots.locked():
                wait = request.extensions.get("timeout", _NO_TIMEOUT).get("pool")
                try:
                    async with asyncio.timeout(wait):
                        await slots.acquire()
                except TimeoutError:
                    raise httpx2.PoolTimeout("no free connection within the pool timeout", request=request) from None
            else:
                await slots.acquire()
        try:
            return await self._send(pool, request, slots)
        except BaseException:
            if slots is not None:
                slots.release()
            raise

    async def _send(self, pool: _LoopPool, request: httpx2.Request, slots: asyncio.Semaphore | None) -> httpx2.Response:
        import yarl

        _, fields = checked_head(request)
        body = request_body(request)
        declared = request_framing(request, body)
        if fields.isascii():  # the usual case: decoded as they are, without httpx2's per-value encoding guess
            headers = [(name.decode("ascii"), value.decode("ascii")) for name, value in request.headers.raw]
        else:
            headers = request.headers.multi_items()
        counted: _CountedStream | None = None
        data: Any = body or None
        if body is None:  # a stream: aiohttp frames one of unknown length itself (and refuses a second chunked)
            data = counted = _CountedStream(request.stream, declared)  # type: ignore[arg-type]
            headers = [(name, value) for name, value in headers if name.lower() != "transfer-encoding"]
        settings = request.extensions.get("timeout", _NO_TIMEOUT)
        write = settings.get("write")
        try:
            sending = pool.session.request(
                request.method,
                yarl.URL(str(request.url), encoded=True),
                headers=headers,
                data=data,
                allow_redirects=False,
                timeout=self._timeout(pool, settings),
            )
            if write is None or (body is not None and len(body) <= _SMALL_BODY):
                response = await sending
            else:  # a body that may not fit the socket's buffers: writing it and the answer's head within write + read
                read = settings.get("read")
                deadline = asyncio.timeout(None if read is None else write + read)
                try:
                    async with deadline:
                        response = await sending
                except TimeoutError as exc:
                    if not deadline.expired():
                        raise
                    raise httpx2.WriteTimeout("no answer within the write and read timeouts", request=request) from exc
        except (asyncio.CancelledError, httpx2.WriteTimeout):
            raise
        except Exception as exc:
            if counted is not None and counted.error is not None:
                raise counted.error from exc
            raise _failure(exc, request) from exc
        reason = response.reason or ""
        return httpx2.Response(
            response.status,
            headers=response.raw_headers,
            stream=_Body(response, request, slots),
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": reason.encode("ascii", "replace")},
        )

    async def aclose(self) -> None:
        """Close the pool of the running loop; the pools of other loops are closed on theirs, or dropped."""
        self._closed = True
        with self._lock:
            pools = list(self._pools.items())
            self._pools.clear()
            self._last = None
        running = asyncio.get_running_loop()
        for loop, pool in pools:
            if loop is running:
                await pool.session.close()
            elif loop.is_closed():
                _abandon(pool.session)
            else:
                asyncio.run_coroutine_threadsafe(pool.session.close(), loop)

    def __del__(self) -> None:
        # Never closed (aclose): let go of the sessions without aiohttp's "Unclosed client session" log lines.
        for pool in list(getattr(self, "_pools", {}).values()):
            _abandon(pool.session)

    def __repr__(self) -> str:
        return f"AiohttpTransport(trust_env={self._trust_env})"


def _abandon(session: aiohttp.ClientSession) -> None:
    """Let go of a session that cannot be closed on its loop, without the "unclosed" complaints it would log.

    Its connections are closed (on a loop already closed only marked so: their sockets close as they go).
    """
    connector = session.connector
    session.detach()
    closer = getattr(connector, "_close", None)
    if callable(closer):
        closer()
