"""The signing clock over real HTTP: a server clock far ahead is learnt and the request signed again; one poisoned
answer (``"timestamp": 1``) moves nothing; a signature refused for another reason is not resent."""

from __future__ import annotations

import logging

import pytest

from orderly_auth import Credentials, InvalidRequestError, create_client, generate_key
from orderly_client.api.private import get_v1_orders
from orderly_sandbox import Fault, Sandbox
from tests.live_support import NO_LIMITS

POISON = b'{"success":false,"code":-1005,"message":"bad","timestamp":1}'


def test_a_server_clock_far_ahead_is_learnt_and_the_request_signed_again() -> None:
    with Sandbox(enforce_rate_limits=False, clock_offset_ms=400_000) as sandbox:
        client = create_client(sandbox.credentials, base_url=sandbox.base_url, rate_limit=NO_LIMITS)
        assert get_v1_orders.sync(client=client) is not None
        assert [r.status for r in sandbox.requests] == [401, 200]
        assert get_v1_orders.sync(client=client) is not None  # the corrected clock is kept
        assert [r.status for r in sandbox.requests] == [401, 200, 200]
        transport = client.get_httpx_client()._transport
        assert abs(transport.clock.offset_ms - 400_000) < 5_000  # type: ignore[attr-defined]


def test_a_poisoned_timestamp_is_ignored(caplog: pytest.LogCaptureFixture) -> None:
    with Sandbox(enforce_rate_limits=False) as sandbox:
        client = create_client(sandbox.credentials, base_url=sandbox.base_url, rate_limit=NO_LIMITS)
        sandbox.inject("GET", "/v1/orders", Fault.http(400, code=-1005, body=POISON))
        with caplog.at_level(logging.WARNING, logger="orderly_auth"), pytest.raises(InvalidRequestError):
            get_v1_orders.sync(client=client)
        assert any("ignored the server's timestamp 1" in r.getMessage() for r in caplog.records)
        transport = client.get_httpx_client()._transport
        assert abs(transport.clock.offset_ms) < 60_000  # type: ignore[attr-defined]
        before = len(sandbox.requests)
        assert get_v1_orders.sync(client=client) is not None
        # Signed with the right time at once: no refusal, no resend.
        assert [r.status for r in list(sandbox.requests)[before:]] == [200]


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
