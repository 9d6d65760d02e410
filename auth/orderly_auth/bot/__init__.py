"""What a trading bot needs beyond single calls (the ``bot`` layer, written by hand on the generated client).

- client order ids on every order (assigned by the client's pipeline: :class:`orderly_auth.ClientOrderIds`);
- :func:`resolve_outcome` / :func:`aresolve_outcome`: what became of orders an ``OutcomeUnknownError`` left open;
- :class:`OrderTracker` / :class:`AsyncOrderTracker`: open orders, positions and balances from REST and the
  private stream, with typed events (needs the ``stream`` extra);
- :class:`AccountRisk` (:func:`fetch_account_risk`): collateral, margins, max order quantity, liquidation prices;
- :func:`close_position`, :func:`close_all_positions`, :func:`cancel_symbol_orders` (and ``a``-prefixed async);
- :class:`DeadMansSwitch` / :class:`AsyncDeadMansSwitch`: ``cancel_all_after`` kept armed while the process lives.
"""

from ._deadman import AsyncDeadMansSwitch, DeadMansSwitch
from ._outcome import OrderOutcome, aresolve_outcome, resolve_outcome
from ._risk import AccountRisk, MarketRules, PositionRisk, PositionState, afetch_account_risk, fetch_account_risk
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
from ._trading import (
    CancelledOrders,
    ClosedPosition,
    acancel_symbol_orders,
    aclose_all_positions,
    aclose_position,
    cancel_symbol_orders,
    close_all_positions,
    close_position,
)

__all__ = [
    "AccountRisk",
    "AsyncDeadMansSwitch",
    "AsyncOrderTracker",
    "BalanceChanged",
    "CancelledOrders",
    "ClosedPosition",
    "DeadMansSwitch",
    "MarketRules",
    "OrderCancelled",
    "OrderFilled",
    "OrderNew",
    "OrderOutcome",
    "OrderPartiallyFilled",
    "OrderRejected",
    "OrderTracker",
    "PositionChanged",
    "PositionRisk",
    "PositionState",
    "TrackedOrder",
    "TrackedPosition",
    "TrackerCore",
    "TrackerEvent",
    "acancel_symbol_orders",
    "aclose_all_positions",
    "aclose_position",
    "afetch_account_risk",
    "aresolve_outcome",
    "cancel_symbol_orders",
    "close_all_positions",
    "close_position",
    "fetch_account_risk",
    "resolve_outcome",
]
