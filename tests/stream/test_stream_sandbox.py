"""The stream client against the sandbox's WebSocket server and its stream faults, over real loopback sockets.

No test waits for a duration: each waits for an event (a message, an interruption, a change of the book)
with a generous timeout, and the intervals that drive pings, the watchdog and backoff are short.
"""

from __future__ import annotations

import asyncio
import random
from decimal import Decimal
from typing import Any

import attrs
import pytest

from orderly_auth import Credentials, MissingCredentialsError, create_client, generate_key
from orderly_auth.stream import (
    AsyncStream,
    BookInvalidError,
    ExecutionReport,
    LocalBook,
    Message,
    Reconciled,
    SlowConsumerError,
    StreamAuthError,
    StreamConfig,
    StreamError,
    StreamInterrupted,
    StreamRestored,
    Subscription,
    SubscriptionError,
)
from orderly_client.api.private import get_v1_trades
from orderly_client.client import AuthenticatedClient
from orderly_sandbox import Sandbox
from tests.stream.stream_support import FAST, WAIT, WATCHDOG, limit_order, market_order, run

ETH = "PERP_ETH_USDC"


async def next_of(subscription: Subscription, kind: type[Any], *, skip: tuple[type[Any], ...] = (Message,)) -> Any:
    """The next item of type ``kind``, skipping the types in ``skip``."""
    while True:
        item = await asyncio.wait_for(subscription.get(), WAIT)
        if isinstance(item, kind):
            return item
        assert isinstance(item, skip), f"unexpected {item!r} while waiting for {kind.__name__}"


async def in_thread(function: Any, *args: Any) -> Any:
    """A blocking REST call (or sandbox step) without blocking the stream's loop."""
    return await asyncio.to_thread(function, *args)


def server_trade_ids(client: AuthenticatedClient) -> set[int]:
    answer = get_v1_trades.sync_detailed(client=client, size=500)
    import json

    return {row["id"] for row in json.loads(answer.content)["data"]["rows"]}


# -- auth --------------------------------------------------------------------------------------------


def test_private_topics_flow_after_a_verified_auth(sandbox: Sandbox, rest: AuthenticatedClient) -> None:
    async def scenario() -> None:
        async with sandbox.async_stream(config=FAST) as stream:
            reports = stream.subscribe("executionreport")
            assert stream.private is not None and stream.public is None  # only what is needed opens
            await stream.wait_ready(WAIT)
            placed = await in_thread(market_order, rest)
            report = await next_of(reports, Message)
            assert isinstance(report.data, ExecutionReport)
            assert report.data.order_id == placed.data.order_id
            assert isinstance(report.data.executed_quantity, Decimal)

    run(scenario())


def test_an_unregistered_key_is_refused_with_a_typed_error(sandbox: Sandbox) -> None:
    stranger = Credentials(sandbox.credentials.account_id, generate_key().secret)

    async def scenario() -> None:
        async with sandbox.async_stream(stranger, config=FAST) as stream:
            reports = stream.subscribe("executionreport")
            with pytest.raises(StreamAuthError):
                while True:
                    await asyncio.wait_for(reports.get(), WAIT)

    run(scenario())


def test_a_refused_auth_is_retried_when_configured(sandbox: Sandbox, rest: AuthenticatedClient) -> None:
    sandbox.stream_faults.refuse_auth(times=1)
    config = StreamConfig(**{**_fields(FAST), "auth_retries": 1})

    async def scenario() -> None:
        async with sandbox.async_stream(config=config) as stream:
            reports = stream.subscribe("executionreport")
            assert stream.private is not None
            await stream.private.wait_ready(WAIT)
            assert stream.private.sessions == 2  # refused once, then a new connection with a fresh signature
            await in_thread(market_order, rest)
            assert isinstance((await next_of(reports, Message)).data, ExecutionReport)

    run(scenario())


def test_auth_is_signed_with_the_servers_time_learnt_from_a_pong() -> None:
    """The server's clock 200 s ahead, a 60 s window: the pong before auth corrects the signing clock,
    which the REST client given to the stream shares, so its first signed call is accepted as well."""
    with Sandbox(seed=7, market_interval=None, timestamp_window=60, clock_offset_ms=200_000) as skewed:
        rest = create_client(skewed.credentials, base_url=skewed.base_url)

        async def scenario() -> None:
            stream = AsyncStream(
                skewed.credentials,
                base_url=skewed.base_url,
                public_url=skewed.ws_public_url,
                private_url=skewed.ws_private_url,
                config=FAST,
                client=rest,
            )
            async with stream:
                reports = stream.subscribe("executionreport")
                assert stream.private is not None
                await stream.private.wait_ready(WAIT)
                assert stream.private.sessions == 1 and stream.private.auth_refusals == 0
                await in_thread(market_order, rest)
                assert isinstance((await next_of(reports, Message)).data, ExecutionReport)

        run(scenario())
        # every REST call (the reconcile's and the order) accepted the first time: none refused, none resent
        assert [(r.operation, r.code) for r in skewed.requests if r.status != 200] == []
        assert abs(rest.pipeline.clock.offset_ms - 200_000) < 5_000


def test_without_the_clock_sync_a_skewed_server_refuses_auth() -> None:
    config = StreamConfig(**{**_fields(FAST), "clock_sync_timeout": 0})
    with Sandbox(seed=7, market_interval=None, timestamp_window=60, clock_offset_ms=200_000) as skewed:

        async def scenario() -> None:
            async with skewed.async_stream(config=config) as stream:
                reports = stream.subscribe("executionreport")
                with pytest.raises(StreamAuthError):
                    while True:
                        await asyncio.wait_for(reports.get(), WAIT)

        run(scenario())


def test_private_topics_need_credentials(sandbox: Sandbox) -> None:
    async def scenario() -> None:
        stream = AsyncStream(
            base_url=sandbox.base_url, public_url=sandbox.ws_public_url, private_url=sandbox.ws_private_url
        )
        with pytest.raises(MissingCredentialsError):
            stream.subscribe("executionreport")
        await stream.close()

    run(scenario())


def _fields(config: StreamConfig) -> dict[str, Any]:
    return attrs.asdict(config, recurse=False)


# -- reconnect, re-auth, resubscribe ------------------------------------------------------------------


def test_reconnects_reauth_before_resubscribing_every_time(sandbox: Sandbox, rest: AuthenticatedClient) -> None:
    """The server answers a private subscribe sent before auth with ``Auth is needed.``: every reconnect
    must re-auth first, or the subscription would end with SubscriptionError."""

    async def scenario() -> None:
        async with sandbox.async_stream(config=FAST) as stream:
            reports = stream.subscribe("executionreport")
            trades = stream.subscribe(f"{ETH}@trade")
            assert stream.private is not None and stream.public is not None
            await stream.private.wait_ready(WAIT)
            await stream.public.wait_ready(WAIT)
            for round_ in range(4):
                kind = ("private", "public", None, "private")[round_]
                await in_thread(sandbox.stream_faults.drop_connections, kind)
                if kind in ("private", None):
                    interrupted = await next_of(reports, StreamInterrupted, skip=(Message, Reconciled))
                    assert interrupted.connection == "private"
                    await next_of(reports, StreamRestored, skip=(Message, Reconciled))
                    placed = await in_thread(market_order, rest)
                    while True:
                        item = await next_of(reports, Message, skip=(Reconciled,))
                        if item.data.order_id == placed.data.order_id:
                            break
                if kind in ("public", None):
                    await next_of(trades, StreamInterrupted)
                    await next_of(trades, StreamRestored)
            assert stream.private.sessions == 4 and stream.public.sessions == 3
            assert stream.private.topics == ["executionreport"]

    run(scenario())


def test_resubscribes_exactly_the_live_subscriptions(sandbox: Sandbox) -> None:
    async def scenario() -> None:
        async with sandbox.async_stream(config=FAST) as stream:
            a = stream.subscribe(f"{ETH}@trade")
            b = stream.subscribe(f"{ETH}@trade")  # the same topic: one subscription on the wire
            c = stream.subscribe(f"{ETH}@bbo")
            d = stream.subscribe("PERP_BTC_USDC@trade")
            public = stream.public
            assert public is not None
            await public.wait_ready(WAIT)
            assert sorted(public.topics) == sorted([f"{ETH}@trade", f"{ETH}@bbo", "PERP_BTC_USDC@trade"])
            await a.close()
            assert f"{ETH}@trade" in public.topics  # b still uses it
            await d.close()
            await in_thread(sandbox.stream_faults.drop_connections, "public")
            await next_of(b, StreamRestored, skip=(Message, StreamInterrupted))
            assert sorted(public.topics) == sorted([f"{ETH}@trade", f"{ETH}@bbo"])
            await in_thread(sandbox.market.step, 5)
            item = await next_of(b, Message)
            assert item.topic == f"{ETH}@trade"
            with pytest.raises(StreamError):  # closed: nothing more is delivered
                await d.get()
            assert (await next_of(c, Message, skip=(StreamInterrupted, StreamRestored))).topic == f"{ETH}@bbo"

    run(scenario())


def test_a_refused_subscription_raises_the_servers_message(sandbox: Sandbox) -> None:
    async def scenario() -> None:
        async with sandbox.async_stream(config=FAST) as stream:
            bad = stream.subscribe("PERP_NOPE_USDC@trade")
            with pytest.raises(SubscriptionError, match="invalid symbol"):
                await asyncio.wait_for(bad.get(), WAIT)
            assert stream.public is not None and stream.public.topics == []

    run(scenario())


def test_gives_up_only_when_told_to(sandbox: Sandbox) -> None:
    config = StreamConfig(**{**_fields(FAST), "max_reconnects": 2})

    async def scenario() -> None:
        url = sandbox.ws_public_url
        sandbox.stop()  # nothing listens any more: every connect is refused
        stream = AsyncStream(base_url="https://api.orderly.org", public_url=url, private_url=url, config=config)
        trades = stream.subscribe(f"{ETH}@trade")
        with pytest.raises(StreamError, match="gave up after 2 reconnects"):
            while True:
                await asyncio.wait_for(trades.get(), WAIT)
        assert stream.public is not None and stream.public.reconnects == 2
        await stream.close()

    run(scenario())


# -- liveness -----------------------------------------------------------------------------------------


def test_the_watchdog_drops_a_silent_connection_and_recovers(sandbox: Sandbox) -> None:
    async def scenario() -> None:
        async with sandbox.async_stream(config=WATCHDOG) as stream:
            trades = stream.subscribe(f"{ETH}@trade")
            assert stream.public is not None
            await stream.public.wait_ready(WAIT)
            await in_thread(sandbox.stream_faults.silence, "public")  # half-open: the socket stays, nothing comes
            interrupted = await next_of(trades, StreamInterrupted)
            assert "watchdog" in interrupted.reason
            await in_thread(sandbox.stream_faults.resume)
            await next_of(trades, StreamRestored)
            await in_thread(sandbox.market.step, 3)
            assert (await next_of(trades, Message)).topic == f"{ETH}@trade"

    run(scenario())


def test_our_pings_keep_a_quiet_connection_alive_and_server_pings_are_answered(sandbox: Sandbox) -> None:
    config = attrs.evolve(FAST, idle_timeout=2.0)

    async def scenario() -> None:
        async with sandbox.async_stream(config=config) as stream:
            trades = stream.subscribe(f"{ETH}@trade")
            public = stream.public
            assert public is not None
            await public.wait_ready(WAIT)
            sandbox.stream_faults.stop_pings()
            # 100 of our pings answered span the watchdog's idle_timeout more than twice over (one every
            # 0.05 s): only the pongs kept it alive.
            start = public.pongs
            while public.pongs < start + 100:
                await asyncio.sleep(config.ping_interval)
            assert public.sessions == 1 and trades.get_nowait() is None

    run(scenario())


def test_server_pings_are_answered() -> None:
    # the server drops a client after 20 unanswered pings (1 s); 30 answered show they are answered
    with Sandbox(seed=3, market_interval=None, ws_ping_interval=0.05, ws_max_missed_pongs=20) as sandbox:

        async def scenario() -> None:
            async with sandbox.async_stream(config=FAST) as stream:
                stream.subscribe(f"{ETH}@trade")
                public = stream.public
                assert public is not None
                await public.wait_ready(WAIT)
                while public.pings_answered < 30:
                    await asyncio.sleep(0.05)
                assert public.sessions == 1

        run(scenario())


# -- books --------------------------------------------------------------------------------------------


async def book_matches_server(book: LocalBook, sandbox: Sandbox) -> None:
    """Wait until the local book is valid at the server's current ts, then compare every level."""
    while True:
        server = sandbox.market.book(ETH)
        if book.valid and book.ts == server.ts:
            bids, asks = book.depth()
            assert list(bids) == list(server.bids)
            assert list(asks) == list(server.asks)
            return
        await book.changed(WAIT)


async def reveal_gaps(sandbox: Sandbox) -> None:
    """Step until the server sends one more delta: a lost delta is only seen by the one after it."""
    before = sandbox.market.book(ETH).ts
    while sandbox.market.book(ETH).ts == before:
        await in_thread(sandbox.market.step, 1)


def test_the_book_equals_the_servers_after_random_gaps_and_disconnects(sandbox: Sandbox) -> None:
    rng = random.Random(11)

    async def scenario() -> None:
        async with sandbox.async_stream(config=FAST) as stream:
            book = stream.book(ETH)
            with pytest.raises(BookInvalidError):
                book.best_bid()
            await book.wait_valid(WAIT)
            await book_matches_server(book, sandbox)
            gaps = drops = 0
            for _ in range(25):
                fault = rng.random()
                if fault < 0.3:
                    sandbox.stream_faults.drop_next_delta(ETH)
                    gaps += 1
                elif fault < 0.45:
                    await in_thread(sandbox.stream_faults.drop_connections, "public")
                    drops += 1
                await in_thread(sandbox.market.step, rng.randint(1, 4))
                await reveal_gaps(sandbox)
                await book_matches_server(book, sandbox)
            assert gaps and drops
            assert book.sync.gaps >= 1  # gaps were seen and repaired
            assert book.sync.resyncs >= 2
            best_bid, best_ask = book.best_bid(), book.best_ask()
            assert best_bid is not None and best_ask is not None and best_bid[0] < best_ask[0]
            assert isinstance(best_bid[0], Decimal)

    run(scenario())


def test_two_books_on_one_symbol_share_the_wire_and_close_cleanly(sandbox: Sandbox) -> None:
    async def scenario() -> None:
        async with sandbox.async_stream(config=FAST) as stream:
            first, second = stream.book(ETH), stream.book(ETH)
            await first.wait_valid(WAIT)
            await second.wait_valid(WAIT)
            assert stream.public is not None and stream.public.topics == [f"{ETH}@orderbookupdate"]
            await first.close()
            await in_thread(sandbox.market.step, 3)
            await book_matches_server(second, sandbox)
            await second.close()
            assert stream.public.topics == []

    run(scenario())


# -- reconcile ----------------------------------------------------------------------------------------


def test_no_fill_is_lost_across_a_reconnect(sandbox: Sandbox, rest: AuthenticatedClient) -> None:
    """Fills while the private stream is silenced never arrive as reports; the reconcile after the reconnect
    returns them, so reports + reconciled fills = every trade the server made."""

    async def scenario() -> None:
        async with sandbox.async_stream(config=WATCHDOG) as stream:
            reports = stream.subscribe("executionreport")
            positions = stream.subscribe("position")
            assert stream.private is not None
            await stream.private.wait_ready(WAIT)
            while stream.reconciles < 1:  # the baseline over REST
                await asyncio.sleep(0.01)
            seen: set[int] = set()
            placed = await in_thread(market_order, rest)
            events = (StreamInterrupted, StreamRestored, Reconciled)  # a loaded machine may pause past 0.6 s
            while True:
                item = await next_of(reports, Message, skip=events)
                if item.data.trade_id:
                    seen.add(item.data.trade_id)
                if item.data.order_id == placed.data.order_id and item.data.status == "FILLED":
                    break
            resting = await in_thread(limit_order, rest, 2000.0)
            await next_of(reports, Message, skip=events)  # its NEW report
            sandbox.stream_faults.silence("private")  # reports of these fills are lost on the wire
            for side in ("BUY", "SELL", "BUY"):
                await in_thread(market_order, rest, side)
            await next_of(reports, StreamInterrupted, skip=(Message,))  # the watchdog noticed the silence
            sandbox.stream_faults.resume()
            reconciled = await next_of(reports, Reconciled, skip=(Message, StreamRestored, StreamInterrupted))
            assert reconciled.error is None and reconciled.changed
            missed = {fill.trade_id for fill in reconciled.fills if fill.trade_id is not None}
            assert len(missed) == 3 and not (missed & seen)
            # a recovered fill has a live fill's shape, client_order_id included (the pipeline assigns one)
            assert all(isinstance(fill, ExecutionReport) and fill.is_fill for fill in reconciled.fills)
            by_id = {o["order_id"]: o["client_order_id"] for o in sandbox.orders()}
            assert all(
                fill.client_order_id and fill.client_order_id == by_id[fill.order_id] for fill in reconciled.fills
            )
            assert all(fill.executed_quantity and fill.executed_price and fill.status for fill in reconciled.fills)
            assert seen | missed == await in_thread(server_trade_ids, rest)
            assert ETH in reconciled.positions  # the position moved while away
            before, after = reconciled.balances["USDC"]  # fees were paid while away
            assert isinstance(after, Decimal) and before is not None and after < before
            assert resting.data.order_id in {o["order_id"] for o in reconciled.open_orders}
            await next_of(positions, Reconciled, skip=(Message, StreamInterrupted, StreamRestored))

    run(scenario())


# -- backpressure -------------------------------------------------------------------------------------


def test_a_consumer_that_never_reads_stays_bounded_and_blocks_nobody(sandbox: Sandbox) -> None:
    async def scenario() -> None:
        async with sandbox.async_stream(config=FAST) as stream:
            idle_trades = stream.subscribe(f"{ETH}@trade", buffer=5)
            idle_bbo = stream.subscribe(f"{ETH}@bbo")  # a state topic: the latest only
            busy = stream.subscribe(f"{ETH}@trade")
            assert stream.public is not None
            await stream.public.wait_ready(WAIT)
            sent = [0]
            sandbox.market.listen(
                lambda events: sent.__setitem__(0, sent[0] + sum(e.topic == f"{ETH}@trade" for e in events))
            )
            while sent[0] < 200:
                await in_thread(sandbox.market.step, 10)
            read = 0
            while read < sent[0]:  # the busy reader gets every trade the server sent
                read += isinstance(await asyncio.wait_for(busy.get(), WAIT), Message)
            assert len(idle_trades._buffer) == 5 and len(idle_bbo._buffer) == 1
            assert idle_bbo.coalesced > 0
            latest = idle_bbo.get_nowait()
            assert isinstance(latest, Message)
            assert [await idle_trades.get() for _ in range(5)]
            with pytest.raises(SlowConsumerError) as caught:
                await idle_trades.get()
            assert caught.value.lost == sent[0] - 5  # counted and reported, never dropped silently
            assert stream.public.topics.count(f"{ETH}@trade") == 1  # the busy reader still has it

    run(scenario())


# -- shutdown -----------------------------------------------------------------------------------------


def test_clean_shutdown_leaves_no_tasks_or_sockets(sandbox: Sandbox) -> None:
    async def scenario() -> None:
        before = asyncio.all_tasks()
        stream = sandbox.async_stream(config=FAST)
        trades = stream.subscribe(f"{ETH}@trade")
        stream.subscribe("executionreport")
        book = stream.book(ETH)
        assert stream.public is not None and stream.private is not None
        await stream.public.wait_ready(WAIT)
        await stream.private.wait_ready(WAIT)
        await book.wait_valid(WAIT)
        sockets = [stream.public._ws, stream.private._ws]
        await stream.close()
        assert all(ws is not None and ws.state.name == "CLOSED" for ws in sockets)
        assert asyncio.all_tasks() == before  # readers, pingers, senders, reconciles: all gone
        assert [item async for item in trades] == []  # iteration ends
        with pytest.raises(StreamError):
            stream.subscribe(f"{ETH}@trade")

    run(scenario())


def test_report_subscriptions_with_different_symbols_each_get_theirs(
    sandbox: Sandbox, rest: AuthenticatedClient
) -> None:
    async def scenario() -> None:
        async with sandbox.async_stream(config=FAST) as stream:
            eth = stream.subscribe("executionreport", {"symbol": ETH})
            btc = stream.subscribe("executionreport", {"symbol": "PERP_BTC_USDC"})
            every = stream.subscribe("executionreport")
            assert stream.private is not None
            await stream.private.wait_ready(WAIT)
            assert stream.private.topics == ["executionreport"]  # one wire subscription, filtered here
            await in_thread(market_order, rest, "BUY", 0.01, "PERP_BTC_USDC")
            await in_thread(market_order, rest, "BUY", 0.01, ETH)
            assert (await next_of(btc, Message)).data.symbol == "PERP_BTC_USDC"
            assert (await next_of(eth, Message)).data.symbol == ETH
            symbols = {(await next_of(every, Message)).data.symbol for _ in range(4)}
            assert symbols == {ETH, "PERP_BTC_USDC"}
            assert all(item.data.symbol == ETH for item in list(eth._buffer) if isinstance(item, Message))

    run(scenario())
