"""Signed requests over real HTTP: properties over awkward input, every signed operation, concurrency."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Collection
from typing import Any, Literal, cast

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from live_support import NO_LIMITS, signature_is_valid

from orderly_auth import AuthenticationError, OrderlyAPIError, OrderlyAuth, create_client
from orderly_client.api.private import delete_v1_client_order, get_v1_orders, post_v1_order
from orderly_client.client import AuthenticatedClient
from orderly_client.models import PostOrderBody
from orderly_sandbox import Sandbox

AUTH_CODES = (-1001, -1002)

# The cast: mypy infers ("Cs",) as tuple[str] against the parameter's `Collection[Literal[...]] | None`.
query_text = st.text(
    alphabet=st.characters(
        blacklist_categories=cast("Collection[Literal['Cs']]", ("Cs",)), blacklist_characters="\x00"
    ),
    min_size=1,
    max_size=40,
)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def _last_verdict(sandbox: Sandbox) -> tuple[bool, int | None]:
    record = sandbox.requests.last
    assert record is not None
    return signature_is_valid(record), record.code


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(symbol=query_text, tag=query_text)
def test_query_values_with_reserved_and_non_ascii_characters(
    client: AuthenticatedClient, sandbox: Sandbox, symbol: str, tag: str
) -> None:
    response = get_v1_orders.sync_detailed(client=client, symbol=symbol, order_tag=tag)
    valid, code = _last_verdict(sandbox)
    assert valid
    assert code not in AUTH_CODES
    assert response.status_code < 500


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(note=json_values, price=st.floats(min_value=1e-8, max_value=1e9), cid=query_text)
def test_json_bodies_with_unicode_floats_nesting_and_lists(
    client: AuthenticatedClient, sandbox: Sandbox, note: Any, price: float, cid: str
) -> None:
    body = PostOrderBody(symbol="PERP_ETH_USDC", order_type="LIMIT", side="BUY", order_price=price, order_quantity=1)
    body.additional_properties = {"note": note, "client_order_id": cid}
    try:
        post_v1_order.sync_detailed(client=client, body=body)
    except OrderlyAPIError as exc:
        assert exc.code not in AUTH_CODES
    valid, code = _last_verdict(sandbox)
    assert valid
    assert code not in AUTH_CODES


@pytest.mark.parametrize("part", ["timestamp", "body", "query"])
def test_a_request_changed_after_signing_is_rejected(sandbox: Sandbox, part: str) -> None:
    """The verifier is real: the same request is accepted as signed, refused once changed."""
    auth = OrderlyAuth(sandbox.credentials)
    with httpx2.Client(base_url=sandbox.base_url) as http:
        fresh = http.build_request("PUT", "/v1/order?x=1", json={"order_id": 1, "order_price": 1.5})
        signed = next(auth.sync_auth_flow(fresh))
        if part == "timestamp":
            signed.headers["orderly-timestamp"] = str(int(signed.headers["orderly-timestamp"]) + 1)
        elif part == "body":
            headers = {k: v for k, v in signed.headers.items() if k != "content-length"}
            signed = httpx2.Request("PUT", signed.url, headers=headers, content=signed.content.replace(b"1.5", b"2.5"))
        else:
            signed = httpx2.Request(
                "PUT", signed.url.copy_with(query=b"x=2"), headers=signed.headers, content=signed.content
            )
        answer = http.send(signed)
    assert answer.status_code == 401
    assert answer.json()["code"] in AUTH_CODES


def test_concurrent_threads_share_one_client(client: AuthenticatedClient, sandbox: Sandbox) -> None:
    errors: list[BaseException] = []
    before = len(sandbox.requests)

    def worker(n: int) -> None:
        for i in range(200):
            try:  # nothing to cancel (-1006), but the signature must be accepted
                delete_v1_client_order.sync_detailed(client=client, symbol="PERP_ETH_USDC", client_order_id=f"t{n}-{i}")
            except OrderlyAPIError as exc:
                if exc.code in AUTH_CODES:
                    errors.append(exc)
            except Exception as exc:
                errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    records = list(sandbox.requests)[before:]
    assert len(records) == 1600
    assert not [r for r in records if r.code in AUTH_CODES]
    assert all(signature_is_valid(r) for r in records)


def test_concurrent_asyncio_tasks_share_one_client(sandbox: Sandbox) -> None:
    async def run() -> list[Any]:
        async with create_client(sandbox.credentials, base_url=sandbox.base_url, rate_limit=NO_LIMITS) as client:
            calls = [get_v1_orders.asyncio_detailed(client=client, symbol=f"S{i}") for i in range(500)]
            return await asyncio.gather(*calls, return_exceptions=True)

    before = len(sandbox.requests)
    results = asyncio.run(run())
    failures = [r for r in results if isinstance(r, BaseException)]
    assert not failures
    records = list(sandbox.requests)[before:]
    assert len(records) == 500
    assert not [r for r in records if r.code in AUTH_CODES]


def test_wrong_key_is_an_authentication_error(sandbox: Sandbox) -> None:
    other = Sandbox().add_account()  # a key registered nowhere on this sandbox
    client = create_client(other, base_url=sandbox.base_url, rate_limit=NO_LIMITS)
    with pytest.raises(AuthenticationError) as info:
        get_v1_orders.sync(client=client)
    assert info.value.status_code == 401
    assert info.value.code in AUTH_CODES
