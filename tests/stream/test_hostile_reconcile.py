"""Reconcile after a first REST baseline that failed: every later private reconnect still yields ``Reconciled``."""

from __future__ import annotations

import asyncio

from stream_support import FAST, WAIT, market_order, run

from orderly_auth.stream import Message, Reconciled, StreamInterrupted, StreamRestored
from orderly_client.client import AuthenticatedClient
from orderly_sandbox import Fault, Sandbox


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
            # Was: none, ever. Under load the fast watchdog may also drop the silenced connection before the
            # fill, whose reconcile then finds nothing yet: the fill comes with a later one, exactly once.
            fills: list[object] = []
            while not fills:
                reconciled = await next_reconciled(reports)
                assert reconciled.error is None
                fills.extend(reconciled.fills)
            assert len(fills) == 1
            sandbox.stream_faults.drop_connections("private")
            assert (await next_reconciled(reports)).error is None  # and after every later outage too

    run(scenario())
