"""Resending is decided per operation: a cancel-all (or batch cancel) that may have been processed is never resent."""

from __future__ import annotations

import asyncio

import pytest

from orderly_auth import OutcomeUnknownError
from orderly_client.api import OPERATIONS, Operation
from orderly_client.api.private import delete_v1_client_order, delete_v1_orders, post_v1_order
from orderly_client.models import PostOrderBody
from orderly_sandbox import Fault, Sandbox
from tests.faulty_clients import Sleeps, make_client

SYMBOL = "PERP_ETH_USDC"
BULK_DELETES = [op for op in OPERATIONS if op.method == "DELETE" and not op.resend_safe]


def _place(client: object, cid: str) -> None:
    body = PostOrderBody(
        symbol=SYMBOL, order_type="LIMIT", side="BUY", order_price=2500, order_quantity="0.1", client_order_id=cid
    )
    post_v1_order.sync(client=client, body=body)  # type: ignore[arg-type]


def _received(sandbox: Sandbox, before: int, method: str, path: str) -> int:
    return sum(1 for r in list(sandbox.requests)[before:] if r.method == method and r.path == path)


def test_cancel_all_processed_then_dropped_is_received_exactly_once(sandbox: Sandbox, sleeps: Sleeps) -> None:
    client = make_client(sandbox.base_url, sandbox.credentials, sleeps)
    sandbox.reset()
    _place(client, "resting-1")
    _place(client, "resting-2")
    assert sum(o["status"] == "NEW" for o in sandbox.orders()) == 2
    sandbox.inject("DELETE", "/v1/orders", Fault.reset_after_read())
    before = len(sandbox.requests)
    with pytest.raises(OutcomeUnknownError) as info:
        delete_v1_orders.sync(client=client, symbol=SYMBOL)
    assert _received(sandbox, before, "DELETE", "/v1/orders") == 1
    assert "not resent" in str(info.value)
    assert info.value.method == "DELETE"
    # It was processed once: both orders are cancelled, and nothing was waited for a retry.
    assert all(o["status"] == "CANCELLED" for o in sandbox.orders())
    assert sleeps.delays == []


def test_async_cancel_all_is_not_resent_either(sandbox: Sandbox, sleeps: Sleeps) -> None:
    client = make_client(sandbox.base_url, sandbox.credentials, sleeps)
    sandbox.inject("DELETE", "/v1/orders", Fault.reset_after_read())
    before = len(sandbox.requests)

    async def run() -> None:
        with pytest.raises(OutcomeUnknownError):
            await delete_v1_orders.asyncio(client=client)

    asyncio.run(run())
    assert _received(sandbox, before, "DELETE", "/v1/orders") == 1


@pytest.mark.parametrize("op", BULK_DELETES, ids=lambda op: f"{op.method} {op.path}")
@pytest.mark.parametrize("fault", [Fault.http(502, processed=True), Fault.reset_after_read()], ids=["502", "dropped"])
def test_every_bulk_delete_is_sent_once_after_a_maybe_processed_failure(
    op: Operation, fault: Fault, sandbox: Sandbox, sleeps: Sleeps
) -> None:
    client = make_client(sandbox.base_url, sandbox.credentials, sleeps)
    sandbox.inject(op.method, op.path, fault)
    before = len(sandbox.requests)
    with pytest.raises(OutcomeUnknownError):
        client.get_httpx_client().request(op.method, op.path)
    assert _received(sandbox, before, op.method, op.path) == 1


def test_a_single_cancel_is_still_resent(sandbox: Sandbox, sleeps: Sleeps) -> None:
    # The counterpart: DELETE /v1/client/order names one order; a repeat answers -1006 at worst.
    client = make_client(sandbox.base_url, sandbox.credentials, sleeps)
    sandbox.inject("DELETE", "/v1/client/order", Fault.reset_after_read())
    before = len(sandbox.requests)
    try:
        delete_v1_client_order.sync(client=client, symbol=SYMBOL, client_order_id="gone")
    except Exception as exc:  # -1006 for the unknown order is the expected answer
        assert getattr(exc, "code", None) == -1006
    assert _received(sandbox, before, "DELETE", "/v1/client/order") == 2


def test_the_spec_classifies_cancel_all_and_batch_cancels_as_not_resend_safe() -> None:
    keys = {f"{op.method} {op.path}" for op in BULK_DELETES}
    assert {"DELETE /v1/orders", "DELETE /v1/batch-order", "DELETE /v1/client/batch-order"} <= keys
    assert {"DELETE /v1/order", "DELETE /v1/client/order"}.isdisjoint(keys)
    assert all(op.resend_safe for op in OPERATIONS if op.method == "GET")
    assert not any(op.resend_safe for op in OPERATIONS if op.method in ("POST", "PUT"))
