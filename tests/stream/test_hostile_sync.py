"""The synchronous Stream against scripted servers: every message delivered exactly once, whatever the timeouts."""

from __future__ import annotations

import threading

import attrs

from orderly_auth.stream import Message, Stream
from tests.stream.hostile_server import HostileServer, Peer
from tests.stream.stream_support import FAST, WAIT

TRADES = "PERP_ETH_USDC@trade"


def trade(ts: int) -> dict[str, object]:
    return {"topic": TRADES, "ts": ts, "data": {"symbol": "PERP_ETH_USDC", "price": "1", "size": "1", "side": "BUY"}}


def test_get_with_tiny_timeouts_delivers_every_message_exactly_once() -> None:
    """Timeouts firing just as the loop thread takes a batch must not drop it (a dropped batch was counted
    delivered, so the reader stops once ``delivered`` reaches the total)."""
    total = 20_000

    async def script(peer: Peer) -> None:
        await peer.handshake()
        for ts in range(total):
            await peer.send(trade(ts))
        await peer.serve_forever()

    with HostileServer(script) as server, Stream(**server.stream_args(), config=FAST) as stream:
        trades = stream.subscribe(TRADES, buffer=total + 10)
        got: list[int] = []
        timeouts = 0
        while len(got) < total:
            try:
                item = trades.get(timeout=0.0003)
            except TimeoutError:
                timeouts += 1
                if trades.subscription.delivered >= total and not trades._batch:
                    break  # everything was handed over: what is missing now was lost
                continue
            assert isinstance(item, Message) and item.ts is not None
            got.append(item.ts)
        assert got == list(range(total)), f"{total - len(got)} lost ({timeouts} timeouts)"


def test_close_from_a_callback_stops_the_stream() -> None:
    """``stream.close()`` in a callback raised ``cannot join current thread`` and left the loop thread running."""
    closed = threading.Event()
    errors: list[BaseException] = []

    async def script(peer: Peer) -> None:
        await peer.handshake()
        await peer.send(trade(1))
        await peer.serve_forever()

    with HostileServer(script) as server:
        stream = Stream(**server.stream_args(), config=FAST)

        def on_trade(item: object) -> None:
            if isinstance(item, Message) and not closed.is_set():
                try:
                    stream.close()
                except BaseException as exc:
                    errors.append(exc)
                closed.set()

        stream.subscribe(TRADES, callback=on_trade)
        assert closed.wait(WAIT)
        stream._runner.thread.join(WAIT)
        assert errors == [] and not stream._runner.thread.is_alive()
        stream.close()  # again, from the main thread: nothing left to do


def test_close_with_busy_callbacks_returns_and_their_threads_end_cleanly() -> None:
    """Three callbacks busy in user code: ``close()`` waits for them ``close_timeout`` in all (it waited 10 s
    each), and each thread ends cleanly once its callback returns (it used to end on a closed loop's error)."""
    release = threading.Event()
    started = threading.Semaphore(0)

    async def script(peer: Peer) -> None:
        await peer.handshake(topics=3)
        for topic in sorted(s["topic"] for s in peer.received if s.get("event") == "subscribe"):
            await peer.send({**trade(1), "topic": topic})
        await peer.serve_forever()

    def busy(item: object) -> None:
        if isinstance(item, Message):
            started.release()
            release.wait(WAIT)

    with HostileServer(script) as server:
        stream = Stream(**server.stream_args(), config=attrs.evolve(FAST, close_timeout=0.2))
        subscriptions = [
            stream.subscribe(topic, callback=busy)
            for topic in ("PERP_ETH_USDC@trade", "PERP_BTC_USDC@trade", "PERP_SOL_USDC@trade")
        ]
        for _ in subscriptions:
            assert started.acquire(timeout=WAIT)
        stream.close()
        assert not release.is_set()  # close returned while the callbacks were still busy
        release.set()
        for subscription in subscriptions:
            assert subscription._thread is not None
            subscription._thread.join(WAIT)
            assert not subscription._thread.is_alive() and subscription.error is None
