"""What the bot tests share: a client of a sandbox's account."""

from __future__ import annotations

from orderly_auth import OrderlyClient, RateLimitConfig, RetryConfig, create_client
from orderly_sandbox import Sandbox


def client_for(sb: Sandbox, **kwargs: object) -> OrderlyClient:
    """A client of the sandbox's account: no client-side pacing, quick retries."""
    return create_client(
        sb.credentials,
        base_url=sb.base_url,
        rate_limit=RateLimitConfig(enabled=False),
        retry=RetryConfig(attempts=3, wait_initial=0.01, wait_max=0.05),
        **kwargs,  # type: ignore[arg-type]
    )
