"""Requests the spec forbids: unknown routes, parameters and bodies that do not fit."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.sandbox.conftest import Api, ErrorOf

ORDER = {"symbol": "PERP_ETH_USDC", "side": "BUY", "order_type": "LIMIT", "order_price": 2000, "order_quantity": 1}


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/v1/nothing"),
        ("PATCH", "/v1/order"),
        ("GET", "/v1/batch-order"),
        ("GET", "/v1/orders/"),
        ("GET", "/v1/order/"),
    ],
)
def test_unknown_route_is_404(api: Api, error: ErrorOf, method: str, path: str) -> None:
    response = api.public(method, path)
    assert error(response) == (404, -1000)
    assert method in response.json()["message"]
    assert api.sandbox.requests.last.operation is None


def test_unknown_query_parameter(api: Api, error: ErrorOf) -> None:
    response = api.call("GET", "/v1/positions", params={"foo": "1"})
    assert error(response) == (400, -1004)
    assert "foo" in response.json()["message"]
    assert error(api.public("GET", "/v1/public/futures", params={"symbol": "PERP_ETH_USDC"})) == (400, -1004)


def test_missing_required_query_parameter(api: Api, error: ErrorOf) -> None:
    response = api.public("GET", "/v1/public/market_trades")
    assert error(response) == (400, -1004)
    assert "symbol" in response.json()["message"]
    assert error(api.call("DELETE", "/v1/order", params={"symbol": "PERP_ETH_USDC"})) == (400, -1004)


@pytest.mark.parametrize(
    ("signed", "path", "params"),
    [
        (False, "/v1/public/campaign/stats", {"campaign_id": "abc"}),
        (False, "/v1/public/campaign/stats", {"campaign_id": "1.5"}),
        (True, "/v1/orders", {"start_t": "yesterday"}),
        (True, "/v1/orders", {"page": "nan"}),
        (True, "/v1/client/holding", {"all": "maybe"}),
        (True, "/v1/client/leverage", {"symbol": "PERP_ETH_USDC", "margin_mode": "HEDGE"}),
        (True, "/v1/orders", {"order_tag": "x" * 129}),
        (False, "/v1/public/broker/order_enum", {"broker_id": "a:b", "enum_id": "X"}),
        (False, "/v1/public/broker/order_enum", {"broker_id": "woofi", "enum_id": "lower"}),
        (True, "/v1/broker/daily_fee_revenue", {"start_date": "2024-13-01", "end_date": "2024-01-31"}),
        (True, "/v1/orders", [("symbol", "PERP_ETH_USDC"), ("symbol", "PERP_BTC_USDC")]),
    ],
)
def test_parameter_of_wrong_type_or_value(
    api: Api, error: ErrorOf, signed: bool, path: str, params: dict[str, str] | list[tuple[str, str]]
) -> None:
    response = api.call("GET", path, params=params) if signed else api.public("GET", path, params=params)
    assert error(response) == (400, -1005)


def test_path_parameter_typed(api: Api, error: ErrorOf) -> None:
    assert error(api.call("GET", "/v1/trade/abc")) == (400, -1005)
    assert error(api.call("GET", "/v1/trade/12")) == (400, -1006)  # a well-formed id, looked up: no such trade


def test_booleans_and_numbers_accepted_in_their_forms(api: Api) -> None:
    assert api.call("GET", "/v1/client/holding", params={"all": "true"}).status_code == 200
    assert api.call("GET", "/v1/client/holding", params={"all": "False"}).status_code == 200
    params = {"page": "2", "size": "10", "start_t": "1700000000000"}
    assert api.call("GET", "/v1/orders", params=params).status_code == 200
    params = {"campaign_id": "1", "type": "volume", "address": "0xabc", "lower_boundary": "1.5e2"}
    assert api.public("GET", "/v1/public/campaign/check", params=params).status_code == 200


def test_integer_parameter_refuses_a_decimal_point(api: Api, error: ErrorOf) -> None:
    assert error(api.call("GET", "/v1/orders", params={"page": "1.0"})) == (400, -1005)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"symbol=PERP_ETH_USDC", "JSON"),
        (b'{"symbol": ', "JSON"),
        (b"[1, 2]", "object"),
        (b'{"order_price": NaN}', "JSON"),
        (b"", "body"),
    ],
)
def test_body_not_a_json_object(api: Api, error: ErrorOf, content: bytes, fragment: str) -> None:
    response = api.call("POST", "/v1/order", content=content)
    assert error(response) == (400, -1005)
    assert fragment in response.json()["message"]


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"symbol": None}, "symbol"),
        ({"order_price": "2000 USDC"}, "order_price"),
        ({"order_quantity": True}, "order_quantity"),
        ({"reduce_only": "yes"}, "reduce_only"),
        ({"margin_mode": "HEDGE"}, "margin_mode"),
        ({"order_tag": "t" * 129}, "order_tag"),
    ],
)
def test_body_field_of_wrong_type_or_value(
    api: Api, error: ErrorOf, change: dict[str, str | bool | None], fragment: str
) -> None:
    body = {**ORDER, **change}
    if change.get("symbol", "") is None:
        del body["symbol"]
    response = api.call("POST", "/v1/order", json_body=body)
    assert error(response) == (400, -1005)
    assert fragment in response.json()["message"]
    assert api.sandbox.orders() == []


def test_nested_body_checked(api: Api, error: ErrorOf) -> None:
    response = api.call("POST", "/v1/batch-order", json_body={"orders": [ORDER, {**ORDER, "side": 1}]})
    assert error(response) == (400, -1005)
    assert "orders[1].side" in response.json()["message"]


def test_unknown_body_fields_ignored(api: Api) -> None:
    assert api.call("POST", "/v1/order", json_body={**ORDER, "note": "hello"}).status_code == 200


def test_required_body(api: Api, error: ErrorOf) -> None:
    response = api.call("POST", "/v1/referral/edit_description", content=b"")
    assert error(response) == (400, -1005)
