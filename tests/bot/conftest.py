"""Fixtures for the bot layer: a sandbox without server-side rate limits, and a client on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from orderly_auth import OrderlyClient, RateLimitConfig, RetryConfig, create_client
from orderly_auth.sandbox import Sandbox


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(enforce_rate_limits=False) as sb:
        yield sb


def client_for(sb: Sandbox, **kwargs: object) -> OrderlyClient:
    """A client of the sandbox's account: no client-side pacing, quick retries."""
    return create_client(
        sb.credentials,
        base_url=sb.base_url,
        rate_limit=RateLimitConfig(enabled=False),
        retry=RetryConfig(attempts=3, wait_initial=0.01, wait_max=0.05),
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[OrderlyClient]:
    c = client_for(sandbox)
    yield c
    c.close()
