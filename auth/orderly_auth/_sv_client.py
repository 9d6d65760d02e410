"""``create_sv_client``: the generated Strategy Vault client, on the same transport as ``create_client``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx2
from orderly_sv_client import api as sv_api
from orderly_sv_client.client import Client

from orderly_client.api import Operation, RateLimit

from ._client import build_pipeline, merge_settings
from ._config import ENV_SV_BASE_URL, SV_NETWORKS, resolve_base_url
from ._ratelimit import RateLimitConfig, RateLimiterRegistry
from ._retry import RetryConfig
from ._routes import RouteTable
from ._settings import Settings
from ._transport import DEFAULT_MAX_RESPONSE_SIZE

_SV_ROUTES: RouteTable | None = None


def sv_routes() -> RouteTable:
    """The route table of the Strategy Vault spec (its rate limits; all public), built once per process."""
    global _SV_ROUTES  # noqa: PLW0603
    if _SV_ROUTES is None:
        _SV_ROUTES = RouteTable(
            Operation(
                op.method,
                op.path,
                op.module,
                op.signed,
                op.scope,
                RateLimit(*op.rate_limit) if op.rate_limit is not None else None,
                resend_safe=op.resend_safe,
            )
            for op in sv_api.OPERATIONS
        )
    return _SV_ROUTES


def create_sv_client(
    *,
    network: str | None = None,
    base_url: str | None = None,
    settings: Settings | None = None,
    timeout: float | httpx2.Timeout | None = None,
    retry: RetryConfig | None = None,
    rate_limit: RateLimitConfig | None = None,
    raise_on_error: bool = True,
    headers: Mapping[str, str] | None = None,
    limits: httpx2.Limits | None = None,
    proxy: str | None = None,
    verify: bool | str = True,
    trust_env: bool = True,
    transport: httpx2.BaseTransport | None = None,
    async_transport: httpx2.AsyncBaseTransport | None = None,
    rate_limiters: RateLimiterRegistry | None = None,
    max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
) -> Client:
    """A generated ``orderly_sv_client`` ``Client`` for the Strategy Vault API, usable sync and async.

    Its operations are public: nothing is signed. ``network`` (``mainnet``/``testnet``) or
    ``base_url`` choose the server (``https://api-sv.orderly.org``, ``https://testnet-api-sv.orderly.org``),
    else ``ORDERLY_NETWORK`` / ``ORDERLY_SV_BASE_URL``, else mainnet. Retries, documented rate
    limits, errors, ``settings`` and the other options are those of :func:`orderly_auth.create_client`.
    """
    chosen = merge_settings(
        settings,
        timeout=timeout,
        retry=retry,
        rate_limit=rate_limit,
        raise_on_error=raise_on_error,
        headers=headers,
        limits=limits,
        proxy=proxy,
        verify=verify,
        trust_env=trust_env,
        transport=transport,
        async_transport=async_transport,
        rate_limiters=rate_limiters,
        max_response_size=max_response_size,
    )
    url = resolve_base_url(network, base_url, networks=SV_NETWORKS, env_base_url=ENV_SV_BASE_URL)
    return sv_client_from_settings(url, chosen)


def sv_client_from_settings(url: str, settings: Settings) -> Client:
    """The Strategy Vault client of :func:`create_sv_client` for a resolved ``url`` (nothing signed: no recv_window)."""
    pipeline, httpx_timeout, all_headers = build_pipeline(
        url, credentials=None, settings=settings.replace(recv_window=None), routes=sv_routes()
    )
    from ._httpx_clients import OrderlyAsyncHTTPClient, OrderlyHTTPClient  # here: `import orderly_auth` stays light

    httpx_settings: dict[str, Any] = {
        "base_url": url,
        "timeout": httpx_timeout,
        "headers": all_headers,
        "transport": pipeline,
    }
    client = Client(base_url=url, timeout=httpx_timeout, headers=all_headers)
    client.set_httpx_client(OrderlyHTTPClient(**httpx_settings))
    client.set_async_httpx_client(OrderlyAsyncHTTPClient(**httpx_settings))
    return client
