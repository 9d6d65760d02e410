"""The default connection layer: httpx2's own transports, chosen for each URL as an httpx2 client chooses them.

An httpx2 client that is given a transport ignores the environment, and ``create_client`` must
give one (its signing transport). So the signing transport sends through a plain inner httpx2
client instead, which honours ``trust_env`` as httpx2 does: ``HTTP_PROXY`` / ``HTTPS_PROXY`` /
``ALL_PROXY`` / ``NO_PROXY``, ``SSL_CERT_FILE`` / ``SSL_CERT_DIR``, and hands every request to
httpx2's ``HTTPTransport`` / ``AsyncHTTPTransport``, where tools that hook httpx2 see it.
Only public httpx2 API is used.
"""

from __future__ import annotations

import ssl

import httpx2

__all__ = ["DEFAULT_LIMITS", "AsyncDefaultTransport", "DefaultTransport"]

DEFAULT_LIMITS = httpx2.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)


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

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
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

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        return await self.client.send(request, stream=True)

    def __repr__(self) -> str:
        return f"httpx2.AsyncHTTPTransport(trust_env={self.client.trust_env}, proxy={self.proxy!r})"

    async def aclose(self) -> None:
        await self.client.aclose()
