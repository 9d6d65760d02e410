"""The default connection layer: chosen for each URL as an httpx2 client chooses it (async: aiohttp for direct ones).

An httpx2 client that is given a transport ignores the environment, and ``create_client`` must
give one (its signing transport). So the signing transport sends through a plain inner httpx2
client instead, which honours ``trust_env`` as httpx2 does: ``HTTP_PROXY`` / ``HTTPS_PROXY`` /
``ALL_PROXY`` / ``NO_PROXY``, ``SSL_CERT_FILE`` / ``SSL_CERT_DIR``. Sync requests go to httpx2's
``HTTPTransport``; async ones on a direct connection to :class:`AiohttpTransport` (aiohttp's pool)
when aiohttp is installed, else, and whenever a proxy applies, to httpx2's ``AsyncHTTPTransport``.

Where the httpx2 fast paths hold (``_httpx_clients.FAST_PATHS``), the request goes straight to the
transport the inner client picks for its URL (``_transport_for_url``: its pool, or the proxy its
environment names) rather than through the inner client's whole ``send``, which would add a second
round of redirect and cookie handling and a second ``HTTP Request`` log line to the outer client's.
Elsewhere ``send`` is the public path, tested alike.
"""

from __future__ import annotations

import ssl
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx2

from . import _httpx_clients

if TYPE_CHECKING:  # both loaded at the first async call: `import orderly_auth` and sync calls never load asyncio
    import asyncio

    from ._aiohttp_transport import AiohttpTransport

__all__ = ["DEFAULT_LIMITS", "AsyncDefaultTransport", "DefaultTransport"]

DEFAULT_LIMITS = httpx2.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)


def _picker(client: httpx2.Client | httpx2.AsyncClient) -> Callable[[httpx2.URL], Any] | None:
    """The inner client's choice of transport for a URL, when this httpx2 has the internal it uses."""
    pick = getattr(client, "_transport_for_url", None)
    return pick if callable(pick) else None


class DefaultTransport(httpx2.BaseTransport):
    """Sends each request through an inner ``httpx2.Client``: httpx2's transports, proxies from the environment."""

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool = True,
        trust_env: bool = True,
        proxy: str | None = None,
        limits: httpx2.Limits = DEFAULT_LIMITS,
    ) -> None:
        self.proxy = proxy
        # No timeout of its own (each request carries the outer client's), no redirects, no auth.
        self.client = httpx2.Client(verify=verify, trust_env=trust_env, proxy=proxy, limits=limits, timeout=None)
        self._pick = _picker(self.client)

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        if self._pick is not None and _httpx_clients.FAST_PATHS:
            if self.client.is_closed:
                raise RuntimeError("Cannot send a request, as the client has been closed.")
            transport: httpx2.BaseTransport = self._pick(request.url)
            return transport.handle_request(request)
        return self.client.send(request, stream=True)

    def __repr__(self) -> str:
        return f"httpx2.HTTPTransport(trust_env={self.client.trust_env}, proxy={self.proxy!r})"

    def close(self) -> None:
        self.client.close()


class AsyncDefaultTransport(httpx2.AsyncBaseTransport):
    """The default async connection layer: aiohttp's pool where httpx2 would connect directly, else httpx2's own.

    Each request goes where an ``httpx2.AsyncClient`` with these settings would send it: a proxy the
    settings or the environment name for its URL (``HTTPS_PROXY``, ``NO_PROXY``, ...) through httpx2's
    proxy transport, a direct connection through :class:`AiohttpTransport` (several times cheaper on
    small requests) when aiohttp 3.11+ is installed (the ``aiohttp`` extra), else through httpx2's
    ``AsyncHTTPTransport``. aiohttp is imported at the first async call, never at ``import``.

    Connections belong to the event loop that opened them: the same client works under a second
    ``asyncio.run`` (a new pool there), and a closed loop's pool is dropped.
    """

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool = True,
        trust_env: bool = True,
        proxy: str | None = None,
        limits: httpx2.Limits = DEFAULT_LIMITS,
    ) -> None:
        self.proxy = proxy
        self._settings: dict[str, Any] = {"verify": verify, "trust_env": trust_env, "proxy": proxy, "limits": limits}
        # Chooses the way for each URL as httpx2 would; it never sends (its pools would belong to one loop).
        self.router = httpx2.AsyncClient(**self._settings, timeout=None)
        self._pick = _picker(self.router)
        self._direct = getattr(self.router, "_transport", None)
        self._fast: AiohttpTransport | None = None
        self._engine: str | None = None  # "aiohttp" or "httpx2", decided at the first call
        self._clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx2.AsyncClient] = (
            weakref.WeakKeyDictionary()
        )
        self._lock = threading.Lock()
        self._closed = False

    @property
    def engine(self) -> str:
        """What sends direct requests: ``aiohttp`` when it is installed, else ``httpx2``."""
        if self._engine is None:
            from ._aiohttp_transport import AiohttpTransport, aiohttp_available

            self._engine = "aiohttp" if aiohttp_available() else "httpx2"
            if self._engine == "aiohttp":
                settings = self._settings
                self._fast = AiohttpTransport(
                    verify=settings["verify"], trust_env=settings["trust_env"], limits=settings["limits"]
                )
        return self._engine

    def _client(self) -> httpx2.AsyncClient:
        """This loop's inner httpx2 client (httpx2's pools are bound to the loop that opened them)."""
        import asyncio

        loop = asyncio.get_running_loop()
        with self._lock:
            client = self._clients.get(loop)
            if client is None:
                client = self._clients[loop] = httpx2.AsyncClient(**self._settings, timeout=None)
            return client

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        if self._closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        if self._pick is None or not _httpx_clients.FAST_PATHS:
            return await self._client().send(request, stream=True)
        direct = self._pick(request.url) is self._direct
        if direct and (self._fast is not None or self.engine == "aiohttp"):
            assert self._fast is not None
            return await self._fast.handle_async_request(request)
        client = self._client()
        picked: httpx2.AsyncBaseTransport = client._transport_for_url(request.url)
        return await picked.handle_async_request(request)

    def __repr__(self) -> str:
        engine = self._engine or "aiohttp if installed, else httpx2"
        return f"AsyncDefaultTransport(engine={engine!r}, trust_env={self.router.trust_env}, proxy={self.proxy!r})"

    async def aclose(self) -> None:
        import asyncio

        self._closed = True
        if self._fast is not None:
            await self._fast.aclose()
        running = asyncio.get_running_loop()
        with self._lock:
            clients = list(self._clients.items())
            self._clients.clear()
        for loop, client in clients:
            if loop is running:
                await client.aclose()
            elif not loop.is_closed():
                asyncio.run_coroutine_threadsafe(client.aclose(), loop)
