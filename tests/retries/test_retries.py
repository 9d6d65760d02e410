"""Retries against scripted faults: exact attempts per failure and method, never a second order."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from typing import Any

import pytest

from orderly_auth import (
    ConnectError,
    InvalidRequestError,
    OrderlyAPIError,
    OutcomeUnknownError,
    RetryConfig,
    ServerError,
    TransportError,
)
from orderly_auth._retry import backoff
from orderly_client.api.private import delete_v1_client_order, get_v1_orders, post_v1_order, put_v1_order
from orderly_client.client import AuthenticatedClient
from orderly_client.models import OrderBody, PostOrderBody
from orderly_sandbox import Fault, Sandbox
from tests.faulty_clients import Sleeps, make_client
from tests.live_support import signature_is_valid

SYMBOL = "PERP_ETH_USDC"
PATHS = {"GET": "/v1/orders", "DELETE": "/v1/client/order", "POST": "/v1/order", "PUT": "/v1/order"}


def _call(method: str, client: AuthenticatedClient, cid: str) -> Callable[[], Any]:
    if method == "GET":
        return lambda: get_v1_orders.sync(client=client, symbol=SYMBOL)
    if method == "DELETE":
        return lambda: delete_v1_client_order.sync(client=client, symbol=SYMBOL, client_order_id=cid)
    if method == "POST":
        body = PostOrderBody(
            symbol=SYMBOL, order_type="LIMIT", side="BUY", order_price=2000.0, order_quantity=1.0, client_order_id=cid
        )
        return lambda: post_v1_order.sync(client=client, body=body)
    body_put = OrderBody.from_dict(
        {
            "order_id": "1",
            "symbol": SYMBOL,
            "side": "BUY",
            "order_type": "LIMIT",
            "order_price": 1999,
            "order_quantity": 1,
        }
    )
    return lambda: put_v1_order.sync(client=client, body=body_put)


def _attempts(sandbox: Sandbox, before: int, method: str) -> list[Any]:
    return [r for r in list(sandbox.requests)[before:] if r.method == method and r.target.startswith(PATHS[method])]


RETRIED_FOR_ALL = {
    "429": Fault.http(429),
    "429 with Retry-After": Fault.http(429, retry_after=0.05),
    "-1011": Fault.http(400, code=-1011),
    "-1012": Fault.http(400, code=-1012),
}
RETRIED_FOR_READS = {
    "500": Fault.http(500),
    "502": Fault.http(502),
    "503": Fault.http(503),
    "reset before read": Fault.reset_before_read(),
    "reset after read": Fault.reset_after_read(),
}
METHODS = ["GET", "DELETE", "POST", "PUT"]


def _run(call: Callable[[], Any]) -> BaseException | None:
    try:
        call()
    except Exception as exc:  # the outcome is checked by the caller
        return exc
    return None


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("fault", RETRIED_FOR_ALL.values(), ids=RETRIED_FOR_ALL.keys())
def test_not_processed_is_retried_for_every_method(method: str, fault: Fault, sandbox: Sandbox, sleeps: Sleeps) -> None:
    client = make_client(sandbox.base_url, sandbox.credentials, sleeps)
    cid = f"r-{method}-{len(sandbox.requests)}"
    sandbox.inject(method, PATHS[method], fault)
    before = len(sandbox.requests)
    error = _run(_call(method, client, cid))
    attempts = _attempts(sandbox, before, method)
    assert len(attempts) == 2
    assert attempts[0].fault is not None
    assert attempts[1].fault is None
    # After the retry the server answers normally (a cancel of an unknown order is -1006, that is fine).
    assert error is None or (isinstance(error, OrderlyAPIError) and error.code not in (-1001, -1002, -1003))
    assert len(sleeps.delays) == 1
    if fault.retry_after is not None:
        assert sleeps.delays == [0.05]
    else:
        assert sleeps.delays == [0.5 * 0.1]  # full jitter with the injected rng = 0.5


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("fault", RETRIED_FOR_READS.values(), ids=RETRIED_FOR_READS.keys())
def test_maybe_processed_is_retried_only_for_reads_and_cancels(
    method: str, fault: Fault, sandbox: Sandbox, sleeps: Sleeps
) -> None:
    client = make_client(sandbox.base_url, sandbox.credentials, sleeps)
    cid = f"m-{method}-{len(sandbox.requests)}"
    orders_before = len(sandbox.orders())
    sandbox.inject(method, PATHS[method], fault)
    before = len(sandbox.requests)
    error = _run(_call(method, client, cid))
    attempts = _attempts(sandbox, before, method)
    if method in ("GET", "DELETE"):
        assert len(attempts) == 2
        assert error is None or (isinstance(error, OrderlyAPIError) and error.code == -1006)
    else:
        assert len(attempts) == 1, "a POST/PUT that may have been processed must never be resent"
        assert isinstance(error, OutcomeUnknownError)
        assert "not resent" in str(error)
        if method == "POST":
            assert error.client_order_id == cid
            assert "GET /v1/client/order/{client_order_id}" in str(error)
            placed = len(sandbox.orders()) - orders_before
            assert placed == (1 if fault.kind == "reset_after_read" else 0)


def test_order_is_placed_exactly_once_after_a_dropped_answer(sandbox: Sandbox, sleeps: Sleeps) -> None:
    client = make_client(sandbox.base_url, sandbox.credentials, sleeps)
    cid = f"once-{len(sandbox.requests)}"
    sandbox.inject("POST", "/v1/order", Fault.reset_after_read())
    before = len(sandbox.requests)
    with pytest.raises(OutcomeUnknownError) as info:
        _call("POST", client, cid)()
    assert info.value.client_order_id == cid
    assert len(_attempts(sandbox, before, "POST")) == 1
    assert [o["client_order_id"] for o in sandbox.orders()].count(cid) == 1


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_read_timeout(method: str, sandbox: Sandbox, sleeps: Sleeps) -> None:
    client = make_client(sandbox.base_url, sandbox.credentials, sleeps, read_timeout=0.3)
    sandbox.inject(method, PATHS[method], Fault.delay(1.0))
    before = len(sandbox.requests)
    error = _run(_call(method, client, f"t-{method}-{before}"))
    attempts = _attempts(sandbox, before, method)
    if method == "GET":
        assert error is None
        assert len(attempts) == 2
    else:
        assert isinstance(error, OutcomeUnknownError)
        assert len(attempts) == 1


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("method", METHODS)
def test_connection_refused_is_retried_for_every_method(method: str, sandbox: Sandbox, sleeps: Sleeps) -> None:
    client = make_client(f"http://127.0.0.1:{_closed_port()}", sandbox.credentials, sleeps)
    with pytest.raises(ConnectError) as info:
        _call(method, client, "refused")()
    assert isinstance(info.value, TransportError)
    assert len(sleeps.delays) == 3  # four attempts, three waits


def test_business_errors_are_never_retried(sandbox: Sandbox, sleeps: Sleeps) -> None:
    client = make_client(sandbox.base_url, sandbox.credentials, sleeps)
    sandbox.inject("POST", "/v1/order", Fault.http(400, code=-1005))
    before = len(sandbox.requests)
    with pytest.raises(InvalidRequestError):
        _call("POST", client, f"b-{before}")()
    assert len(_attempts(sandbox, before, "POST")) == 1
    assert sleeps.delays == []


def test_attempts_are_bounded_and_the_last_error_raised(sandbox: Sandbox, sleeps: Sleeps) -> None:
    client = make_client(sandbox.base_url, sandbox.credentials, sleeps, retry=RetryConfig(attempts=3))
    sandbox.inject("GET", "/v1/orders", Fault.http(503), times=5)
    before = len(sandbox.requests)
    with pytest.raises(ServerError) as info:
        _call("GET", client, "")()
    assert info.value.status_code == 503
    assert len(_attempts(sandbox, before, "GET")) == 3
    sandbox.reset()


def test_retries_can_be_switched_off(sandbox: Sandbox, sleeps: Sleeps) -> None:
    client = make_client(sandbox.base_url, sandbox.credentials, sleeps, retry=RetryConfig.off())
    sandbox.inject("GET", "/v1/orders", Fault.http(429))
    before = len(sandbox.requests)
    with pytest.raises(OrderlyAPIError):
        _call("GET", client, "")()
    assert len(_attempts(sandbox, before, "GET")) == 1


def test_every_attempt_is_signed_afresh(sandbox: Sandbox, sleeps: Sleeps) -> None:
    client = make_client(sandbox.base_url, sandbox.credentials, sleeps)
    sandbox.inject("DELETE", "/v1/client/order", Fault.http(503), times=3)
    before = len(sandbox.requests)
    _run(_call("DELETE", client, "fresh"))
    attempts = _attempts(sandbox, before, "DELETE")
    assert len(attempts) == 4
    stamps = [int(a.headers["orderly-timestamp"]) for a in attempts]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 4
    assert len({a.headers["orderly-signature"] for a in attempts}) == 4
    assert all(signature_is_valid(a) for a in attempts)


@pytest.mark.parametrize("jitter", [0.0, 0.5, 0.999])
def test_backoff_delays_stay_within_bounds(jitter: float, sandbox: Sandbox, sleeps: Sleeps) -> None:
    retry = RetryConfig(attempts=6, wait_initial=0.1, wait_max=0.5)
    client = make_client(sandbox.base_url, sandbox.credentials, sleeps, retry=retry, rng=lambda: jitter)
    sandbox.inject("GET", "/v1/orders", Fault.http(503), times=5)
    before = len(sandbox.requests)
    _call("GET", client, "")()
    assert len(_attempts(sandbox, before, "GET")) == 6
    if jitter == 0.0:
        assert sleeps.delays == []  # a zero wait is not slept at all
        return
    assert len(sleeps.delays) == 5
    for attempt, delay in enumerate(sleeps.delays, start=1):
        cap = min(0.5, 0.1 * 2 ** (attempt - 1))
        assert 0 <= delay <= cap
        assert delay == pytest.approx(jitter * cap)
        assert delay == backoff(attempt, retry, rng=lambda: jitter)


def test_async_retries_follow_the_same_rules(sandbox: Sandbox, sleeps: Sleeps) -> None:
    client = make_client(sandbox.base_url, sandbox.credentials, sleeps)
    body = PostOrderBody(symbol=SYMBOL, order_type="LIMIT", side="BUY", order_price=2000.0, order_quantity=1.0)

    async def run() -> None:
        sandbox.inject("GET", "/v1/orders", Fault.http(502))
        await get_v1_orders.asyncio(client=client, symbol=SYMBOL)
        sandbox.inject("POST", "/v1/order", Fault.http(502))
        with pytest.raises(OutcomeUnknownError):
            await post_v1_order.asyncio(client=client, body=body)

    before = len(sandbox.requests)
    asyncio.run(run())
    assert len(_attempts(sandbox, before, "GET")) == 2
    assert len(_attempts(sandbox, before, "POST")) == 1
    assert len(sleeps.delays) == 1


def _async_call(method: str, client: AuthenticatedClient, cid: str) -> Callable[[], Any]:
    if method == "GET":
        return lambda: get_v1_orders.asyncio(client=client, symbol=SYMBOL)
    if method == "DELETE":
        return lambda: delete_v1_client_order.asyncio(client=client, symbol=SYMBOL, client_order_id=cid)
    body = PostOrderBody(
        symbol=SYMBOL, order_type="LIMIT", side="BUY", order_price=2000.0, order_quantity=1.0, client_order_id=cid
    )
    return lambda: post_v1_order.asyncio(client=client, body=body)


@pytest.mark.parametrize("method", ["GET", "DELETE", "POST"])
@pytest.mark.parametrize("fault", RETRIED_FOR_READS.values(), ids=RETRIED_FOR_READS.keys())
def test_async_engine_retries_maybe_processed_only_for_reads_and_cancels(
    method: str, fault: Fault, sandbox: Sandbox, sleeps: Sleeps
) -> None:
    """The default async layer classifies each failure as the sync one does: same attempts, same errors."""
    client = make_client(sandbox.base_url, sandbox.credentials, sleeps)
    cid = f"am-{method}-{len(sandbox.requests)}"
    orders_before = len(sandbox.orders())

    async def run() -> BaseException | None:
        await get_v1_orders.asyncio(client=client, symbol=SYMBOL)  # the faulty request goes on a reused connection
        sandbox.inject(method, PATHS[method], fault)
        try:
            await _async_call(method, client, cid)()
        except Exception as exc:  # the outcome is checked below
            return exc
        return None

    before = len(sandbox.requests)
    error = asyncio.run(run())
    attempts = _attempts(sandbox, before, method)[1:] if method == "GET" else _attempts(sandbox, before, method)
    if method in ("GET", "DELETE"):
        assert len(attempts) == 2
        assert error is None or (isinstance(error, OrderlyAPIError) and error.code == -1006)
    else:
        assert len(attempts) == 1, "a POST that may have been processed must never be resent"
        assert isinstance(error, OutcomeUnknownError)
        assert error.client_order_id == cid
        placed = len(sandbox.orders()) - orders_before
        assert placed == (1 if fault.kind == "reset_after_read" else 0)
