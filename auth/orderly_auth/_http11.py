"""Lean HTTP/1.1 keep-alive transports for httpx2: one connection pool each for sync and async.

httpx2's own transports go through httpcore2 and h11, which cost more per request than the rest of
a signed call together (pool bookkeeping, an event-based parser, and on asyncio an import of
``sniffio`` attempted on every request when it is not installed). A REST client of one API needs
less: HTTP/1.1 over a few keep-alive connections to one host, small JSON bodies, no proxies.

:class:`HTTP11Transport` (blocking sockets, here) and :class:`AsyncHTTP11Transport` (an asyncio
``Protocol`` per connection, in :mod:`._http11_async`, so that sync calls never load asyncio) share
the request serialiser and the response parser (:mod:`._http11_messages`); only the waiting differs. Both

- frame bodies by ``Content-Length`` or ``Transfer-Encoding: chunked``, or read until the server
  closes; send streamed request bodies as httpx2 framed them (chunked, or by Content-Length);
- reuse connections (``httpx2.Limits``: ``max_connections``, ``max_keepalive_connections``,
  ``keepalive_expiry``) and drop the ones the server closed before reusing them;
- honour the request's ``timeout`` extension and raise httpx2's exceptions: ``ConnectError`` /
  ``ConnectTimeout`` / ``PoolTimeout`` when nothing was sent, ``WriteError`` / ``WriteTimeout``
  while sending, ``ReadError`` / ``ReadTimeout`` / ``RemoteProtocolError`` after sending;
- speak TLS through :mod:`ssl` with httpx2's context (``verify`` as in httpx2).

They read the whole response before returning it (the bodies of this API are small). Not
supported: proxies, HTTP/2, ``Expect: 100-continue``, responses larger than ``max_body``.
"""

from __future__ import annotations

import contextlib
import select
import socket
import ssl
import threading
import time
from collections.abc import Iterable
from typing import Final, Generic, Protocol, TypeVar

import httpx2

from ._connections import DEFAULT_LIMITS
from ._errors import ClientClosedError
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

__all__ = ["HTTP11Transport"]

_READ_SIZE: Final = 256 * 1024


class _Pollable(Protocol):
    """A socket, or asyncio's stand-in for one: something with a file descriptor."""

    def fileno(self) -> int: ...


def _ssl_context(verify: ssl.SSLContext | str | bool, trust_env: bool) -> ssl.SSLContext:
    context = httpx2.create_ssl_context(verify=verify, trust_env=trust_env)
    context.set_alpn_protocols(["http/1.1"])
    return context


def _has_data(sock: _Pollable | None) -> bool:
    """Whether an idle socket has anything to read: bytes or EOF mean the server is done with it.

    True when that cannot be told, so that a doubtful connection is dropped, never reused.
    """
    if sock is None:
        return True
    try:
        if hasattr(select, "poll"):  # no FD_SETSIZE limit, unlike select()
            poller = select.poll()
            poller.register(sock, select.POLLIN)
            return bool(poller.poll(0))
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)


# Sync ---------------------------------------------------------------------------------------------


class _SyncConnection:
    __slots__ = ("idle_since", "sock", "timeout")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.timeout: float | None = sock.gettimeout()
        self.idle_since = 0.0

    def set_timeout(self, timeout: float | None) -> None:
        if timeout != self.timeout:
            self.sock.settimeout(timeout)
            self.timeout = timeout

    def alive(self) -> bool:
        """An idle connection is alive while it has nothing to read (data or EOF means: drop it)."""
        return not _has_data(self.sock)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()


class _Closable(Protocol):
    def close(self) -> None: ...


_Conn = TypeVar("_Conn", bound=_Closable)


class _Pool(Generic[_Conn]):
    """What the sync and async pools share: settings, the TLS context, idle connections per origin."""

    def __init__(
        self, verify: ssl.SSLContext | str | bool, trust_env: bool, limits: httpx2.Limits, max_body: int
    ) -> None:
        self._verify = verify
        self._trust_env = trust_env
        self._ssl: ssl.SSLContext | None = None
        self._max_connections = limits.max_connections
        self._max_idle = limits.max_keepalive_connections
        self._expiry = limits.keepalive_expiry
        self._max_body = max_body
        self._idle: dict[Origin, list[_Conn]] = {}
        self._idle_count = 0
        self._open = 0
        self._closed = False

    def _context(self) -> ssl.SSLContext:
        if self._ssl is None:
            self._ssl = _ssl_context(self._verify, self._trust_env)
        return self._ssl

    def _evict_one(self) -> None:
        """Close the oldest idle connection of any origin, to make room for another origin."""
        for idle in self._idle.values():
            if idle:
                idle.pop(0).close()
                self._idle_count -= 1
                self._open -= 1
                return


class HTTP11Transport(_Pool[_SyncConnection], httpx2.BaseTransport):
    """A blocking HTTP/1.1 keep-alive connection pool for ``httpx2.Client``; thread-safe."""

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool = True,
        trust_env: bool = True,
        limits: httpx2.Limits = DEFAULT_LIMITS,
        max_body: int = MAX_BODY,
    ) -> None:
        super().__init__(verify, trust_env, limits, max_body)
        self._lock = threading.Lock()
        self._freed = threading.Condition(self._lock)

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        origin = request_origin(request)
        timeouts = request_timeouts(request)
        head = request_head(request)
        body = request_body(request)
        declared = request_framing(request, body)
        connection = self._acquire(origin, timeouts)
        reusable = False
        try:
            self._send(connection, request, head, body, declared=declared, timeout=timeouts.get("write"))
            parser = self._receive(connection, request.method, timeouts.get("read"))
            reusable = parser.keep_alive
            return parser.response()
        finally:
            self._release(origin, connection, reusable)

    def _send(
        self,
        connection: _SyncConnection,
        request: httpx2.Request,
        head: bytes,
        body: bytes | None,
        *,
        declared: int | None,
        timeout: float | None,
    ) -> None:
        connection.set_timeout(timeout)
        try:
            if body is not None:
                connection.sock.sendall(head + body)
                return
            connection.sock.sendall(head)
            chunked = declared is None
            length = StreamLength(declared)
            stream = request.stream
            assert isinstance(stream, Iterable), "a sync client sends sync streams"
            for data in stream:
                length.add(data)
                connection.sock.sendall(chunk(data) if chunked else data)
            length.done()
            if chunked:
                connection.sock.sendall(b"0\r\n\r\n")
        except TimeoutError as exc:
            raise httpx2.WriteTimeout(str(exc) or "timed out sending the request") from exc
        except OSError as exc:
            raise httpx2.WriteError(str(exc) or type(exc).__name__) from exc

    def _receive(self, connection: _SyncConnection, method: str, timeout: float | None) -> ResponseParser:
        parser = ResponseParser(method, self._max_body)
        connection.set_timeout(timeout)
        recv = connection.sock.recv
        try:
            while True:
                data = recv(_READ_SIZE)
                if not data:
                    parser.feed_eof()
                    return parser
                if parser.feed(data):
                    return parser
        except TimeoutError as exc:
            raise httpx2.ReadTimeout(str(exc) or "timed out waiting for the response") from exc
        except OSError as exc:
            raise httpx2.ReadError(str(exc) or type(exc).__name__) from exc

    def _acquire(self, origin: Origin, timeouts: dict[str, float | None]) -> _SyncConnection:
        pool_timeout = timeouts.get("pool")
        deadline = None if pool_timeout is None else time.monotonic() + pool_timeout
        with self._lock:
            if self._closed:
                raise ClientClosedError("the transport is closed")
            while True:
                idle = self._idle.get(origin)
                while idle:
                    connection = idle.pop()
                    self._idle_count -= 1
                    if connection.alive() and time.monotonic() - connection.idle_since < self._expiry_or_inf():
                        return connection
                    connection.close()
                    self._open -= 1
                if self._max_connections is None or self._open < self._max_connections:
                    self._open += 1
                    break
                if self._idle_count:  # at the limit with idle connections elsewhere: close one
                    self._evict_one()
                    continue
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    raise httpx2.PoolTimeout("no connection became free within the pool timeout")
                self._freed.wait(remaining)
        try:
            return self._connect(origin, timeouts.get("connect"))
        except BaseException:
            with self._lock:
                self._open -= 1
                self._freed.notify()
            raise

    def _expiry_or_inf(self) -> float:
        return self._expiry if self._expiry is not None else float("inf")

    def _connect(self, origin: Origin, timeout: float | None) -> _SyncConnection:
        scheme, host, port = origin
        hostname = host.decode("ascii")
        try:
            sock = socket.create_connection((hostname, port), timeout=timeout)
        except TimeoutError as exc:
            raise httpx2.ConnectTimeout(str(exc) or f"timed out connecting to {hostname}:{port}") from exc
        except OSError as exc:
            raise httpx2.ConnectError(str(exc) or type(exc).__name__) from exc
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if scheme == b"https":
            try:
                sock = self._context().wrap_socket(sock, server_hostname=hostname)
            except TimeoutError as exc:
                sock.close()
                raise httpx2.ConnectTimeout(str(exc) or "timed out in the TLS handshake") from exc
            except OSError as exc:  # ssl.SSLError included
                sock.close()
                raise httpx2.ConnectError(str(exc) or type(exc).__name__) from exc
        return _SyncConnection(sock)

    def _release(self, origin: Origin, connection: _SyncConnection, reusable: bool) -> None:
        with self._lock:
            if reusable and not self._closed and self._idle_count < self._max_idle_or_inf():
                connection.idle_since = time.monotonic()
                self._idle.setdefault(origin, []).append(connection)
                self._idle_count += 1
            else:
                connection.close()
                self._open -= 1
            self._freed.notify()

    def _max_idle_or_inf(self) -> float:
        return self._max_idle if self._max_idle is not None else float("inf")

    def close(self) -> None:
        with self._lock:
            self._closed = True
            for idle in self._idle.values():
                for connection in idle:
                    connection.close()
                    self._open -= 1
            self._idle.clear()
            self._idle_count = 0

    def __repr__(self) -> str:
        return f"HTTP11Transport(open={self._open}, idle={self._idle_count})"
