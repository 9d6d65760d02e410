"""Sliding-window rate limiter: never more than N grants in any window of T, and no slower than needed."""

from __future__ import annotations

import bisect
import itertools
import math
import sys
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orderly_auth._ratelimit import (
    GLOBAL_REGISTRY,
    RateLimit,
    RateLimitConfig,
    RateLimiterRegistry,
    SlidingWindowLimiter,
    UnlimitedLimiter,
    limiter_key,
)

EPS = 1e-9


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 0.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def grant(limiter: SlidingWindowLimiter, clock: FakeClock) -> float:
    """Reserve and return the absolute grant time."""
    return clock.now + limiter.reserve()


def max_in_any_window(grants: list[float], period: float) -> int:
    """Most grants inside any half-open window [g, g + period); windows starting at a grant suffice."""
    ordered = sorted(grants)
    return max(
        (bisect.bisect_left(ordered, start + period - EPS) - i for i, start in enumerate(ordered)),
        default=0,
    )


# Bursts and throughput ------------------------------------------------------------------------------


def test_burst_of_3n_goes_out_one_window_at_a_time() -> None:
    clock = FakeClock(100.0)
    limiter = SlidingWindowLimiter(5, 1.0, clock=clock)
    delays = [limiter.reserve() for _ in range(15)]
    assert delays == [0.0] * 5 + [1.0] * 5 + [2.0] * 5


def test_margin_lengthens_each_window() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(3, 2.0, margin=0.25, clock=clock)
    delays = [limiter.reserve() for _ in range(9)]
    assert delays == [0.0] * 3 + [2.25] * 3 + [4.5] * 3


def test_single_request_limit_spaces_requests_by_the_period() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(1, 60.0, clock=clock)
    assert limiter.reserve() == 0.0
    clock.advance(59.0)
    assert limiter.reserve() == pytest.approx(1.0)
    clock.advance(61.0)  # now 120: the second grant was at 60, so a third may go at 120
    assert limiter.reserve() == 0.0


def test_arrivals_at_exactly_the_limit_never_wait() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(4, 1.0, clock=clock)
    for _ in range(100):
        assert limiter.reserve() == 0.0
        clock.advance(0.25)  # exactly 4 per second


def test_window_slides_rather_than_resets() -> None:
    """A token bucket or fixed window would let the second batch through early; a sliding window does not."""
    clock = FakeClock()
    limiter = SlidingWindowLimiter(2, 1.0, clock=clock)
    assert limiter.reserve() == 0.0
    clock.advance(0.9)
    assert limiter.reserve() == 0.0
    clock.advance(0.2)  # now 1.1: the first grant (0.0) has left the window, the second (0.9) has not
    assert limiter.reserve() == 0.0
    assert limiter.reserve() == pytest.approx(0.8)  # must wait until 0.9 + 1.0


def test_sustained_backlog_runs_at_exactly_the_limit() -> None:
    clock = FakeClock()
    n, period, margin = 7, 3.0, 0.01
    limiter = SlidingWindowLimiter(n, period, margin=margin, clock=clock)
    grants = [grant(limiter, clock) for _ in range(70)]
    # 70 requests = 10 windows; the last batch goes out after exactly 9 windows: no slower than the limit.
    assert grants[-1] == pytest.approx(9 * (period + margin))
    assert max_in_any_window(grants, period + margin) == n


# Properties over random arrivals --------------------------------------------------------------------

gaps = st.lists(st.one_of(st.just(0.0), st.floats(0.0, 3.0, allow_nan=False)), max_size=300)


@settings(max_examples=200, deadline=None)
@given(
    n=st.integers(1, 12),
    period=st.floats(0.05, 5.0),
    margin=st.floats(0.0, 0.1),
    arrivals=gaps,
    penalties=st.lists(st.tuples(st.integers(0, 299), st.floats(0.0, 5.0)), max_size=5),
)
def test_never_more_than_n_in_any_window_and_never_needlessly_late(
    n: int, period: float, margin: float, arrivals: list[float], penalties: list[tuple[int, float]]
) -> None:
    clock = FakeClock(1000.0)
    limiter = SlidingWindowLimiter(n, period, margin=margin, clock=clock)
    penalty_at = dict(penalties)
    not_before = -math.inf
    grants: list[float] = []
    for i, gap in enumerate(arrivals):
        clock.advance(gap)
        if i in penalty_at and penalty_at[i] > 0:
            limiter.penalize(penalty_at[i])
            not_before = max(not_before, clock.now + penalty_at[i])
        delay = limiter.reserve()
        assert delay >= 0.0
        grants.append(clock.now + delay)
        # Not needlessly late: at arrival, or as soon as the window and any penalty allow.
        earliest = max(clock.now, not_before, grants[i - n] + period + margin if i >= n else -math.inf)
        assert math.isclose(grants[i], earliest, rel_tol=0, abs_tol=EPS), (i, grants[i], earliest)

    assert grants == sorted(grants), "grants are handed out in arrival order"
    assert max_in_any_window(grants, period) <= n
    for i in range(n, len(grants)):
        assert grants[i] - grants[i - n] >= period + margin - EPS


# Penalties ------------------------------------------------------------------------------------------


def test_penalize_delays_later_reservations() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(2, 1.0, clock=clock)
    limiter.penalize(2.0)
    assert limiter.reserve() == 2.0
    assert limiter.reserve() == 2.0
    assert limiter.reserve() == 3.0  # the window still applies after the penalty


def test_penalize_keeps_the_longer_penalty_and_expires() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(10, 1.0, clock=clock)
    limiter.penalize(5.0)
    limiter.penalize(1.0)
    assert limiter.reserve() == 5.0
    clock.advance(10.0)
    assert limiter.reserve() == 0.0


@pytest.mark.parametrize("delay", [0.0, -3.0, math.nan])
def test_penalize_ignores_non_positive_delays(delay: float) -> None:
    limiter = SlidingWindowLimiter(1, 1.0, clock=FakeClock())
    limiter.penalize(delay)
    assert limiter.reserve() == 0.0


def test_unlimited_limiter_never_waits_and_ignores_penalties() -> None:
    limiter = UnlimitedLimiter()
    limiter.penalize(100.0)
    assert [limiter.reserve() for _ in range(1000)] == [0.0] * 1000


# Config: headroom, margin, validation ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("requests", "headroom", "capacity"),
    [(10, 1.0, 10), (10, 0.5, 5), (10, 0.55, 5), (1, 0.5, 1), (10, 0.01, 1), (100, 0.29, 29), (3, 0.999, 2)],
)
def test_headroom_capacity(requests: int, headroom: float, capacity: int) -> None:
    assert RateLimitConfig(headroom=headroom).capacity(RateLimit(requests, 1)) == capacity


def test_registry_applies_headroom_and_margin() -> None:
    clock = FakeClock()
    registry = RateLimiterRegistry(clock=clock)
    limiter = registry.limiter(("k",), RateLimit(10, 1), RateLimitConfig(headroom=0.5, margin=0.125))
    assert (limiter.requests, limiter.period, limiter.margin) == (5, 1.0, 0.125)
    assert [limiter.reserve() for _ in range(6)] == [0.0] * 5 + [1.125]


def test_defaults_and_reprs() -> None:
    assert repr(RateLimitConfig()) == "RateLimitConfig(enabled=True, headroom=1.0, margin=0.005)"
    assert repr(RateLimit(10, 1)) == "RateLimit(requests=10, period=1.0)"
    assert repr(SlidingWindowLimiter(3, 2)) == "SlidingWindowLimiter(requests=3, period=2.0, margin=0.0)"
    assert repr(UnlimitedLimiter()) == "UnlimitedLimiter()"


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: RateLimit(0, 1), "requests must be a positive integer"),
        (lambda: RateLimit(True, 1), "requests must be a positive integer"),
        (lambda: RateLimit(1, 0), "period must be a positive finite"),
        (lambda: RateLimit(1, math.inf), "period must be a positive finite"),
        (lambda: RateLimitConfig(headroom=0), r"headroom must be in \(0, 1\]"),
        (lambda: RateLimitConfig(headroom=1.5), r"headroom must be in \(0, 1\]"),
        (lambda: RateLimitConfig(margin=-0.1), "margin must be a finite number >= 0"),
        (lambda: SlidingWindowLimiter(1, 1.0, margin=-1), "margin must be a finite number >= 0"),
        (lambda: SlidingWindowLimiter(-1, 1.0), "requests must be a positive integer"),
    ],
)
def test_validation(build: object, message: str) -> None:
    assert callable(build)
    with pytest.raises(ValueError, match=message):
        build()


# Threads --------------------------------------------------------------------------------------------


def test_concurrent_threads_never_exceed_the_limit() -> None:
    n, period, threads, per_thread = 5, 1.0, 8, 250
    ticks = itertools.count()
    seen = threading.local()

    def clock() -> float:
        seen.now = next(ticks) * 0.001  # each reserve() calls the clock once, in its own thread
        return float(seen.now)

    limiter = SlidingWindowLimiter(n, period, clock=clock)
    grants: list[list[float]] = [[] for _ in range(threads)]
    start = threading.Barrier(threads)

    def work(mine: list[float]) -> None:
        start.wait()
        for _ in range(per_thread):
            delay = limiter.reserve()
            mine.append(seen.now + delay)

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        workers = [threading.Thread(target=work, args=(g,)) for g in grants]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
    finally:
        sys.setswitchinterval(old)

    everything = sorted(itertools.chain.from_iterable(grants))
    assert len(everything) == threads * per_thread
    assert max_in_any_window(everything, period) == n
    # The backlog also leaves at the full rate: 2000 grants take 399 windows after the first batch
    # (which went out during the first n clock ticks).
    assert everything[-1] == pytest.approx((threads * per_thread // n - 1) * period, abs=n * 0.001)


def test_registry_get_or_create_is_thread_safe() -> None:
    registry = RateLimiterRegistry(clock=FakeClock())
    found: list[SlidingWindowLimiter] = []
    start = threading.Barrier(8)

    def work() -> None:
        start.wait()
        found.append(registry.limiter(("ip", "GET /v1/x"), RateLimit(1, 1), RateLimitConfig()))

    workers = [threading.Thread(target=work) for _ in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert len({id(limiter) for limiter in found}) == 1
    assert len(registry) == 1


# Registry and keys ----------------------------------------------------------------------------------


def test_registry_same_key_same_limiter_different_key_different_limiter() -> None:
    registry = RateLimiterRegistry(clock=FakeClock())
    config = RateLimitConfig()
    a = registry.limiter(("ip", "GET /v1/a"), RateLimit(10, 1), config)
    assert registry.limiter(("ip", "GET /v1/a"), RateLimit(10, 1), config) is a
    assert registry.limiter(("ip", "GET /v1/a"), RateLimit(99, 9), config) is a  # first creation wins
    b = registry.limiter(("ip", "GET /v1/b"), RateLimit(10, 1), config)
    assert b is not a
    assert len(registry) == 2


def test_shared_limiter_counts_every_caller() -> None:
    clock = FakeClock()
    registry = RateLimiterRegistry(clock=clock)
    key = limiter_key("ip", "GET /v1/public/info", None)
    first = registry.limiter(key, RateLimit(2, 1), RateLimitConfig(margin=0))
    second = registry.limiter(key, RateLimit(2, 1), RateLimitConfig(margin=0))
    assert [first.reserve(), second.reserve(), first.reserve()] == [0.0, 0.0, 1.0]


def test_disabled_config_gets_an_unlimited_limiter_and_registers_nothing() -> None:
    registry = RateLimiterRegistry(clock=FakeClock())
    limiter = registry.limiter(("ip", "GET /v1/a"), RateLimit(1, 60), RateLimitConfig(enabled=False))
    assert isinstance(limiter, UnlimitedLimiter)
    assert [limiter.reserve() for _ in range(10)] == [0.0] * 10
    assert len(registry) == 0


def test_global_registry_is_a_registry() -> None:
    assert isinstance(GLOBAL_REGISTRY, RateLimiterRegistry)


@pytest.mark.parametrize(
    ("scope", "account_id", "key"),
    [
        ("ip", None, ("ip", "GET /v1/x")),
        ("ip", "0xacc", ("ip", "GET /v1/x")),
        ("user", "0xacc", ("account", "0xacc", "GET /v1/x")),
        ("account", "0xacc", ("account", "0xacc", "GET /v1/x")),
        ("none", "0xacc", ("account", "0xacc", "GET /v1/x")),
        ("none", None, ("ip", "GET /v1/x")),
        ("user", None, ("ip", "GET /v1/x")),
        ("account", None, ("ip", "GET /v1/x")),
    ],
)
def test_limiter_key(scope: str, account_id: str | None, key: tuple[str, ...]) -> None:
    assert limiter_key(scope, "GET /v1/x", account_id) == key


def test_limiter_key_user_and_account_share_a_limiter() -> None:
    assert limiter_key("user", "POST /v1/order", "0xa") == limiter_key("account", "POST /v1/order", "0xa")
    assert limiter_key("user", "POST /v1/order", "0xa") != limiter_key("user", "POST /v1/order", "0xb")


def test_limiter_key_server_separates_networks() -> None:
    mainnet = limiter_key("ip", "GET /v1/x", None, server="https://api.orderly.org")
    testnet = limiter_key("ip", "GET /v1/x", None, server="https://testnet-api.orderly.org")
    assert mainnet == ("ip", "GET /v1/x", "https://api.orderly.org")
    assert mainnet != testnet


def test_limiter_key_rejects_unknown_scope() -> None:
    with pytest.raises(ValueError, match="unknown rate-limit scope 'global'"):
        limiter_key("global", "GET /v1/x", None)


# Waiting --------------------------------------------------------------------------------------------
