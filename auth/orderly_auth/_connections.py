"""The default connection layer: each request goes where an httpx2 client would send it, direct ones on the lean pool.

An httpx2 client that is given a transport ignores the environment, and ``create_client`` must
give one (its signing transport). So the signing transport asks a plain inner httpx2 client which
way each URL goes, as that client honours ``trust_env``: ``HTTP_PROXY`` / ``HTTPS_PROXY`` /
``ALL_PROXY`` / ``NO_PROXY`` (and ``proxy=``), ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` / ``SSLKEYLOGFILE``.
A request through a proxy goes to the proxy transport httpx2 picks; a direct one to the lean HTTP/1.1
pool (:mod:`._http11`: the exact bytes signed are the bytes sent, every failure after a byte left is
"maybe processed"), which costs a fraction of httpx2's own transports per small request, with the
same TLS settings. Both pools are opened at the first request: ``import`` stays light, and asyncio
is loaded only by the first call that needs it.

Where httpx2 lacks the internal that tells the way (``_transport_for_url``) or the fast paths do not
hold (``_httpx_clients.FAST_PATHS``), every request goes through the inner client's public ``send``:
httpx2's own transports, tested alike.
"""

from __future__ import annotations

import ssl
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx2

from . import _httpx_clients

if TYPE_CHECKING:  # loaded at the first request: `import orderly_auth` never loads asyncio
    import asyncio

    from ._http11 import HTTP11Transport
    from ._http11_async import AsyncHTTP11Transport

__all__ = ["DEFAULT_LIMITS", "AsyncDefaultTransport", "DefaultTransport"]

DEFAULT_LIMITS = httpx2.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)


def _picker(client: httpx2.Client | httpx2.AsyncClient) -> Callable[[httpx2.URL], Any] | None:
    """The inner client's choice of transport for a URL, when this httpx2 has the internals it uses."""
    pick: Callable[[httpx2.URL], Any] | None = getattr(client, "_transport_for_url", None)
    if not callable(pick) or getattr(client, "_transport", None) is None:
        return None
    return pick


class _Settings:
    """What the pools are opened with: httpx2's client settings, and the TLS context made from them once."""

    def __init__(
        self, verify: ssl.SSLContext | str | bool, trust_env: bool, proxy: str | None, limits: httpx2.Limits
    ) -> None:
        self.proxy = proxy
        self.trust_env = trust_env
        self.limits = limits
        self._verify = verify
        self._tls: ssl.SSLContext | None = None

    def sync_client(self) -> httpx2.Client:
        """An httpx2 client with these settings; no timeout of its own (each request carries the outer client's)."""
        return httpx2.Client(
            verify=self._verify, trust_env=self.trust_env, proxy=self.proxy, limits=self.limits, timeout=None
        )

    def async_client(self) -> httpx2.AsyncClient:
        """The async :meth:`sync_client`."""
        return httpx2.AsyncClient(
            verify=self._verify, trust_env=self.trust_env, proxy=self.proxy, limits=self.limits, timeout=None
        )

    def tls(self) -> ssl.SSLContext:
        """The TLS context httpx2 would use (``verify``; with ``trust_env``, ``SSL_CERT_FILE`` and the like)."""
        if self._tls is None:
            self._tls = httpx2.create_ssl_context(verify=self._verify, trust_env=self.trust_env)
        return self._tls


class DefaultTransport(httpx2.BaseTransport):
    """The default sync connection layer: proxies as httpx2 routes them, direct requests on the lean pool."""

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool = True,
        trust_env: bool = True,
        proxy: str | None = None,
        limits: httpx2.Limits = DEFAULT_LIMITS,
    ) -> None:
        self._settings = _Settings(verify, trust_env, proxy, limits)
        self.proxy = proxy
        self.client = self._settings.sync_client()
        self._pick = _picker(self.client)
        self._direct: Any = getattr(self.client, "_transport", None)
        self._lean: HTTP11Transport | None = None
        self._lock = threading.Lock()

    def _pool(self) -> HTTP11Transport:
        with self._lock:
            if self._lean is None:
                from ._http11 import HTTP11Transport

                settings = self._settings
                self._lean = HTTP11Transport(verify=settings.tls(), limits=settings.limits)
            return self._lean

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        if self._pick is None or not _httpx_clients.FAST_PATHS:
            return self.client.send(request, stream=True)
        if self.client.is_closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        transport: httpx2.BaseTransport = self._pick(request.url)
        if transport is self._direct:
            transport = self._lean or self._pool()
        return transport.handle_request(request)

    def __repr__(self) -> str:
        return f"DefaultTransport(direct='http11', trust_env={self._settings.trust_env}, proxy={self.proxy!r})"

    def close(self) -> None:
        with self._lock:
            lean, self._lean = self._lean, None
        if lean is not None:
            lean.close()
        self.client.close()


class AsyncDefaultTransport(httpx2.AsyncBaseTransport):
    """The default async connection layer: proxies as httpx2 routes them, direct requests on the lean pool.

    Connections belong to the event loop that opened them: each loop has its own pools, so the same
    client works under a second ``asyncio.run``, and a closed loop's pools are dropped.
    """

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool = True,
        trust_env: bool = True,
        proxy: str | None = None,
        limits: httpx2.Limits = DEFAULT_LIMITS,
    ) -> None:
        self._settings = _Settings(verify, trust_env, proxy, limits)
        self.proxy = proxy
        # Chooses the way for each URL as httpx2 would; it never sends (its pools would belong to one loop).
        self.router = self._settings.async_client()
        self._pick = _picker(self.router)
        self._direct: Any = getattr(self.router, "_transport", None)
        self._loops: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _LoopPools] = weakref.WeakKeyDictionary()
        self._last: _LoopPools | None = None
        self._lock = threading.Lock()
        self._closed = False

    def _pools(self) -> _LoopPools:
        """The running loop's pools (an httpx2 client's pools, and asyncio connections, belong to one loop)."""
        import asyncio

        loop = asyncio.get_running_loop()
        last = self._last
        if last is not None and last.loop is loop:
            return last
        with self._lock:
            pools = self._loops.get(loop)
            if pools is None:
                for other in [other for other in self._loops if other.is_closed()]:
                    del self._loops[other]  # their sockets closed with them
                pools = self._loops[loop] = _LoopPools(loop, self._settings)
            self._last = pools
            return pools

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        if self._closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        pools = self._pools()
        if self._pick is None or not _httpx_clients.FAST_PATHS:
            return await pools.client().send(request, stream=True)
        if self._pick(request.url) is self._direct:
            return await pools.lean().handle_async_request(request)
        picked: httpx2.AsyncBaseTransport = pools.client()._transport_for_url(request.url)
        return await picked.handle_async_request(request)

    def __repr__(self) -> str:
        trust_env = self._settings.trust_env
        return f"AsyncDefaultTransport(direct='http11', trust_env={trust_env}, proxy={self.proxy!r})"

    async def aclose(self) -> None:
        """Close the running loop's pools; those of other loops are closed on their loops, or dropped."""
        import asyncio

        self._closed = True
        with self._lock:
            loops = list(self._loops.items())
            self._loops.clear()
            self._last = None
        running = asyncio.get_running_loop()
        for loop, pools in loops:
            if loop is running:
                await pools.aclose()
            elif not loop.is_closed():
                asyncio.run_coroutine_threadsafe(pools.aclose(), loop)


class _LoopPools:
    """One event loop's pools: the lean one for direct requests, an httpx2 client for proxies."""

    __slots__ = ("_client", "_lean", "_settings", "loop")

    def __init__(self, loop: asyncio.AbstractEventLoop, settings: _Settings) -> None:
        self.loop = loop
        self._settings = settings
        self._lean: AsyncHTTP11Transport | None = None
        self._client: httpx2.AsyncClient | None = None

    def lean(self) -> AsyncHTTP11Transport:
        if self._lean is None:
            from ._http11_async import AsyncHTTP11Transport

            self._lean = AsyncHTTP11Transport(verify=self._settings.tls(), limits=self._settings.limits)
        return self._lean

    def client(self) -> httpx2.AsyncClient:
        if self._client is None:
            self._client = self._settings.async_client()
        return self._client

    async def aclose(self) -> None:
        if self._lean is not None:
            await self._lean.aclose()
        if self._client is not None:
            await self._client.aclose()
