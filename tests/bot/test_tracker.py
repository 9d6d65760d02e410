"""The order tracker equals the server's state after random orders, fills, cancels and lost stream messages."""

from __future__ import annotations

import asyncio
import random
import time
from decimal import Decimal
from typing import Any

import attrs
import pytest

from orderly_auth import OrderlyClient
from orderly_auth.bot import (
    AsyncOrderTracker,
    OrderCancelled,
    OrderFilled,
    OrderNew,
    OrderPartiallyFilled,
    OrderTracker,
    PositionChanged,
    TrackerCore,
    TrackerEvent,
)
from orderly_auth.stream import Reconciled, StreamConfig, StreamInterrupted
from orderly_client.api.private import delete_v1_order, post_v1_order
from orderly_client.models import PostOrderBody
from orderly_sandbox import Sandbox
from tests.bot.bot_support import client_for

ETH = "PERP_ETH_USDC"
WAIT = 30.0  # the failsafe bound of every event-driven wait
FAST = StreamConfig(
    ping_interval=0.05, idle_timeout=10.0, open_timeout=5, auth_timeout=5, backoff_initial=0.02, backoff_max=0.1
)
WATCHDOG = attrs.evolve(FAST, idle_timeout=0.6)  # a silenced connection is noticed and reopened


def _place(client: OrderlyClient, side: str, order_type: str, quantity: str, price: Decimal | None = None) -> Any:
    body = PostOrderBody(symbol=ETH, order_type=order_type, side=side, order_quantity=Decimal(quantity))
    if price is not None:
        body.order_price = price
    return post_v1_order.sync(client=client, body=body)


def _act(rng: random.Random, sandbox: Sandbox, client: OrderlyClient) -> None:
    """One random action of a small market maker."""
    mark = sandbox.market.mark(ETH)
    tick = Decimal("0.01")
    open_ids = [o["order_id"] for o in sandbox.orders() if o["status"] in ("NEW", "PARTIAL_FILLED")]
    choice = rng.choice(["bid", "ask", "market", "cancel", "cross"])
    quantity = str(Decimal(rng.randint(1, 4)) / 100)
    if choice == "bid":
        _place(client, "BUY", "LIMIT", quantity, (mark * Decimal("0.99")).quantize(tick) - rng.randint(0, 50) * tick)
    elif choice == "ask":
        _place(client, "SELL", "LIMIT", quantity, (mark * Decimal("1.01")).quantize(tick) + rng.randint(0, 50) * tick)
    elif choice == "market":
        _place(client, rng.choice(["BUY", "SELL"]), "MARKET", quantity)
    elif choice == "cancel" and open_ids:
        delete_v1_order.sync(client=client, symbol=ETH, order_id=rng.choice(open_ids))
    else:
        _place(client, "BUY", "LIMIT", quantity, (mark * Decimal("1.005")).quantize(tick))


def _server_view(sandbox: Sandbox) -> dict[str, Any]:
    account = sandbox.credentials.account_id
    orders = {
        o["order_id"]: (o["status"], o["total_executed_quantity"], o["client_order_id"])
        for o in sandbox.orders()
        if o["status"] in ("NEW", "PARTIAL_FILLED")
    }
    with sandbox.market.lock:
        position = sandbox.market.position(account, ETH)
        return {
            "orders": orders,
            "position": (position.quantity, position.average_open_price),
            "usdc": sandbox.balances.get(account),
        }


def _tracker_view(core: TrackerCore) -> dict[str, Any]:
    position = core.position(ETH)
    return {
        "orders": {o.order_id: (o.status, o.executed, o.client_order_id) for o in core.open_orders()},
        "position": (position.quantity, position.average_open_price) if position else (Decimal(0), Decimal(0)),
        "usdc": core.balance("USDC"),
    }


async def _next(subscription: Any, kind: type, since_ms: int = 0) -> Any:
    """The next ``kind`` event (a StreamInterrupted: one that began at ``since_ms`` or later)."""
    while True:
        item = await asyncio.wait_for(subscription.get(), WAIT)
        if isinstance(item, kind) and getattr(item, "at_ms", since_ms) >= since_ms:
            return item


@pytest.mark.parametrize("seed", [1, 2])
def test_tracker_equals_the_server_after_random_drops_and_fills(sandbox: Sandbox, seed: int) -> None:
    rng = random.Random(seed)
    client = client_for(sandbox)
    events: list[TrackerEvent] = []

    async def scenario() -> None:
        async with (
            sandbox.async_stream(config=WATCHDOG) as stream,
            AsyncOrderTracker(stream, client, keep_closed=10_000) as tracker,
        ):
            tracker.add_listener(events.append)
            watch = stream.subscribe("executionreport")  # the test's own view of the stream's events
            for round_ in range(6):
                lose = round_ % 2 == 1
                silenced_ms = int(time.time() * 1000)
                if lose:
                    await asyncio.to_thread(sandbox.stream_faults.silence, "private")
                for _ in range(rng.randint(3, 6)):
                    await asyncio.to_thread(_act, rng, sandbox, client)
                if lose:
                    # the watchdog noticed this silence (a loaded machine's pause may have caused others before)
                    await _next(watch, StreamInterrupted, silenced_ms)
                    await asyncio.to_thread(sandbox.stream_faults.resume)
                    await _next(watch, Reconciled)
            server = await asyncio.to_thread(_server_view, sandbox)
            same = await tracker.wait_until(lambda core: _tracker_view(core) == server, WAIT)
            assert same, (_tracker_view(tracker.core), server)

    asyncio.run(asyncio.wait_for(scenario(), 300))
    client.close()
    # every fill the server made reached the tracker exactly once, live or recovered, with its client order id
    account = sandbox.credentials.account_id
    server_trades = sorted(t.id for t in sandbox.market.account_trades(account))
    fills = [e.fill for e in events if isinstance(e, OrderFilled | OrderPartiallyFilled) and e.fill is not None]
    assert sorted(f.trade_id for f in fills if f.trade_id) == server_trades
    assert all(f.client_order_id for f in fills)
    assert any(isinstance(e, OrderNew) for e in events) and any(isinstance(e, PositionChanged) for e in events)


def test_sync_tracker_queries_events_and_retirement(sandbox: Sandbox) -> None:
    client = client_for(sandbox)
    events: list[TrackerEvent] = []
    mark = sandbox.market.mark(ETH)
    low = (mark * Decimal("0.98")).quantize(Decimal("0.01"))
    with sandbox.stream(config=FAST) as stream, OrderTracker(stream, client, keep_closed=2) as tracker:
        tracker.add_listener(events.append)
        placed = [_place(client, "BUY", "LIMIT", "0.01", low - i) for i in range(4)]
        ids = [p.data.order_id for p in placed]
        assert tracker.wait_until(lambda core: len(core.open_orders(ETH)) == 4, WAIT)
        first = tracker.order(client_order_id=placed[0].data.client_order_id)
        assert first is not None and first.order_id == ids[0] and first.is_open
        for order_id in ids:
            delete_v1_order.sync(client=client, symbol=ETH, order_id=order_id)
        assert tracker.wait_until(lambda core: not core.open_orders() and core.closed_count() == 2, WAIT)
        assert tracker.order(ids[0]) is None  # retired: the oldest closed go first
        last = tracker.order(ids[3])
        assert last is not None and last.status == "CANCELLED"
        _place(client, "BUY", "MARKET", "0.02")
        assert tracker.wait_until(
            lambda core: (p := core.position(ETH)) is not None and p.quantity == Decimal("0.02"), WAIT
        )
    client.close()
    new = [e.order.order_id for e in events if isinstance(e, OrderNew)]
    cancelled = [e.order.order_id for e in events if isinstance(e, OrderCancelled)]
    assert new[:4] == ids and cancelled == ids  # the market order is NEW too, then FILLED
    assert any(isinstance(e, OrderFilled) for e in events)
