"""Stream faults: dropped connections, a dropped delta, half-open silence, no pings, refused auth, stalled topics."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest
from websockets.exceptions import ConnectionClosed

from orderly_sandbox import Sandbox
from tests.sandbox.ws_support import BookBuilder, Stream, private

if TYPE_CHECKING:
    from tests.sandbox.conftest import Api

ETH = "PERP_ETH_USDC"


@pytest.fixture
def quick() -> Iterator[Sandbox]:
    """Pings every 50 ms; 20 unanswered pings before a disconnect."""
    with Sandbox(enforce_rate_limits=False, ws_ping_interval=0.05, ws_max_missed_pongs=20) as sb:
        yield sb


def test_drop_connections_by_kind_without_a_close_frame(sandbox: Sandbox) -> None:
    faults = sandbox.stream_faults
    with Stream(f"{sandbox.ws_public_url}/a") as public, private(sandbox.ws_private_url, sandbox.credentials) as mine:
        assert faults.drop_connections("public") == 1
        closed = public.closed()
        assert closed.rcvd is None  # abrupt: no close frame came
        assert mine.subscribe("balance")["success"] is True  # the private connection is untouched
        assert faults.drop_connections() == 1
        assert mine.closed().rcvd is None
    assert [(r.fault, r.kind, r.detail) for r in faults.log] == [
        ("drop_connections", "public", "1 connection(s)"),
        ("drop_connections", None, "1 connection(s)"),
    ]
    with pytest.raises(ValueError, match="kind"):
        faults.drop_connections("both")


def test_drop_next_delta_leaves_a_prev_ts_gap(api: Api) -> None:
    sb = api.sandbox
    with Stream(f"{sb.ws_public_url}/gap") as stream:
        stream.subscribe(f"{ETH}@orderbookupdate")
        builder = BookBuilder()
        builder.snapshot(
            stream.ack("request", stream.send({"event": "request", "params": {"type": "orderbook", "symbol": ETH}}))[
                "data"
            ]
        )
        api.place(order_price=2500, order_quantity=0.01)
        builder.delta(stream.push(f"{ETH}@orderbookupdate"))
        assert builder.gaps == 0
        sb.stream_faults.drop_next_delta(ETH)
        api.place(order_price=2501, order_quantity=0.01)  # this delta is not sent
        api.place(order_price=2502, order_quantity=0.01)
        third = stream.push(f"{ETH}@orderbookupdate")
        assert third["data"]["bids"] == [[2502, Decimal("0.01")]]
        builder.delta(third)
        assert builder.gaps == 1  # the client sees the gap and must resync
        assert third["ts"] == sb.market.book(ETH).ts
    assert [(r.fault, r.topic) for r in sb.stream_faults.log] == [("drop_next_delta", f"{ETH}@orderbookupdate")]


def test_silence_is_a_half_open_connection_until_resume(quick: Sandbox) -> None:
    with Stream(f"{quick.ws_public_url}/s") as stream:
        stream.wait(lambda m: m.get("event") == "ping")
        quick.stream_faults.silence("public")
        stream.backlog.clear()
        stream.send({"event": "ping"})
        quick.market.step()
        with pytest.raises(TimeoutError):  # no pong, no ping, no push: nothing at all
            stream.connection.recv(timeout=0.4)
        quick.stream_faults.resume()
        stream.send({"event": "ping"})
        assert stream.wait(lambda m: m.get("event") == "pong")["ts"] > 0
    assert [r.fault for r in quick.stream_faults.log] == ["silence", "resume"]


def test_stop_pings(quick: Sandbox) -> None:
    with Stream(f"{quick.ws_public_url}/p") as stream:
        stream.wait(lambda m: m.get("event") == "ping")
        quick.stream_faults.stop_pings()
        stream.backlog.clear()
        pings = stream.pings
        with pytest.raises(TimeoutError):
            stream.wait(lambda m: m.get("event") == "ping", timeout=0.4)
        assert stream.pings <= pings + 1  # at most one already on its way
        stream.send({"event": "ping"})
        assert stream.wait(lambda m: m.get("event") == "pong")  # still answering
        quick.stream_faults.clear()
        stream.wait(lambda m: m.get("event") == "ping")


def test_stall_holds_a_topic_back_and_unstall_releases_it_in_order(sandbox: Sandbox) -> None:
    topic = f"{ETH}@trade"
    with Stream(f"{sandbox.ws_public_url}/st") as stream:
        stream.subscribe(topic)
        stream.subscribe("bbos")
        sandbox.stream_faults.stall(topic)
        sandbox.market.step(15)
        for _ in range(15):
            stream.push("bbos")  # other topics flow
        assert not [m for m in stream.backlog if m.get("topic") == topic]
        trades = list(sandbox.market.state[ETH].trades)
        assert trades  # the simulated flow traded during the stall
        sandbox.stream_faults.unstall(topic)
        released = [stream.push(topic) for _ in trades]
        assert [(m["data"]["price"], m["data"]["size"]) for m in released] == [
            (t["executed_price"], t["executed_quantity"]) for t in trades
        ]
    log = sandbox.stream_faults.log
    assert [(r.fault, r.topic) for r in log] == [("stall", topic), ("unstall", topic)]
    assert log[1].detail == f"{len(trades)} message(s) released"


def test_refuse_auth_counts_down(sandbox: Sandbox) -> None:
    sandbox.stream_faults.refuse_auth(times=2)
    for _ in range(2):
        with pytest.raises(AssertionError):
            private(sandbox.ws_private_url, sandbox.credentials)
    with private(sandbox.ws_private_url, sandbox.credentials) as stream:
        assert stream.subscribe("position")["success"] is True
    assert [r.fault for r in sandbox.stream_faults.log] == ["refuse_auth", "refuse_auth"]


def test_dropped_connection_can_reconnect(sandbox: Sandbox) -> None:
    with Stream(f"{sandbox.ws_public_url}/r") as stream:
        sandbox.stream_faults.drop_connections()
        with pytest.raises(ConnectionClosed):
            stream.wait(lambda m: False, timeout=5)
    with Stream(f"{sandbox.ws_public_url}/r") as again:
        assert again.subscribe(f"{ETH}@bbo")["success"] is True
