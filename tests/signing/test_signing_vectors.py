"""Known-answer vectors: fixed seed, timestamp and request give an exact header set.

The expected signatures are computed here from ``cryptography`` primitives and from the
message written out by hand, not from our signing code.
"""

from __future__ import annotations

import base64
import json

import httpx2
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from orderly_auth import Credentials, OrderlyAuth
from orderly_auth._base58 import b58encode
from orderly_auth._signing import Clock, sign_request

SEED = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")  # RFC 8032 test 1
ACCOUNT = "0x" + "0123456789abcdef" * 4
TIMESTAMP = 1649920583000
ORDERLY_KEY = "ed25519:" + b58encode(bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"))


def expected_signature(message: str) -> str:
    raw = Ed25519PrivateKey.from_private_bytes(SEED).sign(message.encode("utf-8"))
    return base64.urlsafe_b64encode(raw).decode()


VECTORS = [
    (
        httpx2.Request("GET", "https://api.orderly.org/v1/positions"),
        "1649920583000GET/v1/positions",
        "application/x-www-form-urlencoded",
    ),
    (
        httpx2.Request(
            "DELETE",
            "https://api.orderly.org/v1/client/order",
            params={"symbol": "PERP_ETH_USDC", "client_order_id": "my-1"},
        ),
        "1649920583000DELETE/v1/client/order?symbol=PERP_ETH_USDC&client_order_id=my-1",
        "application/x-www-form-urlencoded",
    ),
    (
        httpx2.Request(
            "POST",
            "https://api.orderly.org/v1/order",
            json={
                "symbol": "PERP_ETH_USDC",
                "order_type": "LIMIT",
                "order_price": 1521.03,
                "order_quantity": 2.11,
                "side": "BUY",
            },
        ),
        '1649920583000POST/v1/order{"symbol":"PERP_ETH_USDC","order_type":"LIMIT","order_price":1521.03,'
        '"order_quantity":2.11,"side":"BUY"}',
        "application/json",
    ),
    (
        httpx2.Request("PUT", "https://api.orderly.org/v1/order", json={"order_id": 13, "price": "1.5", "note": "é✓"}),
        '1649920583000PUT/v1/order{"order_id":13,"price":"1.5","note":"é✓"}',
        "application/json",
    ),
    (
        httpx2.Request("GET", "https://api.orderly.org/v1/orders", params={"symbol": "a b&c=d/é"}),
        "1649920583000GET/v1/orders?symbol=a+b%26c%3Dd%2F%C3%A9",
        "application/x-www-form-urlencoded",
    ),
]


@pytest.mark.parametrize(("request_", "message", "content_type"), VECTORS)
def test_known_answer(request_: httpx2.Request, message: str, content_type: str) -> None:
    sign_request(request_, Credentials(ACCOUNT, SEED), TIMESTAMP)
    assert request_.headers["orderly-timestamp"] == "1649920583000"
    assert request_.headers["orderly-account-id"] == ACCOUNT
    assert request_.headers["orderly-key"] == ORDERLY_KEY
    assert request_.headers["orderly-signature"] == expected_signature(message)
    assert request_.headers["content-type"] == content_type


def test_rfc8032_public_key() -> None:
    assert Credentials(ACCOUNT, SEED).orderly_key == ORDERLY_KEY


def test_signed_body_is_the_body_sent() -> None:
    request = httpx2.Request("POST", "https://x/v1/order", json={"b": 1.0, "a": [1, {"c": None}]})
    sign_request(request, Credentials(ACCOUNT, SEED), TIMESTAMP)
    body = request.content
    assert json.loads(body) == {"b": 1.0, "a": [1, {"c": None}]}
    assert request.headers["orderly-signature"] == expected_signature(f"{TIMESTAMP}POST/v1/order{body.decode()}")


def test_auth_flow_signs_with_the_clock() -> None:
    auth = OrderlyAuth(Credentials(ACCOUNT, SEED), clock=Clock(time_source=lambda: TIMESTAMP / 1000))
    request = httpx2.Request("GET", "https://x/v1/positions")
    flow = auth.sync_auth_flow(request)
    signed = next(flow)
    assert signed.headers["orderly-signature"] == expected_signature("1649920583000GET/v1/positions")
    assert "secret" not in repr(auth).lower() or "<hidden>" in repr(auth)


def test_clock_follows_server_skew_but_ignores_jitter() -> None:
    now = [1_000_000.0]
    clock = Clock(time_source=lambda: now[0])
    assert clock.now_ms() == 1_000_000_000
    assert not clock.observe(1_000_000_200, 1_000_000_000, 1_000_000_010)
    assert clock.offset_ms == 0
    assert clock.observe(1_000_030_005, 1_000_000_000, 1_000_000_010)
    assert clock.offset_ms == 30_000
    assert clock.now_ms() == 1_000_030_000
    assert not clock.observe(1_000_030_100, 1_000_000_000, 1_000_000_010)
    assert clock.observe(1_000_000_005, 1_000_000_000, 1_000_000_010)
    assert clock.offset_ms == 0


def test_signing_again_replaces_every_signing_header() -> None:
    """A resent request is signed afresh: one of each signing header remains, the others stay as they were."""
    request = httpx2.Request(
        "POST",
        "https://x/v1/order",
        content=b"{}",
        headers={"ORDERLY-KEY": "old", "Content-type": "text/plain", "x-other": "1", "orderly-signature": "old"},
    )
    credentials = Credentials(ACCOUNT, SEED)
    sign_request(request, credentials, TIMESTAMP)
    sign_request(request, credentials, TIMESTAMP + 1)
    signed = [
        (b"Content-Type", b"application/json"),
        (b"orderly-timestamp", str(TIMESTAMP + 1).encode()),
        (b"orderly-account-id", ACCOUNT.encode()),
        (b"orderly-key", ORDERLY_KEY.encode()),
        (b"orderly-signature", expected_signature(f"{TIMESTAMP + 1}POST/v1/order{{}}").encode()),
    ]
    assert request.headers.raw == [(b"Host", b"x"), (b"x-other", b"1"), (b"Content-Length", b"2"), *signed]
    assert dict(request.headers) == {name.decode().lower(): value.decode() for name, value in request.headers.raw}
