"""Answers the client must read whole, through the pipeline, on both connection layers (httpx2's and the lean one).

Encoded bodies are decoded; a corrupt encoding or an answer over ``max_response_size`` (as sent, or once
decoded: a small gzip that inflates to 64 MiB) raises a typed error, and for a POST the outcome is unknown.
Error answers are recognised whatever their JSON spacing, a 200 with ``"success": false`` included.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx2
import pytest

from orderly_auth import (
    NotFoundError,
    OrderlyClient,
    OrderlyError,
    OutcomeUnknownError,
    ResponseDecodingError,
    ResponseTooLargeError,
    create_client,
)
from orderly_auth.http11 import AsyncHTTP11Transport, HTTP11Transport
from tests.transport.scripted_server import ScriptedServer

CAP = 1024 * 1024


@pytest.fixture(params=["default", "lean", "httpx2"])
def layer(request: pytest.FixtureRequest) -> str:
    """The default connection layer, the lean transports given explicitly, httpx2's own transports."""
    return str(request.param)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _client(server: ScriptedServer, layer: str, **kwargs: Any) -> OrderlyClient:
    transports: dict[str, Any] = {}
    if layer == "lean":
        transports = {"transport": HTTP11Transport(), "async_transport": AsyncHTTP11Transport()}
    elif layer == "httpx2":
        transports = {"transport": httpx2.HTTPTransport(), "async_transport": httpx2.AsyncHTTPTransport()}
    return create_client(base_url=f"http://127.0.0.1:{server.port}", max_response_size=CAP, **transports, **kwargs)


def _send(client: OrderlyClient, mode: str, method: str, kind: str) -> httpx2.Response:
    """A request made by hand (no operation of the spec): it still goes through the pipeline."""
    if mode == "sync":
        return client.get_httpx_client().request(method, "/answer", params={"kind": kind})

    async def run() -> httpx2.Response:
        try:
            return await client.get_async_httpx_client().request(method, "/answer", params={"kind": kind})
        finally:
            await client.aclose()

    return asyncio.run(run())


def test_gzip_answer_is_decoded(server: ScriptedServer, layer: str, mode: str) -> None:
    response = _send(_client(server, layer), mode, "GET", "gzip")
    assert response.json() == {"success": True, "data": {"a": 1}}


@pytest.mark.parametrize("kind", ["gzip_bomb", "big"])
def test_answer_over_the_cap_raises(server: ScriptedServer, layer: str, mode: str, kind: str) -> None:
    with pytest.raises(ResponseTooLargeError) as info:
        _send(_client(server, layer), mode, "GET", kind)
    assert str(CAP) in str(info.value)
    assert info.value.status_code == 200


def test_corrupt_encoding_raises_a_typed_error(server: ScriptedServer, layer: str, mode: str) -> None:
    with pytest.raises(ResponseDecodingError) as info:
        _send(_client(server, layer), mode, "GET", "gzip_corrupt")
    assert isinstance(info.value, OrderlyError)
    assert not isinstance(info.value, httpx2.HTTPError)


@pytest.mark.parametrize("kind", ["gzip_corrupt", "gzip_bomb"])
def test_unreadable_answer_to_a_post_is_outcome_unknown(
    server: ScriptedServer, layer: str, mode: str, kind: str
) -> None:
    with pytest.raises(OutcomeUnknownError) as info:
        _send(_client(server, layer), mode, "POST", kind)
    assert info.value.status_code == 200
    posts = [r for r in server.requests if r.method == b"POST"]
    assert len(posts) == 1  # never resent


@pytest.mark.parametrize("kind", ["spaced_error", "tabbed_error"])
def test_error_answers_are_recognised_whatever_their_spacing(
    server: ScriptedServer, layer: str, mode: str, kind: str
) -> None:
    with pytest.raises(NotFoundError) as info:
        _send(_client(server, layer), mode, "GET", kind)
    assert info.value.code == -1006
    assert info.value.status_code == 200


def test_a_nested_success_false_is_not_an_error(server: ScriptedServer, layer: str, mode: str) -> None:
    response = _send(_client(server, layer), mode, "GET", "nested_false")
    assert response.json()["data"]["rows"] == [{"success": False}]


def test_raise_on_error_false_hands_back_the_answer(server: ScriptedServer, layer: str, mode: str) -> None:
    response = _send(_client(server, layer, raise_on_error=False), mode, "GET", "spaced_error")
    assert response.status_code == 200
    assert response.json()["code"] == -1006
