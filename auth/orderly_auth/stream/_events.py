"""Events a subscription yields between its messages: the stream was interrupted, is back, was reconciled."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs

from ._messages import ExecutionReport


@attrs.frozen
class StreamInterrupted:
    """The connection carrying this subscription was lost (``reason``); messages may be missed until
    :class:`StreamRestored`. Books are invalid meanwhile."""

    connection: str
    reason: str
    at_ms: int


@attrs.frozen
class StreamRestored:
    """The connection is back, re-authenticated, and this subscription acknowledged again."""

    connection: str
    downtime_s: float
    reconnects: int


@attrs.frozen
class OrderChange:
    """An order whose state differs from what the stream last said (``before`` None: unknown before)."""

    order_id: int
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None


@attrs.frozen
class Reconciled:
    """After a private reconnect: the account's state over REST, and what changed while the stream was away.

    ``fills``: the account's trades since the interruption that no execution report showed, as
    :class:`ExecutionReport` like a live fill (``client_order_id`` included; the order's fields as
    REST shows the order now, see ``fill_report``);
    ``orders``: open orders that are new, changed, or gone (``after`` None: no longer open);
    ``positions`` / ``balances``: ``symbol``/``token`` -> ``(before, after)`` where they differ.
    ``error`` is set (and the rest empty) when the REST calls failed.
    """

    fills: tuple[ExecutionReport, ...] = ()
    orders: tuple[OrderChange, ...] = ()
    positions: Mapping[str, tuple[Decimal | None, Decimal | None]] = attrs.field(factory=dict)
    balances: Mapping[str, tuple[Decimal | None, Decimal | None]] = attrs.field(factory=dict)
    open_orders: tuple[Mapping[str, Any], ...] = ()
    error: BaseException | None = None

    @property
    def changed(self) -> bool:
        """True if anything changed while away."""
        return bool(self.fills or self.orders or self.positions or self.balances)


Event = StreamInterrupted | StreamRestored | Reconciled
