"""What the stream tests share: short liveness settings, event-driven waits, REST order helpers."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

import attrs

from orderly_auth.stream import StreamConfig
from orderly_client.api.private import post_v1_order
from orderly_client.client import AuthenticatedClient
from orderly_client.models import PostOrderBody

T = TypeVar("T")

# Intervals short enough for tests to see pings and reconnects quickly; the tests themselves only ever wait
# for events (with generous timeouts), never for a duration. The watchdog's idle_timeout stays long here, so
# that a loaded machine's pauses never drop a connection nobody asked to drop; WATCHDOG is for the tests of
# the watchdog itself.
FAST = StreamConfig(
    ping_interval=0.05, idle_timeout=10.0, open_timeout=5, auth_timeout=5, backoff_initial=0.02, backoff_max=0.1
)
WATCHDOG = attrs.evolve(FAST, idle_timeout=0.6)
WAIT = 20.0  # the generous bound of every event-driven wait


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run one test's coroutine on a fresh loop (no pytest plugin needed)."""
    return asyncio.run(asyncio.wait_for(coroutine, 120))


def market_order(
    client: AuthenticatedClient, side: str = "BUY", quantity: float = 0.01, symbol: str = "PERP_ETH_USDC"
) -> Any:
    """A MARKET order over REST (it fills at once against the sandbox's book)."""
    body = PostOrderBody(symbol=symbol, order_type="MARKET", side=side, order_quantity=quantity)
    return post_v1_order.sync(client=client, body=body)


def limit_order(client: AuthenticatedClient, price: float, side: str = "BUY", quantity: float = 0.01) -> Any:
    """A resting LIMIT order over REST."""
    body = PostOrderBody(
        symbol="PERP_ETH_USDC", order_type="LIMIT", side=side, order_price=price, order_quantity=quantity
    )
    return post_v1_order.sync(client=client, body=body)
