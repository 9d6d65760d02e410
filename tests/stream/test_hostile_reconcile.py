"""Reconcile after a first REST baseline that failed: every later private reconnect still yields ``Reconciled``."""

from __future__ import annotations

import asyncio

from orderly_auth.stream import Message, Reconciled, StreamInterrupted, StreamRestored
from orderly_client.client import AuthenticatedClient
from orderly_sandbox import Fault, Sandbox
from tests.stream.stream_support import FAST, WAIT, market_order, run


async def next_reconciled(subscription: object) -> Reconciled:
    while True:
        item = await asyncio.wait_for(subscription.get(), WAIT)  # type: ignore[attr-defined]
        if isinstance(item, Reconciled):
            return item
        assert isinstance(item, Message | StreamInterrupted | StreamRestored)


def test_a_failed_first_baseline_does_not_stop_later_reconciles(sandbox: Sandbox, rest: AuthenticatedClient) -> None:
    sandbox.inject("GET", "/v1/orders", Fault.http(400), times=1)  # the first (baseline) reconcile fails

    async def scenario() -> None:
        async with sandbox.async_stream(config=FAST) as stream:
            reports = stream.subscribe("executionreport")
            assert stream.private is not None
            await stream.private.wait_ready(WAIT)
            while sandbox.pending_faults():  # the baseline met its fault
                await asyncio.sleep(0.01)
            sandbox.stream_faults.silence("private")
            await asyncio.to_thread(market_order, rest)  # a fill the stream does not report
            sandbox.stream_faults.resume()
            sandbox.stream_faults.drop_connections("private")
            # Was: no Reconciled, ever. The fill reaches the subscriber exactly once: in a Reconciled, or live
            # when the sandbox's push of it went out after resume() (its REST answer comes first).
            fills, reconciled = 0, False
            while not (reconciled and fills):
                item = await asyncio.wait_for(reports.get(), WAIT)
                if isinstance(item, Reconciled):
                    assert item.error is None
                    reconciled = True
                    fills += len(item.fills)
                elif isinstance(item, Message) and getattr(item.data, "trade_id", None) is not None:
                    fills += 1
            assert fills == 1
            sandbox.stream_faults.drop_connections("private")
            assert (await next_reconciled(reports)).error is None  # and after every later outage too

    run(scenario())
