"""Several processes on one account, one "10 requests per 1 s" limit, a real Redis server between them.

Each process is configured from its environment only (ORDERLY_RATE_LIMIT_BACKEND and the rest), as a
user's would be; half run sync (two threads), half asyncio. What counts is what the sandbox received:
the requests in every 1 s window of its log, never what the clients say they sent.

The exactness tests refuse to send when the server cannot be asked in time (``on_backend_error="refuse"``):
on a loaded machine a call to it can time out, and the default fallback (each process on its own
limiter, with a warning) does not keep the shared limit; the last test covers that fallback.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from orderly_client.api import OPERATIONS
from orderly_sandbox import Fault, Sandbox
from tests.rate_limits.processes import account, arrivals, fleet, max_in_any_window, run_processes, wait_for_arrivals
from tests.rate_limits.redis_server import RedisServer

pytestmark = pytest.mark.long  # seconds of servers, subprocesses or builds: scheduled first

LIMIT = 10  # GET /v1/orders and GET /v1/liquidations: 10 requests per 1 s (checked below)
PERIOD = 1.0
TOTAL = 40  # four windows' worth: several seconds of traffic at the limit


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    """A sandbox that answers everything, so its log shows what the clients let through."""
    with Sandbox(enforce_rate_limits=False) as sb:
        yield sb


def test_the_operations_used_here_are_limited_to_10_per_second() -> None:
    limits = {(o.method, o.path): o.rate_limit for o in OPERATIONS}
    for path, scope in (("/v1/orders", "none"), ("/v1/liquidations", "ip")):
        limit = limits["GET", path]
        assert limit is not None
        assert (limit.requests, limit.period, limit.scope) == (LIMIT, PERIOD, scope)


@pytest.mark.parametrize("processes", [2, 4, 8])
def test_n_processes_on_one_account_never_exceed_the_limit_in_any_window(
    sandbox: Sandbox, redis_server: RedisServer, processes: int
) -> None:
    acct = account(sandbox)
    run = run_processes(sandbox, [acct] * processes, TOTAL // processes, backend=redis_server.url, on_error="refuse")
    assert run.total("sent") == TOTAL
    assert len(run.times) == TOTAL
    assert max_in_any_window(run.times, PERIOD) <= LIMIT


def test_per_account_limits_are_per_account_and_per_ip_limits_shared_across_accounts(
    sandbox: Sandbox, redis_server: RedisServer
) -> None:
    first, second = account(sandbox), account(sandbox)
    before = len(sandbox.requests)
    run = run_processes(sandbox, [first, first, second, second], 5, backend=redis_server.url, on_error="refuse")
    assert run.total("sent") == 20
    for acct in (first, second):
        times = [r.time for r in sandbox.requests[before:] if r.headers.get("orderly-account-id") == acct.account_id]
        assert len(times) == 10
        assert max_in_any_window(times, PERIOD) <= LIMIT

    # GET /v1/liquidations is limited per IP: the four processes of two accounts share one count.
    run = run_processes(
        sandbox,
        [first, second, first, second],
        TOTAL // 4,
        op="liquidations",
        backend=redis_server.url,
        on_error="refuse",
    )
    assert run.total("sent") == TOTAL
    assert max_in_any_window(run.times, PERIOD) <= LIMIT


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_429_in_one_process_pauses_the_others(sandbox: Sandbox, redis_server: RedisServer, mode: str) -> None:
    acct = account(sandbox)
    before = len(sandbox.requests)
    sandbox.inject("GET", "/v1/orders", Fault.http(429, -1003, retry_after=3.0))
    with fleet() as processes:
        other = processes.spawn(sandbox, acct, 1, backend=redis_server.url)  # ready, waiting
        hit = processes.spawn(sandbox, acct, 1, mode=mode, backend=redis_server.url, no_retry=True)
        processes.go(hit)
        (report,), _ = processes.finish(hit)
        assert report["rate_limited"] == 1
        processes.go(other)  # it would send at once: the pause the 429 set on the server holds it back
        (report,), _ = processes.finish(other)
        assert report["sent"] == 1
    rejected, accepted = (r.time for r in sandbox.requests[before:] if r.path == "/v1/orders")
    # The pause began on the server after the 429 was answered, so the next arrival is 3 s after it at least.
    assert accepted - rejected >= 3.0


def test_a_server_restarted_mid_run_loses_its_counts_but_the_limit_holds(
    sandbox: Sandbox, redis_server: RedisServer
) -> None:
    acct = account(sandbox)
    before = len(sandbox.requests)

    def restart() -> None:
        wait_for_arrivals(sandbox, "orders", 15, since=before)
        redis_server.restart()  # killed: every count and held slot is gone

    # "refuse": while the server is away the processes send nothing (and try again); none falls back.
    run = run_processes(sandbox, [acct] * 4, TOTAL // 4, backend=redis_server.url, on_error="refuse", during=restart)
    assert run.total("sent") == TOTAL
    assert len(run.times) == TOTAL
    assert max_in_any_window(run.times, PERIOD) <= LIMIT


def test_with_the_server_gone_processes_fall_back_to_their_own_limits_and_say_so(
    sandbox: Sandbox, redis_server: RedisServer
) -> None:
    acct = account(sandbox)
    before = len(sandbox.requests)
    stopped = threading.Event()

    def stop() -> None:
        wait_for_arrivals(sandbox, "orders", 10, since=before)
        redis_server.stop()
        stopped.set()

    run = run_processes(sandbox, [acct] * 2, 20, backend=redis_server.url, during=stop)
    assert stopped.is_set()
    assert run.total("sent") == 40  # nothing deadlocked, nothing was refused
    assert all("did not answer" in err and "NOT shared" in err for err in run.stderr), run.stderr
    # Each process still keeps its own limit: never more than the processes' limits added up.
    assert max_in_any_window(arrivals(sandbox, "orders", before), PERIOD) <= 2 * LIMIT
