"""Exact numbers and declared types, over real HTTP: what goes out (read from the sandbox's request log) and what
comes back (answers of the shapes recorded from the live API, served by a local server)."""

from __future__ import annotations

import contextlib
import importlib
import json
import threading
import types
import typing
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import attrs
import httpx2
import pytest

from orderly_auth import ConfigurationError, OrderRejectedError, UnparsableResponse, create_client, paginate
from orderly_client import models
from orderly_client.api.private import (
    delete_v1_batch_order,
    get_v1_orderbook_symbol,
    get_v1_orders,
    get_v1_positions,
    get_v1_trades,
    post_v1_order,
)
from orderly_client.api.public import (
    get_v1_public_campaign_check,
    get_v1_public_futures,
    get_v1_public_market_trades,
    get_v1_public_system_info,
)
from orderly_client.client import AuthenticatedClient
from orderly_client.models import OrderSide, OrderType, PostOrderBody
from orderly_client.types import UNSET, Unset, json_bytes, parse_json
from orderly_sandbox import Sandbox
from orderly_sandbox._responses import schemas_for
from orderly_sandbox._spec import Spec
from tests.live_support import NO_LIMITS

SYMBOL = "PERP_ETH_USDC"


# --- what goes out ------------------------------------------------------------------------------


def test_a_body_goes_out_digit_for_digit(client: AuthenticatedClient, sandbox: Sandbox) -> None:
    """Decimal("0.00001"), Decimal("2500.5"), "0.3" and 0.1 + 0.2: as written, never in exponent form."""
    before = len(sandbox.requests)
    first = PostOrderBody(
        symbol=SYMBOL, order_type="LIMIT", side="BUY", order_price=Decimal("2500.5"), order_quantity=Decimal("0.00001")
    )
    second = PostOrderBody(symbol=SYMBOL, order_type="LIMIT", side="BUY", order_price=0.1 + 0.2, order_quantity="0.3")
    for body in (first, second):
        # What goes on the wire is the point; the sandbox's market may refuse these off-tick values.
        with contextlib.suppress(OrderRejectedError):
            post_v1_order.sync(client=client, body=body)
    sent = [r.body for r in list(sandbox.requests)[before:] if r.method == "POST"]
    assert b'"order_price":2500.5,"order_quantity":0.00001' in sent[0]
    assert b'"order_price":0.30000000000000004,"order_quantity":0.3' in sent[1]
    assert all(b"e-" not in body and b"E-" not in body for body in sent)


def test_every_accepted_input_is_the_same_decimal() -> None:
    for given in (Decimal("0.1"), "0.1", 0.1):
        assert PostOrderBody(symbol=SYMBOL, order_type="LIMIT", side="BUY", order_price=given).order_price == Decimal(
            "0.1"
        )
    assert PostOrderBody(symbol=SYMBOL, order_type="MARKET", side="SELL", order_quantity=3).order_quantity == 3
    assert json_bytes({"a": Decimal("1E-7"), "b": 1e-07, "c": Decimal("1E+3"), "d": [1e22]}) == (
        b'{"a":0.0000001,"b":0.0000001,"c":1000,"d":[10000000000000000000000]}'
    )


@pytest.mark.parametrize("bad", ["1,5", "abc", "NaN", float("inf"), Decimal("Infinity"), [1], None])
def test_a_number_that_is_none_fails_before_anything_is_sent(bad: Any) -> None:
    with pytest.raises((TypeError, ValueError)):
        PostOrderBody(symbol=SYMBOL, order_type="LIMIT", side="BUY", order_price=bad)


def test_enums_take_plain_strings_and_stay_strict_for_input() -> None:
    body = PostOrderBody(symbol=SYMBOL, order_type="POST_ONLY", side="SELL")
    assert body.order_type is OrderType.POST_ONLY and body.side is OrderSide.SELL
    assert body.to_dict()["order_type"] == "POST_ONLY"
    with pytest.raises(ValueError):
        PostOrderBody(symbol=SYMBOL, order_type="LIMTI", side="BUY")


def test_ids_are_sent_as_a_comma_separated_list(client: AuthenticatedClient, sandbox: Sandbox) -> None:
    ids = [
        post_v1_order.sync(
            client=client,
            body=PostOrderBody(symbol=SYMBOL, order_type="LIMIT", side="BUY", order_price=2500, order_quantity="0.01"),
        ).data.order_id
        for _ in range(2)
    ]
    assert all(type(i) is int for i in ids)
    delete_v1_batch_order.sync(client=client, order_ids=ids)
    (record,) = [r for r in sandbox.requests if r.method == "DELETE" and r.path == "/v1/batch-order"][-1:]
    assert httpx2.QueryParams(record.query)["order_ids"] == f"{ids[0]},{ids[1]}"
    assert record.verdict == "accepted"


def test_a_decimal_query_parameter_goes_out_in_positional_notation(
    client: AuthenticatedClient, sandbox: Sandbox
) -> None:
    get_v1_public_campaign_check.sync_detailed(
        client=client, campaign_id=1, type_="volume", address="0x1", lower_boundary=Decimal("1E-7")
    )
    record = list(sandbox.requests)[-1]
    assert httpx2.QueryParams(record.query)["lower_boundary"] == "0.0000001"


def test_the_sandbox_takes_numbers_as_numeric_text(sandbox: Sandbox) -> None:
    """What ccxt sends to the live server: `"order_price":"2500.3"`, numbers as text."""
    client = create_client(sandbox.credentials, base_url=sandbox.base_url, rate_limit=NO_LIMITS)
    content = json.dumps(
        {"symbol": SYMBOL, "order_type": "LIMIT", "side": "BUY", "order_price": "2500.3", "order_quantity": "0.02"}
    )
    answer = client.get_httpx_client().post("/v1/order", content=content, headers={"Content-Type": "application/json"})
    assert answer.status_code == 200, answer.text
    assert Decimal(str(answer.json()["data"]["order_price"])) == Decimal("2500.3")


# --- what comes back ----------------------------------------------------------------------------

SCHEMAS = schemas_for(Spec.load())
SPEC = Spec.load()


def _texts(value: Any) -> Any:
    """Every JSON number of ``value`` as text, the way some live answers carry them."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dict):
        return {k: _texts(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_texts(v) for v in value]
    return value


def _answer(method: str, path: str, **changes: Any) -> dict[str, Any]:
    """The spec's example answer of an operation with every number as text, then ``changes`` to its data."""
    body = {"success": True, "data": SCHEMAS.example(SPEC.operation(method, path).response_schema)["data"]}
    body = _texts(body)
    body["timestamp"] = "1702989203989"
    return {**body, **changes}


# Shapes recorded from the live API (../shared/upstream/discrepancies.md, Answers).
TRADE_ROW = {
    "id": "5",
    "symbol": SYMBOL,
    "fee": "0.0012",
    "fee_asset": "USDC",
    "side": "BUY",
    "order_id": "9007199254740993",  # above 2**53: exact as an int
    "executed_price": "12345678.123456789",
    "executed_quantity": "0.00001",
    "executed_timestamp": "1702989203989",
    "is_maker": 0,
    "realized_pnl": None,
    "match_id": 1773456866666462000,
    "order_tag": "default",
}
ANSWERS: dict[str, dict[str, Any]] = {
    "/v1/trades": {
        "success": True,
        "data": {"rows": [TRADE_ROW], "meta": {"total": "1", "records_per_page": "25", "current_page": "1"}},
        "timestamp": "1702989203989",
    },
    "/v1/order": {
        "success": True,
        "data": {
            "order_id": 13,
            "client_order_id": 1,
            "order_type": "MARKET",
            "order_price": None,
            "order_quantity": None,
            "order_amount": "100.5",
        },
        "timestamp": "1702989203989",
    },
}


class _Recorded(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    answers: typing.ClassVar[dict[str, bytes]] = {}

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("content-length") or 0))
        body = self.answers.get(self.path.partition("?")[0], b'{"success":true,"data":{}}')
        self.send_response(200)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_DELETE = _answer  # noqa: N815 (http.server names)


@pytest.fixture
def recorded() -> Iterator[AuthenticatedClient]:
    """A client for a server that answers with the recorded shapes."""
    orders = _answer("GET", "/v1/orders")
    orders["data"]["rows"][0]["client_order_id"] = 1
    kinds = {
        "/v1/trades": ANSWERS["/v1/trades"],
        "/v1/order": ANSWERS["/v1/order"],
        "/v1/orders": orders,
        "/v1/positions": _answer("GET", "/v1/positions"),
        f"/v1/orderbook/{SYMBOL}": _answer("GET", "/v1/orderbook/{symbol}"),
        "/v1/public/market_trades": _answer("GET", "/v1/public/market_trades"),
        "/v1/public/futures": _answer("GET", "/v1/public/futures"),
        "/v1/public/system_info": {"success": True, "data": {"status": "maintenance", "msg": "x"}, "timestamp": 1},
    }
    _Recorded.answers = {path: json.dumps(body).encode() for path, body in kinds.items()}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorded)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    creds = Sandbox().add_account()
    with create_client(creds, base_url=f"http://127.0.0.1:{server.server_port}", rate_limit=NO_LIMITS) as client:
        yield client
    server.shutdown()
    server.server_close()


def _has_declared_types(model: Any, where: str = "$") -> list[str]:
    """Where an attribute of ``model`` (recursively) holds a value not of its declared type."""
    problems = []
    module = vars(importlib.import_module(type(model).__module__))
    hints = typing.get_type_hints(type(model), dict(module), _Models())
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        if field.name == "additional_properties":
            problems += [f"{where}.{k}: not declared" for k in value]
            continue
        allowed = _runtime_types(hints[field.name])
        if not isinstance(value, allowed):
            problems.append(f"{where}.{field.name}: {value!r} is not {hints[field.name]}")
        items = value if isinstance(value, list) else [value]
        for index, item in enumerate(items):
            if attrs.has(type(item)):
                problems += _has_declared_types(item, f"{where}.{field.name}[{index}]")
    return problems


class _Models(dict[str, Any]):
    """Names of the generated models, imported when a type hint names one (models import each other lazily)."""

    def __missing__(self, name: str) -> Any:
        try:
            return getattr(models, name)
        except AttributeError:
            raise KeyError(name) from None


def _runtime_types(hint: Any) -> tuple[type, ...]:
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        return tuple(t for arg in typing.get_args(hint) for t in _runtime_types(arg))
    if hint is None or hint is type(None):
        return (type(None),)
    return (origin or hint,)


@pytest.mark.parametrize(
    "call",
    [
        lambda c: get_v1_trades.sync(client=c),
        lambda c: get_v1_orders.sync(client=c),
        lambda c: get_v1_positions.sync(client=c),
        lambda c: get_v1_orderbook_symbol.sync(SYMBOL, client=c),
        lambda c: get_v1_public_market_trades.sync(client=c, symbol=SYMBOL),
        lambda c: get_v1_public_futures.sync(client=c),
        lambda c: post_v1_order.sync(client=c, body=PostOrderBody(symbol=SYMBOL, order_type="MARKET", side="BUY")),
    ],
    ids=["trades", "orders", "positions", "orderbook", "market_trades", "futures", "post_order"],
)
def test_every_recorded_answer_shape_parses_into_the_declared_types(recorded: AuthenticatedClient, call: Any) -> None:
    answer = call(recorded)
    assert _has_declared_types(answer) == []
    assert type(answer.timestamp) is int


def test_recorded_values_are_exact(recorded: AuthenticatedClient) -> None:
    trades = get_v1_trades.sync(client=recorded)
    (row,) = trades.data.rows
    assert row.executed_price == Decimal("12345678.123456789")
    assert row.order_id == 2**53 + 1 and row.match_id == 1773456866666462000
    assert row.realized_pnl is None and row.order_tag == "default"
    assert trades.data.meta.total == 1 and trades.data.meta.current_page == 1
    placed = post_v1_order.sync(client=recorded, body=PostOrderBody(symbol=SYMBOL, order_type="MARKET", side="BUY"))
    assert placed.data.order_price is None and placed.data.order_amount == Decimal("100.5")
    assert placed.data.client_order_id == "1"
    orders = list(paginate(get_v1_orders, client=recorded, size=25))
    assert orders[0].client_order_id == "1"


def test_an_answer_is_parsed_without_float() -> None:
    assert parse_json(b'{"p": 12345678.123456789, "n": 9007199254740993}') == {
        "p": Decimal("12345678.123456789"),
        "n": 9007199254740993,
    }


def test_an_unconvertible_value_names_its_field_and_says_the_request_was_processed(
    recorded: AuthenticatedClient,
) -> None:
    _Recorded.answers["/v1/order"] = json.dumps(
        {**ANSWERS["/v1/order"], "data": {**ANSWERS["/v1/order"]["data"], "order_price": "1,5"}}
    ).encode()
    with pytest.raises(UnparsableResponse) as info:
        post_v1_order.sync(client=recorded, body=PostOrderBody(symbol=SYMBOL, order_type="MARKET", side="BUY"))
    assert "order_price: expected a number, got '1,5'" in str(info.value)
    assert "the request was processed" in str(info.value)
    with pytest.raises(UnparsableResponse, match="status: expected an integer"):
        get_v1_public_system_info.sync(client=recorded)


@pytest.mark.parametrize(("sent", "received"), [(True, True), ("true", True), ("FALSE", False), (1, True), (0, False)])
def test_a_flag_sent_as_text_or_0_1_becomes_a_bool(recorded: AuthenticatedClient, sent: Any, received: bool) -> None:
    orders = _answer("GET", "/v1/orders")
    orders["data"]["rows"][0]["reduce_only"] = sent
    _Recorded.answers["/v1/orders"] = json.dumps(orders).encode()
    (row,) = get_v1_orders.sync(client=recorded).data.rows
    assert row.reduce_only is received


@pytest.mark.parametrize("sent", ["yes", 2, 0.5, [True]])
def test_a_flag_that_is_no_boolean_names_its_field(recorded: AuthenticatedClient, sent: Any) -> None:
    orders = _answer("GET", "/v1/orders")
    orders["data"]["rows"][0]["reduce_only"] = sent
    _Recorded.answers["/v1/orders"] = json.dumps(orders).encode()
    with pytest.raises(UnparsableResponse, match="reduce_only: expected"):
        get_v1_orders.sync(client=recorded)


# --- readable models, typed pagination ----------------------------------------------------------


def test_unset_prints_as_unset_and_reprs_leave_unset_fields_out() -> None:
    assert repr(UNSET) == "UNSET" and isinstance(UNSET, Unset)
    body = PostOrderBody(symbol=SYMBOL, order_type="LIMIT", side="BUY", order_price="2500.5")
    assert repr(body) == (
        "PostOrderBody(symbol='PERP_ETH_USDC', order_type=<OrderType.LIMIT: 'LIMIT'>, "
        "side=<OrderSide.BUY: 'BUY'>, order_price=Decimal('2500.5'))"
    )


def test_paginate_names_an_unknown_keyword_and_refuses_an_operation_without_pages(
    client: AuthenticatedClient, sandbox: Sandbox
) -> None:
    before = len(sandbox.requests)
    with pytest.raises(ConfigurationError, match="get_v1_orders has no parameter 'symbl'"):
        list(paginate(get_v1_orders, client=client, symbl=SYMBOL))
    with pytest.raises(ConfigurationError, match="get_v1_positions is not a paginated operation"):
        list(paginate(get_v1_positions, client=client))
    assert len(sandbox.requests) == before
