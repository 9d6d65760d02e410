"""Signed requests over real HTTP: properties over awkward input, every signed operation, concurrency; what the logs,
errors and reprs say (never the secret or a signature); public calls unsigned; recv_window on signed ones."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Collection
from typing import Any, Literal, cast

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orderly_auth import (
    AuthenticationError,
    Credentials,
    KeyFormatError,
    MissingCredentialsError,
    NotFoundError,
    OrderlyAPIError,
    OrderlyAuth,
    create_client,
    generate_key,
)
from orderly_client.api.private import delete_v1_client_order, get_v1_orders, post_v1_order
from orderly_client.api.public import get_v1_public_futures
from orderly_client.client import AuthenticatedClient
from orderly_client.models import PostOrderBody
from orderly_sandbox import Sandbox
from tests.live_support import NO_LIMITS, signature_is_valid

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


def test_logs_name_the_call_but_never_the_secret_or_signature(caplog: pytest.LogCaptureFixture) -> None:
    pair = generate_key()
    caplog.set_level(logging.DEBUG)
    with Sandbox(enforce_rate_limits=False) as sandbox:
        sandbox.register_key(sandbox.credentials.account_id, pair.orderly_key)
        creds = Credentials(sandbox.credentials.account_id, pair.secret)
        client = create_client(creds, base_url=sandbox.base_url, rate_limit=NO_LIMITS)
        body = PostOrderBody(
            symbol="PERP_ETH_USDC", order_type="LIMIT", side="BUY", order_price=2000.0, order_quantity=1
        )
        post_v1_order.sync(client=client, body=body)
        with pytest.raises(NotFoundError):
            delete_v1_client_order.sync(client=client, symbol="PERP_ETH_USDC", client_order_id="none")
        asyncio.run(get_v1_orders.asyncio(client=client))
        signatures = [r.headers["orderly-signature"] for r in sandbox.requests]
    ours = [r for r in caplog.records if r.name.startswith("orderly_auth")]
    assert any("POST /v1/order -> 200 (attempt 1" in r.getMessage() for r in ours)
    assert any("DELETE /v1/client/order -> 400" in r.getMessage() for r in ours)
    text = "\n".join(r.getMessage() + repr(r.args) for r in caplog.records)
    secret_body = pair.secret.removeprefix("ed25519:")
    assert secret_body not in text
    for signature in signatures:
        assert signature[:16] not in text


def test_error_messages_and_reprs_never_carry_the_secret() -> None:
    pair = generate_key()
    secret_body = pair.secret.removeprefix("ed25519:")
    with Sandbox(enforce_rate_limits=False) as sandbox:
        creds = Credentials(sandbox.credentials.account_id, pair.secret)  # not registered: rejected
        client = create_client(creds, base_url=sandbox.base_url, rate_limit=NO_LIMITS)
        with pytest.raises(Exception) as info:
            get_v1_orders.sync(client=client)
    texts = [str(info.value), repr(info.value), repr(info.value.__dict__), repr(client), repr(creds)]
    for text in texts:
        assert secret_body not in text
    with pytest.raises(KeyFormatError) as bad:
        Credentials(sandbox.credentials.account_id, secret_body[:-2] + "0O")
    assert secret_body[:-2] not in str(bad.value)


def test_public_calls_need_no_credentials_and_signed_ones_fail_before_sending() -> None:
    with Sandbox(enforce_rate_limits=False) as sandbox:
        anonymous = create_client(base_url=sandbox.base_url, rate_limit=NO_LIMITS)
        assert get_v1_public_futures.sync(client=anonymous) is not None
        with pytest.raises(MissingCredentialsError, match="GET /v1/orders"):
            get_v1_orders.sync(client=anonymous)
        assert [r.method + " " + r.path for r in sandbox.requests] == ["GET /v1/public/futures"]
        assert "orderly-signature" not in sandbox.requests.last.headers


def test_recv_window_is_sent_on_signed_requests() -> None:
    with Sandbox(enforce_rate_limits=False) as sandbox:
        client = create_client(sandbox.credentials, base_url=sandbox.base_url, rate_limit=NO_LIMITS, recv_window=5000)
        get_v1_orders.sync(client=client)
        get_v1_public_futures.sync(client=client)
        signed, public = list(sandbox.requests)
        assert signed.headers["x-recv-window"] == "5000"
        assert "x-recv-window" not in public.headers
