"""Sliding-window rate limiter: never more than N arrivals at the server in any window of T, whatever the latency.

The limiter hands out slots (``acquire``) and frees each one a full window after its request is answered
(``release``). Most tests here drive it in simulated time: a fake clock, clients that wait exactly what
``acquire`` returns, requests that reach the server some latency after they are sent and are answered some
time after that. The server-side arrival times are then checked against the documented limit.
"""

from __future__ import annotations

import heapq
import itertools
import math
import random
import sys
import threading
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest
from hypothesis import example, given, settings
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


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 0.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def max_in_any_window(times: Sequence[float], period: float) -> int:
    """Most of ``times`` inside any half-open window ``(x - period, x]``; windows ending at a time suffice."""
    ordered = sorted(times)
    best = 0
    first = 0  # the oldest time still inside the window ending at ordered[i]
    for i, x in enumerate(ordered):
        while ordered[first] <= x - period:
            first += 1
        best = max(best, i - first + 1)
    return best


# Simulation in fake time ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    """One request: it reaches the server ``latency`` after it is sent, and is answered ``service`` after that."""

    latency: float = 0.0
    service: float = 0.0


@dataclass(frozen=True)
class Served:
    worker: int
    admitted: float  # acquire() returned 0.0: the client sends now
    arrival: float  # the server counts the request
    completion: float  # the answer is in (or the attempt failed): release()


@dataclass
class Simulation:
    served: list[Served] = field(default_factory=list)
    refusals: int = 0
    nudges: int = 0  # waits too small to move the float clock (the loop then moves it by one ulp)

    @property
    def admissions(self) -> list[float]:
        return [s.admitted for s in self.served]

    @property
    def arrivals(self) -> list[float]:
        return [s.arrival for s in self.served]


_RELEASE, _TRY, _PENALIZE = 0, 1, 2


def pinned(jobs: Sequence[Job], concurrency: int) -> list[deque[Job]]:
    """Deal ``jobs`` round robin to ``concurrency`` workers, each of which sends its own share back to back."""
    return [deque(jobs[i::concurrency]) for i in range(concurrency)]


def shared(jobs: Sequence[Job], concurrency: int) -> list[deque[Job]]:
    """``concurrency`` workers taking the next job from one queue whenever they are free (a burst)."""
    queue = deque(jobs)
    return [queue] * concurrency


def simulate(
    limiter: SlidingWindowLimiter,
    clock: FakeClock,
    queues: Sequence[deque[Job]],
    *,
    penalties: Sequence[tuple[float, float]] = (),
    max_events: int = 200_000,
) -> Simulation:
    """Run one worker per queue against ``limiter`` in fake time, from ``clock.now``; the queues are consumed.

    A discrete-event loop. A free worker takes the next job from its queue (workers may share one) and loops
    ``acquire()``, the clock moving by the returned wait, until it is admitted at time s; the request arrives
    at s + latency and completes at arrival + service, when ``release()`` is called and the worker, free
    again, takes its next job at once. ``penalties`` are (time, delay) calls of ``penalize``. Events at the
    same time run in the order they were scheduled.

    Every answer of ``acquire`` is checked against the limiter's rule, computed independently here: admit
    exactly when no penalty is running and fewer than ``requests`` slots are taken (in flight, or released
    less than a window ago), and when refusing, never ask for a wait past the time the next slot frees.
    """
    window = limiter.period + limiter.margin
    start = clock.now
    total = sum(len(q) for q in {id(q): q for q in queues}.values())  # shared queues once
    sim = Simulation()
    events: list[tuple[float, int, int, int, float]] = []  # (time, seq, kind, worker, payload)
    seq = itertools.count()
    current: list[Job | None] = [None] * len(queues)
    admitted_at = [math.nan] * len(queues)
    arrived_at = [math.nan] * len(queues)

    def take_next(worker: int, now: float) -> None:
        queue = queues[worker]
        current[worker] = queue.popleft() if queue else None
        if current[worker] is not None:
            heapq.heappush(events, (now, next(seq), _TRY, worker, 0.0))

    for worker in range(len(queues)):
        take_next(worker, start)
    for when, delay in penalties:
        heapq.heappush(events, (start + when, next(seq), _PENALIZE, -1, delay))

    in_flight = 0
    released: list[float] = []  # completion times so far, in order
    not_before = -math.inf
    for _ in range(max_events):
        if not events:
            break
        t, _, kind, worker, payload = heapq.heappop(events)
        assert t >= clock.now, "events run in time order"
        clock.now = t

        if kind == _PENALIZE:
            limiter.penalize(payload)
            if payload > 0:
                not_before = max(not_before, t + payload)
            continue

        job = current[worker]
        assert job is not None
        if kind == _RELEASE:
            limiter.release()
            in_flight -= 1
            released.append(t)
            sim.served.append(Served(worker, admitted_at[worker], arrived_at[worker], t))
            take_next(worker, t)
            continue

        wait = limiter.acquire()
        assert wait >= 0.0
        assert math.isfinite(wait)
        # The rule in exact arithmetic; float rounding may tip a comparison at the very edge of a window
        # either way, so a slot released within `tol` of the edge counts as taken or free, whichever fits.
        tol = 1e-9 * max(1.0, abs(t))
        surely_taken = in_flight + sum(1 for r in released if r > t - window + tol)
        maybe_taken = in_flight + sum(1 for r in released if r > t - window - tol)
        assert surely_taken <= limiter.requests
        if wait == 0.0:
            assert t >= not_before, "admitted during a penalty"
            assert surely_taken < limiter.requests, "admitted with every slot taken"
            in_flight += 1
            admitted_at[worker] = t
            arrived_at[worker] = t + job.latency
            heapq.heappush(events, (arrived_at[worker] + job.service, next(seq), _RELEASE, worker, 0.0))
            continue

        sim.refusals += 1
        if t < not_before:
            assert wait == pytest.approx(not_before - t, rel=1e-12, abs=1e-12)
        else:
            assert maybe_taken >= limiter.requests, f"refused at {t} with {maybe_taken} slots taken"
            # The next slot frees a window after the oldest recent release, or, at the earliest, a window
            # after now if an in-flight request were answered right away: no wait may overshoot that.
            # (A slot freeing within `tol` of now may have been counted either way: it allows a tiny wait.)
            frees = [r + window for r in released if r + window > t + tol][:1]
            if in_flight:
                frees.append(t + window)
            assert t + wait <= min(frees, default=t) + tol, (t, wait, frees)
        retry_at = t + wait
        if retry_at <= t:
            # The wait is below the clock's resolution at t (see test_sleeping_the_returned_wait_reaches_the_free_slot):
            # move by one ulp, as a real clock would by the time the caller asks again.
            retry_at = math.nextafter(t, math.inf)
            sim.nudges += 1
        heapq.heappush(events, (retry_at, next(seq), _TRY, worker, 0.0))
    else:
        pytest.fail(f"simulation did not finish in {max_events} events")

    assert in_flight == 0
    assert len(sim.served) == total
    for s in sim.served:
        assert s.admitted <= s.arrival <= s.completion
    return sim


# The safety property, over random latencies ---------------------------------------------------------


@dataclass(frozen=True)
class Scenario:
    n: int
    period: float
    margin: float
    start: float
    jobs: list[Job]
    concurrency: int
    one_queue: bool = False
    penalties: list[tuple[float, float]] = field(default_factory=list)

    def run(self) -> Simulation:
        clock = FakeClock(self.start)
        limiter = SlidingWindowLimiter(self.n, self.period, margin=self.margin, clock=clock)
        queues = (shared if self.one_queue else pinned)(self.jobs, self.concurrency)
        return simulate(limiter, clock, queues, penalties=self.penalties)


@st.composite
def scenarios(draw: st.DrawFn, *, with_penalties: bool) -> Scenario:
    n = draw(st.integers(1, 10), label="n")
    period = draw(st.floats(0.1, 5.0), label="period")
    margin = draw(st.one_of(st.just(0.0), st.floats(0.0, 0.1)), label="margin")
    concurrency = draw(st.integers(1, 12), label="concurrency")
    count = draw(st.integers(1, 5 * n), label="count")
    # Per scenario a ceiling, per request anything from nothing to far beyond the period.
    max_latency = draw(st.floats(0.0, 20 * period), label="max_latency")
    max_service = draw(st.floats(0.0, 5 * period), label="max_service")
    latency = st.one_of(st.just(0.0), st.just(max_latency), st.floats(0.0, max_latency))
    service = st.one_of(st.just(0.0), st.just(max_service), st.floats(0.0, max_service))
    jobs = [Job(draw(latency), draw(service)) for _ in range(count)]
    penalties: list[tuple[float, float]] = []
    if with_penalties:
        horizon = 3 * (count / n + 1) * (period + max_latency + max_service)
        penalties = draw(
            st.lists(
                st.tuples(st.floats(0.0, horizon), st.one_of(st.just(0.0), st.floats(0.0, 3 * period))),
                min_size=1,
                max_size=4,
            ),
            label="penalties",
        )
    start = draw(st.sampled_from([0.0, 1.0, 1000.0, 123456.789]), label="start")
    one_queue = draw(st.booleans(), label="one_queue")
    return Scenario(n, period, margin, start, jobs, concurrency, one_queue, penalties)


@settings(max_examples=300, deadline=None)
@given(scenario=scenarios(with_penalties=False))
@example(  # the counterexample to the old grant-time scheme (below)
    scenario=Scenario(2, 1.0, 0.0, 0.0, [Job(0.05, 0.0), Job(0.01, 0.0), Job(0.0, 0.0)], concurrency=3)
)
def test_never_more_than_n_arrivals_in_any_window(scenario: Scenario) -> None:
    sim = scenario.run()
    assert max_in_any_window(sim.arrivals, scenario.period) <= scenario.n


@settings(max_examples=200, deadline=None)
@given(scenario=scenarios(with_penalties=True))
def test_never_more_than_n_arrivals_in_any_window_with_penalties(scenario: Scenario) -> None:
    sim = scenario.run()
    assert max_in_any_window(sim.arrivals, scenario.period) <= scenario.n


@settings(max_examples=100, deadline=None)
@given(
    n=st.integers(1, 10),
    concurrency=st.integers(1, 12),
    latencies=st.lists(st.floats(0.0, 3.0), min_size=1, max_size=50),
)
def test_arrivals_at_the_server_are_safe_even_where_grants_alone_would_not_be(
    n: int, concurrency: int, latencies: list[float]
) -> None:
    """All latency, no service time: the answer comes the moment the request arrives (the tightest case)."""
    clock = FakeClock()
    limiter = SlidingWindowLimiter(n, 1.0, clock=clock)
    sim = simulate(limiter, clock, pinned([Job(a, 0.0) for a in latencies], concurrency))
    assert max_in_any_window(sim.arrivals, 1.0) <= n
    # Admissions are arrivals with no latency: they obey the limit too.
    assert max_in_any_window(sim.admissions, 1.0) <= n


# Why grant times are not enough ---------------------------------------------------------------------


def old_grant_times(n: int, window: float, wanted: Sequence[float]) -> list[float]:
    """The replaced scheme: each request is granted a send time a window after the grant N requests before it."""
    grants: list[float] = []
    for i, t in enumerate(wanted):
        grants.append(t if i < n else max(t, grants[i - n] + window))
    return grants


def test_grant_time_scheme_lets_latency_push_n_plus_1_arrivals_into_a_window() -> None:
    # N=2, T=1: requests A and B are granted at 0; A reaches the server only at 0.05, B at 0.01.
    # The old scheme grants C at 1.0 (A's grant + T); C arrives at once. The server's window (0, 1] then holds
    # A (0.05), B (0.01) and C (1.0): three arrivals where two are allowed. (B must arrive after 0 as well:
    # the half-open window ending at C's arrival leaves out 0.0 itself.)
    grants = old_grant_times(2, 1.0, [0.0, 0.0, 0.0])
    assert grants == [0.0, 0.0, 1.0]
    arrivals = [grants[0] + 0.05, grants[1] + 0.01, grants[2] + 0.0]
    assert max_in_any_window(arrivals, 1.0) == 3

    # The same requests against the new limiter, answered 0.05 after they arrive: A at 0.1, B at 0.06.
    clock = FakeClock()
    limiter = SlidingWindowLimiter(2, 1.0, clock=clock)
    sim = simulate(limiter, clock, pinned([Job(0.05, 0.05), Job(0.01, 0.05), Job(0.0, 0.0)], 3))
    a, b, c = sorted(sim.served, key=lambda s: s.worker)
    assert (a.admitted, b.admitted) == (0.0, 0.0)
    assert (a.completion, b.completion) == pytest.approx((0.1, 0.06))
    # C is not admitted before the first answer (B's) plus T, and certainly not at 1.0.
    first_answer = min(a.completion, b.completion)
    assert c.admitted >= first_answer + 1.0
    assert c.admitted == pytest.approx(1.06)
    assert max_in_any_window(sim.arrivals, 1.0) == 2


def test_the_third_request_waits_for_a_window_after_the_first_answer() -> None:
    """The counterexample step by step: at 1.0, where the old scheme let C go, the new limiter refuses."""
    clock = FakeClock()
    limiter = SlidingWindowLimiter(2, 1.0, clock=clock)
    assert limiter.acquire() == 0.0  # A
    assert limiter.acquire() == 0.0  # B
    assert limiter.acquire() == 1.0  # C: both in flight, so at least a window
    clock.now = 0.125
    limiter.release()  # A answered (it arrived at 0.0625)
    clock.now = 0.25
    limiter.release()  # B answered
    clock.now = 1.0
    assert limiter.acquire() == 0.125  # A's slot frees at 0.125 + 1.0
    clock.now = 1.125
    assert limiter.acquire() == 0.0
    assert limiter.acquire() == 0.125  # B's slot frees at 0.25 + 1.0
    clock.now = 1.25
    assert limiter.acquire() == 0.0


# Throughput -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "period", "margin", "concurrency"),
    [(1, 1.0, 0.0, 1), (3, 1.0, 0.25, 3), (5, 2.0, 0.125, 8), (4, 0.5, 0.0, 12), (10, 1.0, 0.5, 10)],
)
@pytest.mark.parametrize("service", [0.0, 0.25])
def test_burst_of_3n_goes_out_one_window_after_the_answers(
    n: int, period: float, margin: float, concurrency: int, service: float
) -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(n, period, margin=margin, clock=clock)
    sim = simulate(limiter, clock, shared([Job(0.0, service)] * (3 * n), concurrency))
    # N at once; each batch answered `service` later; the next batch a full window after those answers.
    cycle = service + period + margin
    assert sorted(sim.admissions) == [0.0] * n + [cycle] * n + [2 * cycle] * n
    assert sorted(s.completion for s in sim.served) == [service] * n + [cycle + service] * n + [2 * cycle + service] * n


def test_sustained_backlog_sends_n_per_round_trip_plus_window() -> None:
    clock = FakeClock()
    n, period, margin, rtt = 7, 3.0, 0.25, 0.5
    limiter = SlidingWindowLimiter(n, period, margin=margin, clock=clock)
    sim = simulate(limiter, clock, shared([Job(rtt / 2, rtt / 2)] * (10 * n), 2 * n))
    admissions = sorted(sim.admissions)
    assert admissions[-1] == 9 * (rtt + period + margin)
    assert max_in_any_window(admissions, period + margin) == n


def test_all_slots_in_flight_asks_for_a_window_then_the_rest() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(3, 2.0, margin=0.25, clock=clock)
    assert [limiter.acquire() for _ in range(4)] == [0.0, 0.0, 0.0, 2.25]
    clock.now = 1.0
    limiter.release()
    assert limiter.acquire() == 2.25  # the released slot frees at 1.0 + 2.25; the others later still
    clock.now = 3.0
    assert limiter.acquire() == 0.25
    clock.now = 3.25
    assert limiter.acquire() == 0.0
    assert limiter.acquire() == 2.25  # three in flight again


def test_window_counts_from_the_release_not_the_admission() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(1, 1.0, clock=clock)
    assert limiter.acquire() == 0.0
    clock.now = 5.0  # a slow answer
    limiter.release()
    clock.now = 5.5
    assert limiter.acquire() == 0.5
    clock.now = 6.0
    assert limiter.acquire() == 0.0


def test_window_slides_rather_than_resets() -> None:
    """A fixed window would let the second batch through at once; a sliding one frees slot by slot."""
    clock = FakeClock()
    limiter = SlidingWindowLimiter(2, 1.0, clock=clock)
    assert limiter.acquire() == 0.0
    limiter.release()  # answered at 0.0
    clock.now = 0.75
    assert limiter.acquire() == 0.0
    limiter.release()  # answered at 0.75
    clock.now = 1.25  # the first answer has left the window, the second has not
    assert limiter.acquire() == 0.0
    assert limiter.acquire() == 0.5  # until 0.75 + 1.0


def test_requests_at_exactly_the_limit_never_wait() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(4, 1.0, clock=clock)
    for _ in range(100):
        assert limiter.acquire() == 0.0
        limiter.release()  # answered at once
        clock.advance(0.25)  # exactly 4 per second


def test_balanced_use_keeps_the_bookkeeping_bounded() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(3, 1.0, clock=clock)
    sim = simulate(limiter, clock, pinned([Job(0.125, 0.125)] * 300, 5))
    assert len(sim.served) == 300
    assert limiter._in_flight == 0
    assert len(limiter._done) <= 3


# Penalties and failures -----------------------------------------------------------------------------


def test_penalize_blocks_admissions_until_now_plus_delay() -> None:
    clock = FakeClock(10.0)
    limiter = SlidingWindowLimiter(5, 1.0, clock=clock)
    limiter.penalize(2.0)
    assert limiter.acquire() == 2.0
    clock.now = 11.5
    assert limiter.acquire() == 0.5
    clock.now = 12.0
    assert [limiter.acquire() for _ in range(6)] == [0.0] * 5 + [1.0]


def test_penalize_keeps_the_longer_penalty_and_expires() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(10, 1.0, clock=clock)
    limiter.penalize(5.0)
    limiter.penalize(1.0)  # shorter: no effect
    assert limiter.acquire() == 5.0
    clock.now = 4.0
    limiter.penalize(2.0)  # until 6.0: extends the first
    assert limiter.acquire() == 2.0
    clock.now = 6.0
    assert limiter.acquire() == 0.0


def test_window_still_applies_after_a_penalty() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(1, 1.0, margin=0.25, clock=clock)
    assert limiter.acquire() == 0.0
    clock.now = 0.25
    limiter.penalize(0.5)  # a 429: nothing before 0.75
    limiter.release()  # ...and the slot is free only at 0.25 + 1.25
    assert limiter.acquire() == 0.5
    clock.now = 0.75
    assert limiter.acquire() == 0.75
    clock.now = 1.5
    assert limiter.acquire() == 0.0


def test_penalize_with_slots_in_flight_does_not_touch_them() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(2, 1.0, clock=clock)
    assert limiter.acquire() == 0.0
    limiter.penalize(3.0)
    limiter.release()
    assert limiter.acquire() == 3.0
    clock.now = 3.0
    assert [limiter.acquire(), limiter.acquire()] == [0.0, 0.0]
    assert limiter.acquire() == 1.0


@pytest.mark.parametrize("delay", [0.0, -3.0, math.nan])
def test_penalize_ignores_non_positive_delays(delay: float) -> None:
    limiter = SlidingWindowLimiter(1, 1.0, clock=FakeClock())
    limiter.penalize(delay)
    assert limiter.acquire() == 0.0


def test_a_failed_attempt_releases_its_slot_a_window_later() -> None:
    """The transport releases when the attempt raises, too: the slot frees a full window after that."""
    clock = FakeClock()
    limiter = SlidingWindowLimiter(1, 1.0, margin=0.25, clock=clock)

    def attempt() -> None:
        assert limiter.acquire() == 0.0
        try:
            clock.advance(0.5)  # the connection breaks after a while; the request may have arrived
            raise ConnectionResetError("peer went away")
        finally:
            limiter.release()

    with pytest.raises(ConnectionResetError):
        attempt()
    assert limiter._in_flight == 0
    assert limiter.acquire() == 1.25  # released at 0.5: free at 0.5 + 1.25
    clock.now = 1.0
    assert limiter.acquire() == 0.75
    clock.now = math.nextafter(1.75, 0.0)
    assert limiter.acquire() > 0.0
    clock.now = 1.75
    assert limiter.acquire() == 0.0


def test_sleeping_the_returned_wait_reaches_the_free_slot() -> None:
    clock = FakeClock(0.2)
    limiter = SlidingWindowLimiter(1, 1.0, margin=0.125, clock=clock)
    assert limiter.acquire() == 0.0
    limiter.release()  # the slot frees at 0.2 + 1.125
    clock.now = 0.5
    for _ in range(3):
        wait = limiter.acquire()
        if wait == 0.0:
            break
        clock.now += wait
    else:
        pytest.fail(f"still waiting at {clock.now!r}: acquire() returned {wait!r}, which does not move the clock")
    assert clock.now == pytest.approx(1.325)


def test_unlimited_limiter_never_waits_and_ignores_penalties() -> None:
    limiter = UnlimitedLimiter()
    limiter.penalize(100.0)
    assert [limiter.acquire() for _ in range(1000)] == [0.0] * 1000
    for _ in range(1000):
        limiter.release()
    assert limiter.acquire() == 0.0


# Threads --------------------------------------------------------------------------------------------


class LockedClock:
    """A fake clock for threads: it only moves forward, under a lock; each thread sees its own last reading."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._now = 0.0
        self._seen = threading.local()

    def __call__(self) -> float:
        with self._lock:
            self._seen.now = self._now
            return self._now

    @property
    def last(self) -> float:
        """What this thread's last call returned (e.g. the limiter's reading inside acquire/release)."""
        return float(self._seen.now)

    def advance_to(self, when: float) -> None:
        with self._lock:
            self._now = max(self._now, when)


def test_concurrent_threads_never_exceed_the_limit() -> None:
    n, period, margin, threads, per_thread = 3, 1.0, 0.125, 8, 100
    window = period + margin
    clock = LockedClock()
    limiter = SlidingWindowLimiter(n, period, margin=margin, clock=clock)
    served: list[list[tuple[float, float, float]]] = [[] for _ in range(threads)]  # (admitted, arrival, released)
    lowest_in_flight: list[int] = []
    start = threading.Barrier(threads)

    def work(index: int) -> None:
        rng = random.Random(index)
        mine = served[index]
        low = 0
        start.wait()
        for _ in range(per_thread):
            while (wait := limiter.acquire()) > 0:
                # "Sleep"; by at least one ulp, see test_sleeping_the_returned_wait_reaches_the_free_slot.
                clock.advance_to(max(clock.last + wait, math.nextafter(clock.last, math.inf)))
            admitted = clock.last
            clock.advance_to(admitted + rng.choice([0.0, rng.random() * 0.5, rng.random() * 3.0]))
            arrival = clock()
            clock.advance_to(arrival + rng.choice([0.0, rng.random() * 0.25]))
            limiter.release()
            mine.append((admitted, arrival, clock.last))
            low = min(low, limiter._in_flight)
        lowest_in_flight.append(low)

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        workers = [threading.Thread(target=work, args=(i,)) for i in range(threads)]
        for w in workers:
            w.start()
        for w in workers:
            w.join(timeout=30)
        assert not any(w.is_alive() for w in workers)
    finally:
        sys.setswitchinterval(old)

    everything = list(itertools.chain.from_iterable(served))
    assert len(everything) == threads * per_thread
    assert lowest_in_flight == [0] * threads  # never negative
    assert limiter._in_flight == 0
    assert len(limiter._done) <= n
    assert max_in_any_window([arrival for _, arrival, _ in everything], period) <= n
    assert max_in_any_window([admitted for admitted, _, _ in everything], period) <= n
    # The limiter's own invariant: when a request was admitted, it and every request admitted no later and
    # not yet released a window before fill at most N slots.
    for admitted, _, _ in everything:
        horizon = admitted - window
        assert sum(1 for a, _, r in everything if a <= admitted and r > horizon) <= n


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
    assert [limiter.acquire() for _ in range(6)] == [0.0] * 5 + [1.125]
    limiter.release()
    assert limiter.acquire() == 1.125
    clock.now = 1.125
    assert limiter.acquire() == 0.0


def test_defaults_and_reprs() -> None:
    assert repr(RateLimitConfig()) == (
        "RateLimitConfig(enabled=True, headroom=1.0, margin=0.005, max_wait=None, fail_fast=False, max_penalty=60.0, "
        "log_wait=1.0, backend=None, host_id='default', on_backend_error='local', backend_timeout=0.5)"
    )
    assert repr(RateLimit(10, 1)) == "RateLimit(requests=10, period=1.0)"
    assert repr(SlidingWindowLimiter(3, 2)) == "SlidingWindowLimiter(requests=3, period=2.0, margin=0.0)"
    assert repr(UnlimitedLimiter()) == "UnlimitedLimiter()"
    assert repr(RateLimiterRegistry()) == "RateLimiterRegistry(limiters=0)"


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
        (lambda: SlidingWindowLimiter(1, 1.0, margin=math.inf), "margin must be a finite number >= 0"),
        (lambda: SlidingWindowLimiter(-1, 1.0), "requests must be a positive integer"),
    ],
)
def test_validation(build: object, message: str) -> None:
    assert callable(build)
    with pytest.raises(ValueError, match=message):
        build()


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
    assert [first.acquire(), second.acquire(), first.acquire()] == [0.0, 0.0, 1.0]
    second.release()  # either caller's release frees the shared slot
    clock.now = 1.0
    assert first.acquire() == 0.0


def test_disabled_config_gets_an_unlimited_limiter_and_registers_nothing() -> None:
    registry = RateLimiterRegistry(clock=FakeClock())
    limiter = registry.limiter(("ip", "GET /v1/a"), RateLimit(1, 60), RateLimitConfig(enabled=False))
    assert isinstance(limiter, UnlimitedLimiter)
    assert [limiter.acquire() for _ in range(10)] == [0.0] * 10
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


def test_release_without_acquire_is_an_error() -> None:
    limiter = SlidingWindowLimiter(2, 1.0, clock=FakeClock(0.0))
    with pytest.raises(RuntimeError, match="without a slot"):
        limiter.release()


@pytest.mark.parametrize("delay", [math.inf, -math.inf])
def test_penalize_ignores_infinite_delays(delay: float) -> None:
    limiter = SlidingWindowLimiter(1, 1.0, clock=FakeClock(0.0))
    limiter.penalize(delay)
    assert limiter.acquire() == 0.0
