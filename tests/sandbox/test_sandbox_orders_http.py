"""The order lifecycle over HTTP: place, read, list, edit, cancel; client_order_id rules; pagination."""

from __future__ import annotations

import concurrent.futures
import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

import pytest

from orderly_client.models import OrderResponse, OrdersResponse, PostOrderResponse

if TYPE_CHECKING:
    from tests.sandbox.conftest import Api, ErrorOf

SYMBOL = "PERP_ETH_USDC"


def test_limit_order_lifecycle(api: Api) -> None:
    placed = api.place(client_order_id="life-1", order_price=2500, order_quantity=0.5)
    order_id = placed["order_id"]
    assert placed == {
        "order_id": order_id,
        "client_order_id": "life-1",
        "order_type": "LIMIT",
        "order_price": 2500,
        "order_quantity": 0.5,
        "error_message": "none",
    }
    order = api.ok("GET", f"/v1/order/{order_id}")
    assert (order["status"], order["price"], order["quantity"], order["client_order_id"]) == (
        "NEW",
        2500,
        0.5,
        "life-1",
    )
    assert api.ok("GET", "/v1/client/order/life-1")["order_id"] == order_id

    edit = {"order_id": str(order_id), "symbol": SYMBOL, "side": "BUY", "order_type": "LIMIT", "order_price": 2400}
    assert api.ok("PUT", "/v1/order", json_body=edit) == {"status": "EDIT_SENT"}
    assert api.ok("GET", f"/v1/order/{order_id}")["price"] == 2400

    assert api.ok("DELETE", "/v1/order", params={"order_id": order_id, "symbol": SYMBOL}) == {"status": "CANCEL_SENT"}
    final = api.ok("GET", f"/v1/order/{order_id}")
    assert final["status"] == "CANCELLED"
    assert final["updated_time"] >= final["created_time"]


def test_answers_parse_with_generated_models(api: Api) -> None:
    response = api.call(
        "POST",
        "/v1/order",
        json_body={
            "symbol": SYMBOL,
            "side": "SELL",
            "order_type": "LIMIT",
            "order_price": 3100,
            "order_quantity": 1,
            "client_order_id": "m",
        },
    )
    created = PostOrderResponse.from_dict(response.json())
    order = OrderResponse.from_dict(api.call("GET", f"/v1/order/{created.data.order_id}").json())
    assert (order.data.client_order_id, order.data.status, order.data.side) == ("m", "NEW", "SELL")
    listing = OrdersResponse.from_dict(api.call("GET", "/v1/orders").json())
    assert listing.data.meta.total == 1 and listing.data.rows[0].order_id == created.data.order_id


def _exact(api: Api, method: str, path: str, **kwargs: Any) -> Any:
    """``data`` of a successful answer with its numbers parsed as Decimal."""
    response = api.call(method, path, **kwargs)
    assert response.status_code == 200, response.text
    return json.loads(response.content, parse_float=Decimal)["data"]


def test_market_order_fills_at_once_against_the_book(api: Api) -> None:
    bids = api.sandbox.market.book(SYMBOL).bids
    placed = api.place(order_type="MARKET", order_price=None, order_quantity=2, side="SELL")
    order = _exact(api, "GET", f"/v1/order/{placed['order_id']}")
    # Best bids first: the volume-weighted price of the first 2 ETH of bids.
    left, value = Decimal(2), Decimal(0)
    for price, quantity in bids:
        taken = min(left, quantity)
        value += taken * price
        left -= taken
        if not left:
            break
    assert (order["status"], order["total_executed_quantity"]) == ("FILLED", 2)
    assert order["average_executed_price"] == (value / 2).quantize(Decimal("1e-8")).normalize()
    assert order["total_fee"] == value * Decimal("0.0005")
    assert (
        api.call("DELETE", "/v1/order", params={"order_id": placed["order_id"], "symbol": SYMBOL}).json()["code"]
        == -1006
    )


@pytest.mark.parametrize(
    ("order", "status"),
    [
        ({"order_type": "IOC", "order_price": 3050}, "FILLED"),
        ({"order_type": "IOC", "order_price": 2900}, "CANCELLED"),
        ({"order_type": "FOK", "order_price": 3010}, "FILLED"),
        ({"order_type": "FOK", "order_price": 2990}, "CANCELLED"),
        ({"order_type": "POST_ONLY", "order_price": 3050}, "CANCELLED"),
        ({"order_type": "POST_ONLY", "order_price": 2900}, "NEW"),
        ({"order_type": "ASK", "order_price": None}, "FILLED"),
        ({"order_type": "BID", "order_price": None}, "NEW"),
        ({"order_type": "MARKET", "order_price": None, "order_quantity": None, "order_amount": 300}, "FILLED"),
    ],
)
def test_order_types(api: Api, order: dict[str, str | int | None], status: str) -> None:
    fields = {
        key: value for key, value in {"order_price": 1, "order_quantity": 0.1, **order}.items() if value is not None
    }
    response = api.call("POST", "/v1/order", json_body={"symbol": SYMBOL, "side": "BUY", **fields})
    assert response.status_code == 200, response.json()
    assert api.ok("GET", f"/v1/order/{response.json()['data']['order_id']}")["status"] == status


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"symbol": "PERP_DOGE_USDC"}, "symbol"),
        ({"side": "HOLD"}, "side"),
        ({"order_type": "STOP"}, "order_type"),
        ({"order_price": None}, "order_price"),
        ({"order_price": -1}, "order_price"),
        ({"order_quantity": 0}, "order_quantity"),
        ({"order_quantity": None}, "order_quantity"),
        ({"order_amount": 100}, "order_amount"),
        ({"client_order_id": "x" * 37}, "client_order_id"),
        ({"client_order_id": "-abc"}, "client_order_id"),
        ({"visible_quantity": 5}, "visible_quantity"),
    ],
)
def test_invalid_orders_rejected(api: Api, error: ErrorOf, change: dict[str, str | int | None], fragment: str) -> None:
    fields = {
        "symbol": SYMBOL,
        "side": "BUY",
        "order_type": "LIMIT",
        "order_price": 2000,
        "order_quantity": 1,
        **change,
    }
    response = api.call("POST", "/v1/order", json_body={k: v for k, v in fields.items() if v is not None})
    assert error(response) == (400, -1005)
    assert fragment in response.json()["message"]
    assert api.sandbox.orders() == []


def test_duplicate_client_order_id_while_open(api: Api, error: ErrorOf) -> None:
    first = api.place(client_order_id="dup")
    response = api.call(
        "POST",
        "/v1/order",
        json_body={
            "symbol": "PERP_BTC_USDC",
            "side": "SELL",
            "order_type": "LIMIT",
            "order_price": 70000,
            "order_quantity": 1,
            "client_order_id": "dup",
        },
    )
    assert error(response) == (409, -1007)
    assert str(first["order_id"]) in response.json()["message"]
    assert len(api.sandbox.orders()) == 1

    api.ok("DELETE", "/v1/client/order", params={"client_order_id": "dup", "symbol": SYMBOL})
    second = api.place(client_order_id="dup")
    assert second["order_id"] != first["order_id"]
    assert api.ok("GET", "/v1/client/order/dup")["order_id"] == second["order_id"]  # the latest one


def test_client_order_id_free_again_once_filled(api: Api, error: ErrorOf) -> None:
    api.place(client_order_id="fill-me", order_type="MARKET")
    again = api.place(client_order_id="fill-me")  # the first one filled: no longer open
    assert error(
        api.call(
            "POST",
            "/v1/order",
            json_body={
                "symbol": SYMBOL,
                "side": "BUY",
                "order_type": "LIMIT",
                "order_price": 2000,
                "order_quantity": 1,
                "client_order_id": "fill-me",
            },
        )
    ) == (409, -1007)
    assert api.ok("GET", "/v1/client/order/fill-me")["order_id"] == again["order_id"]


def test_client_order_ids_are_per_account(api: Api) -> None:
    other = api.sandbox.add_account()
    api.place(client_order_id="shared")
    api.place(client_order_id="shared", credentials=other)
    assert len(api.sandbox.orders()) == len(api.sandbox.orders(other.account_id)) == 1


def test_orders_of_other_accounts_are_invisible(api: Api, error: ErrorOf) -> None:
    other = api.sandbox.add_account()
    placed = api.place(credentials=other, client_order_id="theirs")
    assert error(api.call("GET", f"/v1/order/{placed['order_id']}")) == (400, -1006)
    assert error(api.call("GET", "/v1/client/order/theirs")) == (400, -1006)
    assert error(api.call("DELETE", "/v1/order", params={"order_id": placed["order_id"], "symbol": SYMBOL})) == (
        400,
        -1006,
    )
    assert api.ok("GET", "/v1/orders")["meta"]["total"] == 0


def test_cancel_unknown_or_closed_order(api: Api, error: ErrorOf) -> None:
    assert error(api.call("DELETE", "/v1/order", params={"order_id": 999, "symbol": SYMBOL})) == (400, -1006)
    assert error(api.call("DELETE", "/v1/client/order", params={"client_order_id": "nope", "symbol": SYMBOL})) == (
        400,
        -1006,
    )
    placed = api.place(client_order_id="once")
    params = {"order_id": placed["order_id"], "symbol": "PERP_BTC_USDC"}
    assert error(api.call("DELETE", "/v1/order", params=params)) == (400, -1006)  # wrong symbol
    api.ok("DELETE", "/v1/order", params={**params, "symbol": SYMBOL})
    assert error(api.call("DELETE", "/v1/order", params={**params, "symbol": SYMBOL})) == (400, -1006)
    assert error(api.call("DELETE", "/v1/client/order", params={"client_order_id": "once", "symbol": SYMBOL})) == (
        400,
        -1006,
    )
    edit = {
        "order_id": str(placed["order_id"]),
        "symbol": SYMBOL,
        "side": "BUY",
        "order_type": "LIMIT",
        "order_price": 1,
    }
    assert error(api.call("PUT", "/v1/order", json_body=edit)) == (400, -1006)
    assert error(api.call("GET", "/v1/order/12345678")) == (400, -1006)


def test_edit_rules(api: Api, error: ErrorOf) -> None:
    order_id = str(api.place()["order_id"])
    base = {"order_id": order_id, "symbol": SYMBOL, "side": "BUY", "order_type": "LIMIT"}
    assert error(api.call("PUT", "/v1/order", json_body=base)) == (400, -1005)  # nothing to change
    assert error(api.call("PUT", "/v1/order", json_body={**base, "side": "SELL", "order_price": 1})) == (400, -1005)
    assert error(api.call("PUT", "/v1/order", json_body={**base, "order_id": "abc", "order_price": 1})) == (400, -1005)
    api.ok("PUT", "/v1/order", json_body={**base, "order_quantity": 3})
    assert api.ok("GET", f"/v1/order/{order_id}")["quantity"] == 3


def test_batch_create_and_cancel(api: Api, error: ErrorOf) -> None:
    orders = [
        {
            "symbol": SYMBOL,
            "side": "BUY",
            "order_type": "LIMIT",
            "order_price": 2000 + i,
            "order_quantity": 1,
            "client_order_id": f"b{i}",
        }
        for i in range(4)
    ]
    rows = api.ok("POST", "/v1/batch-order", json_body={"orders": orders})["rows"]
    assert [row["client_order_id"] for row in rows] == ["b0", "b1", "b2", "b3"]
    ids = [row["order_id"] for row in rows]

    assert api.ok("DELETE", "/v1/batch-order", params={"order_ids": f"{ids[0]},{ids[1]},424242"}) == {
        "status": "CANCEL_ALL_SENT"
    }
    assert api.ok("DELETE", "/v1/client/batch-order", params={"client_order_ids": "b2,nope"}) == {
        "status": "CANCEL_ALL_SENT"
    }
    statuses = [api.ok("GET", f"/v1/order/{order_id}")["status"] for order_id in ids]
    assert statuses == ["CANCELLED", "CANCELLED", "CANCELLED", "NEW"]
    assert error(api.call("DELETE", "/v1/batch-order", params={"order_ids": f"{ids[0]},{ids[1]}"})) == (400, -1006)
    assert error(api.call("DELETE", "/v1/batch-order", params={"order_ids": "1,x"})) == (400, -1005)
    assert error(api.call("DELETE", "/v1/batch-order", params={"order_ids": ",".join(["1"] * 11)})) == (400, -1005)


def test_batch_is_all_or_nothing(api: Api, error: ErrorOf) -> None:
    good = {"symbol": SYMBOL, "side": "BUY", "order_type": "LIMIT", "order_price": 2000, "order_quantity": 1}
    response = api.call("POST", "/v1/batch-order", json_body={"orders": [good, {**good, "symbol": "NOPE"}]})
    assert error(response) == (400, -1005)
    assert "orders[1]" in response.json()["message"]
    dup = api.call("POST", "/v1/batch-order", json_body={"orders": [{**good, "client_order_id": "x"}] * 2})
    assert error(dup) == (409, -1007)
    assert error(api.call("POST", "/v1/batch-order", json_body={"orders": [good] * 11})) == (400, -1005)
    assert error(api.call("POST", "/v1/batch-order", json_body={"orders": []})) == (400, -1005)
    assert api.sandbox.orders() == []


def test_cancel_all(api: Api) -> None:
    for symbol, price in (("PERP_ETH_USDC", 2000), ("PERP_ETH_USDC", 2001), ("PERP_BTC_USDC", 50000)):
        api.place(symbol=symbol, order_price=price)
    assert api.ok("DELETE", "/v1/orders", params={"symbol": "PERP_ETH_USDC"}) == {"status": "CANCEL_ALL_SENT"}
    assert [o["status"] for o in api.sandbox.orders()] == ["CANCELLED", "CANCELLED", "NEW"]
    api.ok("DELETE", "/v1/orders")
    assert {o["status"] for o in api.sandbox.orders()} == {"CANCELLED"}
    api.ok("DELETE", "/v1/orders")  # nothing open: still fine


def test_list_filters(api: Api, error: ErrorOf) -> None:
    api.place(side="BUY", order_price=2000)
    api.place(side="SELL", order_price=3500)
    api.place(symbol="PERP_BTC_USDC", order_type="MARKET")
    cancelled = api.place(order_price=2100)
    api.ok("DELETE", "/v1/order", params={"order_id": cancelled["order_id"], "symbol": SYMBOL})

    def total(**params: str | int) -> int:
        return cast(int, api.ok("GET", "/v1/orders", params=params)["meta"]["total"])

    assert total() == 4
    assert total(symbol=SYMBOL) == 3
    assert total(side="SELL") == 1
    assert total(order_type="MARKET") == 1
    assert total(status="NEW") == 2
    assert total(status="INCOMPLETE") == 2
    assert total(status="COMPLETED") == 2
    assert total(status="FILLED") == 1
    now = api.sandbox.server_time_ms()
    assert total(start_t=now - 60_000, end_t=now + 1000) == 4
    assert total(end_t=now - 60_000) == 0
    for params in ({"status": "DONE"}, {"side": "UP"}, {"sort_by": "PRICE"}, {"size": 501}, {"page": 0}):
        assert error(api.call("GET", "/v1/orders", params=params)) == (400, -1005)


def test_pagination_meta_and_order(api: Api) -> None:
    ids = [api.place(order_price=2000 + i)["order_id"] for i in range(7)]
    seen = []
    for page in (1, 2, 3):
        data = api.ok("GET", "/v1/orders", params={"page": page, "size": 3})
        assert data["meta"] == {"total": 7, "records_per_page": 3, "current_page": page}
        seen += [row["order_id"] for row in data["rows"]]
    assert seen == ids[::-1]  # newest first by default
    assert api.ok("GET", "/v1/orders", params={"page": 4, "size": 3})["rows"] == []
    ascending = api.ok("GET", "/v1/orders", params={"sort_by": "CREATED_TIME_ASC", "size": 500})
    assert [row["order_id"] for row in ascending["rows"]] == ids
    assert api.ok("GET", "/v1/orders")["meta"]["records_per_page"] == 25


def test_market_data_lists_the_sandbox_symbols(api: Api, error: ErrorOf) -> None:
    marks = api.sandbox.symbols
    rows = _exact(api, "GET", "/v1/public/futures", credentials=None, content_type=None)["rows"]
    assert {row["symbol"]: row["mark_price"] for row in rows} == marks
    one = _exact(api, "GET", f"/v1/public/futures/{SYMBOL}", credentials=None, content_type=None)["rows"]
    assert [(row["symbol"], row["mark_price"]) for row in one] == [(SYMBOL, marks[SYMBOL])]
    info = _exact(api, "GET", "/v1/public/info", credentials=None, content_type=None)["rows"]
    assert {row["symbol"] for row in info} == set(marks)
    eth = _exact(api, "GET", f"/v1/public/info/{SYMBOL}", credentials=None, content_type=None)
    assert (eth["symbol"], eth["quote_tick"], eth["base_tick"], eth["min_notional"]) == (
        SYMBOL,
        Decimal("0.01"),
        Decimal("0.0001"),
        10,
    )
    assert error(api.public("GET", "/v1/public/info/PERP_NOPE_USDC")) == (400, -1005)


def test_concurrent_orders_get_unique_ids(api: Api) -> None:
    """One client shared by 8 threads (several keep-alive connections at once)."""
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        ids = list(
            pool.map(
                lambda n: api.place(client_order_id=f"c{n}", order_price=2000 + n, order_quantity=0.1)["order_id"],
                range(40),
            )
        )
    assert len(set(ids)) == 40
    assert len(api.sandbox.orders()) == 40
