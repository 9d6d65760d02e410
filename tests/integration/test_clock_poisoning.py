"""One poisoned answer (``"timestamp": 1``) does not move the signing clock: later signed calls still pass."""

from __future__ import annotations

import logging

import pytest
from live_support import NO_LIMITS

from orderly_auth import InvalidRequestError, create_client
from orderly_client.api.private import get_v1_orders
from orderly_sandbox import Fault, Sandbox

POISON = b'{"success":false,"code":-1005,"message":"bad","timestamp":1}'


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
