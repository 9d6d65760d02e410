"""One symbol's limit order book with price-time priority, and the level changes since the last delta.

Prices and quantities are Decimal. A level is a FIFO queue of :class:`Resting` entries; the book
keeps each level's total and notes which levels changed, so the market can push exact deltas
(:meth:`Book.take_changes`) that rebuild the book from a snapshot.
"""

from __future__ import annotations

import bisect
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

Level = tuple[Decimal, Decimal]


@dataclass(slots=True)
class Resting:
    """A quantity waiting on the book: an account's order (``order_id``) or the simulated market's."""

    order_id: int
    account_id: str
    side: str
    price: Decimal
    quantity: Decimal


@dataclass(frozen=True, slots=True)
class Match:
    """One execution of a taker against a resting entry, at the resting entry's price."""

    maker: Resting
    price: Decimal
    quantity: Decimal


class _Side:
    """One side of the book: levels by price, best first."""

    def __init__(self, descending: bool) -> None:
        self.descending = descending
        self.keys: list[Decimal] = []  # sorted ascending by sort key (price, or -price for bids)
        self.levels: dict[Decimal, deque[Resting]] = {}
        self.totals: dict[Decimal, Decimal] = {}

    def _key(self, price: Decimal) -> Decimal:
        return -price if self.descending else price

    def best(self) -> Decimal | None:
        return self._key(self.keys[0]) if self.keys else None

    def prices(self) -> Iterator[Decimal]:
        for key in self.keys:
            yield self._key(key)

    def add(self, entry: Resting) -> None:
        queue = self.levels.get(entry.price)
        if queue is None:
            queue = self.levels[entry.price] = deque()
            bisect.insort(self.keys, self._key(entry.price))
            self.totals[entry.price] = Decimal(0)
        queue.append(entry)
        self.totals[entry.price] += entry.quantity

    def reduce(self, entry: Resting, quantity: Decimal) -> None:
        """Take ``quantity`` off a resting entry (removing it, and its level, when nothing is left)."""
        entry.quantity -= quantity
        self.totals[entry.price] -= quantity
        if entry.quantity <= 0:
            queue = self.levels[entry.price]
            queue.remove(entry)
            if not queue:
                del self.levels[entry.price], self.totals[entry.price]
                del self.keys[bisect.bisect_left(self.keys, self._key(entry.price))]


class Book:
    """Bids and asks of one symbol."""

    def __init__(self, symbol: str) -> None:
        self.symbol = symbol
        self._bids = _Side(descending=True)
        self._asks = _Side(descending=False)
        self._entries: dict[int, Resting] = {}
        self._changed: set[tuple[str, Decimal]] = set()

    def _side(self, side: str) -> _Side:
        return self._bids if side == "BUY" else self._asks

    # -- reading ---------------------------------------------------------------------------------

    def best_bid(self) -> Decimal | None:
        return self._bids.best()

    def best_ask(self) -> Decimal | None:
        return self._asks.best()

    def levels(self, side: str, depth: int | None = None) -> list[Level]:
        """``(price, total quantity)`` of one side (``BUY``: bids), best first, ``depth`` levels at most."""
        book_side = self._side(side)
        chosen: list[Level] = []
        for price in book_side.prices():
            if depth is not None and len(chosen) >= depth:
                break
            chosen.append((price, book_side.totals[price]))
        return chosen

    def entry(self, order_id: int) -> Resting | None:
        """The resting entry of ``order_id``, if it is on the book."""
        return self._entries.get(order_id)

    def entries(self) -> list[Resting]:
        """Every resting entry."""
        return list(self._entries.values())

    def available(self, side: str, limit: Decimal | None, exclude_account: str | None = None) -> Decimal:
        """How much a taker on ``side`` could take at ``limit`` or better (None: at any price)."""
        total = Decimal(0)
        book_side = self._asks if side == "BUY" else self._bids
        for price in book_side.prices():
            if limit is not None and (price > limit if side == "BUY" else price < limit):
                break
            total += sum(
                (entry.quantity for entry in book_side.levels[price] if entry.account_id != exclude_account),
                Decimal(0),
            )
        return total

    def crosses(self, side: str, price: Decimal) -> bool:
        """Whether a ``side`` order at ``price`` would trade at once."""
        best = self.best_ask() if side == "BUY" else self.best_bid()
        return best is not None and (price >= best if side == "BUY" else price <= best)

    # -- changing --------------------------------------------------------------------------------

    def add(self, entry: Resting) -> None:
        """Rest ``entry`` at the back of its price level."""
        if entry.quantity <= 0:
            return
        self._side(entry.side).add(entry)
        self._entries[entry.order_id] = entry
        self._changed.add((entry.side, entry.price))

    def remove(self, order_id: int) -> Resting | None:
        """Take an entry off the book (cancel); the entry, or None if it was not resting."""
        entry = self._entries.pop(order_id, None)
        if entry is not None:
            self._side(entry.side).reduce(entry, entry.quantity)
            self._changed.add((entry.side, entry.price))
        return entry

    def match(self, side: str, limit: Decimal | None, quantity: Decimal) -> list[Match]:
        """Execute a taker of ``quantity`` on ``side`` against the opposite side, best price first, then oldest.

        ``limit`` None takes any price (MARKET). Returns the executions, in order.
        """
        book_side = self._asks if side == "BUY" else self._bids
        matches: list[Match] = []
        left = quantity
        while left > 0 and book_side.keys:
            price = book_side.best()
            assert price is not None
            if limit is not None and (price > limit if side == "BUY" else price < limit):
                break
            queue = book_side.levels[price]
            maker = queue[0]
            taken = min(left, maker.quantity)
            matches.append(Match(maker, price, taken))
            left -= taken
            book_side.reduce(maker, taken)
            self._changed.add((maker.side, price))
            if maker.quantity <= 0:
                self._entries.pop(maker.order_id, None)
        return matches

    def take_changes(self) -> tuple[list[Level], list[Level]]:
        """The levels changed since the last call, ``(bids, asks)``, with their quantity now (0: gone)."""
        bids: list[Level] = []
        asks: list[Level] = []
        for side, price in sorted(self._changed, key=lambda change: (change[0], change[1])):
            total = self._side(side).totals.get(price, Decimal(0))
            (bids if side == "BUY" else asks).append((price, total))
        self._changed.clear()
        bids.sort(key=lambda level: level[0], reverse=True)
        return bids, asks

    @property
    def changed(self) -> bool:
        """Whether levels changed since the last :meth:`take_changes`."""
        return bool(self._changed)
