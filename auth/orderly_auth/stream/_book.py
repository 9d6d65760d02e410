"""A local order book rebuilt from a snapshot plus ``orderbookupdate`` deltas chained by ``prevTs``: pure, no I/O.

The algorithm (Orderly gives no checksum or sequence number, only the chain):

1. While unsynced, buffer deltas; the buffer is a contiguous chain (a delta whose ``prev_ts`` is not the
   previous delta's ``ts`` restarts it).
2. When a snapshot (time ``T``) arrives, drop buffered deltas with ``ts <= T``; the first one left must
   have ``prev_ts <= T`` (else deltas between are missing: ask for a new snapshot); replay the rest.
3. Then apply a delta only if it chains on: ``prev_ts`` equal to the book's ``ts`` (or, right after a
   snapshot that no delta has followed yet, ``prev_ts <= T < ts``). Older deltas are duplicates, ignored.
4. Anything else is a gap: the book becomes invalid (reading it raises) and a new snapshot is needed.
   So is a crossed book (best bid >= best ask), and a level that is not a finite price above 0 with a
   quantity of 0 or more (refused as the message is parsed).

:class:`BookSync` says when to ask for a snapshot (:attr:`BookSync.needs_snapshot`); the stream sends the
``request``. Levels are keyed and summed in Decimal (``1.0`` and ``1.00`` are one level).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from decimal import Decimal

from ._errors import BookInvalidError
from ._messages import Level, OrderBookSnapshot, OrderBookUpdate

MAX_BUFFERED = 10_000


class BookSync:
    """One symbol's book and its place in the delta chain.

    ``on_delta`` / ``on_snapshot`` return True when the visible book changed (or became invalid).
    ``needs_snapshot`` is True while a snapshot should be requested; ``snapshot_requested()`` records
    that it was, so that it is asked for once per gap.
    """

    def __init__(self, symbol: str, *, max_buffered: int = MAX_BUFFERED) -> None:
        self.symbol = symbol
        self._bids: dict[Decimal, Decimal] = {}
        self._asks: dict[Decimal, Decimal] = {}
        self._buffer: deque[OrderBookUpdate] = deque(maxlen=max_buffered)
        self.valid = False
        self.ts: int | None = None
        self._after_snapshot = False
        self.needs_snapshot = True
        self.gaps = 0
        self.resyncs = 0
        self._sorted: tuple[tuple[Level, ...], tuple[Level, ...]] | None = None

    # -- feeding -------------------------------------------------------------------------------------

    def snapshot_requested(self) -> None:
        """The stream has sent a snapshot request."""
        self.needs_snapshot = False

    def invalidate(self) -> bool:
        """Forget the levels and wait for a new snapshot (a gap, or a reconnect); True if it was valid."""
        was_valid = self.valid
        self.valid = False
        self._bids.clear()
        self._asks.clear()
        self._sorted = None
        self.ts = None
        self._after_snapshot = False
        self.needs_snapshot = True
        return was_valid

    def reset(self) -> bool:
        """As :meth:`invalidate`, and drop buffered deltas too (the connection they came on is gone)."""
        self._buffer.clear()
        return self.invalidate()

    def on_delta(self, delta: OrderBookUpdate) -> bool:
        """Apply or buffer one delta; a break in the chain invalidates the book. True if the book changed."""
        if delta.ts is None or delta.prev_ts is None:
            raise ValueError("an orderbookupdate without ts or prevTs cannot be chained")
        if not self.valid:
            if self._buffer and delta.prev_ts != self._buffer[-1].ts:
                self._buffer.clear()
            self._buffer.append(delta)
            return False
        assert self.ts is not None
        if delta.ts <= self.ts:
            return False  # a duplicate or a delta older than the snapshot
        chained = delta.prev_ts == self.ts or (self._after_snapshot and delta.prev_ts <= self.ts)
        if not chained:
            self.gaps += 1
            self.invalidate()
            self._buffer.clear()
            self._buffer.append(delta)
            return True
        self._apply(delta)
        if self._crossed():
            self.gaps += 1  # an impossible book: something was missed or is wrong, start again
            self.invalidate()
            self._buffer.clear()
        return True

    def _crossed(self) -> bool:
        """True when the best bid reaches the best ask: no real book looks like that."""
        return bool(self._bids and self._asks) and max(self._bids) >= min(self._asks)

    def on_snapshot(self, snapshot: OrderBookSnapshot) -> bool:
        """Start from a snapshot and replay the buffered chain. True if the book is now valid."""
        if snapshot.ts is None:
            raise ValueError("an orderbook snapshot without ts cannot anchor the delta chain")
        if self.valid:
            return False  # a late answer to an earlier request: the live book is ahead of it
        stamp = snapshot.ts
        while self._buffer and self._buffer[0].ts is not None and self._buffer[0].ts <= stamp:
            self._buffer.popleft()
        if self._buffer and (self._buffer[0].prev_ts or 0) > stamp:
            self.needs_snapshot = True  # the snapshot is older than the chain we hold: deltas in between missing
            return False
        self._bids = {price: qty for price, qty in snapshot.bids if qty}
        self._asks = {price: qty for price, qty in snapshot.asks if qty}
        self._sorted = None
        if self._crossed():
            self.invalidate()  # a crossed snapshot is no anchor: ask for another
            return False
        self.ts = stamp
        self._after_snapshot = True
        self.valid = True
        self.needs_snapshot = False
        self.resyncs += 1
        buffered = list(self._buffer)
        self._buffer.clear()
        for delta in buffered:
            self.on_delta(delta)
        return self.valid

    def _apply(self, delta: OrderBookUpdate) -> None:
        for side, changes in ((self._bids, delta.bids), (self._asks, delta.asks)):
            for price, qty in changes:
                if qty:
                    side[price] = qty
                else:
                    side.pop(price, None)
        self.ts = delta.ts
        self._after_snapshot = False
        self._sorted = None

    # -- reading -------------------------------------------------------------------------------------

    def _levels(self) -> tuple[tuple[Level, ...], tuple[Level, ...]]:
        if not self.valid:
            raise BookInvalidError(f"the {self.symbol} book is resynchronising (no snapshot yet, or a gap)")
        if self._sorted is None:
            bids = tuple(sorted(self._bids.items(), reverse=True))
            asks = tuple(sorted(self._asks.items()))
            self._sorted = (bids, asks)
        return self._sorted

    def bids(self, depth: int | None = None) -> tuple[Level, ...]:
        """Bid levels, best (highest) first."""
        return self._levels()[0][:depth]

    def asks(self, depth: int | None = None) -> tuple[Level, ...]:
        """Ask levels, best (lowest) first."""
        return self._levels()[1][:depth]

    def best_bid(self) -> Level | None:
        """The best bid ``(price, quantity)``, or None when there are no bids."""
        bids = self._levels()[0]
        return bids[0] if bids else None

    def best_ask(self) -> Level | None:
        """The best ask ``(price, quantity)``, or None when there are no asks."""
        asks = self._levels()[1]
        return asks[0] if asks else None


def total(levels: Iterable[Level]) -> Decimal:
    """The summed quantity of ``levels``."""
    return sum((qty for _, qty in levels), Decimal(0))
