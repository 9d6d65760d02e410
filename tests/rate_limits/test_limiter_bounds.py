"""Bounds on rate-limit waits: the penalty cap, the wait budget, and the config that sets them."""

from __future__ import annotations

import logging
import math

import pytest

from orderly_auth import RateLimitWaitError
from orderly_auth._ratelimit import RateLimit, RateLimitConfig, RateLimiterRegistry, SlidingWindowLimiter, check_wait


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_day_long_penalty_is_capped() -> None:
    limiter = SlidingWindowLimiter(10, 1.0, clock=FakeClock())
    limiter.penalize(86400.0)
    assert limiter.acquire() == 60.0


def test_the_cap_comes_from_the_config() -> None:
    clock = FakeClock()
    limiter = RateLimiterRegistry(clock=clock).limiter(("k",), RateLimit(10, 1), RateLimitConfig(max_penalty=5))
    limiter.penalize(1e9)
    assert limiter.acquire() == 5.0
    limiter.penalize(2.0)  # a shorter penalty never shortens a running one
    assert limiter.acquire() == 5.0


@pytest.mark.parametrize("bad", [0, -1, math.inf, math.nan])
def test_max_penalty_must_be_positive_and_finite(bad: float) -> None:
    with pytest.raises(ValueError, match="max_penalty"):
        SlidingWindowLimiter(1, 1.0, max_penalty=bad)
    with pytest.raises(ValueError, match="max_penalty"):
        RateLimitConfig(max_penalty=bad)


@pytest.mark.parametrize(
    ("config", "request_timeout", "retry_timeout", "budget"),
    [
        (RateLimitConfig(), 5.0, 30.0, 5.0),  # the request's timeout
        (RateLimitConfig(), 60.0, 30.0, 30.0),  # never past the retry budget
        (RateLimitConfig(), None, 30.0, 30.0),  # no request timeout: the retry budget
        (RateLimitConfig(), None, math.inf, math.inf),  # both unbounded on purpose
        (RateLimitConfig(max_wait=2), 5.0, 30.0, 2.0),
        (RateLimitConfig(max_wait=120), 5.0, 30.0, 120.0),  # an explicit max wait wins
        (RateLimitConfig(max_wait=0), 5.0, 30.0, 0.0),
        (RateLimitConfig(fail_fast=True), 5.0, 30.0, 0.0),
        (RateLimitConfig(fail_fast=True, max_wait=0), 5.0, 30.0, 0.0),
    ],
)
def test_wait_budget(
    config: RateLimitConfig, request_timeout: float | None, retry_timeout: float, budget: float
) -> None:
    assert config.wait_budget(request_timeout, retry_timeout) == budget


def test_fail_fast_with_a_max_wait_is_a_contradiction() -> None:
    with pytest.raises(ValueError, match="fail_fast"):
        RateLimitConfig(fail_fast=True, max_wait=3)


@pytest.mark.parametrize("bad", [-1, math.nan])
def test_max_wait_must_be_a_number_of_seconds(bad: float) -> None:
    with pytest.raises(ValueError, match="max_wait"):
        RateLimitConfig(max_wait=bad)


def test_check_wait_refuses_past_the_budget_and_logs_long_waits(caplog: pytest.LogCaptureFixture) -> None:
    limiter = SlidingWindowLimiter(10, 60.0)
    config = RateLimitConfig(log_wait=1.0)
    kw = {"method": "GET", "path": "/v1/client/info", "limiter": limiter}
    with caplog.at_level(logging.INFO, logger="orderly_auth"):
        check_wait(config, 0.5, waited=0.0, budget=5.0, **kw)  # type: ignore[arg-type]
        assert caplog.records == []
        check_wait(config, 4.0, waited=0.5, budget=5.0, **kw)  # type: ignore[arg-type]
        assert [r.getMessage() for r in caplog.records] == [
            "GET /v1/client/info waits 4 s for its rate limit (10 per 60 s)"
        ]
        with pytest.raises(RateLimitWaitError) as info:
            check_wait(config, 4.0, waited=1.5, budget=5.0, **kw)  # type: ignore[arg-type]
    error = info.value
    assert (error.wait, error.code, error.status_code, error.method, error.path) == (
        4.0,
        -1003,
        429,
        "GET",
        "/v1/client/info",
    )
    assert str(error) == (
        "GET /v1/client/info: not sent: its rate limit (10 per 60 s) needs a wait of 4 s "
        "and the call may wait 5 s in all"
    )
