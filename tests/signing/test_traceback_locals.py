"""A failed signed call leaves no signature, key or secret in the locals of the traceback it raises."""

from __future__ import annotations

import asyncio
import traceback
from collections.abc import Callable
from typing import Any

import httpx2
import pytest

from orderly_auth import Credentials, RetryConfig, create_client, generate_key
from orderly_client.api.private import get_v1_orders, post_v1_order
from orderly_client.client import AuthenticatedClient
from orderly_client.models import PostOrderBody
from orderly_sandbox import Fault, Sandbox
from tests.live_support import NO_LIMITS

BODY = PostOrderBody(symbol="PERP_ETH_USDC", order_type="LIMIT", side="BUY", order_price=1000.0, order_quantity=1.0)
TRANSPORTS: dict[str, Callable[[], dict[str, Any]]] = {
    "default": dict,
    "httpx2": lambda: {"transport": httpx2.HTTPTransport(), "async_transport": httpx2.AsyncHTTPTransport()},
}
FAULTS = {
    "GET dropped": ("GET", "/v1/orders", Fault.reset_after_read()),
    "GET reset before read": ("GET", "/v1/orders", Fault.reset_before_read()),
    "POST dropped": ("POST", "/v1/order", Fault.reset_after_read()),
    "POST 502": ("POST", "/v1/order", Fault.http(502)),
    "GET 401": ("GET", "/v1/orders", Fault.http(401)),
}


def _call(client: AuthenticatedClient, method: str, *, use_async: bool) -> None:
    if use_async:
        if method == "GET":
            asyncio.run(get_v1_orders.asyncio(client=client))
        else:
            asyncio.run(post_v1_order.asyncio(client=client, body=BODY))
    elif method == "GET":
        get_v1_orders.sync(client=client)
    else:
        post_v1_order.sync(client=client, body=BODY)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("transport", TRANSPORTS, ids=TRANSPORTS.keys())
@pytest.mark.parametrize("fault", FAULTS, ids=FAULTS.keys())
def test_no_signature_in_the_locals_of_a_failed_call(transport: str, fault: str, use_async: bool) -> None:
    pair = generate_key()
    method, path, injected = FAULTS[fault]
    with Sandbox(enforce_rate_limits=False) as sandbox:
        sandbox.register_key(sandbox.credentials.account_id, pair.orderly_key)
        credentials = Credentials(sandbox.credentials.account_id, pair.secret)
        client = create_client(
            credentials,
            base_url=sandbox.base_url,
            rate_limit=NO_LIMITS,
            retry=RetryConfig.off(),
            **TRANSPORTS[transport](),
        )
        sandbox.inject(method, path, injected)
        with pytest.raises(Exception) as info:
            _call(client, method, use_async=use_async)
        signatures = [r.headers["orderly-signature"] for r in sandbox.requests]
    assert signatures
    error = info.value
    assert error.__traceback__ is not None
    # From the SDK call down (this test's own frame holds the signatures it collected).
    below = error.__traceback__.tb_next
    text = "".join(traceback.TracebackException(type(error), error, below, capture_locals=True).format())
    assert "client = " in text  # formatted with locals
    for signature in signatures:
        assert signature.rstrip("=") not in text
    assert pair.secret.removeprefix("ed25519:") not in text
    assert "orderly-signature" not in text.lower()
