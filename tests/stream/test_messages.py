"""Typed messages: exact numbers, int ids and seq, the envelope quirks; topics and their routing rules."""

from __future__ import annotations

import base64
from decimal import Decimal

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from orderly_auth import ConfigurationError, Credentials, generate_key
from orderly_auth._base58 import b58decode
from orderly_auth.stream import (
    AlgoExecutionReport,
    AlgoExecutionReportV2,
    Balances,
    ExecutionReport,
    Message,
    Positions,
    StreamConfig,
    Trade,
    _json,
)
from orderly_auth.stream._auth import auth_event
from orderly_auth.stream._config import resolve_endpoints
from orderly_auth.stream._topics import check_topic, is_private, is_state, kind_of, parser


def message(text: str) -> Message:
    raw = _json.loads(text)
    ts = raw.get("ts", raw.get("timestamp"))
    return Message(raw["topic"], ts, raw, parser(raw["topic"]))


def test_trade_is_decimal_exact() -> None:
    m = message(
        '{"topic":"PERP_ETH_USDC@trade","ts":1618820361552,"data":{"symbol":"PERP_ETH_USDC","price":0.1,"size":300,"side":"BUY"}}'
    )
    assert m.data == Trade(symbol="PERP_ETH_USDC", price=Decimal("0.1"), size=Decimal(300), side="BUY")
    assert m.ts == 1618820361552
    assert m.raw["data"]["price"] == Decimal("0.1")


def test_sequence_numbers_beyond_2_53_stay_exact() -> None:
    seq = 2**53 + 1
    m = message(
        '{"topic":"position","ts":1,"data":{"positions":[{"symbol":"PERP_ETH_USDC","positionQty":3.1408,"seq":'
        + str(seq)
        + "}]}}"
    )
    data: Positions = m.data
    assert data.positions[0].seq == seq
    assert data.positions[0].position_qty == Decimal("3.1408")


def test_execution_report_fields() -> None:
    m = message(
        '{"topic":"executionreport","ts":1657515556799,"data":{"symbol":"PERP_BTC_USDC","clientOrderId":0,'
        '"orderId":52952826,"type":"LIMIT","side":"SELL","quantity":0.01,"price":22000,"tradeId":"1715179456664012",'
        '"executedPrice":22000.5,"executedQuantity":0.01,"fee":0.006332,"feeAsset":"USDC","totalExecutedQuantity":0.01,'
        '"status":"FILLED","reason":"","totalFee":0.006332,"timestamp":1657515556799,"maker":false,"reduceOnly":false}}'
    )
    report: ExecutionReport = m.data
    assert report.order_id == 52952826 and report.trade_id == 1715179456664012 and report.is_fill
    assert report.client_order_id == "0" and report.price == Decimal(22000)
    assert report.executed_price == Decimal("22000.5") and report.fee == Decimal("0.006332")
    assert report.maker is False


def test_algo_execution_report_data_is_a_list() -> None:
    m = message(
        '{"topic":"algoexecutionreport","ts":1,"data":[{"symbol":"PERP_MATIC_USDC","algoOrderId":123,'
        '"tradeId":7,"executedQuantity":1.5,"status":"FILLED"},{"symbol":"PERP_MATIC_USDC","algoOrderId":124,"tradeId":0}]}'
    )
    reports: tuple[AlgoExecutionReport, ...] = m.data
    assert [r.algo_order_id for r in reports] == [123, 124]
    assert [r.is_fill for r in reports] == [True, False]  # the algo fill is not lost
    v2 = message(
        '{"topic":"algoexecutionreportv2","ts":1,"data":{"algoOrderId":9,"childOrders":[{"algoOrderId":10,"tradeId":3}]}}'
    )
    parent: AlgoExecutionReportV2 = v2.data
    assert parent.child_orders[0].algo_order_id == 10 and parent.child_orders[0].is_fill


def test_settle_and_wallet_use_timestamp_in_the_envelope() -> None:
    m = message('{"topic":"wallet","timestamp":1700000000123,"data":{"token":"USDC","amount":"12.5","side":"DEPOSIT"}}')
    assert m.ts == 1700000000123
    assert m.data.amount == Decimal("12.5")


def test_balances() -> None:
    m = message(
        '{"topic":"balance","ts":1,"data":{"balances":{"USDC":{"holding":5555815.47398272,"frozen":0,"version":894}}}}'
    )
    balances: Balances = m.data
    assert balances.balances["USDC"].holding == Decimal("5555815.47398272")
    assert balances.balances["USDC"].version == 894


def test_lists_of_dict_levels_and_pairs() -> None:
    pairs = message(
        '{"topic":"PERP_ETH_USDC@orderbook","ts":5,"data":{"symbol":"PERP_ETH_USDC","bids":[[1.5,2]],"asks":[]}}'
    )
    dicts = message(
        '{"topic":"PERP_ETH_USDC@orderbook","ts":5,"data":{"symbol":"PERP_ETH_USDC","bids":[{"price":1.5,"quantity":2}]}}'
    )
    assert pairs.data.bids == dicts.data.bids == ((Decimal("1.5"), Decimal(2)),)


def test_topic_kinds_and_policy() -> None:
    assert kind_of("PERP_ETH_USDC@kline_1m") == "kline"
    assert kind_of("woofi_pro$tickers") == "tickers"
    assert is_private("executionreport") and not is_private("PERP_ETH_USDC@trade")
    for state in ("PERP_ETH_USDC@bbo", "tickers", "markprices", "PERP_ETH_USDC@orderbook"):
        assert is_state(state), state
    for event in ("PERP_ETH_USDC@trade", "executionreport", "balance", "position", "PERP_ETH_USDC@orderbookupdate"):
        assert not is_state(event), event


@pytest.mark.parametrize(
    "topic",
    [
        "PERP_ETH_USDC@trade",
        "PERP_ETH_USDC@kline_1M",
        "SPOT_ETH_USDC@indexprice",
        "woofi_pro$tickers",
        "woofi_pro$PERP_ETH_USDC@ticker",
        "executionreport",
        "history_charts_1d",
        "bbos",
    ],
)
def test_known_topics_pass(topic: str) -> None:
    assert check_topic(topic) == topic


@pytest.mark.parametrize(
    "topic", ["", "PERP_ETH_USDC@orderbok", "perp_eth@trade", "PERP_ETH_USDC@kline_2m", "execution", "x$balance", 5]
)
def test_unknown_topics_are_refused_before_sending(topic: object) -> None:
    with pytest.raises(ConfigurationError):
        check_topic(topic)


def test_auth_event_signs_the_timestamp_alone_unpadded() -> None:
    key = generate_key()
    credentials = Credentials("0x" + "ab" * 32, key.secret)
    event = auth_event(credentials, 1_700_000_000_000, "a1")
    params = event["params"]
    assert params["timestamp"] == 1_700_000_000_000 and isinstance(params["timestamp"], int)
    assert params["orderly_key"] == key.orderly_key
    assert "=" not in params["sign"] and "+" not in params["sign"] and "/" not in params["sign"]
    signature = base64.urlsafe_b64decode(params["sign"] + "=" * (-len(params["sign"]) % 4))
    public = Ed25519PublicKey.from_public_bytes(b58decode(key.orderly_key.removeprefix("ed25519:")))
    public.verify(signature, b"1700000000000")  # raises if it does not verify
    assert auth_event(credentials, 1_700_000_000_001, "a2")["params"]["sign"] != params["sign"]


def test_backoff_is_full_jitter_over_a_capped_exponential() -> None:
    config = StreamConfig(backoff_initial=0.5, backoff_max=8, jitter=lambda: 1.0)
    assert [config.backoff(n) for n in range(7)] == [0.5, 1, 2, 4, 8, 8, 8]
    assert StreamConfig(jitter=lambda: 0.0).backoff(5) == 0
    assert StreamConfig(backoff_initial=1, backoff_max=10, jitter=lambda: 0.25).backoff(10**6) == 2.5


@pytest.mark.parametrize(
    "bad", [{"ping_interval": 0}, {"idle_timeout": -1}, {"buffer_size": 0}, {"max_reconnects": -1}]
)
def test_config_is_checked(bad: dict[str, float]) -> None:
    with pytest.raises(ConfigurationError):
        StreamConfig(**bad)  # type: ignore[arg-type]


def test_endpoints_from_network_or_explicit() -> None:
    testnet = resolve_endpoints("testnet", None, None, None)
    assert testnet.public == "wss://testnet-ws-evm.orderly.org/ws/stream"
    assert testnet.private == "wss://testnet-ws-private-evm.orderly.org/v2/ws/private/stream"
    assert resolve_endpoints(None, "https://api.orderly.org", None, None).public == "wss://ws-evm.orderly.org/ws/stream"
    with pytest.raises(ConfigurationError, match="give public_url and private_url"):
        resolve_endpoints(None, "http://127.0.0.1:9", None, None)
    with pytest.raises(ConfigurationError):
        resolve_endpoints(None, "http://127.0.0.1:9", "http://x", "ws://y")
    local = resolve_endpoints(None, "http://127.0.0.1:9", "ws://127.0.0.1:9/ws/stream/", "ws://127.0.0.1:9/p")
    assert local.public == "ws://127.0.0.1:9/ws/stream" and local.rest == "http://127.0.0.1:9"
