"""What a shared rate limit adds to each call: the Redis/Valkey backend on loopback against the in-process limiter.

Starts its own server (``redis-server`` or ``valkey-server`` on PATH, or ``$ORDERLY_BENCH_REDIS_SERVER``) on a
free loopback port, pinned to the server CPU, without persistence; the client runs pinned to the client CPU.
Rows (µs per call, best of 5): one slot taken and freed (acquire + release, two scripts on the server), sync
and asyncio; a plain PING for the round trip itself; and a whole sync call through ``create_client`` over a
transport without network, once with the in-process limiter and once with the shared one: the difference is
what the backend adds per call. On a busy machine each round trip waits for the scheduler, so two more rows
give what load does not inflate: the client's CPU time per slot and the server's time per script.

Usage: python bench/shared_limit.py   (prints JSON: a list of [row, microseconds or null]; null: no server)
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import shutil
import socket
import subprocess
import tempfile
import time
import timeit
from typing import Any

import httpx2
from common import CLIENT_CPU, CLIENT_ORDER_ID, SERVER_CPU, SYMBOL, keys, pin

from orderly_auth import Credentials, RateLimitConfig, create_client
from orderly_auth._ratelimit import RateLimit, RateLimiterRegistry
from orderly_client.api.private import delete_v1_client_order

URL = "http://127.0.0.1:8080"
ROWS = (
    "Redis PING round trip (redis-py, sync), for reference",
    "shared limiter: acquire + release (two scripts), sync",
    "shared limiter: acquire + release (two scripts), asyncio",
    "in-process limiter: acquire + release",
    "whole sync call, no network, in-process limiter",
    "whole sync call, no network, shared limiter (Redis on loopback)",
    "added per call by the shared limiter (difference of the two rows above)",
    "client CPU per acquire + release, sync (user + system time: what load on the machine does not inflate)",
    "server time per script (Redis INFO commandstats, evalsha usec_per_call)",
)


def _binary() -> str | None:
    return os.environ.get("ORDERLY_BENCH_REDIS_SERVER") or shutil.which("valkey-server") or shutil.which("redis-server")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def best(stmt: Any, number: int) -> float:
    """Best of 5 runs, in microseconds per call."""
    return min(timeit.repeat(stmt, number=number, repeat=5)) / number * 1e6


def measure(url: str) -> list[float]:
    import redis

    ping = redis.Redis.from_url(url)
    registry = RateLimiterRegistry()
    huge = RateLimit(10**9, 1.0)  # never full: the rows time the decision, not a wait
    shared = registry.limiter(("ip", "bench"), huge, RateLimitConfig(backend=url))
    local = RateLimiterRegistry().limiter(("ip", "bench"), huge, RateLimitConfig())

    def slot_sync() -> None:
        shared.acquire()
        shared.release()

    def slot_local() -> None:
        local.acquire()
        local.release()

    async def slots_async(n: int) -> float:
        for _ in range(200):  # warm up: connection and script loaded
            await shared.aacquire()
            await shared.arelease()
        runs = []
        for _ in range(5):
            started = time.perf_counter()
            for _ in range(n):
                await shared.aacquire()
                await shared.arelease()
            runs.append((time.perf_counter() - started) / n * 1e6)
        return min(runs)

    account_id, _, secret = keys()
    credentials = Credentials(account_id, secret)
    body = b'{"success":true,"data":{"status":"CANCEL_SENT"},"timestamp":%d}' % int(time.time() * 1000)

    class NoNetwork(httpx2.BaseTransport):
        def handle_request(self, request: httpx2.Request) -> httpx2.Response:
            headers = [(b"content-type", b"application/json")]
            return httpx2.Response(200, headers=headers, stream=httpx2.ByteStream(body))

    # DELETE /v1/client/order is limited 10 per 1 s: headroom cannot lift that, so each client gets a registry
    # whose limiter for it is a huge one under the same key (what the transport asks the registry for).
    def client(config: RateLimitConfig) -> Any:
        sdk = create_client(
            credentials, base_url=URL, rate_limit=config, transport=NoNetwork(), rate_limiters=RateLimiterRegistry()
        )
        transport = sdk.pipeline
        route = transport.routes.lookup("DELETE", "/v1/client/order")
        assert route is not None and route.rate_limit is not None
        transport._limiters[route.operation] = transport.registry.limiter(("bench", config.backend), huge, config)
        return sdk

    with_local, with_shared = client(RateLimitConfig()), client(RateLimitConfig(backend=url))

    def call_local() -> None:
        delete_v1_client_order.sync(client=with_local, symbol=SYMBOL, client_order_id=CLIENT_ORDER_ID)

    def call_shared() -> None:
        delete_v1_client_order.sync(client=with_shared, symbol=SYMBOL, client_order_id=CLIENT_ORDER_ID)

    for warm in (slot_sync, call_shared, call_local):
        for _ in range(200):
            warm()
    rows = [
        best(ping.ping, 2000),
        best(slot_sync, 2000),
        asyncio.run(slots_async(2000)),
        best(slot_local, 20000),
        best(call_local, 2000),
        best(call_shared, 2000),
    ]
    rows.append(rows[5] - rows[4])
    ping.config_resetstat()
    started = time.process_time()
    for _ in range(2000):
        slot_sync()
    rows.append((time.process_time() - started) / 2000 * 1e6)
    stats = ping.info("commandstats").get("cmdstat_evalsha", {})
    rows.append(float(stats.get("usec_per_call", "nan")))
    return rows


def main() -> None:
    logging.getLogger("orderly_auth").setLevel(logging.ERROR)
    binary = _binary()
    if binary is None:
        print(json.dumps([[row, None] for row in ROWS]))
        return
    with tempfile.TemporaryDirectory() as directory:
        port = _free_port()
        options = ["--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", directory]
        server = subprocess.Popen(
            [binary, *options],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            if hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > SERVER_CPU:
                os.sched_setaffinity(server.pid, {SERVER_CPU})
            pin(CLIENT_CPU)
            url = f"redis://127.0.0.1:{port}/0"
            import redis

            probe = redis.Redis.from_url(url, socket_connect_timeout=1.0)
            for _ in range(500):
                try:
                    probe.ping()
                    break
                except redis.RedisError:
                    time.sleep(0.01)
            print(json.dumps([list(pair) for pair in zip(ROWS, measure(url), strict=True)]))
        finally:
            server.kill()
            server.wait()


if __name__ == "__main__":
    main()
