"""One process of the multi-process tests: sends ``--count`` requests of one operation as its limiter allows.

Configured from the environment only (``ORDERLY_BASE_URL``, ``ORDERLY_ACCOUNT_ID``/``ORDERLY_SECRET``/
``ORDERLY_KEY``, ``ORDERLY_RATE_LIMIT_*``), as a user's process would be. Prints ``ready``, waits for a
line on stdin (so that all processes start together), sends, and prints a JSON summary.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

import attrs

from orderly_auth import (
    Credentials,
    OrderlyClient,
    RateLimitBackendError,
    RateLimitConfig,
    RateLimitError,
    RetryConfig,
    create_client,
)
from orderly_client.api.private import get_v1_liquidations, get_v1_orders

OPERATIONS: dict[str, tuple[Callable[..., Any], Callable[..., Awaitable[Any]]]] = {
    "orders": (get_v1_orders.sync, get_v1_orders.asyncio),
    "liquidations": (get_v1_liquidations.sync, get_v1_liquidations.asyncio),
}
DEADLINE = 150.0  # a failsafe: a process that cannot send its requests by then stops and says so


class Tally:
    """What this process saw, counted from threads or tasks."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.counts = {"sent": 0, "refused": 0, "rate_limited": 0, "gave_up": 0}

    def add(self, name: str) -> None:
        with self.lock:
            self.counts[name] += 1


def _one_sync(call: Callable[..., Any], client: OrderlyClient, tally: Tally, started: float) -> None:
    while time.monotonic() - started < DEADLINE:
        try:
            call(client=client)
        except RateLimitBackendError:  # on_backend_error="refuse" while the server is away: try again
            tally.add("refused")
            time.sleep(0.05)
            continue
        except RateLimitError:
            tally.add("rate_limited")
            return
        tally.add("sent")
        return
    tally.add("gave_up")


async def _one_async(call: Callable[..., Awaitable[Any]], client: OrderlyClient, tally: Tally, started: float) -> None:
    while time.monotonic() - started < DEADLINE:
        try:
            await call(client=client)
        except RateLimitBackendError:
            tally.add("refused")
            await asyncio.sleep(0.05)
            continue
        except RateLimitError:
            tally.add("rate_limited")
            return
        tally.add("sent")
        return
    tally.add("gave_up")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--op", choices=sorted(OPERATIONS), default="orders")
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--mode", choices=("sync", "async"), default="sync")
    parser.add_argument("--no-retry", action="store_true", help="a 429 is not retried (it raises)")
    options = parser.parse_args()

    # The wait bound is raised so that every request of the test gets its turn; the rest is the environment's.
    config = attrs.evolve(RateLimitConfig.from_env(), max_wait=DEADLINE)
    retry = RetryConfig(enabled=False) if options.no_retry else RetryConfig(timeout=DEADLINE)
    client = create_client(Credentials.from_env(), rate_limit=config, retry=retry, timeout=DEADLINE)
    sync_call, async_call = OPERATIONS[options.op]
    tally = Tally()

    print("ready", flush=True)
    sys.stdin.readline()
    started = time.monotonic()
    if options.mode == "sync":  # two threads: the limiter is shared by threads of a process as well

        def send(share: int) -> None:
            for _ in range(share):
                _one_sync(sync_call, client, tally, started)

        shares = (options.count // 2, options.count - options.count // 2)
        threads = [threading.Thread(target=send, args=(share,)) for share in shares]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        client.close()
    else:

        async def burst() -> None:
            async with client:
                await asyncio.gather(*(_one_async(async_call, client, tally, started) for _ in range(options.count)))

        asyncio.run(burst())
    print(json.dumps(tally.counts), flush=True)


if __name__ == "__main__":
    main()
