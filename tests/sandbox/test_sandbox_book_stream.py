"""A book rebuilt from the ``orderbook`` snapshot plus ``orderbookupdate`` deltas is the sandbox's own book, always."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orderly_sandbox import Sandbox
from tests.sandbox.conftest import Api
from tests.sandbox.ws_support import BookBuilder, Stream

ETH = "PERP_ETH_USDC"
TICK = Decimal("0.01")

Action = tuple[Any, ...]
actions = st.one_of(
    st.tuples(st.just("limit"), st.sampled_from(["BUY", "SELL"]), st.integers(-40, 40), st.integers(1, 300)),
    st.tuples(st.just("post_only"), st.sampled_from(["BUY", "SELL"]), st.integers(-40, 40), st.integers(1, 300)),
    st.tuples(st.just("market"), st.sampled_from(["BUY", "SELL"]), st.integers(1, 300)),
    st.tuples(st.just("cancel"), st.integers(0, 50)),
    st.tuples(st.just("edit"), st.integers(0, 50), st.integers(-40, 40)),
    st.tuples(st.just("step"), st.integers(1, 3)),
)


@pytest.fixture(scope="module")
def rich() -> Iterator[tuple[Sandbox, Api]]:
    """One sandbox for every example (its state carries on: more resting orders, more flow)."""
    with (
        Sandbox(enforce_rate_limits=False, seed=11, starting_usdc=10**9) as sb,
        httpx2.Client(base_url=sb.base_url, timeout=10, verify=False) as client,
    ):
        yield sb, Api(sb, client)


def _act(sb: Sandbox, api: Api, action: Action) -> None:
    mark = sb.market.mark(ETH)
    kind = action[0]
    if kind in ("limit", "post_only"):
        _, side, offset, size = action
        price = (mark + TICK * 10 * offset).quantize(TICK)
        order = {"side": side, "order_price": float(price), "order_quantity": size / 100}
        if kind == "post_only":
            order["order_type"] = "POST_ONLY"
        api.call("POST", "/v1/order", json_body={"symbol": ETH, "order_type": "LIMIT", **order})
    elif kind == "market":
        _, side, size = action
        body = {"symbol": ETH, "order_type": "MARKET", "side": side, "order_quantity": size / 100}
        api.call("POST", "/v1/order", json_body=body)
    elif kind in ("cancel", "edit"):
        open_orders = [o for o in sb.orders() if o["status"] in ("NEW", "PARTIAL_FILLED") and o["symbol"] == ETH]
        if not open_orders:
            return
        order = open_orders[action[1] % len(open_orders)]
        if kind == "cancel":
            api.call("DELETE", "/v1/order", params={"order_id": order["order_id"], "symbol": ETH})
        else:
            price = (mark + TICK * 10 * action[2]).quantize(TICK)
            edit = {
                "order_id": str(order["order_id"]),
                "symbol": ETH,
                "side": order["side"],
                "order_type": order["type"],
                "order_price": float(price),
            }
            api.call("PUT", "/v1/order", json_body=edit)
    else:
        sb.market.step(action[1])


def _catch_up(stream: Stream, builder: BookBuilder, ts: int) -> None:
    """Apply deltas until the client's book is at ``ts`` (the sandbox's book's)."""
    while builder.ts != ts:
        builder.delta(stream.push(f"{ETH}@orderbookupdate"))
        assert builder.gaps == 0


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(flow=st.lists(actions, min_size=1, max_size=12))
def test_rebuilt_book_is_the_sandbox_book_at_every_step(rich: tuple[Sandbox, Api], flow: list[Action]) -> None:
    sb, api = rich
    with Stream(f"{sb.ws_public_url}/book") as stream:
        assert stream.subscribe(f"{ETH}@orderbookupdate")["success"] is True
        builder = BookBuilder()
        _act(sb, api, ("step", 1))  # deltas in flight while the snapshot is asked for: they are buffered
        ident = stream.send({"event": "request", "params": {"type": "orderbook", "symbol": ETH}})
        while True:
            message = stream.recv()
            if message.get("topic") == f"{ETH}@orderbookupdate":
                builder.delta(message)
            elif message.get("id") == ident:
                builder.snapshot(message["data"])
                break
        for action in flow:
            _act(sb, api, action)
            own = sb.market.book(ETH)
            _catch_up(stream, builder, own.ts)
            bids, asks = builder.levels()
            assert (bids, asks) == (own.bids, own.asks), action
            if bids and asks:
                assert bids[0][0] < asks[0][0]  # the book never stays crossed


def test_deltas_chain_prev_ts_to_the_previous_ts(api: Api) -> None:
    sb = api.sandbox
    with Stream(f"{sb.ws_public_url}/chain") as stream:
        stream.subscribe(f"{ETH}@orderbookupdate")
        for price in (2500, 2501, 2502):
            api.place(order_price=price, order_quantity=0.01)
        sb.market.step(2)
        pushes: list[dict[str, Any]] = []
        while not pushes or pushes[-1]["ts"] != sb.market.book(ETH).ts:
            pushes.append(stream.push(f"{ETH}@orderbookupdate"))
    assert len(pushes) == 5  # three orders, two steps
    for before, after in itertools.pairwise(pushes):
        assert after["data"]["prevTs"] == before["ts"] < after["ts"]
    assert pushes[0]["data"]["bids"] == [[Decimal(2500), Decimal("0.01")]] and pushes[0]["data"]["asks"] == []
