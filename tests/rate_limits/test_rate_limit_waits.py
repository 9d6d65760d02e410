"""Rate-limit waits are bounded (the call's own time budget, a max wait, or fail fast); long ones are logged.

Over loopback against the sandbox, with limits applied on the client side. The limiters run on a
clock that only the recorded sleeps move, so every wait is exact and nothing depends on timing; a
sleep over a few seconds fails the test instead of stalling it.
"""

from __future__ import annotations

import asyncio
import logging

import pytest

from orderly_auth import (
    RateLimitConfig,
    RateLimitError,
    RateLimitWaitError,
    RetryConfig,
    create_client,
)
from orderly_auth._ratelimit import RateLimiterRegistry
from orderly_client.api.private import get_v1_broker_fee_rate_default, get_v1_client_info, get_v1_orders
from orderly_client.client import AuthenticatedClient
from orderly_sandbox import Fault, Sandbox
from tests.faulty_clients import Sleeps, make_client

TEN_PER_MINUTE = "/v1/client/info"  # 10 requests per 60 s
ONE_PER_SECOND = "/v1/broker/fee_rate/default"  # 1 request per 1 s


class FakeClock:
    """The limiters' clock: it moves only when a sleep is recorded."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class BoundedSleeps(Sleeps):
    """Records waits like :class:`Sleeps` and moves the fake clock by them; one over ``limit`` s fails the test."""

    def __init__(self, limit: float = 3.0) -> None:
        super().__init__()
        self.limit = limit
        self.clock = FakeClock()

    def sleep(self, seconds: float) -> None:
        if seconds > self.limit:
            raise AssertionError(f"asked to sleep {seconds:.6g} s")
        self.clock.now += seconds
        super().sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        if seconds > self.limit:
            raise AssertionError(f"asked to sleep {seconds:.6g} s")
        self.clock.now += seconds
        await super().async_sleep(seconds)

    def registry(self) -> RateLimiterRegistry:
        """A limiter registry on this fake clock."""
        return RateLimiterRegistry(clock=self.clock)


def _sent(sandbox: Sandbox, before: int, path: str) -> int:
    return sum(1 for r in list(sandbox.requests)[before:] if r.path == path)


def _client(
    sandbox: Sandbox,
    sleeps: BoundedSleeps,
    registry: RateLimiterRegistry | None = None,
    *,
    config: RateLimitConfig | None = None,
    timeout: float = 5.0,
    retry: RetryConfig | None = None,
) -> AuthenticatedClient:
    return make_client(
        sandbox.base_url,
        sandbox.credentials,
        sleeps,
        rate_limit=config or RateLimitConfig(),
        registry=registry if registry is not None else sleeps.registry(),
        read_timeout=timeout,
        retry=retry,
    )


def test_a_day_long_retry_after_does_not_stall_this_client_or_the_next(sandbox: Sandbox) -> None:
    sleeps = BoundedSleeps()
    registry = sleeps.registry()
    first = _client(sandbox, sleeps, registry)
    second = _client(sandbox, sleeps, registry)
    sandbox.inject("GET", "/v1/orders", Fault.http(429, retry_after=86400.0))
    before = len(sandbox.requests)
    with pytest.raises(RateLimitError) as server_said:  # the server's 429: not retried, a day is past the budget
        get_v1_orders.sync(client=first)
    assert not isinstance(server_said.value, RateLimitWaitError)
    for client in (first, second):
        with pytest.raises(RateLimitWaitError) as info:
            get_v1_orders.sync(client=client)
        # The pause is capped at max_penalty (60 s by default), and a 60 s wait is past the 5 s budget.
        assert info.value.wait == 60.0
        assert info.value.code == -1003
        assert "not sent" in str(info.value)
    assert _sent(sandbox, before, "/v1/orders") == 1
    assert sleeps.delays == []


def test_the_eleventh_call_of_ten_per_minute_fails_within_its_timeout(sandbox: Sandbox) -> None:
    sleeps = BoundedSleeps()
    client = _client(sandbox, sleeps, timeout=5.0)
    before = len(sandbox.requests)
    for _ in range(10):
        get_v1_client_info.sync(client=client)
    with pytest.raises(RateLimitWaitError) as info:
        get_v1_client_info.sync(client=client)
    assert info.value.wait == pytest.approx(60.005)  # the oldest slot frees a window (and margin) from now
    assert "10 per 60 s" in str(info.value)
    assert _sent(sandbox, before, TEN_PER_MINUTE) == 10
    assert sleeps.delays == []


def test_the_budget_is_the_retry_timeout_when_that_is_shorter(sandbox: Sandbox) -> None:
    sleeps = BoundedSleeps()
    retry = RetryConfig(timeout=0.5)
    client = _client(sandbox, sleeps, timeout=30.0, retry=retry)
    get_v1_broker_fee_rate_default.sync(client=client)
    with pytest.raises(RateLimitWaitError):  # ~1 s to the next slot, 0.5 s allowed
        get_v1_broker_fee_rate_default.sync(client=client)


def test_a_wait_within_the_budget_is_waited_and_logged(sandbox: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    sleeps = BoundedSleeps()
    config = RateLimitConfig(log_wait=0.5)
    client = _client(sandbox, sleeps, config=config)
    before = len(sandbox.requests)
    with caplog.at_level(logging.INFO, logger="orderly_auth"):
        get_v1_broker_fee_rate_default.sync(client=client)
        get_v1_broker_fee_rate_default.sync(client=client)
    assert _sent(sandbox, before, ONE_PER_SECOND) == 2
    waits = [r for r in caplog.records if "for its rate limit" in r.getMessage()]
    assert sleeps.delays == [pytest.approx(1.005)]  # the 1 s window and its 5 ms margin
    assert len(waits) == 1
    assert all(r.levelno == logging.INFO for r in waits)
    assert f"GET {ONE_PER_SECOND} waits" in waits[0].getMessage()
    assert "(1 per 1 s)" in waits[0].getMessage()


def test_short_waits_are_not_logged_at_info(sandbox: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    sleeps = BoundedSleeps()
    client = _client(sandbox, sleeps, config=RateLimitConfig(log_wait=5.0))
    with caplog.at_level(logging.INFO, logger="orderly_auth"):
        get_v1_broker_fee_rate_default.sync(client=client)
        get_v1_broker_fee_rate_default.sync(client=client)
    assert sleeps.delays, "the second call had to wait"
    assert not [r for r in caplog.records if "for its rate limit" in r.getMessage()]


@pytest.mark.parametrize(
    "config", [RateLimitConfig(fail_fast=True), RateLimitConfig(max_wait=0.05)], ids=["fail_fast", "max_wait"]
)
def test_fail_fast_and_max_wait_refuse_a_wait(config: RateLimitConfig, sandbox: Sandbox) -> None:
    sleeps = BoundedSleeps()
    client = _client(sandbox, sleeps, config=config, timeout=30.0)
    before = len(sandbox.requests)
    get_v1_broker_fee_rate_default.sync(client=client)
    with pytest.raises(RateLimitWaitError) as info:
        get_v1_broker_fee_rate_default.sync(client=client)
    assert info.value.wait == pytest.approx(1.005)
    assert _sent(sandbox, before, ONE_PER_SECOND) == 1
    assert sleeps.delays == []


def test_async_calls_refuse_the_same_way(sandbox: Sandbox) -> None:
    sleeps = BoundedSleeps()
    client = _client(sandbox, sleeps, config=RateLimitConfig(fail_fast=True))

    async def run() -> None:
        await get_v1_broker_fee_rate_default.asyncio(client=client)
        with pytest.raises(RateLimitWaitError):
            await get_v1_broker_fee_rate_default.asyncio(client=client)

    before = len(sandbox.requests)
    asyncio.run(run())
    assert _sent(sandbox, before, ONE_PER_SECOND) == 1


def test_create_client_ties_the_budget_to_its_timeout(sandbox: Sandbox) -> None:
    registry = RateLimiterRegistry(clock=FakeClock())  # frozen: the next slot stays 1.005 s away
    with create_client(sandbox.credentials, base_url=sandbox.base_url, timeout=0.5, rate_limiters=registry) as client:
        get_v1_broker_fee_rate_default.sync(client=client)
        before = len(sandbox.requests)
        with pytest.raises(RateLimitWaitError) as info:
            get_v1_broker_fee_rate_default.sync(client=client)
    assert "may wait 0.5 s" in str(info.value)
    assert _sent(sandbox, before, ONE_PER_SECOND) == 0
