"""The shared limiter against a real Redis server, one process: its semantics, its keys, its faults.

Two registries stand for two processes (each process has its own registry and limiter objects; all
they share is the server). Waits are never compared with wall-clock times: a test sleeps what the
limiter asks and checks what it decides next.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
import redis

from orderly_auth import (
    OrderlyTransport,
    RateLimitBackendError,
    RateLimitConfig,
    RetryConfig,
    create_client,
    generate_key,
)
from orderly_auth import _ratelimit_redis as shared
from orderly_auth._ratelimit import (
    LimiterUnavailableError,
    RateLimit,
    RateLimiterRegistry,
    SlidingWindowLimiter,
    limiter_key,
)
from orderly_auth._routes import RouteTable
from orderly_auth.errors import ConfigurationError
from orderly_client.api.private import get_v1_orders
from orderly_sandbox import Sandbox
from tests.rate_limits.redis_server import RedisServer

ACCOUNT_A = "0x" + "a" * 64
ACCOUNT_B = "0x" + "b" * 64


def _limiter(
    url: str, key: tuple[str, ...], limit: RateLimit, registry: RateLimiterRegistry | None = None, **config: object
) -> SlidingWindowLimiter:
    """A limiter on the server at ``url``, from a registry of its own (another process) unless one is given."""
    return (registry or RateLimiterRegistry()).limiter(key, limit, RateLimitConfig(backend=url, **config))  # type: ignore[arg-type]


def _sleep_until_admitted(limiter: SlidingWindowLimiter) -> int:
    """Sleep what the limiter asks until it admits; returns how many times it asked to wait."""
    waits = 0
    while (wait := limiter.acquire()) > 0:
        waits += 1
        assert waits < 1000
        time.sleep(wait)
    return waits


def test_capacity_is_shared_and_a_slot_frees_a_window_after_its_answer(redis_server: RedisServer) -> None:
    key = ("account", ACCOUNT_A, "GET /v1/orders", "http://x")
    first = _limiter(redis_server.url, key, RateLimit(3, 0.3), margin=0.0)
    second = _limiter(redis_server.url, key, RateLimit(3, 0.3), margin=0.0)
    assert first is not second
    assert [first.acquire(), second.acquire(), first.acquire()] == [0.0, 0.0, 0.0]
    assert second.acquire() > 0  # the three slots are held: the other process is full too
    first.release()
    wait = second.acquire()
    assert 0 < wait <= 0.3  # the slot frees one window after its answer came in, not at once
    time.sleep(wait)
    assert second.acquire() == 0.0
    second.release()
    second.release()
    first.release()


def test_a_slot_still_in_flight_holds_its_place_whatever_the_latency(redis_server: RedisServer) -> None:
    key = ("ip", "GET /v1/x", "http://x")
    first = _limiter(redis_server.url, key, RateLimit(1, 0.05))
    second = _limiter(redis_server.url, key, RateLimit(1, 0.05))
    assert first.acquire() == 0.0
    time.sleep(0.2)  # four windows: no slot frees while its request waits for its answer
    assert second.acquire() > 0
    first.release()
    assert _sleep_until_admitted(second) >= 1
    second.release()


def test_a_process_that_died_holding_a_slot_frees_it_when_the_lease_ends(
    redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shared, "LEASE", 0.2)
    key = ("ip", "GET /v1/y", "http://x")
    dead = _limiter(redis_server.url, key, RateLimit(1, 0.1))
    alive = _limiter(redis_server.url, key, RateLimit(1, 0.1))
    assert dead.acquire() == 0.0  # never released
    assert _sleep_until_admitted(alive) >= 1
    alive.release()


def test_a_release_lost_in_a_timeout_is_sent_again_once_the_server_answers(
    redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shared, "RECHECK", 0.0)
    key = ("ip", "GET /v1/q", "http://x")
    limiter = _limiter(redis_server.url, key, RateLimit(1, 0.05), on_backend_error="refuse", backend_timeout=0.05)
    assert isinstance(limiter, shared.SharedWindowLimiter)
    other = redis.Redis(port=redis_server.port)
    assert limiter.acquire() == 0.0
    other.client_pause(300)  # the server stops answering for 0.3 s
    limiter.release()  # times out: the server still holds the slot
    assert other.zcard(limiter.key.replace(":done", ":held")) == 1
    waits = 0
    while True:  # the first answer frees the lost slot; else it would stay held for the lease (120 s)
        try:
            wait = limiter.acquire()
        except LimiterUnavailableError:  # still paused
            wait = 0.05
        if wait == 0.0:
            break
        waits += 1
        assert waits <= 20
        time.sleep(wait)
    limiter.release()
    other.close()


def test_keys_are_per_account_per_ip_and_per_host_identity(redis_server: RedisServer) -> None:
    routes = RouteTable()
    orders = routes.lookup("GET", "/v1/orders")  # limited per key (counted per account)
    liquidations = routes.lookup("GET", "/v1/liquidations")  # limited per IP
    assert orders is not None and orders.rate_limit is not None and orders.rate_limit.scope == "none"
    assert liquidations is not None and liquidations.rate_limit is not None
    assert liquidations.rate_limit.scope == "ip"

    def transport(account: str, host_id: str = "default") -> OrderlyTransport:
        from orderly_auth import Credentials

        creds = Credentials(account, generate_key().secret)
        return OrderlyTransport(
            credentials=creds,
            rate_limit=RateLimitConfig(backend=redis_server.url, host_id=host_id),
            registry=RateLimiterRegistry(),  # another process
            server="http://127.0.0.1:1",
        )

    def fill(limiter: SlidingWindowLimiter | None) -> None:
        assert limiter is not None
        for _ in range(limiter.requests):
            assert limiter.acquire() == 0.0

    a, b, a_elsewhere = transport(ACCOUNT_A), transport(ACCOUNT_B), transport(ACCOUNT_B, host_id="nat-2")
    fill(a.limiter_for(orders))
    assert transport(ACCOUNT_A).limiter_for(orders).acquire() > 0  # type: ignore[union-attr]
    assert b.limiter_for(orders).acquire() == 0.0  # type: ignore[union-attr]  # another account: its own count

    fill(a.limiter_for(liquidations))
    assert b.limiter_for(liquidations).acquire() > 0  # type: ignore[union-attr]  # one IP: one count
    assert a_elsewhere.limiter_for(liquidations).acquire() == 0.0  # type: ignore[union-attr]  # another host id

    limiter = a.limiter_for(orders)
    assert isinstance(limiter, shared.SharedWindowLimiter)
    assert ACCOUNT_A in limiter.key and "|GET /v1/orders|" in limiter.key
    other = a_elsewhere.limiter_for(liquidations)
    assert isinstance(other, shared.SharedWindowLimiter)
    assert other.key.startswith("orderly:rl:{ip|nat-2|")


def test_a_429_seen_by_one_process_pauses_the_others(redis_server: RedisServer) -> None:
    key = ("ip", "GET /v1/z", "http://x")
    hit = _limiter(redis_server.url, key, RateLimit(10, 1.0))
    other = _limiter(redis_server.url, key, RateLimit(10, 1.0))
    assert other.acquire() == 0.0
    other.release()
    hit.penalize(30.0)
    assert other.acquire() > 1.0  # nothing else told it: the pause is on the server
    assert hit.acquire() > 1.0


def test_a_pause_from_the_server_is_capped_by_max_penalty(redis_server: RedisServer) -> None:
    key = ("ip", "GET /v1/w", "http://x")
    _limiter(redis_server.url, key, RateLimit(10, 1.0), max_penalty=600.0).penalize(500.0)
    capped = _limiter(redis_server.url, key, RateLimit(10, 1.0), max_penalty=5.0)
    assert 1.0 < capped.acquire() <= 5.0


def test_async_acquire_and_release_share_the_same_state(redis_server: RedisServer) -> None:
    key = ("ip", "GET /v1/v", "http://x")
    sync_side = _limiter(redis_server.url, key, RateLimit(2, 0.2))

    async def run() -> tuple[float, float, float]:
        async_side = _limiter(redis_server.url, key, RateLimit(2, 0.2))
        got = await async_side.aacquire()
        full = sync_side.acquire(), await async_side.aacquire()
        await async_side.arelease()
        return got, *full

    got, second, third = asyncio.run(run())
    assert (got, second) == (0.0, 0.0)
    assert third > 0
    sync_side.release()


def test_a_restarted_server_that_forgot_everything_pauses_the_limiter_one_window(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shared, "RECHECK", 0.0)  # ask the server again at once
    key = ("ip", "GET /v1/u", "http://x")
    limiter = _limiter(redis_server.url, key, RateLimit(5, 1.0), on_backend_error="refuse")
    assert limiter.acquire() == 0.0
    limiter.release()
    redis_server.restart()
    with caplog.at_level(logging.WARNING, logger="orderly_auth"):
        for _ in range(3):  # the old connection fails first; then a new one
            try:
                wait = limiter.acquire()
                break
            except LimiterUnavailableError:
                continue
        else:
            pytest.fail("the restarted server never answered")
    # Empty, the server would admit at once; this process knows it sent a moment ago, so it waits a window.
    assert wait > 0
    assert "lost the state" in caplog.text


def test_a_fresh_process_on_a_fresh_server_is_not_paused(redis_server: RedisServer) -> None:
    assert _limiter(redis_server.url, ("ip", "GET /v1/t", "http://x"), RateLimit(5, 1.0)).acquire() == 0.0


def test_server_gone_refuse_raises_at_once_without_sending(redis_server: RedisServer) -> None:
    config = RateLimitConfig(backend=redis_server.url, on_backend_error="refuse")
    with Sandbox(enforce_rate_limits=False) as sb:
        client = create_client(
            sb.credentials, base_url=sb.base_url, rate_limit=config, rate_limiters=RateLimiterRegistry()
        )
        get_v1_orders.sync(client=client)
        redis_server.stop()
        received = len(sb.requests)
        with pytest.raises(RateLimitBackendError) as raised:
            get_v1_orders.sync(client=client)
        assert len(sb.requests) == received  # nothing sent
        assert "on_backend_error='refuse'" in str(raised.value)
        client.close()


def test_server_gone_local_falls_back_with_one_warning_and_keeps_this_process_limit(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    key = ("ip", "GET /v1/s", "http://x")
    limiter = _limiter(redis_server.url, key, RateLimit(3, 60.0))
    redis_server.stop()
    with caplog.at_level(logging.WARNING, logger="orderly_auth"):
        assert [limiter.acquire() for _ in range(4)][:3] == [0.0, 0.0, 0.0]
        assert limiter.acquire() > 0  # this process's own limit still holds
    warnings = [r for r in caplog.records if "did not answer" in r.getMessage()]
    assert len(warnings) == 1  # once per outage, not once per call
    assert "NOT shared" in warnings[0].getMessage()


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A TCP server that accepts connections and never answers: a hung Redis."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        yield f"redis://127.0.0.1:{listener.getsockname()[1]}/0"


@pytest.mark.parametrize("side", ["sync", "async"])
def test_a_server_that_never_answers_costs_one_bounded_call_then_none(
    silent_server: str, caplog: pytest.LogCaptureFixture, side: str
) -> None:
    limiter = _limiter(silent_server, ("ip", "GET /v1/r", side), RateLimit(3, 1.0), backend_timeout=0.05)

    async def both() -> list[float]:
        return [await limiter.aacquire(), await limiter.aacquire()]

    with caplog.at_level(logging.WARNING, logger="orderly_auth"):
        waits = [limiter.acquire(), limiter.acquire()] if side == "sync" else asyncio.run(both())
    assert waits == [0.0, 0.0]  # decided locally, after one timed-out call
    assert any("TimeoutError" in r.getMessage() for r in caplog.records), caplog.text


def test_async_client_calls_go_through_the_shared_limiter(redis_server: RedisServer) -> None:
    config = RateLimitConfig(backend=redis_server.url, on_backend_error="refuse")
    with Sandbox(enforce_rate_limits=False) as sb:

        async def burst() -> None:
            registry = RateLimiterRegistry()
            async with create_client(
                sb.credentials, base_url=sb.base_url, rate_limit=config, rate_limiters=registry
            ) as client:
                await asyncio.gather(*(get_v1_orders.asyncio(client=client) for _ in range(12)))

        asyncio.run(burst())
        times = sorted(r.time for r in sb.requests if r.path == "/v1/orders")
    assert len(times) == 12
    assert times[10] - times[0] > 1.0  # the eleventh waited for a window after the first answer


def test_config_from_the_environment_and_its_errors_never_show_a_password() -> None:
    config = RateLimitConfig.from_env(
        {
            "ORDERLY_RATE_LIMIT_BACKEND": "redis://user:hunter2@cache:6379/1",
            "ORDERLY_RATE_LIMIT_HOST_ID": "nat-1",
            "ORDERLY_RATE_LIMIT_ON_BACKEND_ERROR": "refuse",
        }
    )
    assert (config.backend, config.host_id, config.on_backend_error) == (
        "redis://user:hunter2@cache:6379/1",
        "nat-1",
        "refuse",
    )
    assert "hunter2" not in repr(config)
    assert "cache:6379/1" in repr(config)
    assert RateLimitConfig.from_env({}) == RateLimitConfig()
    with pytest.raises(ConfigurationError, match="from the environment") as raised:
        RateLimitConfig.from_env({"ORDERLY_RATE_LIMIT_BACKEND": "http://user:hunter2@cache"})
    assert "hunter2" not in str(raised.value)
    for url in ("redis://:pass/word@cache:6379/0", "redis://cache:6379/0?password=pass/word"):
        assert "pass/word" not in repr(RateLimitConfig(backend=url))
    with pytest.raises(ConfigurationError, match="'local' or 'refuse'"):
        RateLimitConfig(on_backend_error="ignore")  # type: ignore[arg-type]


def test_create_client_reads_the_backend_from_the_environment(
    redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ORDERLY_RATE_LIMIT_BACKEND", redis_server.url)
    client = create_client(base_url="http://127.0.0.1:1", retry=RetryConfig(enabled=False))
    assert client.pipeline.rate_limit.backend == redis_server.url
    explicit = create_client(base_url="http://127.0.0.1:1", rate_limit=RateLimitConfig())
    assert explicit.pipeline.rate_limit.backend is None  # a config given wins over the environment


def test_importing_the_sdk_does_not_import_redis() -> None:
    code = "import sys, orderly_auth; print('redis' in sys.modules, 'orderly_auth._ratelimit_redis' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.split() == ["False", "False"]


def test_a_backend_without_the_redis_extra_is_a_clear_configuration_error() -> None:
    code = (
        "import sys; sys.modules['redis'] = None\n"  # as if the extra were not installed
        "from orderly_auth import RateLimitConfig, ConfigurationError\n"
        "from orderly_auth._ratelimit import RateLimit, RateLimiterRegistry\n"
        "try:\n"
        "    RateLimiterRegistry().limiter('k', RateLimit(1, 1.0), RateLimitConfig(backend='redis://h:1/0'))\n"
        "except ConfigurationError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert "pip install 'orderly-client[redis]'" in out


def test_limiter_key_is_the_one_the_in_process_limiter_uses() -> None:
    key = limiter_key("ip", "GET /v1/x", None, server="https://api.orderly.org")
    assert shared.redis_key(key, "nat-1") == "ip|nat-1|GET /v1/x|https://api.orderly.org"
    key = limiter_key("account", "GET /v1/x", ACCOUNT_A, server="https://api.orderly.org")
    assert shared.redis_key(key, "nat-1") == f"account|{ACCOUNT_A}|GET /v1/x|https://api.orderly.org"


def test_the_transport_is_unchanged_without_a_backend() -> None:
    registry = RateLimiterRegistry()
    limiter = registry.limiter(("ip", "x"), RateLimit(1, 1.0), RateLimitConfig())
    assert type(limiter) is SlidingWindowLimiter
    assert not limiter.shared
