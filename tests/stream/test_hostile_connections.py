"""The stream's connections against scripted hostile servers: storms, killer frames, floods, huge messages,
clock lies and refused auth. Every wait is for an event or a counter, never for a duration."""

from __future__ import annotations

import asyncio
import socket
import time
from typing import Any

import attrs
import pytest
from websockets.exceptions import ConnectionClosed

from orderly_auth import ConfigurationError
from orderly_auth.stream import AsyncStream, Message, StreamAuthError, StreamConfig, StreamError
from tests.stream.hostile_server import HostileServer, Peer, credentials
from tests.stream.stream_support import FAST, WAIT, run

TRADES = "PERP_ETH_USDC@trade"
QUIET = attrs.evolve(FAST, reconcile=False)


def trade(ts: int) -> dict[str, Any]:
    return {"topic": TRADES, "ts": ts, "data": {"symbol": "PERP_ETH_USDC", "price": "1", "size": "1", "side": "BUY"}}


async def next_message(subscription: Any) -> Message:
    while True:
        item = await asyncio.wait_for(subscription.get(), WAIT)
        if isinstance(item, Message):
            return item


# -- finding 9: reconnect storms and frames that killed the reader --------------------------------------------


def test_a_server_that_acknowledges_then_drops_gets_a_growing_backoff() -> None:
    async def script(peer: Peer) -> None:
        await peer.handshake()
        await peer.ws.close()

    async def scenario(server: HostileServer) -> None:
        # no actual waiting (jitter 0), and a session would have to stay up 10 minutes to count as stable
        config = attrs.evolve(QUIET, jitter=lambda: 0.0, stable_after=600.0)
        async with AsyncStream(**server.stream_args(), config=config) as stream:
            stream.subscribe(TRADES)
            public = stream.public
            assert public is not None
            while public.sessions_ready < 6:
                await asyncio.sleep(0.01)
            assert public.attempt >= 5  # each ready-then-dropped session took the backoff one step further

    with HostileServer(script) as server:
        run(scenario(server))


KILLERS = [
    '{"topic":[1]}',
    "[" * 100_000,
    '{"topic":{"a":1}}',
    '{"event":["ping"]}',
    '{"id":{"a":1},"event":"subscribe"}',
    '{"id":[1]}',
    "[1,2,3]",
    '{"topic":"PERP_ETH_USDC@trade","ts":1e1000000,"data":{"price":"1e1000000"}}',
]


def test_frames_that_killed_the_reader_are_dropped_and_the_session_goes_on() -> None:
    async def script(peer: Peer) -> None:
        await peer.handshake()
        for frame in KILLERS:
            await peer.send(frame)
        await peer.send(trade(7))
        await peer.serve_forever()

    async def scenario(server: HostileServer) -> None:
        async with AsyncStream(**server.stream_args(), config=QUIET) as stream:
            trades = stream.subscribe(TRADES)
            assert (await next_message(trades)).ts == 7
            assert stream.public is not None and stream.public.sessions == 1

    with HostileServer(script) as server:
        run(scenario(server))


# -- finding 4: message size -----------------------------------------------------------------------------------


def test_a_message_over_the_cap_closes_with_1009_and_reconnects() -> None:
    async def script(peer: Peer) -> None:
        await peer.handshake()
        if peer.index == 0:
            big = trade(1)
            big["data"]["pad"] = "x" * 70_000
            await peer.send(big)
            await peer.next_event("never")
        await peer.send(trade(2))
        await peer.serve_forever()

    async def scenario(server: HostileServer) -> None:
        config = attrs.evolve(QUIET, max_message_size=64 * 1024)
        async with AsyncStream(**server.stream_args(), config=config) as stream:
            trades = stream.subscribe(TRADES)
            assert (await next_message(trades)).ts == 2  # the big one never delivered
            assert stream.public is not None and stream.public.sessions == 2

    with HostileServer(script) as server:
        run(scenario(server))
        assert server.close_codes[0] == 1009
    assert StreamConfig().max_message_size == 4 * 1024 * 1024


# -- finding 5: ping floods ------------------------------------------------------------------------------------


def test_a_ping_flood_from_a_server_that_stops_reading_keeps_one_pong_in_flight() -> None:
    pings = 30_000
    done = asyncio.Event()

    async def script(peer: Peer) -> None:
        await peer.handshake()
        if peer.index > 0:  # (only if a loaded machine's pause let the watchdog drop the first)
            await peer.serve_forever()
            return
        sock = peer.ws.transport.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        peer.ws.transport.pause_reading()  # nothing the client writes is read any more
        for _ in range(pings):
            await peer.send('{"event":"ping"}')
        await peer.send(trade(1))
        await done.wait()
        peer.ws.transport.abort()

    async def scenario(server: HostileServer) -> None:
        config = attrs.evolve(QUIET, ping_interval=3600.0, idle_timeout=3600.0)
        async with AsyncStream(**server.stream_args(), config=config) as stream:
            try:
                trades = stream.subscribe(TRADES)
                public = stream.public
                assert public is not None
                # Read until the trade behind the pings arrives, or until the flood stalls: once the server's
                # tiny receive buffer and our send buffer are full, the connection's TCP flow stops both ways
                # (the watchdog's idle timeout ends such a session; here it is an hour). Either way, the
                # pings read so far were answered by one pong at a time, never a task per ping.
                getting = asyncio.ensure_future(trades.get())
                seen = -1
                while not getting.done() and public.pings_answered != seen:
                    seen = public.pings_answered
                    await asyncio.wait({getting}, timeout=0.5)
                assert public.sessions == 1 and public.pings_answered > 0
                assert len(asyncio.all_tasks()) < 20  # not one task per ping (was: one per ping read)
                getting.cancel()
            finally:
                server.loop.call_soon_threadsafe(done.set)

    with HostileServer(script) as server:
        run(scenario(server))


# -- finding 17: a private stream's pongs and the shared signing clock --------------------------------------------


def test_pongs_claiming_hours_of_skew_never_move_the_signing_clock_beyond_one_step() -> None:
    async def script(peer: Peer) -> None:
        ten_hours = 36_000_000
        try:
            while True:
                message = await peer.next_event("ping", "auth", "subscribe")
                if message["event"] == "ping":
                    await peer.send({"event": "pong", "ts": int(time.time() * 1000) + ten_hours})
                else:
                    await peer.ack(message)
        except ConnectionClosed:
            return

    async def scenario(server: HostileServer) -> None:
        async with AsyncStream(credentials(), **server.stream_args(), config=QUIET) as stream:
            stream.subscribe("executionreport")
            private = stream.private
            assert private is not None
            while private.pongs < 30:
                await asyncio.sleep(0.01)
            assert abs(stream._clock.offset_ms) <= 300_000  # was 30 pongs x 300 s = 9,000 s

    with HostileServer(script) as server:
        run(scenario(server))


# -- finding 18: a refused auth --------------------------------------------------------------------------------


def test_wait_ready_raises_a_refused_auth() -> None:
    async def script(peer: Peer) -> None:
        auth = await peer.next_event("auth")
        await peer.send({"id": auth["id"], "event": "auth", "success": False, "errorMsg": "invalid signature"})
        await peer.next_event("never")

    async def scenario(server: HostileServer) -> None:
        async with AsyncStream(credentials(), **server.stream_args(), config=QUIET) as stream:
            stream.subscribe("executionreport")
            with pytest.raises(StreamAuthError):
                await stream.wait_ready(WAIT)  # was: TimeoutError after WAIT

    with HostileServer(script) as server:
        run(scenario(server))


# -- finding 11: where the reconcile goes ----------------------------------------------------------------------


def test_custom_stream_urls_never_reconcile_against_a_real_network() -> None:
    async def script(peer: Peer) -> None:
        await peer.serve_forever()

    async def scenario(server: HostileServer) -> None:
        async with AsyncStream(credentials(), **server.stream_args(), config=FAST) as stream:
            assert stream.endpoints.rest is None
            with pytest.raises(ConfigurationError, match="reconcile"):
                stream.subscribe("executionreport")
        async with AsyncStream(credentials(), **server.stream_args(), config=QUIET) as stream:
            stream.subscribe("executionreport")  # reconcile off: nothing goes to REST
            await stream.wait_ready(WAIT)

    with HostileServer(script) as server:
        run(scenario(server))
        assert server.connections == 1  # the refused subscription connected nowhere


# -- finding 15: two readers of one subscription ----------------------------------------------------------------


def test_a_second_reader_is_refused_and_the_first_still_gets_its_message() -> None:
    gate = asyncio.Event()

    async def script(peer: Peer) -> None:
        await peer.handshake()
        await gate.wait()
        await peer.send(trade(3))
        await peer.serve_forever()

    async def scenario(server: HostileServer) -> None:
        async with AsyncStream(**server.stream_args(), config=QUIET) as stream:
            trades = stream.subscribe(TRADES)
            await stream.wait_ready(WAIT)
            first = asyncio.ensure_future(trades.get())
            await asyncio.sleep(0)  # the first reader is waiting
            with pytest.raises(StreamError, match="reader"):
                await asyncio.wait_for(trades.get(), WAIT)
            server.loop.call_soon_threadsafe(gate.set)
            item = await asyncio.wait_for(first, WAIT)
            assert isinstance(item, Message) and item.ts == 3

    with HostileServer(script) as server:
        run(scenario(server))


# -- finding 19: half-open recovery ----------------------------------------------------------------------------


def test_a_half_open_connection_is_replaced_without_waiting_for_a_close_handshake() -> None:
    """A peer that went silent (reads nothing, sends nothing) never answers a close frame: the watchdog aborts
    the socket and reconnects at once, instead of waiting ``close_timeout`` (here an hour) first."""
    done = asyncio.Event()

    async def script(peer: Peer) -> None:
        await peer.handshake()
        if peer.index > 0:
            await peer.send(trade(9))
            await peer.serve_forever()
            return
        peer.ws.transport.pause_reading()
        await done.wait()
        peer.ws.transport.abort()

    async def scenario(server: HostileServer) -> None:
        config = attrs.evolve(QUIET, ping_interval=3600.0, idle_timeout=0.6, close_timeout=3600.0)
        async with AsyncStream(**server.stream_args(), config=config) as stream:
            try:
                trades = stream.subscribe(TRADES)
                assert (await next_message(trades)).ts == 9  # from the second connection
            finally:
                server.loop.call_soon_threadsafe(done.set)

    with HostileServer(script) as server:
        run(scenario(server))
