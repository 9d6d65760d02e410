"""Signed requests: what the sandbox accepts and how it refuses the rest (ORDERLY.md's rules)."""

from __future__ import annotations

import base64
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import httpx2
import pytest

from orderly_auth._keys import Credentials, generate_key

if TYPE_CHECKING:
    from tests.sandbox.conftest import Api, ErrorOf

ORDER = {"symbol": "PERP_ETH_USDC", "side": "BUY", "order_type": "LIMIT", "order_price": 2000, "order_quantity": 1}


def test_signed_request_is_accepted(api: Api) -> None:
    response = api.call("GET", "/v1/positions")
    assert response.status_code == 200
    body = response.json()
    assert body["success"] is True
    assert abs(body["timestamp"] - time.time() * 1000) < 60_000
    assert api.sandbox.requests.last.verdict == "accepted"


def test_signature_with_or_without_padding(api: Api) -> None:
    for strip in (False, True):
        request = api.build("POST", "/v1/order", json_body=ORDER)
        if strip:
            request.headers["orderly-signature"] = request.headers["orderly-signature"].rstrip("=")
        assert api.send(request).status_code == 200


def test_public_operation_needs_no_signature(api: Api) -> None:
    response = api.public("GET", "/v1/public/futures")
    assert response.status_code == 200 and response.json()["success"] is True


def test_query_signed_exactly_as_sent(api: Api) -> None:
    """The signature covers the raw target: percent-encoding is part of what is signed."""
    response = api.call("GET", "/v1/orders", params={"symbol": "PERP_ETH_USDC", "order_tag": "a,b c"})
    assert response.status_code == 200
    assert api.sandbox.requests.last.target == "/v1/orders?symbol=PERP_ETH_USDC&order_tag=a%2Cb+c"

    request = api.build("GET", "/v1/orders", params={"order_tag": "a,b"})
    request.url = request.url.copy_with(raw_path=b"/v1/orders?order_tag=a,b")  # re-encoded after signing
    assert request.url.raw_path != api.sandbox.requests.last.target.encode()
    response = api.send(request)
    assert (response.status_code, response.json()["code"]) == (401, -1002)


def _with(request: httpx2.Request, **headers: str) -> httpx2.Request:
    request.headers.update(headers)
    return request


def _other_body(request: httpx2.Request) -> httpx2.Request:
    return httpx2.Request(
        request.method, request.url, headers=request.headers, content=request.content.replace(b"2000", b"2001")
    )


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param(
            lambda r: _with(r, **{"orderly-signature": _flip(r.headers["orderly-signature"])}), id="signature"
        ),
        pytest.param(
            lambda r: _with(r, **{"orderly-timestamp": str(int(r.headers["orderly-timestamp"]) + 1)}), id="timestamp"
        ),
        pytest.param(_other_body, id="body"),
    ],
)
def test_tampered_request_rejected(
    api: Api, error: ErrorOf, tamper: Callable[[httpx2.Request], httpx2.Request]
) -> None:
    response = api.send(tamper(api.build("POST", "/v1/order", json_body=ORDER)))
    assert error(response) == (401, -1002)
    assert "signature" in response.json()["message"]
    assert api.sandbox.orders() == []


def _flip(signature: str) -> str:
    raw = bytearray(base64.urlsafe_b64decode(signature))
    raw[5] ^= 1
    return base64.urlsafe_b64encode(bytes(raw)).decode()


def test_method_is_signed(api: Api, error: ErrorOf) -> None:
    request = api.build("DELETE", "/v1/orders")
    signed = api.build("GET", "/v1/orders")
    for name in ("orderly-timestamp", "orderly-signature"):
        request.headers[name] = signed.headers[name]
    assert error(api.send(request)) == (401, -1002)


def test_unregistered_key_rejected(api: Api, error: ErrorOf) -> None:
    pair = generate_key()
    stranger = Credentials(api.sandbox.credentials.account_id, pair.secret)
    response = api.call("GET", "/v1/positions", credentials=stranger)
    assert error(response) == (401, -1002)
    assert "not registered" in response.json()["message"]


def test_key_of_another_account_rejected(api: Api, error: ErrorOf) -> None:
    other = api.sandbox.add_account()
    request = api.build("GET", "/v1/positions", credentials=other)
    request.headers["orderly-account-id"] = api.sandbox.credentials.account_id  # not covered by the signature
    response = api.send(request)
    assert error(response) == (401, -1002)
    assert "not registered" in response.json()["message"]


def test_removed_key_rejected(api: Api, error: ErrorOf) -> None:
    creds = api.sandbox.add_key(api.sandbox.credentials.account_id)
    assert api.call("GET", "/v1/positions", credentials=creds).status_code == 200
    assert api.sandbox.remove_key(creds) is True
    assert error(api.call("GET", "/v1/positions", credentials=creds)) == (401, -1002)
    assert api.call("GET", "/v1/positions").status_code == 200  # the account's other key still works


@pytest.mark.parametrize("offset_s", [-301, 301, -3600])
def test_timestamp_outside_window_rejected(api: Api, error: ErrorOf, offset_s: int) -> None:
    stamp = int(time.time() * 1000) + offset_s * 1000
    response = api.call("GET", "/v1/positions", timestamp=stamp)
    assert error(response) == (401, -1002)
    assert "server clock" in response.json()["message"]


@pytest.mark.parametrize("offset_s", [-290, 290])
def test_timestamp_inside_window_accepted(api: Api, offset_s: int) -> None:
    stamp = int(time.time() * 1000) + offset_s * 1000
    assert api.call("GET", "/v1/positions", timestamp=stamp).status_code == 200


def test_timestamp_window_is_configurable(api: Api, error: ErrorOf) -> None:
    api.sandbox.timestamp_window = 5
    stamp = int(time.time() * 1000) - 30_000
    assert error(api.call("GET", "/v1/positions", timestamp=stamp)) == (401, -1002)
    api.sandbox.reset()
    assert api.call("GET", "/v1/positions", timestamp=stamp).status_code == 200


def test_server_clock_offset(api: Api, error: ErrorOf) -> None:
    api.sandbox.clock_offset_ms = 400_000
    body = api.call("GET", "/v1/positions").json()
    assert body["code"] == -1002
    assert body["timestamp"] - time.time() * 1000 > 390_000  # errors carry the server clock too
    assert api.call("GET", "/v1/positions", timestamp=body["timestamp"]).status_code == 200


@pytest.mark.parametrize("header", ["orderly-timestamp", "orderly-account-id", "orderly-key", "orderly-signature"])
def test_missing_header_rejected(api: Api, error: ErrorOf, header: str) -> None:
    request = api.build("GET", "/v1/positions")
    del request.headers[header]
    response = api.send(request)
    assert error(response) == (401, -1001)
    assert header in response.json()["message"]


def test_unsigned_request_to_signed_operation_rejected(api: Api, error: ErrorOf) -> None:
    assert error(api.public("GET", "/v1/positions")) == (401, -1001)


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("orderly-timestamp", "12.5"),
        ("orderly-timestamp", "now"),
        ("orderly-account-id", "0x1234"),
        ("orderly-account-id", "0xZZ" + "0" * 62),
        ("orderly-key", "ed25519:0OIl"),
        ("orderly-key", "secp256k1:abc"),
        ("orderly-key", "ed25519:3mJr7AoUXx2Wqd"),
        ("orderly-signature", "not base64!"),
        ("orderly-signature", base64.urlsafe_b64encode(b"x" * 32).decode()),
        ("orderly-signature", base64.b64encode(b"\xfb" * 63).decode()),  # standard base64 is fine; 63 bytes not
        ("orderly-signature", base64.b64encode(b"\xfb" * 64).decode() + "="),
    ],
)
def test_malformed_header_rejected(api: Api, error: ErrorOf, header: str, value: str) -> None:
    request = api.build("GET", "/v1/positions")
    request.headers[header] = value
    assert error(api.send(request)) == (401, -1001)


def test_repeated_header_rejected(api: Api, error: ErrorOf) -> None:
    request = api.build("GET", "/v1/positions")
    request.headers = httpx2.Headers(
        [*request.headers.multi_items(), ("orderly-key", api.sandbox.credentials.orderly_key)]
    )
    assert error(api.send(request)) == (401, -1001)


@pytest.mark.parametrize(
    "case",
    [
        (("read",), "GET", "/v1/positions", True),
        (("read",), "POST", "/v1/order", False),
        (("trading",), "POST", "/v1/order", True),
        (("trading",), "GET", "/v1/positions", False),
        (("read", "trading"), "GET", "/v1/internal_transfer_history", False),
        (("asset",), "GET", "/v1/internal_transfer_history", True),
    ],
)
def test_scope_checked(api: Api, error: ErrorOf, case: tuple[tuple[str, ...], str, str, bool]) -> None:
    scopes, method, path, allowed = case
    creds = api.sandbox.add_account(scopes=scopes)
    body = ORDER if path == "/v1/order" else {}
    response = (
        api.call(method, path, credentials=creds, json_body=body)
        if method == "POST"
        else api.call(method, path, credentials=creds)
    )
    if allowed:
        assert response.status_code != 401, response.json()
    else:
        assert error(response) == (401, -1002)
        assert "scope" in response.json()["message"]


@pytest.mark.parametrize(
    ("method", "path", "content_type"),
    [
        ("POST", "/v1/order", None),
        ("POST", "/v1/order", "application/x-www-form-urlencoded"),
        ("POST", "/v1/order", "text/plain"),
        ("GET", "/v1/positions", None),
        ("GET", "/v1/positions", "application/json"),
        ("DELETE", "/v1/orders", "application/json"),
    ],
)
def test_content_type_rule(api: Api, error: ErrorOf, method: str, path: str, content_type: str | None) -> None:
    kwargs = {"json_body": ORDER} if method == "POST" else {}
    response = api.call(method, path, content_type=content_type, **kwargs)
    assert error(response) == (400, -1005)
    assert "Content-Type" in response.json()["message"]


def test_content_type_parameters_allowed(api: Api) -> None:
    response = api.call("POST", "/v1/order", json_body=ORDER, content_type="application/json; charset=utf-8")
    assert response.status_code == 200


def test_recv_window(api: Api, error: ErrorOf) -> None:
    stamp = int(time.time() * 1000) - 5_000
    old = api.call("POST", "/v1/order", json_body=ORDER, timestamp=stamp, headers={"x-recv-window": "1000"})
    assert error(old) == (401, -1002)
    fresh = api.call("POST", "/v1/order", json_body=ORDER, timestamp=stamp, headers={"x-recv-window": "60000"})
    assert fresh.status_code == 200
    bad = api.call("POST", "/v1/order", json_body=ORDER, headers={"x-recv-window": "soon"})
    assert error(bad) == (400, -1005)
