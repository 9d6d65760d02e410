"""Client order ids: assigned to every order sent without one, returned with it, carried by OutcomeUnknownError."""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import Decimal

import pytest

from orderly_auth import ClientOrderIds, ConfigurationError, OrderlyClient, OutcomeUnknownError
from orderly_auth.bot import aresolve_outcome, resolve_outcome
from orderly_client.api.private import post_v1_batch_order, post_v1_order
from orderly_client.models import BatchCreateOrderBody, PostOrderBody, PostV1BatchOrderBody
from orderly_sandbox import Fault, Sandbox
from tests.bot.bot_support import client_for

SYMBOL = "PERP_ETH_USDC"
ID_FORMAT = re.compile(r"oc[0-9a-z]{22}\Z")


def _order(price: str, cid: str | None = None) -> PostOrderBody:
    body = PostOrderBody(
        symbol=SYMBOL, order_type="LIMIT", side="BUY", order_price=Decimal(price), order_quantity="0.1"
    )
    if cid is not None:
        body.client_order_id = cid
    return body


def _low_price(sandbox: Sandbox, steps: int) -> str:
    """A resting BUY price: under the best bid, inside the price range."""
    mark = sandbox.market.mark(SYMBOL)
    return str((mark * Decimal("0.98")).quantize(Decimal("0.01")) - steps)


def test_ids_have_the_documented_format_and_are_unique() -> None:
    ids = ClientOrderIds()
    made = [ids.new() for _ in range(5000)]
    assert len(set(made)) == len(made)
    assert all(ID_FORMAT.match(cid) for cid in made)
    other = ClientOrderIds("bot_1-")
    assert other.new().startswith("bot_1-") and len(other.new()) == 28
    longest = ClientOrderIds("p" * 14).new()
    assert len(longest) == 36


def test_ids_differ_across_processes() -> None:
    code = "from orderly_auth import ClientOrderIds; g = ClientOrderIds(); print(*[g.new() for _ in range(200)])"
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True) for _ in range(2)]
    first, second = (set(run.stdout.split()) for run in runs)
    assert len(first) == len(second) == 200
    assert not first & second


@pytest.mark.parametrize("prefix", ["-x", "a b", "é", "p" * 15, "x/y"])
def test_bad_prefix_is_refused(prefix: str) -> None:
    with pytest.raises(ConfigurationError):
        ClientOrderIds(prefix)


def test_an_order_without_id_gets_one_and_it_is_returned(sandbox: Sandbox, client: OrderlyClient) -> None:
    placed = post_v1_order.sync(client=client, body=_order(_low_price(sandbox, 0)))
    cid = placed.data.client_order_id
    assert isinstance(cid, str) and ID_FORMAT.match(cid)
    assert [o["client_order_id"] for o in sandbox.orders()] == [cid]
    own = post_v1_order.sync(client=client, body=_order(_low_price(sandbox, 1), "mine-1"))
    assert own.data.client_order_id == "mine-1"


def test_prefix_set_on_the_client(sandbox: Sandbox) -> None:
    client = client_for(sandbox, client_order_ids="mm7")
    placed = post_v1_order.sync(client=client, body=_order(_low_price(sandbox, 0)))
    assert str(placed.data.client_order_id).startswith("mm7")


def test_a_dropped_single_order_carries_its_assigned_id(sandbox: Sandbox, client: OrderlyClient) -> None:
    sandbox.inject("POST", "/v1/order", Fault.reset_after_read())
    with pytest.raises(OutcomeUnknownError) as info:
        post_v1_order.sync(client=client, body=_order(_low_price(sandbox, 0)))
    error = info.value
    assert error.client_order_id is not None and ID_FORMAT.match(error.client_order_id)
    assert error.client_order_ids == (error.client_order_id,)
    [outcome] = resolve_outcome(client, error)
    assert outcome.placed and outcome.status == "NEW"
    assert [o["client_order_id"] for o in sandbox.orders()] == [error.client_order_id]


def _batch(sandbox: Sandbox, n: int, given: dict[int, str] | None = None) -> PostV1BatchOrderBody:
    orders = []
    for i in range(n):
        order = BatchCreateOrderBody(
            symbol=SYMBOL,
            order_type="LIMIT",
            side="BUY",
            order_price=Decimal(_low_price(sandbox, i)),
            order_quantity="0.1",
        )
        if given and i in given:
            order.client_order_id = given[i]
        orders.append(order)
    return PostV1BatchOrderBody(orders=orders)


def test_a_bot_loses_its_connection_mid_batch_and_resolves_every_order(sandbox: Sandbox, client: OrderlyClient) -> None:
    """Orders without ids (one with), sent as batches; the connection drops after the server acted on
    one batch and before it acted on the next: every order's fate is found from the errors alone."""
    sandbox.inject("POST", "/v1/batch-order", Fault.reset_after_read())  # carried out, answer lost
    sandbox.inject("POST", "/v1/batch-order", Fault.http(502))  # a gateway error: not carried out
    errors = []
    for batch in (_batch(sandbox, 4, {2: "given-2"}), _batch(sandbox, 3)):
        with pytest.raises(OutcomeUnknownError) as info:
            post_v1_batch_order.sync(client=client, body=batch)
        errors.append(info.value)
    first, second = errors
    assert len(first.client_order_ids) == 4 and first.client_order_ids[2] == "given-2"
    assert first.client_order_id is None  # a batch: every id is in client_order_ids
    assert len(second.client_order_ids) == 3
    assert not set(first.client_order_ids) & set(second.client_order_ids)
    placed = resolve_outcome(client, first)
    assert [o.client_order_id for o in placed] == list(first.client_order_ids)
    assert all(o.placed and o.status == "NEW" for o in placed)
    lost = resolve_outcome(client, second)
    assert [o.placed for o in lost] == [False, False, False] and all(o.order is None for o in lost)
    assert resolve_outcome(client, second) == lost  # safe to ask again
    assert sorted(o["client_order_id"] for o in sandbox.orders()) == sorted(first.client_order_ids)


def test_resolve_async(sandbox: Sandbox, client: OrderlyClient) -> None:
    import asyncio

    sandbox.inject("POST", "/v1/batch-order", Fault.reset_after_read())
    with pytest.raises(OutcomeUnknownError) as info:
        post_v1_batch_order.sync(client=client, body=_batch(sandbox, 2))

    async def main() -> list[bool]:
        outcomes = await aresolve_outcome(client, [*info.value.client_order_ids, "never-sent"])
        await client.aclose()
        return [o.placed for o in outcomes]

    assert asyncio.run(main()) == [True, True, False]


def test_assigned_ids_leave_the_rest_of_the_body_byte_for_byte() -> None:
    import httpx2

    from orderly_auth._order_ids import assign_client_order_ids

    ids = ClientOrderIds("t")
    single = b'{"symbol":"PERP_ETH_USDC","order_type":"LIMIT","side":"BUY","order_price":2500.50,"order_quantity":0.10}'
    request = httpx2.Request("POST", "http://x/v1/order", content=single)
    [cid] = assign_client_order_ids(request, "POST /v1/order", ids)
    assert request.content == b'{"client_order_id":"' + cid.encode() + b'",' + single[1:]
    assert request.headers["Content-Length"] == str(len(request.content))
    batch = b'{"orders":[{"order_price":2500.50,"client_order_id":"mine"},{"order_quantity":0.10}]}'
    request = httpx2.Request("POST", "http://x/v1/batch-order", content=batch)
    first, second = assign_client_order_ids(request, "POST /v1/batch-order", ids)
    assert first == "mine" and second.startswith("t")
    assert b'"order_price":2500.50' in request.content and b'"order_quantity":0.10' in request.content
    untouched = httpx2.Request("POST", "http://x/v1/order", content=single)
    assert assign_client_order_ids(untouched, "POST /v1/order", None) == ()  # no generator: nothing assigned
    assert untouched.content == single


def test_a_dropped_order_with_its_own_id_carries_it(sandbox: Sandbox, client: OrderlyClient) -> None:
    """The generated function hands the transport the body beside its bytes: the id read from it is the one sent."""
    sandbox.inject("POST", "/v1/order", Fault.reset_after_read())
    with pytest.raises(OutcomeUnknownError) as info:
        post_v1_order.sync(client=client, body=_order(_low_price(sandbox, 0), "own-7"))
    assert info.value.client_order_id == "own-7" and info.value.client_order_ids == ("own-7",)
    assert [o["client_order_id"] for o in sandbox.orders()] == ["own-7"]


def _calls_ids(kwargs: dict[str, object]) -> tuple[tuple[str, ...], tuple[str, ...], bytes, bytes]:
    """The order ids and body the transport finds for one generated request: with the body's data, and parsing."""
    import httpx2

    from orderly_auth import Credentials, OrderlyTransport, generate_key
    from orderly_auth._transport import JSON_EXTENSION, _Call

    credentials = Credentials("0x" + "cd" * 32, generate_key().secret)
    transport = OrderlyTransport(credentials=credentials, order_ids=ClientOrderIds("t"))
    http = httpx2.Client(base_url="http://x")
    with_data = http.build_request(**kwargs)  # type: ignore[arg-type]
    assert JSON_EXTENSION in with_data.extensions
    parsed = http.build_request(**kwargs)  # type: ignore[arg-type]
    del parsed.extensions[JSON_EXTENSION]
    return _Call(transport, with_data).order_ids, _Call(transport, parsed).order_ids, with_data.content, parsed.content


@pytest.mark.parametrize("cid", ["mine-1", "a b/c+d", "ünï", '"q"\\'])
def test_ids_read_from_the_body_data_are_those_parsed_from_its_bytes(cid: str) -> None:
    single = post_v1_order._get_kwargs(body=_order("2500.5", cid))
    found, parsed, sent, sent_parsed = _calls_ids(single)
    assert found == parsed == (cid,) and sent == sent_parsed
    orders = [BatchCreateOrderBody(symbol=SYMBOL, order_type="LIMIT", side="BUY", order_quantity="1") for _ in range(3)]
    orders[0].client_order_id = cid
    orders[2].client_order_id = cid + "-2"
    batch = post_v1_batch_order._get_kwargs(body=PostV1BatchOrderBody(orders=orders))
    found, parsed, sent, sent_parsed = _calls_ids(batch)
    assert found[0] == parsed[0] == cid and found[2] == parsed[2] == cid + "-2"
    assert found[1].startswith("t") and parsed[1].startswith("t")  # assigned, each in its own body
    assert sent.replace(found[1].encode(), b"") == sent_parsed.replace(parsed[1].encode(), b"")
    without = post_v1_order._get_kwargs(body=_order("2500.5"))
    found, parsed, sent, sent_parsed = _calls_ids(without)
    assert sent == b'{"client_order_id":"' + found[0].encode() + b'",' + without["content"][1:]


def test_body_data_is_ignored_once_the_body_was_replaced() -> None:
    """An event hook may rewrite the body after the generated function built it: its ids then come from the bytes."""
    import httpx2

    from orderly_auth import Credentials, OrderlyTransport, generate_key
    from orderly_auth._order_ids import _replace_body
    from orderly_auth._transport import _Call

    kwargs = post_v1_order._get_kwargs(body=_order("2500.5", "before"))
    request = httpx2.Client(base_url="http://x").build_request(**kwargs)
    _replace_body(request, request.content.replace(b'"before"', b'"after"'))
    transport = OrderlyTransport(credentials=Credentials("0x" + "cd" * 32, generate_key().secret))
    assert _Call(transport, request).order_ids == ("after",)
