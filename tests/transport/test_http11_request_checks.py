"""The lean transport refuses, before sending a byte, request heads that would desynchronise the connection.

Framing headers that do not describe the body (a caller's ``Content-Length: 0`` in front of a body,
``Transfer-Encoding: chunked`` next to a length), header names that are not tokens and values with control
characters raise ``ConfigurationError``; the scripted server proves that nothing reached it, and the
connection pool still works afterwards. A streamed body longer or shorter than its Content-Length fails
while sending, before any stray byte.
"""

from __future__ import annotations

from typing import Any

import httpx2
import pytest

from orderly_auth import ConfigurationError
from tests.transport.scripted_server import ScriptedServer
from tests.transport.transport_drivers import Driver


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        ({"Content-Length": "0"}, b"order body"),
        ({"Content-Length": "3"}, b"order body"),
        ({"Transfer-Encoding": "chunked"}, b"order body"),
        ({"Transfer-Encoding": "gzip"}, b""),
        ({"Content-Length": "5"}, b""),
    ],
    ids=["length-0-with-body", "length-short", "chunked-with-length", "te-without-body", "length-without-body"],
)
def test_framing_headers_that_disagree_with_the_body_are_refused(
    server: ScriptedServer, client: Driver, headers: dict[str, str], body: bytes
) -> None:
    with pytest.raises(ConfigurationError):
        client.post(server.url("/echo"), content=body, headers=headers)
    assert server.requests == []
    assert server.connections == 0
    assert client.get(server.url("/length")).text == "hello"


@pytest.mark.parametrize(
    "raw",
    [
        (b"Bad Name", b"1"),
        (b"X:Y", b"1"),
        (b"", b"1"),
        (b"X-A", b"a\x00b"),
        (b"X-A", b"a\x7fb"),
        (b"X-A", b" leading"),
    ],
    ids=["space-in-name", "colon-in-name", "empty-name", "nul-in-value", "del-in-value", "leading-space"],
)
def test_malformed_header_fields_are_refused(server: ScriptedServer, client: Driver, raw: tuple[bytes, bytes]) -> None:
    request_headers: Any = [raw]
    with pytest.raises(ConfigurationError):
        client.get(server.url("/length"), headers=request_headers)
    assert server.requests == []


def test_valid_headers_and_bodies_still_go_out(server: ScriptedServer, client: Driver) -> None:
    response = client.post(server.url("/echo"), content=b"abc", headers={"X-Tab": "a\tb", "X-Odd": "!#$%&'*+-.^_`|~"})
    assert response.content == b"POST /echo abc"
    assert server.requests[0].headers[b"x-tab"] == b"a\tb"
    assert client.post(server.url("/echo")).content == b"POST /echo "  # no body, Content-Length: 0


@pytest.mark.parametrize("parts", [[b"ab", b"cd"], [b"a"]], ids=["longer", "shorter"])
def test_streamed_body_that_breaks_its_content_length_fails(
    server: ScriptedServer, client: Driver, parts: list[bytes]
) -> None:
    with pytest.raises(httpx2.LocalProtocolError):
        client.post(server.url("/echo"), content=client.stream(parts), headers={"Content-Length": "3"})
    assert client.get(server.url("/length")).text == "hello"
