"""Clock skew correction, what the logs say (and never say), and per-client options, over real HTTP."""

from __future__ import annotations

import asyncio
import logging

import pytest
from live_support import NO_LIMITS

from orderly_auth import (
    Credentials,
    KeyFormatError,
    MissingCredentialsError,
    NotFoundError,
    create_client,
    generate_key,
)
from orderly_client.api.private import delete_v1_client_order, get_v1_orders, post_v1_order
from orderly_client.api.public import get_v1_public_futures
from orderly_client.models import PostOrderBody
from orderly_sandbox import Sandbox


def test_a_server_clock_far_ahead_is_learnt_and_the_request_signed_again() -> None:
    with Sandbox(enforce_rate_limits=False, clock_offset_ms=400_000) as sandbox:
        client = create_client(sandbox.credentials, base_url=sandbox.base_url, rate_limit=NO_LIMITS)
        assert get_v1_orders.sync(client=client) is not None
        assert [r.status for r in sandbox.requests] == [401, 200]
        assert get_v1_orders.sync(client=client) is not None  # the corrected clock is kept
        assert [r.status for r in sandbox.requests] == [401, 200, 200]
        transport = client.get_httpx_client()._transport
        assert abs(transport.clock.offset_ms - 400_000) < 5_000  # type: ignore[attr-defined]


def test_a_signature_rejected_for_another_reason_is_not_resent() -> None:
    with Sandbox(enforce_rate_limits=False) as sandbox:
        stranger = create_client(
            Credentials(sandbox.credentials.account_id, generate_key().secret),
            base_url=sandbox.base_url,
            rate_limit=NO_LIMITS,
        )
        with pytest.raises(Exception, match="-1002"):
            get_v1_orders.sync(client=stranger)
        assert len(sandbox.requests) == 1


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


def test_raw_answers_instead_of_exceptions_when_asked() -> None:
    with Sandbox(enforce_rate_limits=False) as sandbox:
        client = create_client(sandbox.credentials, base_url=sandbox.base_url, raise_on_error=False)
        answer = delete_v1_client_order.sync_detailed(client=client, symbol="PERP_ETH_USDC", client_order_id="none")
    assert answer.status_code == 400
    assert answer.parsed is None
    assert b'"code":-1006' in answer.content
