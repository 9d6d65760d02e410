"""TrackerCore's rules without I/O: fills told once each, recovered fills followed fill by fill, stale reports."""

from __future__ import annotations

from decimal import Decimal

from orderly_auth.bot import OrderFilled, OrderNew, OrderPartiallyFilled, TrackerCore
from orderly_auth.stream import ExecutionReport

D = Decimal


def _report(trade_id: int, qty: str, total: str, status: str, ts: int) -> ExecutionReport:
    return ExecutionReport(
        symbol="PERP_ETH_USDC", client_order_id="c1", order_id=7, type="LIMIT", side="BUY", quantity=D("1"),
        price=D("3000"), trade_id=trade_id, executed_price=D("3000") if trade_id else None,
        executed_quantity=D(qty) if trade_id else None, total_executed_quantity=D(total), status=status, timestamp=ts,
    )  # fmt: skip


def test_recovered_fills_are_followed_fill_by_fill_and_told_once() -> None:
    core = TrackerCore()
    assert [type(e) for e in core.apply_report(_report(0, "0", "0", "NEW", 10))] == [OrderNew]
    # two fills missed while away; REST gives both with the order as it is now: FILLED, 1 executed
    first = core.apply_report(_report(1, "0.4", "1", "FILLED", 20), recovered=True)
    second = core.apply_report(_report(2, "0.6", "1", "FILLED", 30), recovered=True)
    [partial], [filled] = first, second
    assert isinstance(partial, OrderPartiallyFilled) and partial.order.executed == D("0.4")
    assert isinstance(filled, OrderFilled) and filled.order.executed == D("1")
    assert core.apply_report(_report(2, "0.6", "1", "FILLED", 30)) == []  # the same fill seen live: once
    order = core.order(client_order_id="c1")
    assert order is not None and order.status == "FILLED" and not core.open_orders()


def test_a_late_fill_is_told_but_does_not_undo_newer_state() -> None:
    core = TrackerCore()
    core.apply_report(_report(5, "1", "1", "FILLED", 50))
    late = core.apply_report(_report(4, "0.5", "0.5", "PARTIAL_FILLED", 40))
    assert [type(e) for e in late] == [OrderPartiallyFilled]
    order = core.order(7)
    assert order is not None and order.status == "FILLED" and order.executed == D("1")
