"""The order book on its own: no HTTP, time and ids given by the test."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orderly_auth.sandbox._orders import MAX_BATCH, OrderBook, OrderError, OrderQuery

A = "0x" + "a" * 64
B = "0x" + "b" * 64
LIMIT = {"symbol": "PERP_ETH_USDC", "side": "BUY", "order_type": "LIMIT", "order_price": 2000, "order_quantity": 1}


def test_place_and_cancel() -> None:
    book = OrderBook()
    order = book.place(A, 7, {**LIMIT, "client_order_id": "x"}, now_ms=1_000)
    assert (order.status, order.created_time, order.user_id) == ("NEW", 1_000, 7)
    assert book.get(A, order.order_id) is order
    with pytest.raises(OrderError) as dup:
        book.place(A, 7, {**LIMIT, "client_order_id": "x"}, now_ms=1_001)
    assert dup.value.code == -1007
    book.cancel(A, order.order_id, "PERP_ETH_USDC", now_ms=1_002)
    assert (order.status, order.updated_time) == ("CANCELLED", 1_002)
    with pytest.raises(OrderError) as gone:
        book.cancel(A, order.order_id, "PERP_ETH_USDC", now_ms=1_003)
    assert gone.value.code == -1006
    assert book.place(A, 7, {**LIMIT, "client_order_id": "x"}, now_ms=1_004).order_id != order.order_id


def test_order_shapes() -> None:
    book = OrderBook({"PERP_X_USDC": 10.0})
    order = book.place(A, 1, {**LIMIT, "symbol": "PERP_X_USDC", "order_type": "MARKET", "order_price": None}, now_ms=5)
    shown = order.to_dict()
    assert shown["status"] == "FILLED" and shown["average_executed_price"] == 10.0 and shown["price"] == 0.0
    assert shown["client_order_id"] is None and "client_order_id" not in order.created()
    assert book.orders(A)[0] is not order  # copies


def test_failed_batch_places_nothing() -> None:
    book = OrderBook()
    with pytest.raises(OrderError):
        book.place_batch(A, 1, [LIMIT, {**LIMIT, "side": "?"}], now_ms=1)
    with pytest.raises(OrderError):
        book.place_batch(A, 1, [LIMIT] * (MAX_BATCH + 1), now_ms=1)
    assert book.orders(A) == []
    assert len(book.place_batch(A, 1, [LIMIT] * MAX_BATCH, now_ms=1)) == MAX_BATCH


def test_accounts_are_separate() -> None:
    book = OrderBook()
    order = book.place(A, 1, {**LIMIT, "client_order_id": "same"}, now_ms=1)
    book.place(B, 2, {**LIMIT, "client_order_id": "same"}, now_ms=1)
    with pytest.raises(OrderError):
        book.get(B, order.order_id)
    assert book.cancel_all(B, None, now_ms=2) == 1
    assert book.get(A, order.order_id).is_open


@settings(max_examples=60, deadline=None)
@given(
    count=st.integers(0, 30),
    size=st.integers(1, 12),
    sort_by=st.sampled_from([None, "CREATED_TIME_ASC", "CREATED_TIME_DESC", "UPDATED_TIME_ASC", "UPDATED_TIME_DESC"]),
)
def test_pages_cover_every_order_once(count: int, size: int, sort_by: str | None) -> None:
    book = OrderBook()
    placed = [book.place(A, 1, {**LIMIT, "order_price": 1000 + n}, now_ms=n // 3).order_id for n in range(count)]
    seen: list[int] = []
    page = 1
    while True:
        rows, total = book.find(A, OrderQuery(page=page, size=size, sort_by=sort_by))
        assert total == count
        if not rows:
            break
        assert len(rows) <= size
        seen += [row.order_id for row in rows]
        page += 1
    assert sorted(seen) == sorted(placed) and len(seen) == len(set(seen))
    expected = sorted(placed, reverse=sort_by is None or sort_by.endswith("DESC"))
    assert seen == expected  # ids grow with time here, so time order is id order
