"""Injected faults: error answers, connections dropped before or after processing, late answers."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx2
import pytest

from orderly_sandbox import Fault, Sandbox

if TYPE_CHECKING:
    from tests.sandbox.conftest import Api, ErrorOf

ORDER = {"symbol": "PERP_ETH_USDC", "side": "BUY", "order_type": "LIMIT", "order_price": 2000, "order_quantity": 1}


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        (Fault.http(429), (429, -1003, None)),
        (Fault.http(429, retry_after=2), (429, -1003, "2")),
        (Fault.http(429, retry_after=0.5), (429, -1003, "0.5")),
        (Fault.http(500), (500, -1000, None)),
        (Fault.http(502), (502, -1000, None)),
        (Fault.http(503, retry_after="7"), (503, -1000, "7")),
        (Fault.http(400, code=-1011), (400, -1011, None)),
        (Fault.http(400, code=-1012), (400, -1012, None)),
    ],
)
def test_http_fault(api: Api, error: ErrorOf, fault: Fault, expected: tuple[int, int, str | None]) -> None:
    status, code, retry_after = expected
    api.sandbox.inject("POST", "/v1/order", fault)
    response = api.call("POST", "/v1/order", json_body={**ORDER, "client_order_id": "f"})
    assert error(response) == (status, code)
    assert response.headers.get("Retry-After") == retry_after
    record = api.sandbox.requests.last
    assert (record.fault, record.processed, record.answered, record.status, record.code) == (
        "http",
        False,
        True,
        status,
        code,
    )
    assert api.sandbox.orders() == []  # not processed
    assert api.call("POST", "/v1/order", json_body={**ORDER, "client_order_id": "f"}).status_code == 200  # used up


def test_http_fault_after_processing(api: Api, error: ErrorOf) -> None:
    api.sandbox.inject("POST", "/v1/order", Fault.http(504, processed=True))
    assert error(api.call("POST", "/v1/order", json_body=ORDER)) == (504, -1000)
    assert api.sandbox.requests.last.processed is True
    assert len(api.sandbox.orders()) == 1  # the order was placed all the same


def test_http_fault_with_raw_body(api: Api) -> None:
    api.sandbox.inject("GET", "/v1/positions", Fault.http(502, body=b"<html>Bad Gateway</html>"))
    response = api.call("GET", "/v1/positions")
    assert (response.status_code, response.content) == (502, b"<html>Bad Gateway</html>")
    assert response.headers["content-type"].startswith("text/html")


def test_reset_before_read_is_never_processed(api: Api) -> None:
    api.sandbox.inject("POST", "/v1/order", Fault.reset_before_read())
    with pytest.raises(httpx2.TransportError):
        api.call("POST", "/v1/order", json_body=ORDER)
    record = api.sandbox.requests.last
    assert (record.fault, record.processed, record.answered, record.verdict) == (
        "reset_before_read",
        False,
        False,
        "dropped",
    )
    assert record.body == b"" and record.status is None
    assert api.sandbox.orders() == []
    assert api.call("POST", "/v1/order", json_body=ORDER).status_code == 200  # the client reconnects


def test_reset_after_read_is_processed(api: Api) -> None:
    api.sandbox.inject("POST", "/v1/order", Fault.reset_after_read())
    with pytest.raises(httpx2.TransportError):
        api.call("POST", "/v1/order", json_body={**ORDER, "client_order_id": "lost-answer"})
    record = api.sandbox.requests.last
    assert (record.fault, record.processed, record.answered, record.verdict) == (
        "reset_after_read",
        True,
        False,
        "dropped",
    )
    assert record.status == 200 and record.json()["client_order_id"] == "lost-answer"
    (order,) = api.sandbox.orders()
    assert (order["client_order_id"], order["status"]) == ("lost-answer", "NEW")
    # The way to find out: look the order up by its client_order_id; a resend is refused while it is open.
    assert api.ok("GET", "/v1/client/order/lost-answer")["order_id"] == order["order_id"]
    assert api.call("POST", "/v1/order", json_body={**ORDER, "client_order_id": "lost-answer"}).json()["code"] == -1007


def test_delay_times_out_the_client_but_is_processed(api: Api) -> None:
    api.sandbox.inject("POST", "/v1/order", Fault.delay(1.0))
    request = api.build("POST", "/v1/order", json_body=ORDER)
    request.extensions["timeout"] = httpx2.Timeout(5, read=0.1).as_dict()
    with pytest.raises(httpx2.ReadTimeout):
        api.send(request)
    assert api.sandbox.requests.last.fault == "delay"
    assert api.sandbox.requests.last.processed is True
    assert len(api.sandbox.orders()) == 1


def test_delay_then_answer(api: Api) -> None:
    api.sandbox.inject("GET", "/v1/positions", Fault.delay(0.05))
    response = api.call("GET", "/v1/positions")
    assert response.status_code == 200 and response.json()["success"] is True


def test_faults_consumed_in_order_per_operation(api: Api, error: ErrorOf) -> None:
    sandbox = api.sandbox
    sandbox.inject("GET", "/v1/positions", Fault.http(503), times=2)
    sandbox.inject("GET", "/v1/positions", Fault.http(429))
    sandbox.inject("GET", "/v1/order/{order_id}", Fault.http(500))
    assert sandbox.pending_faults()["GET /v1/positions"] == [(Fault.http(503), 2), (Fault.http(429), 1)]
    statuses = [api.call("GET", "/v1/positions").status_code for _ in range(4)]
    assert statuses == [503, 503, 429, 200]
    assert error(api.call("GET", "/v1/order/1")) == (500, -1000)  # matched by path template
    assert sandbox.pending_faults() == {}
    assert [r.fault for r in sandbox.requests.matching("GET", "/v1/positions")] == ["http", "http", "http", None]


def test_fault_hits_unauthenticated_requests_too(api: Api) -> None:
    api.sandbox.inject("GET", "/v1/positions", Fault.http(502))
    assert api.public("GET", "/v1/positions").status_code == 502


def test_inject_checks_its_arguments(sandbox: Sandbox) -> None:
    with pytest.raises(KeyError, match="no operation"):
        sandbox.inject("GET", "/v1/order/123", Fault.http(500))  # a template is needed, not a concrete path
    with pytest.raises(ValueError):
        sandbox.inject("GET", "/v1/positions", Fault.http(500), times=0)
    with pytest.raises(ValueError):
        Fault.http(200)
    with pytest.raises(ValueError):
        Fault.delay(-1)
    assert repr(Fault.http(429, retry_after=1.5)) == "Fault.http(429, code=-1003, retry_after='1.5', processed=False)"
    assert repr(Fault.reset_after_read()) == "Fault.reset_after_read()"


def test_reset_clears_faults_and_log(api: Api) -> None:
    api.sandbox.inject("GET", "/v1/positions", Fault.http(500))
    api.place()
    api.sandbox.reset()
    assert (api.sandbox.pending_faults(), len(api.sandbox.requests), api.sandbox.orders()) == ({}, 0, [])
    assert api.call("GET", "/v1/positions").status_code == 200
