"""The prevTs-chain book algorithm (BookSync), pure: no network, no clock."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orderly_auth.stream import BookInvalidError, BookSync, OrderBookSnapshot, OrderBookUpdate

D = Decimal


def delta(prev_ts: int, ts: int, bids: list[tuple[str, str]] = (), asks: list[tuple[str, str]] = ()) -> OrderBookUpdate:  # type: ignore[assignment]
    return OrderBookUpdate(
        symbol="PERP_ETH_USDC",
        prev_ts=prev_ts,
        ts=ts,
        bids=tuple((D(p), D(q)) for p, q in bids),
        asks=tuple((D(p), D(q)) for p, q in asks),
    )


def snapshot(ts: int, bids: list[tuple[str, str]] = (), asks: list[tuple[str, str]] = ()) -> OrderBookSnapshot:  # type: ignore[assignment]
    return OrderBookSnapshot(
        symbol="PERP_ETH_USDC",
        ts=ts,
        bids=tuple((D(p), D(q)) for p, q in bids),
        asks=tuple((D(p), D(q)) for p, q in asks),
    )


def test_reading_before_the_snapshot_raises() -> None:
    book = BookSync("PERP_ETH_USDC")
    assert book.needs_snapshot
    with pytest.raises(BookInvalidError):
        book.best_bid()


def test_snapshot_then_chained_deltas() -> None:
    book = BookSync("PERP_ETH_USDC")
    assert book.on_snapshot(snapshot(100, bids=[("10", "1"), ("9", "2")], asks=[("11", "1")]))
    assert book.best_bid() == (D(10), D(1))
    # the first delta after a snapshot straddles it (prevTs <= 100 < ts)
    assert book.on_delta(delta(90, 110, bids=[("10", "0"), ("9.5", "3")]))
    assert book.bids() == ((D("9.5"), D(3)), (D(9), D(2)))
    assert book.on_delta(delta(110, 120, asks=[("11.0", "5")]))  # 11.0 and 11 are one level
    assert book.asks() == ((D(11), D(5)),)
    assert book.ts == 120


def test_buffered_deltas_are_replayed_and_older_ones_dropped() -> None:
    book = BookSync("PERP_ETH_USDC")
    book.snapshot_requested()
    for d in (delta(80, 90, bids=[("1", "1")]), delta(90, 100, bids=[("2", "1")]), delta(100, 110, bids=[("3", "1")])):
        assert not book.on_delta(d)
    # the snapshot at 100 already holds the first two deltas
    assert book.on_snapshot(snapshot(100, bids=[("2", "1")]))
    assert book.bids() == ((D(3), D(1)), (D(2), D(1)))
    assert book.ts == 110


def test_a_buffer_chain_break_restarts_the_buffer() -> None:
    book = BookSync("PERP_ETH_USDC")
    book.on_delta(delta(80, 90, bids=[("1", "1")]))
    book.on_delta(delta(95, 100, bids=[("2", "1")]))  # 90 -> 95 missing: the buffer restarts here
    assert book.on_snapshot(snapshot(96, bids=[("5", "5")]))
    assert book.bids() == ((D(5), D(5)), (D(2), D(1)))


def test_a_snapshot_older_than_the_chain_asks_again() -> None:
    book = BookSync("PERP_ETH_USDC")
    book.snapshot_requested()
    book.on_delta(delta(200, 210))
    assert not book.on_snapshot(snapshot(150))  # deltas between 150 and 200 are missing
    assert book.needs_snapshot
    assert not book.valid
    book.snapshot_requested()
    assert book.on_snapshot(snapshot(205, asks=[("7", "1")]))
    assert (book.valid, book.ts) == (True, 210)


def test_a_gap_invalidates_and_the_next_snapshot_resyncs() -> None:
    book = BookSync("PERP_ETH_USDC")
    book.on_snapshot(snapshot(100, bids=[("10", "1")]))
    book.on_delta(delta(100, 110))
    assert book.on_delta(delta(120, 130, bids=[("11", "1")]))  # 110 -> 120 missing
    assert not book.valid and book.needs_snapshot and book.gaps == 1
    with pytest.raises(BookInvalidError):
        book.bids()
    book.snapshot_requested()
    book.on_delta(delta(130, 140, bids=[("12", "1")]))
    assert book.on_snapshot(snapshot(135, bids=[("11", "1")]))
    assert book.bids() == ((D(12), D(1)), (D(11), D(1)))


def test_duplicates_and_late_snapshots_are_ignored() -> None:
    book = BookSync("PERP_ETH_USDC")
    book.on_snapshot(snapshot(100, bids=[("10", "1")]))
    book.on_delta(delta(100, 110, bids=[("10", "2")]))
    assert not book.on_delta(delta(100, 110, bids=[("10", "9")]))  # the same delta again
    assert not book.on_snapshot(snapshot(90, bids=[("1", "1")]))  # an answer to an earlier request
    assert book.bids() == ((D(10), D(2)),)


def test_reset_drops_the_buffer() -> None:
    book = BookSync("PERP_ETH_USDC")
    book.on_snapshot(snapshot(100))
    assert book.reset()
    book.on_delta(delta(300, 310))
    book.reset()
    assert book.on_snapshot(snapshot(100, bids=[("1", "1")]))
    assert book.bids() == ((D(1), D(1)),)


class Server:
    """A reference book that moves by random deltas: what the real server holds."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.ts = 1_000
        self.bids: dict[Decimal, Decimal] = {}
        self.asks: dict[Decimal, Decimal] = {}

    def step(self) -> OrderBookUpdate:
        changes: dict[str, list[tuple[str, str]]] = {"bids": [], "asks": []}
        for _ in range(self.rng.randint(1, 4)):
            side = self.rng.choice(["bids", "asks"])
            base = 100 if side == "bids" else 101
            # bids at most 100, asks from 101: a real book is never crossed (a crossed one is a gap)
            price = D(base) + (D(self.rng.randint(-20, 0)) / 10 if side == "bids" else D(self.rng.randint(0, 20)) / 10)
            levels = self.bids if side == "bids" else self.asks
            qty = D(0) if (price in levels and self.rng.random() < 0.4) else D(self.rng.randint(1, 500)) / 100
            changes[side].append((str(price), str(qty)))
            if qty:
                levels[price] = qty
            else:
                levels.pop(price, None)
        prev, self.ts = self.ts, self.ts + self.rng.randint(1, 200)
        return delta(prev, self.ts, **changes)

    def snapshot(self) -> OrderBookSnapshot:
        return snapshot(
            self.ts,
            bids=[(str(p), str(q)) for p, q in self.bids.items()],
            asks=[(str(p), str(q)) for p, q in self.asks.items()],
        )


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), drop=st.floats(0, 0.15), delay=st.integers(0, 6))
def test_the_book_equals_the_servers_after_random_gaps(seed: int, drop: float, delay: int) -> None:
    """Random flow, random lost deltas, snapshots answered late: whenever valid, the book is the server's."""
    rng = random.Random(seed)
    server = Server(rng)
    book = BookSync("PERP_ETH_USDC")
    history: dict[int, tuple[dict[Decimal, Decimal], dict[Decimal, Decimal]]] = {server.ts: ({}, {})}
    answer_at: int | None = None
    pending: OrderBookSnapshot | None = None
    checked = 0
    for step in range(300):
        d = server.step()
        history[server.ts] = (dict(server.bids), dict(server.asks))
        if book.needs_snapshot:
            book.snapshot_requested()
            pending, answer_at = server.snapshot(), step + delay  # the snapshot is taken now, delivered later
        if rng.random() >= drop:
            book.on_delta(d)
        if answer_at is not None and step >= answer_at and pending is not None:
            book.on_snapshot(pending)
            pending = answer_at = None
        if book.valid:
            assert book.ts is not None
            bids, asks = history[book.ts]
            assert dict(book.bids()) == bids
            assert dict(book.asks()) == asks
            assert list(book.bids()) == sorted(bids.items(), reverse=True)
            checked += 1
    assert checked > 30 and book.resyncs >= 1
    if drop == 0:
        assert book.gaps == 0
