"""The default connection layer (the lean pool for direct requests) against the sandbox: signed bytes as sent.

Every call goes through ``create_client``'s default connection layer, async unless a test says sync. The sandbox
verifies each signature over the raw target and body; its faults drop a connection after it read (and carried
out) the request.
Also: one client used from several event loops, and ``httpx2.MockTransport`` for canned answers.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Collection
from typing import Any, Literal, cast

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orderly_auth import (
    Credentials,
    OrderlyClient,
    OutcomeUnknownError,
    RetryConfig,
    TransportError,
    create_client,
)
from orderly_client.api.private import (
    delete_v1_client_batch_order,
    delete_v1_client_order,
    get_v1_orders,
    post_v1_order,
)
from orderly_client.models import PostOrderBody
from orderly_sandbox import Fault, Sandbox
from tests.live_support import NO_LIMITS, signature_is_valid

SYMBOL = "PERP_ETH_USDC"
AWKWARD_IDS = ["a,b", "1 2", "x+y", "p/q", "%2C", "a&b=c", "é", "~!*'()", "a;b", "?#", "[ok]"]
query_text = st.text(
    alphabet=st.characters(
        blacklist_categories=cast("Collection[Literal['Cs']]", ("Cs",)), blacklist_characters="\x00"
    ),
    min_size=1,
    max_size=30,
)


def _client(sandbox: Sandbox, **kwargs: Any) -> OrderlyClient:
    return create_client(sandbox.credentials, base_url=sandbox.base_url, rate_limit=NO_LIMITS, **kwargs)


def _order(cid: str) -> PostOrderBody:
    return PostOrderBody(
        symbol=SYMBOL, order_type="LIMIT", side="BUY", order_price=2000.0, order_quantity=1.0, client_order_id=cid
    )


def _signed_since(sandbox: Sandbox, before: int) -> list[Any]:
    records = list(sandbox.requests)[before:]
    assert records
    return records


def test_direct_requests_go_through_the_lean_pool(sandbox: Sandbox) -> None:
    """Sync and async: the connections are the lean pool's (``_http11``), and each request is signed as sent."""
    client = _client(sandbox)
    before = len(sandbox.requests)
    get_v1_orders.sync(client=client, symbol=SYMBOL)

    async def run() -> str:
        await get_v1_orders.asyncio(client=client, symbol=SYMBOL)
        pools = cast(Any, client.pipeline._async)._pools()
        seen = repr(pools.lean())
        await client.aclose()
        return seen

    assert asyncio.run(run()) == "AsyncHTTP11Transport(open=1, idle=1)"
    assert repr(cast(Any, client.pipeline._sync)._lean) == "HTTP11Transport(open=1, idle=1)"
    assert "direct='http11'" in client.pipeline.connections
    records = _signed_since(sandbox, before)
    assert len(records) == 2
    assert all(signature_is_valid(record) for record in records)
    client.close()


def test_awkward_client_order_ids_and_batch_cancel_are_sent_as_signed(sandbox: Sandbox) -> None:
    client = _client(sandbox, raise_on_error=False)  # no such orders: the answers are "not found", never auth errors
    before = len(sandbox.requests)

    async def run() -> None:
        for cid in AWKWARD_IDS:
            await delete_v1_client_order.asyncio_detailed(client=client, symbol=SYMBOL, client_order_id=cid)
        await delete_v1_client_batch_order.asyncio_detailed(client=client, client_order_ids=["1", "2"])
        await client.aclose()

    asyncio.run(run())
    records = _signed_since(sandbox, before)
    assert len(records) == len(AWKWARD_IDS) + 1
    assert all(signature_is_valid(record) for record in records)
    assert all(record.code not in (-1001, -1002) for record in records)
    assert records[-1].target == "/v1/client/batch-order?client_order_ids=1%2C2"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(symbol=query_text, tag=query_text)
def test_any_query_value_is_sent_as_signed(sandbox: Sandbox, symbol: str, tag: str) -> None:
    client = _client(sandbox, raise_on_error=False)
    before = len(sandbox.requests)

    async def run() -> None:
        await get_v1_orders.asyncio_detailed(client=client, symbol=symbol, order_tag=tag)
        await client.aclose()

    asyncio.run(run())
    (record,) = _signed_since(sandbox, before)
    assert signature_is_valid(record)
    assert record.code not in (-1001, -1002)


def test_a_post_dropped_after_the_server_read_it_is_received_once(sandbox: Sandbox) -> None:
    client = _client(sandbox)
    cid = f"dropped-{len(sandbox.requests)}"

    async def run() -> None:
        await get_v1_orders.asyncio(client=client, symbol=SYMBOL)  # the POST goes on a reused connection
        sandbox.inject("POST", "/v1/order", Fault.reset_after_read())
        with pytest.raises(OutcomeUnknownError) as caught:
            await post_v1_order.asyncio(client=client, body=_order(cid))
        assert caught.value.client_order_id == cid
        await client.aclose()

    before = len(sandbox.requests)
    asyncio.run(run())
    posts = [record for record in list(sandbox.requests)[before:] if record.method == "POST"]
    assert len(posts) == 1
    assert [order["client_order_id"] for order in sandbox.orders()].count(cid) == 1


def test_a_cancel_dropped_after_the_server_read_it_is_not_resent_by_the_engine(sandbox: Sandbox) -> None:
    """A pool that resends an idempotent request whose reused connection dropped would cancel twice: never here."""
    client = _client(sandbox, retry=RetryConfig(attempts=1))

    async def run() -> None:
        await get_v1_orders.asyncio(client=client, symbol=SYMBOL)
        sandbox.inject("DELETE", "/v1/client/order", Fault.reset_after_read())
        with pytest.raises(TransportError):
            await delete_v1_client_order.asyncio(client=client, symbol=SYMBOL, client_order_id="drop-1")
        await client.aclose()

    before = len(sandbox.requests)
    asyncio.run(run())
    deletes = [record for record in list(sandbox.requests)[before:] if record.method == "DELETE"]
    assert len(deletes) == 1


def test_one_client_from_several_event_loops(sandbox: Sandbox) -> None:
    """Each asyncio.run gets a pool of its own loop: no "Event loop is closed" after the request went out."""
    client = _client(sandbox)
    before = len(sandbox.requests)
    for _ in range(3):
        asyncio.run(get_v1_orders.asyncio(client=client, symbol=SYMBOL))
    assert len(_signed_since(sandbox, before)) == 3
    asyncio.run(client.aclose())


def _canned(request: httpx2.Request) -> httpx2.Response:
    assert request.headers["orderly-signature"]
    body = {"success": True, "data": {"rows": [], "meta": {"total": 0, "records_per_page": 25, "current_page": 1}}}
    return httpx2.Response(200, json={**body, "timestamp": 1})


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_mock_transport_serves_canned_answers(mode: str) -> None:
    seen: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return _canned(request)

    credentials = Credentials("0x" + "ab" * 32, "11" * 32)
    client = create_client(credentials, base_url="https://api.example", transport=httpx2.MockTransport(handler))
    if mode == "sync":
        answer = get_v1_orders.sync_detailed(client=client, symbol=SYMBOL)
    else:
        answer = asyncio.run(get_v1_orders.asyncio_detailed(client=client, symbol=SYMBOL))
    assert answer.status_code == 200
    assert json.loads(answer.content)["success"] is True
    assert [request.url.path for request in seen] == ["/v1/orders"]
