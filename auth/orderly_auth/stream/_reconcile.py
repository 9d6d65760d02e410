"""After a private reconnect, find over REST what the stream missed: fills, orders, positions, balances.

:class:`AccountTracker` keeps what the stream last said (from REST at the first connect, then from
``executionreport``, ``position`` and ``balance`` pushes). After a reconnect, :func:`fetch_account`
reads the account over REST with the generated functions and :meth:`AccountTracker.reconcile` says
what differs, including the account's trades since the interruption that no execution report showed.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs

from orderly_client.client import AuthenticatedClient

from .._errors import api_error
from . import _json
from ._events import OrderChange, Reconciled
from ._messages import Balances, ExecutionReport, Message, Positions, dec

CLOSED_STATUSES = frozenset({"FILLED", "CANCELLED", "REJECTED", "EXPIRED"})
_SEEN_TRADES = 10_000
_PAGE = 500
_MAX_PAGES = 20


@attrs.frozen
class AccountState:
    """The account as REST shows it: open orders by id, position quantities, holdings, recent trades."""

    open_orders: Mapping[int, Mapping[str, Any]]
    positions: Mapping[str, Decimal]
    balances: Mapping[str, Decimal]
    trades: tuple[Mapping[str, Any], ...] = ()
    #: Orders closed since the interruption (created since), by id: what a missed fill's order is now.
    closed_orders: Mapping[int, Mapping[str, Any]] = attrs.field(factory=dict)


def _order_view(row: Mapping[str, Any]) -> dict[str, Any]:
    executed = row.get("total_executed_quantity", row.get("executed"))
    cid = row.get("client_order_id")
    return {
        "order_id": int(row["order_id"]),
        "symbol": row.get("symbol"),
        "side": row.get("side"),
        "status": row.get("status"),
        "quantity": dec(row.get("quantity")),
        "price": dec(row.get("price")),
        "executed": dec(executed) if executed is not None else Decimal(0),
        "client_order_id": None if cid is None or cid == "" else str(cid),
        "type": row.get("type"),
        "average_executed_price": dec(row.get("average_executed_price")),
        "reduce_only": row.get("reduce_only"),
    }


def fill_report(trade: Mapping[str, Any], order: Mapping[str, Any] | None) -> ExecutionReport:
    """A fill read over REST (a ``GET /v1/trades`` row) in the shape of a live one: an :class:`ExecutionReport`.

    The fill's own fields come from the trade row; the order's (``client_order_id``, type, quantity,
    price, status, totals) from ``order`` as REST shows it now (None when the order is unknown), so
    ``status`` and ``total_executed_quantity`` are the order's after every fill, not after this one.
    """
    order = order or {}
    return ExecutionReport(
        symbol=trade.get("symbol") or order.get("symbol"),
        client_order_id=order.get("client_order_id"),
        order_id=int(trade["order_id"]) if trade.get("order_id") is not None else order.get("order_id"),
        type=order.get("type"),
        side=trade.get("side") or order.get("side"),
        quantity=order.get("quantity"),
        price=order.get("price"),
        trade_id=int(trade["id"]),
        executed_price=dec(trade.get("executed_price")),
        executed_quantity=dec(trade.get("executed_quantity")),
        fee=dec(trade.get("fee")),
        fee_asset=trade.get("fee_asset"),
        total_executed_quantity=order.get("executed"),
        avg_price=order.get("average_executed_price"),
        status=order.get("status"),
        timestamp=int(trade["executed_timestamp"]) if trade.get("executed_timestamp") is not None else None,
        reduce_only=order.get("reduce_only"),
        maker=bool(trade["is_maker"]) if trade.get("is_maker") is not None else None,
        realized_pnl=dec(trade.get("realized_pnl")),
    )


class AccountTracker:
    """The private state the stream last reported; fed synchronously by the reader (cheap dict updates)."""

    def __init__(self) -> None:
        self.baseline: AccountState | None = None
        self.orders: dict[int, dict[str, Any]] = {}
        self.positions: dict[str, Decimal] = {}
        self.balances: dict[str, Decimal] = {}
        self._seen: set[int] = set()
        self._seen_order: deque[int] = deque()
        # Fills a Reconciled handed to subscribers: their live push, if it comes after, is not delivered again.
        self._reported: set[int] = set()
        self._reported_order: deque[int] = deque()
        self._at_interruption: tuple[dict[int, dict[str, Any]], dict[str, Decimal], dict[str, Decimal]] | None = None

    def interrupted(self) -> None:
        """The private connection was lost: what is known now is what a reconcile compares REST with
        (a reconnect's first pushes may already carry the new state)."""
        if self._at_interruption is None:
            self._at_interruption = (dict(self.orders), dict(self.positions), dict(self.balances))

    def observe(self, message: Message) -> bool:
        """Learn from one private push; False for the push of a fill a Reconciled already reported (not delivered)."""
        topic = message.topic
        if topic == "executionreport":
            report: ExecutionReport | None = message.data
            if report is not None and report.trade_id and report.trade_id in self._reported:
                return False
            self._report(report)
        elif topic == "position":
            data: Positions | None = message.data
            for item in data.positions if data else ():
                if item.symbol is not None and item.position_qty is not None:
                    self.positions[item.symbol] = item.position_qty
        elif topic == "balance":
            balances: Balances | None = message.data
            for token, balance in (balances.balances if balances else {}).items():
                if balance.holding is not None:
                    self.balances[token] = balance.holding
        return True

    def _report(self, report: ExecutionReport | None) -> None:
        if report is None or report.order_id is None:
            return
        if report.trade_id:
            self._remember_trade(report.trade_id)
        if report.status in CLOSED_STATUSES:
            self.orders.pop(report.order_id, None)
            return
        self.orders[report.order_id] = {
            "order_id": report.order_id,
            "symbol": report.symbol,
            "side": report.side,
            "status": report.status,
            "quantity": report.quantity,
            "price": report.price,
            "executed": report.total_executed_quantity or Decimal(0),
            "client_order_id": report.client_order_id or None,
            "type": report.type,
            "average_executed_price": report.avg_price,
            "reduce_only": report.reduce_only,
        }

    def _remember_trade(self, trade_id: int) -> None:
        if trade_id in self._seen:
            return
        self._seen.add(trade_id)
        self._seen_order.append(trade_id)
        if len(self._seen_order) > _SEEN_TRADES:
            self._seen.discard(self._seen_order.popleft())

    def set_baseline(self, state: AccountState) -> None:
        """Take REST's view as what is known (the first connect, and after each reconcile)."""
        self.baseline = state
        self._at_interruption = None
        self.orders = {order_id: dict(row) for order_id, row in state.open_orders.items()}
        self.positions = dict(state.positions)
        self.balances = dict(state.balances)
        for trade in state.trades:
            if trade.get("id") is not None:
                self._remember_trade(int(trade["id"]))

    def reconcile(self, state: AccountState) -> Reconciled:
        """What REST shows that the stream did not: the differences, then REST becomes the known state."""
        orders, positions_before, balances_before = self._at_interruption or (
            self.orders,
            self.positions,
            self.balances,
        )
        known = {**orders, **self.orders, **state.open_orders, **state.closed_orders}
        fills = tuple(
            fill_report(t, known.get(int(t["order_id"])) if t.get("order_id") is not None else None)
            for t in state.trades
            if t.get("id") is not None and int(t["id"]) not in self._seen
        )
        self._at_interruption = None
        for fill in state.trades:
            if fill.get("id") is not None and int(fill["id"]) not in self._seen:
                self._reported.add(int(fill["id"]))
                self._reported_order.append(int(fill["id"]))
        while len(self._reported_order) > _SEEN_TRADES:
            self._reported.discard(self._reported_order.popleft())
        changes = []
        for order_id in sorted(set(orders) | set(state.open_orders)):
            before = orders.get(order_id)
            after = state.open_orders.get(order_id)
            if before is None or after is None or _differs(before, after):
                changes.append(OrderChange(order_id, before, after))
        positions = _diff(positions_before, state.positions)
        balances = _diff(balances_before, state.balances)
        self.set_baseline(state)
        return Reconciled(
            fills=fills,
            orders=tuple(changes),
            positions=positions,
            balances=balances,
            open_orders=tuple(state.open_orders.values()),
        )


def _differs(before: Mapping[str, Any], after: Mapping[str, Any]) -> bool:
    return before.get("executed") != after.get("executed") or before.get("status") != after.get("status")


def _diff(
    before: Mapping[str, Decimal], after: Mapping[str, Decimal]
) -> dict[str, tuple[Decimal | None, Decimal | None]]:
    out = {}
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if (old or Decimal(0)) != (new or Decimal(0)):
            out[key] = (old, new)
    return out


def _data(response: Any, what: str) -> Any:
    status = int(response.status_code)
    body = _json.loads(response.content) if response.content else None
    if status != 200 or not isinstance(body, dict) or body.get("success") is not True:
        code = body.get("code") if isinstance(body, dict) else None
        message = body.get("message") if isinstance(body, dict) else response.content[:200]
        raise api_error(status_code=status, code=code, message=str(message), method="GET", path=what)
    return body.get("data") or {}


async def _rows(call: Any, client: AuthenticatedClient, what: str, **params: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for page in range(1, _MAX_PAGES + 1):
        data = _data(await call(client=client, page=page, size=_PAGE, **params), what)
        batch = data.get("rows") or []
        rows += batch
        total = (data.get("meta") or {}).get("total")
        if len(batch) < _PAGE or (total is not None and len(rows) >= int(total)):
            break
    return rows


async def fetch_account(client: AuthenticatedClient, *, trades_since_ms: int | None) -> AccountState:
    """Open orders, positions, holdings (and trades since ``trades_since_ms``) over REST, numbers exact."""
    from orderly_client.api.private import get_v1_client_holding, get_v1_orders, get_v1_positions, get_v1_trades

    orders = await _rows(get_v1_orders.asyncio_detailed, client, "/v1/orders", status="INCOMPLETE")
    positions = _data(await get_v1_positions.asyncio_detailed(client=client), "/v1/positions")
    holding = _data(await get_v1_client_holding.asyncio_detailed(client=client), "/v1/client/holding")
    trades: list[dict[str, Any]] = []
    closed: list[dict[str, Any]] = []
    if trades_since_ms is not None:
        trades = await _rows(get_v1_trades.asyncio_detailed, client, "/v1/trades", start_t=trades_since_ms)
        if trades:  # the orders of the missed fills, for their client_order_id (typed as a live fill)
            closed = await _rows(
                get_v1_orders.asyncio_detailed, client, "/v1/orders", status="COMPLETED", start_t=trades_since_ms
            )
    return AccountState(
        open_orders={int(row["order_id"]): _order_view(row) for row in orders},
        positions={
            row["symbol"]: dec(row.get("position_qty")) or Decimal(0)
            for row in positions.get("rows") or []
            if row.get("symbol")
        },
        balances={
            row["token"]: dec(row.get("holding")) or Decimal(0)
            for row in holding.get("holding") or []
            if row.get("token")
        },
        trades=tuple(trades),
        closed_orders={int(row["order_id"]): _order_view(row) for row in closed},
    )
