"""What a trading bot needs beyond single calls (the ``bot`` layer, written by hand on the generated client).

- client order ids on every order (assigned by the client's pipeline: :class:`orderly_auth.ClientOrderIds`);
- :func:`resolve_outcome` / :func:`aresolve_outcome`: what became of orders an ``OutcomeUnknownError`` left open;
- :class:`OrderTracker` / :class:`AsyncOrderTracker`: open orders, positions and balances from REST and the
  private stream, with typed events (needs the ``stream`` extra);
- :class:`DeadMansSwitch` / :class:`AsyncDeadMansSwitch`: ``cancel_all_after`` kept armed while the process lives.
"""

from ._deadman import AsyncDeadMansSwitch, DeadMansSwitch
from ._outcome import OrderOutcome, aresolve_outcome, resolve_outcome
from ._tracker import (
    AsyncOrderTracker,
    BalanceChanged,
    OrderCancelled,
    OrderFilled,
    OrderNew,
    OrderPartiallyFilled,
    OrderRejected,
    OrderTracker,
    PositionChanged,
    TrackedOrder,
    TrackedPosition,
    TrackerCore,
    TrackerEvent,
)

__all__ = [
    "AsyncDeadMansSwitch",
    "AsyncOrderTracker",
    "BalanceChanged",
    "DeadMansSwitch",
    "OrderCancelled",
    "OrderFilled",
    "OrderNew",
    "OrderOutcome",
    "OrderPartiallyFilled",
    "OrderRejected",
    "OrderTracker",
    "PositionChanged",
    "TrackedOrder",
    "TrackedPosition",
    "TrackerCore",
    "TrackerEvent",
    "aresolve_outcome",
    "resolve_outcome",
]
