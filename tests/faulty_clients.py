"""Clients whose transport records each backoff instead of sleeping it, for the retry and rate-limit tests."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx2

from orderly_auth import Credentials, OrderlyTransport, RateLimitConfig, RetryConfig
from orderly_auth._connections import AsyncDefaultTransport, DefaultTransport
from orderly_auth._ratelimit import RateLimiterRegistry
from orderly_client.client import AuthenticatedClient


class Sleeps:
    """Records every wait the transport asks for; waits only a token 2 ms (timestamps move on) unless ``real``."""

    def __init__(self, *, real: bool = False) -> None:
        self.delays: list[float] = []
        self.real = real

    def sleep(self, seconds: float) -> None:
        self.delays.append(seconds)
        time.sleep(seconds if self.real else 0.002)

    async def async_sleep(self, seconds: float) -> None:
        import asyncio

        self.delays.append(seconds)
        await asyncio.sleep(seconds if self.real else 0.002)


def make_client(
    base_url: str,
    credentials: Credentials | None,
    sleeps: Sleeps,
    *,
    retry: RetryConfig | None = None,
    rate_limit: RateLimitConfig | None = None,
    registry: RateLimiterRegistry | None = None,
    rng: Callable[[], float] = lambda: 0.5,
    read_timeout: float = 5.0,
) -> AuthenticatedClient:
    """A client like create_client's (its default connection layers), with sleep, jitter and limiters injected."""
    transport = OrderlyTransport(
        credentials=credentials,
        retry=retry or RetryConfig(attempts=4, timeout=30.0, wait_initial=0.1, wait_max=2.0),
        rate_limit=rate_limit or RateLimitConfig(enabled=False),
        registry=registry if registry is not None else RateLimiterRegistry(),
        server=base_url,
        sleep=sleeps.sleep,
        async_sleep=sleeps.async_sleep,
        rng=rng,
        sync_transport=DefaultTransport(trust_env=False),  # the default connection layers
        async_transport=AsyncDefaultTransport(trust_env=False),
    )
    timeout = httpx2.Timeout(read_timeout, connect=2.0)
    client = AuthenticatedClient(base_url=base_url, timeout=timeout)
    client.set_httpx_client(httpx2.Client(base_url=base_url, transport=transport, timeout=timeout))
    client.set_async_httpx_client(httpx2.AsyncClient(base_url=base_url, transport=transport, timeout=timeout))
    return client
