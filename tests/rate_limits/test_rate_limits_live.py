"""Client-side rate limits derived from the spec, against a sandbox that enforces the same limits."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import pytest

from orderly_auth import OrderlyTransport, RateLimitConfig, RateLimitError, RetryConfig, create_client
from orderly_auth._ratelimit import RateLimiterRegistry
from orderly_auth._routes import RouteTable
from orderly_client.api import OPERATIONS
from orderly_client.api.private import get_v1_liquidations, get_v1_orders, get_v1_position_history
from orderly_sandbox import Sandbox
from tests.faulty_clients import Sleeps, make_client

LIMITED = RateLimitConfig()  # the documented limits, as create_client uses them by default


def _limit(method: str, path: str) -> tuple[int, float, str]:
    op = next(o for o in OPERATIONS if (o.method, o.path) == (method, path))
    assert op.rate_limit is not None
    return op.rate_limit.requests, op.rate_limit.period, op.rate_limit.scope


@pytest.fixture
def enforcing() -> Iterator[Sandbox]:
    """A sandbox that answers 429 / -1003 past each operation's documented limit."""
    with Sandbox(enforce_rate_limits=True) as sb:
        yield sb


def _rejected(sandbox: Sandbox) -> list[object]:
    return [r for r in sandbox.requests if r.status == 429 or r.code == -1003]


def test_a_burst_of_three_times_the_limit_gets_no_429_sync(enforcing: Sandbox) -> None:
    requests, _, _ = _limit("GET", "/v1/orders")
    client = make_client(enforcing.base_url, enforcing.credentials, Sleeps(real=True), rate_limit=LIMITED)
    for _ in range(3 * requests):
        get_v1_orders.sync(client=client)
    assert len(enforcing.requests) == 3 * requests
    assert _rejected(enforcing) == []


def test_a_burst_of_three_times_the_limit_gets_no_429_async(enforcing: Sandbox) -> None:
    requests, _, _ = _limit("GET", "/v1/orders")

    async def burst() -> None:
        registry = RateLimiterRegistry()
        async with create_client(enforcing.credentials, base_url=enforcing.base_url, rate_limiters=registry) as client:
            await asyncio.gather(*(get_v1_orders.asyncio(client=client) for _ in range(3 * requests)))

    asyncio.run(burst())
    assert len(enforcing.requests) == 3 * requests
    assert _rejected(enforcing) == []


def test_per_ip_limits_are_shared_by_clients_of_different_accounts(enforcing: Sandbox) -> None:
    requests, _, scope = _limit("GET", "/v1/liquidations")
    assert scope == "ip"
    registry = RateLimiterRegistry()
    clients = [
        create_client(creds, base_url=enforcing.base_url, rate_limiters=registry)
        for creds in (enforcing.credentials, enforcing.add_account())
    ]
    transports = [c.get_httpx_client()._transport for c in clients]
    route = RouteTable().lookup("GET", "/v1/liquidations")
    assert isinstance(transports[0], OrderlyTransport)
    assert isinstance(transports[1], OrderlyTransport)
    assert transports[0].limiter_for(route) is transports[1].limiter_for(route)

    def fire(index: int) -> None:
        for _ in range(3 * requests // 2):
            get_v1_liquidations.sync(client=clients[index])

    threads = [threading.Thread(target=fire, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(enforcing.requests) == 3 * requests
    assert _rejected(enforcing) == []


def test_per_account_limits_are_not_shared_between_accounts(enforcing: Sandbox) -> None:
    requests, _, scope = _limit("GET", "/v1/position_history")
    assert scope == "user"
    registry = RateLimiterRegistry()
    accounts = [enforcing.credentials, enforcing.add_account()]
    clients = [create_client(c, base_url=enforcing.base_url, rate_limiters=registry) for c in accounts]
    same_account = create_client(accounts[0], base_url=enforcing.base_url, rate_limiters=registry)
    route = RouteTable().lookup("GET", "/v1/position_history")
    limiters = [c.get_httpx_client()._transport.limiter_for(route) for c in (*clients, same_account)]  # type: ignore[attr-defined]
    assert limiters[0] is not limiters[1]
    assert limiters[0] is limiters[2]
    for client in clients:
        for _ in range(requests):
            get_v1_position_history.sync(client=client, limit=10)
    assert _rejected(enforcing) == []


def test_a_429_that_still_arrives_slows_the_limiter(enforcing: Sandbox) -> None:
    """The server allows fewer requests than documented: the 429 pauses the limiter, then all succeed."""
    enforcing.set_rate_limit("GET", "/v1/orders", 2, 1.0)
    sleeps = Sleeps(real=True)
    retry = RetryConfig(wait_initial=0.01, wait_max=0.01)
    client = make_client(enforcing.base_url, enforcing.credentials, sleeps, retry=retry, rate_limit=LIMITED)
    for _ in range(3):
        get_v1_orders.sync(client=client)
    assert len(_rejected(enforcing)) == 1
    # The retry's backoff is 10 ms at most: a wait near the 1 s period can only be the limiter's pause.
    assert max(sleeps.delays) > 0.5
    assert [r.status for r in enforcing.requests] == [200, 200, 429, 200]


def test_limits_can_be_switched_off(enforcing: Sandbox) -> None:
    requests, _, _ = _limit("GET", "/v1/orders")
    client = create_client(
        enforcing.credentials,
        base_url=enforcing.base_url,
        rate_limit=RateLimitConfig(enabled=False),
        retry=RetryConfig.off(),
        rate_limiters=RateLimiterRegistry(),
    )
    for _ in range(requests):
        get_v1_orders.sync(client=client)
    with pytest.raises(RateLimitError):  # sent at once: the server's limit answered
        get_v1_orders.sync(client=client)
    assert len(_rejected(enforcing)) == 1
