"""Fixtures for the sandbox tests: a running sandbox, and raw httpx2 requests signed with our Credentials.

Signing here is written out from ORDERLY.md on purpose (not the client's signing code): the
message is timestamp + METHOD + raw path?query + raw body, signed by ``Credentials.sign``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Protocol

import httpx2
import pytest

from orderly_auth._keys import Credentials
from orderly_sandbox import Sandbox

JSON_TYPE = "application/json"
FORM_TYPE = "application/x-www-form-urlencoded"
_DEFAULT = object()

# The types of the ``error`` and ``signer`` fixtures, for the tests' annotations.
ErrorOf = Callable[[httpx2.Response], tuple[int, int]]


class Signer(Protocol):
    def __call__(self, request: httpx2.Request, credentials: Credentials, timestamp: int | None = None) -> None: ...


class Api:
    """Builds, signs and sends raw requests to one sandbox."""

    def __init__(self, sandbox: Sandbox, client: httpx2.Client) -> None:
        self.sandbox = sandbox
        self.client = client

    def build(
        self,
        method: str,
        path: str,
        *,
        params: Any = None,
        json_body: Any = _DEFAULT,
        content: bytes | None = None,
        credentials: Any = _DEFAULT,
        timestamp: int | None = None,
        content_type: Any = _DEFAULT,
        headers: Mapping[str, str] | None = None,
    ) -> httpx2.Request:
        """A request, signed with ``credentials`` (default: the sandbox's) unless it is None."""
        if json_body is not _DEFAULT:
            content = json.dumps(json_body, separators=(",", ":")).encode()
        request = self.client.build_request(method, path, params=params, content=content, headers=headers)
        if content_type is _DEFAULT:
            content_type = JSON_TYPE if method in ("POST", "PUT") else FORM_TYPE
        if content_type is not None:
            request.headers["Content-Type"] = str(content_type)
        creds = self.sandbox.credentials if credentials is _DEFAULT else credentials
        if isinstance(creds, Credentials):
            sign(request, creds, timestamp)
        return request

    def send(self, request: httpx2.Request) -> httpx2.Response:
        return self.client.send(request)

    def call(self, method: str, path: str, **kwargs: Any) -> httpx2.Response:
        """Build, sign (by default) and send."""
        return self.send(self.build(method, path, **kwargs))

    def public(self, method: str, path: str, **kwargs: Any) -> httpx2.Response:
        return self.call(method, path, credentials=None, content_type=None, **kwargs)

    def ok(self, method: str, path: str, **kwargs: Any) -> Any:
        """Send and return ``data`` of a successful answer (fails the test otherwise)."""
        response = self.call(method, path, **kwargs)
        body = response.json()
        assert response.status_code == 200 and body["success"] is True, (response.status_code, body)
        return body["data"]

    def place(self, credentials: Credentials | object = _DEFAULT, **order: Any) -> dict[str, Any]:
        fields = {
            "symbol": "PERP_ETH_USDC",
            "side": "BUY",
            "order_type": "LIMIT",
            "order_price": 2000,
            "order_quantity": 1,
        }
        fields.update(order)
        fields = {name: value for name, value in fields.items() if value is not None}
        data: dict[str, Any] = self.ok("POST", "/v1/order", json_body=fields, credentials=credentials)
        return data


def sign(request: httpx2.Request, credentials: Credentials, timestamp: int | None = None) -> None:
    """Add the four orderly-* headers, signing the exact target and body httpx2 will send."""
    stamp = str(int(time.time() * 1000) if timestamp is None else timestamp)
    message = stamp.encode() + request.method.encode() + request.url.raw_path + request.content
    request.headers["orderly-timestamp"] = stamp
    request.headers["orderly-account-id"] = credentials.account_id
    request.headers["orderly-key"] = credentials.orderly_key
    request.headers["orderly-signature"] = credentials.sign(message)


def error_of(response: httpx2.Response) -> tuple[int, int]:
    """``(HTTP status, Orderly code)`` of a failure answer, checking its shape."""
    body = response.json()
    assert body["success"] is False, body
    assert isinstance(body["message"], str) and body["message"], body
    assert isinstance(body["timestamp"], int), body
    return response.status_code, body["code"]


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    """A running sandbox without rate limits (tests of limits turn them on)."""
    with Sandbox(enforce_rate_limits=False) as sb:
        yield sb


@pytest.fixture
def api(sandbox: Sandbox) -> Iterator[Api]:
    # Plain HTTP: verify=False only spares building a TLS context (30 ms) for every test.
    with httpx2.Client(base_url=sandbox.base_url, timeout=10, verify=False) as client:
        yield Api(sandbox, client)


@pytest.fixture
def error() -> ErrorOf:
    """``error(response) -> (HTTP status, Orderly code)``."""
    return error_of


@pytest.fixture
def signer() -> Signer:
    """``signer(request, credentials, timestamp=None)``: add the orderly-* headers to an httpx2 request."""
    return sign


@pytest.fixture
def make_api() -> type[Api]:
    """``make_api(sandbox, client) -> Api``, for tests that run their own sandbox."""
    return Api
