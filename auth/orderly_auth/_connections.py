"""The default connection layer: httpx2's own transports, chosen for each URL as an httpx2 client chooses them.

An httpx2 client that is given a transport ignores the environment, and ``create_client`` must
give one (its signing transport). So the signing transport sends through a plain inner httpx2
client instead, which honours ``trust_env`` as httpx2 does: ``HTTP_PROXY`` / ``HTTPS_PROXY`` /
``ALL_PROXY`` / ``NO_PROXY``, ``SSL_CERT_FILE`` / ``SSL_CERT_DIR``, and hands every request to
httpx2's ``HTTPTransport`` / ``AsyncHTTPTransport``, where tools that hook httpx2 see it.

Where the httpx2 fast paths hold (``_httpx_clients.FAST_PATHS``), the request goes straight to the
transport the inner client picks for its URL (``_transport_for_url``: its pool, or the proxy its
environment names) rather than through the inner client's whole ``send``, which would add a second
round of redirect and cookie handling and a second ``HTTP Request`` log line to the outer client's.
Elsewhere ``send`` is the public path, tested alike.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
from typing import Any

import httpx2

from . import _httpx_clients

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
    """The async twin of :class:`DefaultTransport`, through an inner ``httpx2.AsyncClient``."""

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool = True,
        trust_env: bool = True,
        proxy: str | None = None,
        limits: httpx2.Limits = DEFAULT_LIMITS,
    ) -> None:
        self.proxy = proxy
        self.client = httpx2.AsyncClient(verify=verify, trust_env=trust_env, proxy=proxy, limits=limits, timeout=None)
        self._pick = _picker(self.client)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        if self._pick is not None and _httpx_clients.FAST_PATHS:
            if self.client.is_closed:
                raise RuntimeError("Cannot send a request, as the client has been closed.")
            transport: httpx2.AsyncBaseTransport = self._pick(request.url)
            return await transport.handle_async_request(request)
        return await self.client.send(request, stream=True)

    def __repr__(self) -> str:
        return f"httpx2.AsyncHTTPTransport(trust_env={self.client.trust_env}, proxy={self.proxy!r})"

    async def aclose(self) -> None:
        await self.client.aclose()
