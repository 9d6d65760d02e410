"""The sandbox's WebSocket streams over real loopback connections: protocol, auth, heartbeat, topics."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import httpx2
import pytest
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from orderly_sandbox import Sandbox
from tests.sandbox.ws_support import Stream, auth_params, private

if TYPE_CHECKING:
    from tests.sandbox.conftest import Api

ETH = "PERP_ETH_USDC"


@pytest.fixture
def quick() -> Iterator[Sandbox]:
    """A sandbox whose server pings every 50 ms and gives up after 3 pings without a pong."""
    with Sandbox(enforce_rate_limits=False, ws_ping_interval=0.05, ws_max_missed_pongs=3) as sb:
        yield sb


def _exact(response: httpx2.Response) -> Any:
    assert response.status_code == 200, response.text
    return json.loads(response.content, parse_float=Decimal)["data"]


def test_urls_and_paths(sandbox: Sandbox) -> None:
    assert sandbox.ws_public_url == f"ws://127.0.0.1:{sandbox.ws_port}/ws/stream"
    assert sandbox.ws_private_url == f"ws://127.0.0.1:{sandbox.ws_port}/v2/ws/private/stream"
    for path in ("/ws/stream", "/ws/stream/", "/v2/ws/private/stream/0x12", "/nope/x"):
        with pytest.raises(InvalidStatus) as refused:
            connect(f"ws://127.0.0.1:{sandbox.ws_port}{path}", open_timeout=5)
        assert refused.value.response.status_code == 404


def test_subscribe_acks_and_errors(sandbox: Sandbox) -> None:
    with Stream(f"{sandbox.ws_public_url}/any-id") as stream:
        ok = stream.subscribe(f"{ETH}@trade")
        assert (ok["event"], ok["success"], isinstance(ok["ts"], int)) == ("subscribe", True, True)
        for topic, error in (
            ("PERP_NOPE_USDC@trade", "invalid symbol PERP_NOPE_USDC"),
            (f"{ETH}@sparkle", f"invalid topic {ETH}@sparkle"),
            ("PERP_ETH_USDC@indexprice", "invalid symbol PERP_ETH_USDC"),  # index prices use SPOT_ symbols
            ("executionreport", "invalid topic executionreport"),  # a private topic on the public stream
        ):
            answer = stream.subscribe(topic)
            assert (answer["success"], answer["errorMsg"]) == (False, error)
        missing = stream.ack("subscribe", stream.send({"event": "subscribe"}))
        assert missing["errorMsg"] == "missing required parameter topic"
        assert stream.ack("unsubscribe", stream.send({"event": "unsubscribe", "topic": f"{ETH}@trade"}))["success"]
        odd = stream.ack("dance", stream.send({"event": "dance"}))
        assert (odd["success"], odd["errorMsg"]) == (False, "invalid event dance")
        stream.send({"event": "ping"})
        assert isinstance(stream.wait(lambda m: m.get("event") == "pong")["ts"], int)


def test_request_answers_the_book_snapshot(sandbox: Sandbox) -> None:
    with Stream(f"{sandbox.ws_public_url}/x") as stream:
        answer = stream.ack(
            "request", stream.send({"event": "request", "params": {"type": "orderbook", "symbol": ETH}})
        )
        book = sandbox.market.book(ETH)
        assert answer["success"] is True
        assert answer["data"]["ts"] == book.ts
        assert [tuple(level) for level in answer["data"]["bids"]] == book.bids
        assert [tuple(level) for level in answer["data"]["asks"]] == book.asks
        bad = stream.ack("request", stream.send({"event": "request", "params": {"type": "orderbook", "symbol": "X"}}))
        assert (bad["success"], bad["errorMsg"]) == (False, "invalid symbol X")


def test_every_public_topic_pushes_what_rest_shows(api: Api) -> None:
    sb = api.sandbox
    topics = [
        f"{ETH}@{name}"
        for name in ("trade", "ticker", "bbo", "kline_1m", "markprice", "estfundingrate", "openinterest", "orderbook")
    ] + ["SPOT_ETH_USDC@indexprice", "tickers", "bbos", "markprices", "indexprices", f"{ETH}@orderbookupdate"]
    with Stream(f"{sb.ws_public_url}/x") as stream:
        for topic in topics:
            assert stream.subscribe(topic)["success"] is True
        first = stream.push(f"{ETH}@orderbook")  # pushed at once on subscribing
        assert first["ts"] == first["data"]["ts"] == sb.market.book(ETH).ts
        sb.market.step(20)  # enough simulated flow for trades
        latest: dict[str, Any] = {}
        steps = 0
        while steps < 20:  # "bbos" is the last push of a step: after the 20th, every push of the steps is in
            message = stream.recv()
            if "topic" in message:
                latest[message["topic"]] = message
                steps += message["topic"] == "bbos"
        assert set(latest) == set(topics)
        futures = _exact(api.public("GET", f"/v1/public/futures/{ETH}"))["rows"][0]
        stream.connection.close()
    marks = {row["symbol"]: row["price"] for row in latest["markprices"]["data"]}
    assert (
        latest[f"{ETH}@markprice"]["data"] == {"symbol": ETH, "price": futures["mark_price"]}
        and marks[ETH] == futures["mark_price"]
    )
    assert latest["SPOT_ETH_USDC@indexprice"]["data"] == {"symbol": "SPOT_ETH_USDC", "price": futures["index_price"]}
    assert latest[f"{ETH}@estfundingrate"]["data"]["fundingRate"] == futures["est_funding_rate"]
    assert latest[f"{ETH}@openinterest"]["data"]["openInterest"] == futures["open_interest"]
    assert latest[f"{ETH}@ticker"]["data"]["close"] == futures["24h_close"]
    trades = _exact(api.call("GET", "/v1/public/market_trades", params={"symbol": ETH, "limit": 1}))["rows"]
    trade = latest[f"{ETH}@trade"]["data"]
    assert (trade["price"], trade["size"], trade["side"]) == (
        trades[0]["executed_price"],
        trades[0]["executed_quantity"],
        trades[0]["side"],
    )
    book = sb.market.book(ETH)
    assert latest[f"{ETH}@bbo"]["data"] == {
        "symbol": ETH,
        "bid": book.bids[0][0],
        "bidSize": book.bids[0][1],
        "ask": book.asks[0][0],
        "askSize": book.asks[0][1],
    }
    candle = _exact(api.call("GET", "/v1/kline", params={"symbol": ETH, "type": "1m", "limit": 1}))["rows"][0]
    pushed = latest[f"{ETH}@kline_1m"]["data"]
    assert (pushed["close"], pushed["volume"], pushed["startTime"]) == (
        candle["close"],
        candle["volume"],
        candle["start_timestamp"],
    )


def test_private_topics_need_auth(sandbox: Sandbox) -> None:
    credentials = sandbox.credentials
    with Stream(f"{sandbox.ws_private_url}/{credentials.account_id}") as stream:
        refused = stream.subscribe("executionreport")
        assert (refused["success"], refused["errorMsg"]) == (False, "Auth is needed.")
        answer = stream.ack("auth", stream.send({"event": "auth", "params": auth_params(credentials)}))
        assert answer["success"] is True
        assert stream.subscribe("executionreport")["success"] is True
        assert stream.subscribe(f"{ETH}@trade")["errorMsg"] == f"invalid topic {ETH}@trade"


@pytest.mark.parametrize("padded_standard", [False, True])
def test_auth_accepts_both_signature_encodings(sandbox: Sandbox, padded_standard: bool) -> None:
    with private(sandbox.ws_private_url, sandbox.credentials, padded_standard=padded_standard) as stream:
        assert stream.subscribe("balance")["success"] is True


@pytest.mark.parametrize("case", ["other account's key", "stale timestamp", "bad signature", "refused by fault"])
def test_failed_auth_disconnects(sandbox: Sandbox, case: str) -> None:
    credentials = sandbox.credentials
    params = auth_params(credentials)
    if case == "other account's key":
        params = auth_params(sandbox.add_account())
    elif case == "stale timestamp":
        params = auth_params(credentials, timestamp=sandbox.server_time_ms() - 301_000)
    elif case == "bad signature":
        params["sign"] = auth_params(credentials, timestamp=params["timestamp"] + 1)["sign"]
    else:
        sandbox.stream_faults.refuse_auth()
    with Stream(f"{sandbox.ws_private_url}/{credentials.account_id}") as stream:
        answer = stream.ack("auth", stream.send({"event": "auth", "params": params}))
        assert (answer["success"], answer["errorMsg"]) == (False, "auth failed")
        closed = stream.closed()
        assert closed.rcvd is not None and closed.rcvd.code == 1008
    if case == "refused by fault":
        assert [record.fault for record in sandbox.stream_faults.log] == ["refuse_auth"]
        with private(sandbox.ws_private_url, credentials):  # one refusal only
            pass


def test_server_pings_and_disconnects_after_missed_pongs(quick: Sandbox) -> None:
    with Stream(f"{quick.ws_public_url}/x") as answering:
        for _ in range(5):  # more pings than the limit: answered, so the connection stays
            answering.wait(lambda m: m.get("event") == "ping")
        assert answering.subscribe(f"{ETH}@trade")["success"] is True
    with Stream(f"{quick.ws_public_url}/x", answer_pings=False) as silent:
        closed = silent.closed()
        assert silent.pings == 3 and closed.rcvd is not None and closed.rcvd.code == 1000


def test_a_crossing_order_shows_in_rest_and_in_the_private_stream(api: Api) -> None:
    sb = api.sandbox
    account = sb.credentials.account_id
    with private(sb.ws_private_url, sb.credentials) as stream:
        for topic in ("executionreport", "position", "balance"):
            assert stream.subscribe(topic)["success"] is True
        stream.push("position")  # the current state, pushed on subscribing
        stream.push("balance")
        ask_price, ask_quantity = sb.market.book(ETH).asks[0]
        quantity = min(ask_quantity, Decimal("0.5"))
        placed = api.place(order_price=float(ask_price), order_quantity=float(quantity))
        order_id = placed["order_id"]

        order = _exact(api.call("GET", f"/v1/order/{order_id}"))
        assert (order["status"], order["executed_quantity"], order["average_executed_price"]) == (
            "FILLED",
            quantity,
            ask_price,
        )
        trades = _exact(api.call("GET", f"/v1/order/{order_id}/trades"))["rows"]
        assert [(t["executed_price"], t["executed_quantity"], t["is_maker"]) for t in trades] == [
            (ask_price, quantity, 0)
        ]
        assert _exact(api.call("GET", "/v1/trades", params={"symbol": ETH}))["rows"] == trades
        assert _exact(api.call("GET", "/v1/trades", params={"symbol": "PERP_BTC_USDC"}))["rows"] == []
        position = _exact(api.call("GET", f"/v1/position/{ETH}"))
        assert (position["position_qty"], position["average_open_price"]) == (quantity, ask_price)
        fee = ask_price * quantity * Decimal("0.0005")
        holding = _exact(api.call("GET", "/v1/client/holding"))["holding"]
        assert [(h["token"], h["holding"]) for h in holding] == [("USDC", Decimal(10000) - fee)]
        info = _exact(api.call("GET", "/v1/client/info"))
        assert info["account_id"] == account

        new = stream.wait(lambda m: m.get("topic") == "executionreport" and m["data"]["status"] == "NEW")
        assert new["data"]["orderId"] == order_id
        filled = stream.wait(lambda m: m.get("topic") == "executionreport" and m["data"]["status"] == "FILLED")
        assert (filled["data"]["executedPrice"], filled["data"]["executedQuantity"], filled["data"]["fee"]) == (
            ask_price,
            quantity,
            fee,
        )
        assert filled["data"]["tradeId"] == trades[0]["id"]
        pushed = stream.push("position")["data"]["positions"]
        assert [(p["symbol"], p["positionQty"], p["averageOpenPrice"]) for p in pushed] == [(ETH, quantity, ask_price)]
        assert pushed[0]["unsettledPnl"] == position["unsettled_pnl"]
        assert stream.push("balance")["data"]["balances"]["USDC"]["holding"] == Decimal(10000) - fee

        # The mark moves: the PnL moves with it, the same in REST and in the stream.
        pnl_before = position["unsettled_pnl"]
        sb.market.step(3)
        pushed = [stream.push("position") for _ in range(3)][-1]  # one push a step while a position is open
        again = _exact(api.call("GET", f"/v1/position/{ETH}"))
        assert again["mark_price"] != position["mark_price"]
        assert again["unsettled_pnl"] == quantity * (again["mark_price"] - ask_price) != pnl_before
        row = pushed["data"]["positions"][0]
        assert (row["markPrice"], row["unsettledPnl"]) == (again["mark_price"], again["unsettled_pnl"])


def test_executionreport_symbol_filter(api: Api) -> None:
    sb = api.sandbox
    with private(sb.ws_private_url, sb.credentials) as stream:
        assert stream.subscribe("executionreport", symbol="PERP_BTC_USDC")["success"] is True
        api.place()  # ETH: filtered out
        btc = api.place(symbol="PERP_BTC_USDC", order_price=55000, order_quantity=0.001)
        report = stream.push("executionreport")
        assert (report["data"]["symbol"], report["data"]["orderId"]) == ("PERP_BTC_USDC", btc["order_id"])


def test_a_balance_change_from_outside_the_market_is_pushed_and_shown(api: Api) -> None:
    sb = api.sandbox
    with private(sb.ws_private_url, sb.credentials) as stream:
        stream.subscribe("balance")
        stream.push("balance")
        sb.balances.credit(sb.credentials.account_id, "USDC", "25.5")  # a deposit, say
        pushed = stream.push("balance")["data"]["balances"]["USDC"]["holding"]
    holding = _exact(api.call("GET", "/v1/client/holding"))["holding"]
    assert pushed == holding[0]["holding"] == Decimal("10025.5")


def test_a_background_ticker_moves_the_market() -> None:
    with Sandbox(market_interval=0.01) as sb, Stream(f"{sb.ws_public_url}/demo") as stream:
        stream.subscribe("markprices")
        for _ in range(3):
            stream.push("markprices")
        assert sb.market.steps >= 3
    steps = sb.market.steps
    assert sb.market.steps == steps  # stopped with the sandbox


def test_account_topic_follows_leverage(api: Api) -> None:
    sb = api.sandbox
    with private(sb.ws_private_url, sb.credentials) as stream:
        stream.subscribe("account")
        current = stream.push("account")["data"]
        assert (current["accountId"], current["maxLeverage"]) == (sb.credentials.account_id, 10)
        sb.market.set_leverage(sb.credentials.account_id, 20)
        assert stream.push("account")["data"]["maxLeverage"] == 20
    info = _exact(api.call("GET", "/v1/client/info"))
    assert info["max_leverage"] == 20
    assert _exact(api.call("GET", "/v1/client/leverage", params={"symbol": ETH}))["leverage"] == 20


def test_auth_in_the_url_query(sandbox: Sandbox) -> None:
    credentials = sandbox.credentials
    params = auth_params(credentials)
    query = f"?orderly_key={params['orderly_key']}&timestamp={params['timestamp']}&sign={params['sign']}"
    with Stream(f"{sandbox.ws_private_url}/{credentials.account_id}{query}") as stream:
        assert stream.subscribe("position")["success"] is True
    wrong = f"?orderly_key={params['orderly_key']}&timestamp={params['timestamp'] + 1}&sign={params['sign']}"
    with Stream(f"{sandbox.ws_private_url}/{credentials.account_id}{wrong}") as refused:
        answer = refused.wait(lambda m: m.get("event") == "auth")
        assert (answer["success"], answer["errorMsg"]) == (False, "auth failed")
        assert refused.closed().rcvd is not None
