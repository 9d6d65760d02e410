"""The synchronous Stream: the same core from plain threads, with iterators and callbacks."""

from __future__ import annotations

import threading
from decimal import Decimal
from typing import Any

import pytest

from orderly_auth.stream import (
    BookInvalidError,
    ExecutionReport,
    Message,
    StreamInterrupted,
    StreamRestored,
)
from orderly_client.client import AuthenticatedClient
from orderly_sandbox import Sandbox
from tests.stream.stream_support import FAST, WAIT, market_order

ETH = "PERP_ETH_USDC"


def stream_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("orderly-stream")]


def test_iterate_public_and_private_topics_from_a_thread(sandbox: Sandbox, rest: AuthenticatedClient) -> None:
    with sandbox.stream(config=FAST) as stream:
        trades = stream.subscribe(f"{ETH}@trade")
        reports = stream.subscribe("executionreport")
        stream.wait_ready(WAIT)
        placed = market_order(rest)
        for item in reports:
            if isinstance(item, Message) and item.data.status == "FILLED":
                assert isinstance(item.data, ExecutionReport) and item.data.order_id == placed.data.order_id
                break
        trade = trades.get(timeout=WAIT)  # the fill is a public trade too
        assert isinstance(trade, Message) and isinstance(trade.data.price, Decimal)
        with pytest.raises(TimeoutError):
            trades.get(timeout=0.01)  # nothing else is coming: a timeout, and the iterator stays usable
        sandbox.market.step(3)
        assert isinstance(trades.get(timeout=WAIT), Message)
    assert stream_threads() == []


def test_callbacks_run_in_their_own_thread(sandbox: Sandbox) -> None:
    received: list[Any] = []
    done = threading.Event()
    reader_threads: set[str] = set()

    def on_trade(item: Any) -> None:
        reader_threads.add(threading.current_thread().name)
        received.append(item)
        if len([i for i in received if isinstance(i, StreamRestored)]) >= 1 and isinstance(item, Message):
            done.set()

    with sandbox.stream(config=FAST) as stream:
        stream.subscribe(f"{ETH}@trade", callback=on_trade)
        stream.wait_ready(WAIT)
        sandbox.stream_faults.drop_connections("public")
        for _ in range(2000):  # each round waits for an event; the bound only stops a broken run
            if any(isinstance(i, StreamRestored) for i in received):
                break
            stream.wait_ready(WAIT)
            sandbox.market.step(1)
            done.wait(0.05)
        for _ in range(2000):
            if done.is_set():
                break
            sandbox.market.step(2)
            done.wait(0.05)
        assert done.is_set()
    assert reader_threads == {f"orderly-stream-{ETH}@trade"}  # never the loop thread that reads the socket
    kinds = [type(item) for item in received]
    assert kinds.index(StreamInterrupted) < kinds.index(StreamRestored)
    assert stream_threads() == []


def test_a_sync_book(sandbox: Sandbox) -> None:
    with sandbox.stream(config=FAST) as stream:
        sandbox.stream_faults.silence("public")  # no snapshot can arrive: the book is certainly not valid yet
        book = stream.book(ETH)
        with pytest.raises(BookInvalidError):
            book.best_bid()
        sandbox.stream_faults.resume()
        sandbox.stream_faults.drop_connections("public")  # the subscribe sent while silenced was not answered
        book.wait_valid(WAIT)
        sandbox.market.step(3)
        target = sandbox.market.book(ETH).ts
        book.wait_until(lambda local: local.ts == target, WAIT)
        bids, asks = book.depth()
        server = sandbox.market.book(ETH)
        assert list(bids) == list(server.bids) and list(asks) == list(server.asks)
        assert book.best_bid() == server.bids[0] and book.best_ask() == server.asks[0]
        book.close()
