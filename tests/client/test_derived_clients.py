"""Every client derived from a ``create_client`` client keeps the pipeline: signed, paced, retried, typed errors.

The test walks every public method of :class:`OrderlyClient` that returns a client (found by its return
annotation, so a new one cannot slip by without a recipe here), plus ``copy.copy``, ``copy.deepcopy`` and
``attrs.evolve``, and sends signed calls through each result, sync and async, over loopback to the
sandbox, which verifies every signature.
"""

from __future__ import annotations

import asyncio
import copy
import inspect
from collections.abc import Callable

import attrs
import httpx2
import pytest

from orderly_auth import (
    AuthenticationError,
    ClientClosedError,
    ConfigurationError,
    OrderlyClient,
    RetryConfig,
    create_client,
)
from orderly_auth._ratelimit import RateLimiterRegistry
from orderly_client.api.private import get_v1_positions
from orderly_sandbox import Fault, Sandbox
from tests.live_support import signature_is_valid

Derive = Callable[[OrderlyClient], OrderlyClient]

RECIPES: dict[str, Derive] = {
    "with_headers": lambda c: c.with_headers({"X-Test": "1"}),
    "with_timeout": lambda c: c.with_timeout(httpx2.Timeout(7.0)),
    "with_cookies": lambda c: c.with_cookies({"session": "abc"}),
    # the only clients these accept are the ones built on the same pipeline
    "set_httpx_client": lambda c: c.set_httpx_client(c.with_headers({"X-Test": "2"}).get_httpx_client()),
    "set_async_httpx_client": lambda c: c.set_async_httpx_client(
        c.with_headers({"X-Test": "2"}).get_async_httpx_client()
    ),
}
COPIES: dict[str, Derive] = {
    "copy.copy": copy.copy,
    "copy.deepcopy": copy.deepcopy,
    "attrs.evolve": attrs.evolve,
    "chained": lambda c: c.with_timeout(httpx2.Timeout(3.0)).with_headers({"X-A": "a"}).with_cookies({"k": "v"}),
}


def _returns_a_client(name: str) -> bool:
    annotation = inspect.signature(getattr(OrderlyClient, name)).return_annotation
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", repr(annotation))
    return text.strip("'\"").removeprefix("typing.") in {"Self", "OrderlyClient", "AuthenticatedClient", "Client"}


def test_every_public_method_returning_a_client_has_a_recipe() -> None:
    found = {
        name
        for name, member in inspect.getmembers(OrderlyClient)
        if not name.startswith("_") and callable(member) and _returns_a_client(name)
    }
    assert {"with_headers", "with_timeout", "with_cookies"} <= found
    assert found == set(RECIPES)


def _make(sandbox: Sandbox) -> tuple[OrderlyClient, RateLimiterRegistry]:
    registry = RateLimiterRegistry()  # fresh: shows whether a call consulted the limiter
    client = create_client(
        sandbox.credentials,
        base_url=sandbox.base_url,
        rate_limiters=registry,
        retry=RetryConfig(wait_initial=0.0, wait_max=0.0),
    )
    return client, registry


def _check_signed_call(sandbox: Sandbox, registry: RateLimiterRegistry, derived: OrderlyClient, mode: str) -> None:
    """One event loop for the async calls (their connections belong to it); sync calls simply block in it."""

    async def call() -> object:
        if mode == "sync":
            return get_v1_positions.sync(client=derived)
        return await get_v1_positions.asyncio(client=derived)

    async def scenario() -> None:
        # signed (the sandbox verifies it) and paced (the call took a slot of the spec's limit)
        sandbox.requests.clear()
        assert await call() is not None
        (record,) = sandbox.requests.matching("GET", "GET /v1/positions")
        assert record.verdict == "accepted"
        assert signature_is_valid(record)
        assert len(registry) == 1
        # retried: an injected 503 is answered by a second, freshly signed attempt
        sandbox.requests.clear()
        sandbox.inject("GET", "/v1/positions", Fault.http(503))
        assert await call() is not None
        first, second = sandbox.requests.matching("GET", "GET /v1/positions")
        assert (first.status, second.verdict) == (503, "accepted")
        assert signature_is_valid(second)
        # typed errors: a refused key raises, not returns
        sandbox.inject("GET", "/v1/positions", Fault.http(401, -1001))
        with pytest.raises(AuthenticationError) as info:
            await call()
        assert info.value.code == -1001
        if mode == "async":
            await derived.aclose()

    asyncio.run(scenario())


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", sorted(RECIPES) + sorted(COPIES))
def test_derived_client_keeps_the_pipeline(sandbox: Sandbox, name: str, mode: str) -> None:
    client, registry = _make(sandbox)
    derived = {**RECIPES, **COPIES}[name](client)
    assert isinstance(derived, OrderlyClient)
    assert derived.pipeline is client.pipeline
    _check_signed_call(sandbox, registry, derived, mode)
    if name == "with_headers":
        assert sandbox.requests.last.headers["x-test"] == "1"
    if name == "with_cookies":
        assert sandbox.requests.last.headers["cookie"] == "session=abc"


def test_derived_client_leaves_the_original_unchanged(sandbox: Sandbox) -> None:
    client, _ = _make(sandbox)
    client.get_httpx_client()
    client.with_headers({"X-Test": "1"}).with_cookies({"a": "b"}).with_timeout(httpx2.Timeout(1.0))
    sandbox.requests.clear()
    get_v1_positions.sync(client=client)
    headers = sandbox.requests.last.headers
    assert "x-test" not in headers
    assert "cookie" not in headers


def test_a_foreign_httpx_client_is_refused(sandbox: Sandbox) -> None:
    client, _ = _make(sandbox)
    other, _ = _make(sandbox)
    with pytest.raises(ConfigurationError):
        client.set_httpx_client(httpx2.Client(base_url=sandbox.base_url))
    with pytest.raises(ConfigurationError):
        client.set_async_httpx_client(httpx2.AsyncClient(base_url=sandbox.base_url))
    with pytest.raises(ConfigurationError):  # built on another client's pipeline
        client.set_httpx_client(other.get_httpx_client())


@pytest.mark.parametrize("headers", [{"Content-Length": "0"}, {"Transfer-Encoding": "chunked"}, {"Host": "x"}])
def test_framing_headers_are_refused(sandbox: Sandbox, headers: dict[str, str]) -> None:
    client, _ = _make(sandbox)
    with pytest.raises(ConfigurationError):
        client.with_headers(headers)
    with pytest.raises(ConfigurationError):
        create_client(sandbox.credentials, base_url=sandbox.base_url, headers=headers)


@pytest.mark.parametrize("headers", [{"Bad Name": "1"}, {"X:Y": "1"}, {"X-A": "a\x00b"}, {"X-A": "a\r\nX-B: b"}])
def test_malformed_headers_are_refused(sandbox: Sandbox, headers: dict[str, str]) -> None:
    with pytest.raises(ConfigurationError):
        create_client(sandbox.credentials, base_url=sandbox.base_url, headers=headers)


def test_repr_shows_server_account_and_settings(sandbox: Sandbox) -> None:
    client, _ = _make(sandbox)
    text = repr(client.with_headers({"X-Test": "1"}))
    assert text.startswith("OrderlyClient(")
    assert repr(sandbox.base_url) in text
    assert sandbox.credentials.account_id in text
    for setting in ("RetryConfig(", "RateLimitConfig(", "raise_on_error=True", "X-Test", "DefaultTransport(direct="):
        assert setting in text
    assert "raise_on_unexpected_status=False" not in text


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_calls_after_close_raise_a_typed_error(sandbox: Sandbox, mode: str) -> None:
    client, _ = _make(sandbox)
    derived = client.with_headers({"X-Test": "1"})
    sandbox.requests.clear()
    if mode == "sync":
        get_v1_positions.sync(client=client)
        client.close()
        for each in (client, derived):
            with pytest.raises(ClientClosedError):
                get_v1_positions.sync(client=each)
    else:

        async def run() -> None:
            await get_v1_positions.asyncio(client=client)
            await client.aclose()
            for each in (client, derived):
                with pytest.raises(ClientClosedError):
                    await get_v1_positions.asyncio(client=each)

        asyncio.run(run())
    assert len(sandbox.requests) == 1  # nothing was sent after close
    assert issubclass(ClientClosedError, RuntimeError)  # what httpx2 raised before, still caught the same way
