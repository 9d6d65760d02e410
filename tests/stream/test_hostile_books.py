"""Local books against scripted servers that send impossible numbers, lose or refuse snapshots, and flap.

Whatever the server does, a book never reads as valid unless it is the server's book: it refuses what it can
not trust, resynchronises, and asks again for a snapshot that was lost or refused.
"""

from __future__ import annotations

import asyncio
from typing import Any

import attrs
import pytest

from orderly_auth.stream import AsyncStream, LocalBook
from tests.stream.hostile_server import HostileServer, Peer
from tests.stream.stream_support import FAST, WAIT, run

ETH = "PERP_ETH_USDC"
UPDATES = f"{ETH}@orderbookupdate"
BIDS = [["99", "1"]]
ASKS = [["100", "2"]]


def snapshot(request: dict[str, Any], ts: int, bids: Any = BIDS, asks: Any = ASKS) -> dict[str, Any]:
    data = {"symbol": ETH, "ts": ts, "bids": bids, "asks": asks}
    return {"id": request["id"], "event": "request", "success": True, "ts": ts, "data": data}


def delta(prev: Any, ts: Any, bids: Any = (), asks: Any = ()) -> str:
    """An orderbookupdate as raw text, so that a test can put any JSON number in it."""
    return (
        f'{{"topic":"{UPDATES}","ts":1,"data":{{"symbol":"{ETH}","prevTs":{prev},"ts":{ts},'
        f'"bids":{list(bids)!r},"asks":{list(asks)!r}}}}}'.replace("'", '"')
    )


async def levels_of(book: LocalBook) -> tuple[Any, Any]:
    bids, asks = book.depth()
    return [[str(p), str(q)] for p, q in bids], [[str(p), str(q)] for p, q in asks]


def watch(book: LocalBook, bad_price: str) -> list[str]:
    """Record every valid state that shows ``bad_price`` (each change is checked on the loop, as it happens)."""
    seen: list[str] = []

    def check(b: LocalBook) -> bool:
        if b.valid:
            bids, asks = b.depth()
            seen.extend(str(p) for p, _ in bids + asks if str(p) == bad_price)
        return False

    asyncio.get_running_loop().create_task(book.wait_until(check))
    return seen


# -- findings 2 and 6: numbers and levels a book can not hold --------------------------------------------------


@pytest.mark.parametrize(
    ("prev", "ts", "bids", "asks"),
    [
        ("100", "1e300", [["98", "1"]], []),  # a timestamp that is no plain integer (was int(Decimal) and applied)
        ("100", "101", [["NaN", "1"]], []),  # a NaN level could never be removed and made every read raise
        ("100", "101", [["98", "Infinity"]], []),
        ("100", "101", [["-98", "1"]], []),
        ("100", "101", [["98", "-1"]], []),
        ("100", "101", [["100.5", "1"]], []),  # the best bid above the best ask: a crossed book
    ],
)
def test_an_impossible_update_resynchronises_the_book(prev: str, ts: str, bids: Any, asks: Any) -> None:
    async def script(peer: Peer) -> None:
        await peer.handshake()
        await peer.send(snapshot(await peer.next_event("request"), 100))
        await peer.send(delta(prev, ts, bids, asks))
        await peer.send(snapshot(await peer.next_event("request"), 200))  # only a book that resyncs asks again
        await peer.send(delta(200, 201, [["98", "3"]]))
        await peer.serve_forever()

    async def scenario(server: HostileServer) -> None:
        async with AsyncStream(**server.stream_args(), config=FAST) as stream:
            book = stream.book(ETH)
            await book.wait_until(lambda b: b.valid and b.ts == 201, WAIT)
            assert await levels_of(book) == ([["99", "1"], ["98", "3"]], ASKS)
            assert book.sync.gaps + book.sync.resyncs >= 2 and book.snapshot_requests == 2

    with HostileServer(script) as server:
        run(scenario(server))


def test_a_huge_exponent_is_refused_as_it_is_parsed_without_stalling_anything() -> None:
    """``prevTs: 1e1000000`` (a 130-byte message) took over 25 s of int(Decimal) with the GIL held, then broke
    the chain. Now the frame is refused at once and the book goes on with the chain it has."""

    async def script(peer: Peer) -> None:
        await peer.handshake()
        await peer.send(snapshot(await peer.next_event("request"), 100))
        await peer.send(delta("1e1000000", "1e1000000", [["98", "1"]]))
        await peer.send(delta(100, 101, [["97", "1"]]))
        await peer.serve_forever()  # a second snapshot request is never answered

    async def scenario(server: HostileServer) -> None:
        async with AsyncStream(**server.stream_args(), config=FAST) as stream:
            book = stream.book(ETH)
            await book.wait_until(lambda b: b.valid and b.ts == 101, WAIT)
            assert await levels_of(book) == ([["99", "1"], ["97", "1"]], ASKS)

    with HostileServer(script) as server:
        run(scenario(server))


def test_a_crossed_snapshot_is_asked_again() -> None:
    async def script(peer: Peer) -> None:
        await peer.handshake()
        await peer.send(snapshot(await peer.next_event("request"), 100, bids=[["101", "1"]]))
        await peer.send(snapshot(await peer.next_event("request"), 110))
        await peer.serve_forever()

    async def scenario(server: HostileServer) -> None:
        async with AsyncStream(**server.stream_args(), config=FAST) as stream:
            book = stream.book(ETH)
            seen = watch(book, "101")
            await book.wait_until(lambda b: b.valid and b.ts == 110, WAIT)
            assert await levels_of(book) == (BIDS, ASKS) and seen == []

    with HostileServer(script) as server:
        run(scenario(server))


# -- finding 7: snapshots lost or refused ------------------------------------------------------------------------


def test_a_lost_snapshot_answer_is_asked_again() -> None:
    async def script(peer: Peer) -> None:
        await peer.handshake()
        await peer.next_event("request")  # never answered
        for ts in range(100, 110):  # deltas chain on while the book waits
            await peer.send(delta(ts, ts + 1, [["98", str(ts)]]))
        await peer.send(snapshot(await peer.next_event("request"), 110))
        await peer.send(delta(110, 111, [["97", "1"]]))
        await peer.serve_forever()

    async def scenario(server: HostileServer) -> None:
        config = attrs.evolve(FAST, snapshot_timeout=0.2)
        async with AsyncStream(**server.stream_args(), config=config) as stream:
            book = stream.book(ETH)
            await book.wait_until(lambda b: b.valid and b.ts == 111, WAIT)
            assert await levels_of(book) == ([["99", "1"], ["97", "1"]], ASKS)

    with HostileServer(script) as server:
        run(scenario(server))


def test_a_refused_snapshot_is_asked_again_and_does_not_poison_the_book() -> None:
    async def script(peer: Peer) -> None:
        await peer.handshake()
        request = await peer.next_event("request")
        await peer.send({"id": request["id"], "event": "request", "success": False, "errorMsg": "too many requests"})
        await peer.send(snapshot(await peer.next_event("request"), 100))
        await peer.serve_forever()

    async def scenario(server: HostileServer) -> None:
        async with AsyncStream(**server.stream_args(), config=FAST) as stream:
            book = stream.book(ETH)
            await book.wait_until(lambda b: b.valid and b.ts == 100, WAIT)
            assert await levels_of(book) == (BIDS, ASKS)  # reads work: the refusal left no error behind

    with HostileServer(script) as server:
        run(scenario(server))


# -- finding 8: a connection that drops again before its subscriptions are acknowledged ----------------------


async def partial_session(peer: Peer) -> None:
    """Acknowledge the book's subscription only, take its snapshot request without answering it, and drop."""
    subscribes = [await peer.next_event("subscribe"), await peer.next_event("subscribe")]
    await peer.ack(next(s for s in subscribes if s["topic"] == UPDATES))
    await peer.next_event("request")
    await peer.ws.close()


def test_a_snapshot_request_lost_with_a_half_resubscribed_session_is_made_again() -> None:
    async def script(peer: Peer) -> None:
        if peer.index == 0:
            await peer.handshake(topics=2)
            await peer.send(snapshot(await peer.next_event("request"), 100))
            await peer.ws.close()
        elif peer.index == 1:
            await partial_session(peer)
        else:
            await peer.handshake(topics=2)
            await peer.send(snapshot(await peer.next_event("request"), 300))
            await peer.serve_forever()

    async def scenario(server: HostileServer) -> None:
        async with AsyncStream(**server.stream_args(), config=FAST) as stream:
            book = stream.book(ETH)
            stream.subscribe(f"{ETH}@trade")
            await book.wait_until(lambda b: b.valid and b.ts == 300, WAIT)

    with HostileServer(script) as server:
        run(scenario(server))


def test_a_book_is_never_valid_while_its_connection_is_down() -> None:
    release = asyncio.Event()

    async def script(peer: Peer) -> None:
        if peer.index == 0:
            await peer.handshake(topics=2)
            await peer.send(snapshot(await peer.next_event("request"), 100))
            await peer.ws.close()
        elif peer.index == 1:
            subscribes = [await peer.next_event("subscribe"), await peer.next_event("subscribe")]
            await peer.ack(next(s for s in subscribes if s["topic"] == UPDATES))
            await peer.send(snapshot(await peer.next_event("request"), 150))
            await peer.ws.close()  # before the other subscription was acknowledged
        else:
            await release.wait()
            await peer.handshake(topics=2)
            await peer.send(snapshot(await peer.next_event("request"), 300))
            await peer.serve_forever()

    async def scenario(server: HostileServer) -> None:
        async with AsyncStream(**server.stream_args(), config=FAST) as stream:
            book = stream.book(ETH)
            stream.subscribe(f"{ETH}@trade")
            public = stream.public
            assert public is not None
            await book.wait_until(lambda b: b.valid and b.ts == 150, WAIT)
            while public.sessions < 3:  # the third connection is open, nothing acknowledged: the stream is down
                await book.changed(WAIT) if book.valid else await asyncio.sleep(0.01)
            assert not public.ready and not book.valid
            server.loop.call_soon_threadsafe(release.set)
            await book.wait_until(lambda b: b.valid and b.ts == 300, WAIT)

    with HostileServer(script) as server:
        run(scenario(server))


# -- finding 16: timed-out waits leave nothing behind ------------------------------------------------------------


def test_timed_out_changed_calls_keep_no_futures() -> None:
    async def script(peer: Peer) -> None:
        await peer.handshake()
        await peer.send(snapshot(await peer.next_event("request"), 100))
        await peer.serve_forever()

    async def scenario(server: HostileServer) -> None:
        async with AsyncStream(**server.stream_args(), config=FAST) as stream:
            book = stream.book(ETH)
            await book.wait_valid(WAIT)
            for _ in range(500):
                with pytest.raises(TimeoutError):
                    await book.changed(timeout=0.0001)
            assert book._waiters == []  # was one future per call, until the next change

    with HostileServer(script) as server:
        run(scenario(server))
