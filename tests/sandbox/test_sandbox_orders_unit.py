"""The order register and the market on their own: no HTTP; the clock is a counter given by the test."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orderly_sandbox._balances import Balances
from orderly_sandbox._market import Market
from orderly_sandbox._orders import MAX_BATCH, OrderError, OrderQuery
from orderly_sandbox._rules import MARKET_ACCOUNT

A = "0x" + "a" * 64
B = "0x" + "b" * 64
ETH = "PERP_ETH_USDC"
LIMIT = {"symbol": ETH, "side": "BUY", "order_type": "LIMIT", "order_price": 2000, "order_quantity": 1}


def counter(start: int = 1_000) -> Callable[[], int]:
    now = [start]

    def clock() -> int:
        now[0] += 1
        return now[0]

    return clock


def market(seed: int = 0, usdc: str = "10000") -> Market:
    balances = Balances()
    made = Market(balances, counter(), seed=seed)
    for account in (A, B):
        balances.open(account, Decimal(usdc))
    return made


def code_of(call: Callable[[], object]) -> int:
    with pytest.raises(OrderError) as refused:
        call()
    return refused.value.code


def test_place_and_cancel() -> None:
    m = market()
    order = m.place(A, 7, {**LIMIT, "client_order_id": "x"}, now_ms=1_000)
    assert (order.status, order.created_time, order.user_id) == ("NEW", 1_000, 7)
    assert m.orders.get(A, order.order_id) is order
    assert m.book(ETH).bids[0] != (Decimal(2000), Decimal(1))  # far below the best bid...
    assert (Decimal(2000), Decimal(1)) in m.book(ETH).bids  # ...but on the book
    assert code_of(lambda: m.place(A, 7, {**LIMIT, "client_order_id": "x"}, now_ms=1_001)) == -1007
    m.cancel(A, order.order_id, ETH, now_ms=1_002)
    assert (order.status, order.updated_time) == ("CANCELLED", 1_002)
    assert (Decimal(2000), Decimal(1)) not in m.book(ETH).bids
    assert code_of(lambda: m.cancel(A, order.order_id, ETH, now_ms=1_003)) == -1006
    assert m.place(A, 7, {**LIMIT, "client_order_id": "x"}, now_ms=1_004).order_id != order.order_id


def test_market_order_shapes() -> None:
    m = market()
    best_ask = m.book(ETH).asks[0]
    order = m.place(A, 1, {**LIMIT, "order_type": "MARKET", "order_price": None, "order_quantity": "0.01"}, now_ms=5)
    shown = order.to_dict()
    assert shown["status"] == "FILLED" and shown["average_executed_price"] == best_ask[0] and shown["price"] == 0
    assert shown["client_order_id"] is None and "client_order_id" not in order.created()
    assert m.orders.orders(A)[0] is not order  # copies
    assert m.book(ETH).asks[0] == (best_ask[0], best_ask[1] - Decimal("0.01"))


def test_numbers_as_json_numbers_or_numeric_strings() -> None:
    m = market()
    order = m.place(A, 1, {**LIMIT, "order_price": "2500.5", "order_quantity": "0.1000"}, now_ms=1)
    assert (order.price, order.quantity) == (Decimal("2500.5"), Decimal("0.1"))
    assert code_of(lambda: m.place(A, 1, {**LIMIT, "order_price": "2e3x"}, now_ms=1)) == -1005
    assert code_of(lambda: m.place(A, 1, {**LIMIT, "order_price": "NaN"}, now_ms=1)) == -1005
    assert code_of(lambda: m.place(A, 1, {**LIMIT, "order_quantity": True}, now_ms=1)) == -1005


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"order_price": "2000.005"}, -1103),  # off the 0.01 tick
        ({"order_price": 3100}, -1103),  # a BUY more than 3 % above the mark
        ({"order_price": 1000}, -1103),  # a BUY more than 40 % below the mark
        ({"side": "SELL", "order_price": 2900}, -1103),  # a SELL more than 3 % below the mark
        ({"order_quantity": "0.00005"}, -1104),  # off the 0.0001 step
        ({"order_quantity": "0.0005"}, -1104),  # below base_min 0.001
        ({"order_quantity": 501}, -1104),  # above base_max 500
        ({"order_quantity": "0.004"}, -1102),  # 2000 x 0.004 = 8 < min_notional 10
        ({"order_type": "MARKET", "order_price": None, "order_quantity": "0.003"}, -1102),  # at the mark: 9
    ],
)
def test_symbol_filters(change: dict[str, object], code: int) -> None:
    m = market()
    assert code_of(lambda: m.place(A, 1, {**LIMIT, **change}, now_ms=1)) == code
    assert m.orders.orders(A) == []


def test_insufficient_margin_is_refused_for_real() -> None:
    m = market(usdc="1000")  # leverage 10: 1000 USDC carries 10000 USDC of exposure
    m.place(A, 1, {**LIMIT, "order_price": 2990, "order_quantity": 3}, now_ms=1)  # 9000 at the 3000 mark
    assert code_of(lambda: m.place(A, 1, {**LIMIT, "order_price": 2990, "order_quantity": 1}, now_ms=2)) == -1101
    # An order on the other side does not add to the worst case: accepted.
    m.place(A, 1, {**LIMIT, "side": "SELL", "order_price": 3010, "order_quantity": 1}, now_ms=3)
    m.set_leverage(A, 20)
    m.place(A, 1, {**LIMIT, "order_price": 2990, "order_quantity": 1}, now_ms=4)


def test_limit_crossing_fills_partly_and_rests_the_rest() -> None:
    m = market()
    asks = m.book(ETH).asks
    limit = asks[1][0]
    quantity = asks[0][1] + asks[1][1] + Decimal(1)
    order = m.place(A, 1, {**LIMIT, "order_price": limit, "order_quantity": quantity}, now_ms=1)
    assert order.status == "PARTIAL_FILLED"
    assert order.executed_quantity == asks[0][1] + asks[1][1]
    assert m.book(ETH).bids[0] == (limit, Decimal(1))
    assert m.book(ETH).asks[0] == asks[2]
    trades = m.account_trades(A)
    assert [(t.price, t.quantity, t.is_maker) for t in trades] == [
        (asks[0][0], asks[0][1], False),
        (limit, asks[1][1], False),
    ]


def test_price_time_priority_between_accounts() -> None:
    m = market()
    best_bid = m.book(ETH).bids[0][0]
    price = best_bid + Decimal("0.01")
    first = m.place(A, 1, {**LIMIT, "order_price": price, "order_quantity": "0.5"}, now_ms=1)
    second = m.place(B, 2, {**LIMIT, "order_price": price, "order_quantity": "0.5"}, now_ms=2)
    taker = m.place(
        B, 2, {**LIMIT, "side": "SELL", "order_type": "IOC", "order_price": price, "order_quantity": "0.7"}, now_ms=3
    )
    assert (first.status, first.executed_quantity) == ("FILLED", Decimal("0.5"))
    assert (second.status, second.executed_quantity) == ("PARTIAL_FILLED", Decimal("0.2"))
    assert taker.status == "FILLED"
    assert m.book(ETH).bids[0] == (price, Decimal("0.3"))
    maker_trade = m.account_trades(A)[0]
    assert (maker_trade.is_maker, maker_trade.fee) == (True, price * Decimal("0.5") * Decimal("0.0002"))


def test_positions_pnl_and_balances_follow_fills() -> None:
    m = market()
    ask = m.book(ETH).asks[0]
    buy = m.place(A, 1, {**LIMIT, "order_type": "MARKET", "order_price": None, "order_quantity": "0.5"}, now_ms=1)
    position = m.position(A, ETH)
    assert (position.quantity, position.average_open_price) == (Decimal("0.5"), ask[0])
    fee_in = ask[0] * Decimal("0.5") * Decimal("0.0005")
    assert m.balances.get(A) == Decimal(10000) - fee_in == Decimal(10000) - buy.total_fee
    mark_before = m.mark(ETH)
    assert m.unrealized_pnl(A) == Decimal("0.5") * (mark_before - ask[0])
    m.step(5)
    assert m.mark(ETH) != mark_before
    assert m.unrealized_pnl(A) == Decimal("0.5") * (m.mark(ETH) - ask[0])
    bid = m.book(ETH).bids[0]
    sell = m.place(
        A, 1, {**LIMIT, "side": "SELL", "order_type": "MARKET", "order_price": None, "order_quantity": "0.5"}, now_ms=2
    )
    realized = Decimal("0.5") * (bid[0] - ask[0])
    assert sell.realized_pnl == realized and m.position(A, ETH).quantity == 0
    assert m.balances.get(A) == Decimal(10000) - fee_in - bid[0] * Decimal("0.5") * Decimal("0.0005") + realized


def test_reduce_only() -> None:
    m = market()
    sell = {
        **LIMIT,
        "side": "SELL",
        "order_type": "MARKET",
        "order_price": None,
        "order_quantity": 1,
        "reduce_only": True,
    }
    assert code_of(lambda: m.place(A, 1, sell, now_ms=1)) == -1005  # nothing to reduce
    m.place(A, 1, {**LIMIT, "order_type": "MARKET", "order_price": None, "order_quantity": "0.3"}, now_ms=2)
    order = m.place(A, 1, sell, now_ms=3)
    assert (order.executed_quantity, order.status) == (Decimal("0.3"), "CANCELLED")  # capped at the position
    assert m.position(A, ETH).quantity == 0


def test_edit_moves_the_order_on_the_book_and_may_cross() -> None:
    m = market()
    order = m.place(A, 1, {**LIMIT, "order_quantity": "0.2"}, now_ms=1)
    edit = {"order_id": order.order_id, "symbol": ETH, "side": "BUY", "order_type": "LIMIT"}
    m.edit(A, {**edit, "order_price": 2100}, now_ms=2)
    assert (Decimal(2100), Decimal("0.2")) in m.book(ETH).bids and (Decimal(2000), Decimal("0.2")) not in m.book(
        ETH
    ).bids
    assert code_of(lambda: m.edit(A, {**edit, "order_price": "2100.001"}, now_ms=3)) == -1103
    best_ask = m.book(ETH).asks[0][0]
    m.edit(A, {**edit, "order_price": best_ask}, now_ms=4)
    assert order.status == "FILLED" and order.average_executed_price == best_ask


def test_failed_batch_places_nothing() -> None:
    m = market()
    assert code_of(lambda: m.place_batch(A, 1, [LIMIT, {**LIMIT, "side": "?"}], now_ms=1)) == -1005
    assert code_of(lambda: m.place_batch(A, 1, [LIMIT] * (MAX_BATCH + 1), now_ms=1)) == -1005
    assert m.orders.orders(A) == []
    assert len(m.place_batch(A, 1, [{**LIMIT, "order_quantity": "0.1"}] * MAX_BATCH, now_ms=1)) == MAX_BATCH


def test_accounts_are_separate() -> None:
    m = market()
    order = m.place(A, 1, {**LIMIT, "client_order_id": "same"}, now_ms=1)
    m.place(B, 2, {**LIMIT, "client_order_id": "same"}, now_ms=1)
    assert code_of(lambda: m.orders.get(B, order.order_id)) == -1006
    assert len(m.cancel_all(B, None, now_ms=2)) == 1
    assert m.orders.get(A, order.order_id).is_open


def test_the_market_is_deterministic_for_a_seed() -> None:
    one, two, other = market(seed=7), market(seed=7), market(seed=8)
    for m in (one, two, other):
        m.place(A, 1, {**LIMIT, "order_price": 2990}, now_ms=1)
        m.step(30)
    assert one.book(ETH).bids == two.book(ETH).bids and one.book(ETH).asks == two.book(ETH).asks
    assert one.mark(ETH) == two.mark(ETH) != other.mark(ETH)
    assert [t.price for t in one.account_trades(A)] == [t.price for t in two.account_trades(A)]
    assert list(one.state[ETH].trades) == list(two.state[ETH].trades) or not one.state[ETH].trades
    assert all(e.account_id == MARKET_ACCOUNT or e.order_id > 0 for e in one.books[ETH].entries())


@settings(max_examples=60, deadline=None)
@given(
    count=st.integers(0, 30),
    size=st.integers(1, 12),
    sort_by=st.sampled_from([None, "CREATED_TIME_ASC", "CREATED_TIME_DESC", "UPDATED_TIME_ASC", "UPDATED_TIME_DESC"]),
)
def test_pages_cover_every_order_once(count: int, size: int, sort_by: str | None) -> None:
    m = market(usdc="1000000")
    placed = [m.place(A, 1, {**LIMIT, "order_price": 2000 + n}, now_ms=n // 3).order_id for n in range(count)]
    seen: list[int] = []
    page = 1
    while True:
        rows, total = m.orders.find(A, OrderQuery(page=page, size=size, sort_by=sort_by))
        assert total == count
        if not rows:
            break
        assert len(rows) <= size
        seen += [row.order_id for row in rows]
        page += 1
    assert sorted(seen) == sorted(placed) and len(seen) == len(set(seen))
    expected = sorted(placed, reverse=sort_by is None or sort_by.endswith("DESC"))
    assert seen == expected  # ids grow with time here, so time order is id order


def test_funding_is_paid_between_positions_every_funding_period() -> None:
    from orderly_sandbox._simulation import FUNDING_STEPS

    m = market()
    m.place(A, 1, {**LIMIT, "order_type": "MARKET", "order_price": None, "order_quantity": "1"}, now_ms=1)
    m.step(FUNDING_STEPS - 1)
    before = m.balances.get(A)
    m.step(1)
    state = m.state[ETH]
    assert state.last_funding_rate != 0  # so the payment below is not trivially zero
    # A long pays a positive rate (receives a negative one): quantity x mark x rate, at the step's mark.
    assert m.balances.get(A) == before - Decimal(1) * state.mark * state.last_funding_rate
    assert state.sum_unitary_funding == state.mark * state.last_funding_rate


def test_balances_api() -> None:
    from orderly_sandbox import Balances, InsufficientBalanceError

    balances = Balances()
    heard: list[tuple[str, str, Decimal]] = []
    balances.listen(lambda account, token, amount, now_ms: heard.append((account, token, amount)))
    balances.open(A, Decimal(100))
    assert balances.credit(A.upper().replace("0X", "0x"), "USDC", "0.5") == Decimal("100.5")
    assert balances.debit(A, "USDC", Decimal("0.25"), now_ms=9) == Decimal("100.25")
    assert balances.updated_time(A, "USDC") == 9
    with pytest.raises(InsufficientBalanceError):
        balances.debit(A, "USDC", 1000)
    assert balances.debit(A, "USDC", 1000, allow_negative=True) == Decimal("-899.75")
    with pytest.raises(ValueError):
        balances.credit(A, "USDC", -1)
    assert balances.holdings(A) == {"USDC": Decimal("-899.75")} and balances.get(B) == 0
    assert [amount for _, _, amount in heard] == [Decimal(100), Decimal("100.5"), Decimal("100.25"), Decimal("-899.75")]


def test_a_batch_counts_its_own_orders_in_the_margin_check() -> None:
    m = market(usdc="1000")
    two = {**LIMIT, "order_price": 2990, "order_quantity": 2}  # 6000 of exposure each at the 3000 mark
    assert code_of(lambda: m.place_batch(A, 1, [two, two], now_ms=1)) == -1101
    assert m.orders.orders(A) == []
    assert len(m.place_batch(A, 1, [two, {**two, "order_quantity": 1}], now_ms=2)) == 2
