"""Response framing: chunked bodies with extensions and trailers, bodies cut short, and the parser itself.

The network tests run both transports against the scripted server; the parser tests feed
``ResponseParser`` the same responses cut at every place hypothesis picks: whatever the reads, the
result must be the one of a single read (the parser has a fast path for that case).
"""

from __future__ import annotations

import itertools

import httpx2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orderly_auth._http11_messages import ResponseParser
from tests.transport.scripted_server import FANCY_BODY, FANCY_CHUNKED, ScriptedServer, ok
from tests.transport.transport_drivers import Driver, assert_maybe_processed

# Over the network --------------------------------------------------------------------------------


@pytest.mark.parametrize("trickle", [0, 1], ids=["one-segment", "byte-by-byte"])
def test_chunked_with_extensions_and_trailers(server: ScriptedServer, client: Driver, trickle: int) -> None:
    response = client.get(server.url(f"/chunked-fancy?trickle={trickle}"))
    assert response.content == FANCY_BODY
    assert response.headers["x-before"] == "1"
    assert "x-trailer" not in response.headers  # trailers are read and dropped
    assert client.get(server.url("/length")).text == "hello", "the trailers were consumed to the end"
    assert server.connections == 1


@pytest.mark.parametrize("path", ["/cut", "/chunked-cut", "/chunked-no-end", "/chunked-bad"])
def test_body_cut_short_or_malformed(server: ScriptedServer, client: Driver, path: str) -> None:
    with pytest.raises(httpx2.RemoteProtocolError) as caught:
        client.post(server.url(path), content=b"order")
    assert_maybe_processed(caught.value)
    assert client.get(server.url("/length")).text == "hello"


def test_head_request_has_no_body(server: ScriptedServer, client: Driver) -> None:
    response = client.request("HEAD", server.url("/length"))
    assert response.status_code == 200 and response.content == b""
    assert response.headers["content-length"] == "5"
    assert client.get(server.url("/length")).text == "hello", "the body the head announced is not expected"
    assert server.connections == 1


# The parser ---------------------------------------------------------------------------------------

RESPONSES = {
    "length": (ok(b"hello", b"X-A: 1\r\n"), b"hello", True),
    "chunked": (FANCY_CHUNKED, FANCY_BODY, True),
    "interim": (
        b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: x\r\n\r\n" + ok(b"after"),
        b"after",
        True,
    ),
    "no-content": (b"HTTP/1.1 204 No Content\r\nX-A: 1\r\n\r\n", b"", True),
    "close": (ok(b"bye", b"Connection: close\r\n"), b"bye", False),
    "http10": (b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nhi", b"hi", False),
    "http10-keep-alive": (b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nhi", b"hi", True),
    "empty-length": (ok(b""), b"", True),
    "folded-case": (
        b"HTTP/1.1 200 OK\r\ncontent-LENGTH: 3\r\ntransfer-encoding: CHUNKED\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
        b"abc",
        True,
    ),
}


def _feed(method: str, data: bytes, cuts: list[int]) -> ResponseParser:
    parser = ResponseParser(method)
    points = [0, *sorted({cut % (len(data) + 1) for cut in cuts}), len(data)]
    done = False
    for start, stop in itertools.pairwise(points):
        if start == stop:
            continue
        assert not done, "the parser finished before the whole response was fed"
        done = parser.feed(data[start:stop])
    assert done, "the parser did not finish"
    return parser


@pytest.mark.parametrize("name", RESPONSES)
@settings(max_examples=60, deadline=None)
@given(cuts=st.lists(st.integers(min_value=0, max_value=10_000), max_size=12))
def test_parser_result_does_not_depend_on_how_the_bytes_arrive(name: str, cuts: list[int]) -> None:
    data, body, keep_alive = RESPONSES[name]
    whole = _feed("GET", data, [])
    pieces = _feed("GET", data, cuts)
    assert (pieces.status, pieces.headers, pieces.body, pieces.keep_alive) == (
        whole.status,
        whole.headers,
        whole.body,
        whole.keep_alive,
    )
    assert (whole.body, whole.keep_alive) == (body, keep_alive)


@pytest.mark.parametrize("name", ["length", "chunked", "no-content"])
@settings(max_examples=30, deadline=None)
@given(cuts=st.lists(st.integers(min_value=0, max_value=10_000), max_size=6))
def test_parser_extra_bytes_forbid_reuse(name: str, cuts: list[int]) -> None:
    data, _, _ = RESPONSES[name]
    data += ok(b"unasked")
    parser = ResponseParser("GET")
    points = [0, *sorted({cut % (len(data) + 1) for cut in cuts}), len(data)]
    for start, stop in itertools.pairwise(points):
        parser.feed(data[start:stop])  # as the async transport does with bytes after the answer
    assert not parser.keep_alive


@pytest.mark.parametrize(
    "data",
    [
        b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello",
        b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n",
        b"HTTP/1.1 200 OK\r\n Folded: x\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nNoColon\r\n\r\n",
        b"HTTP/2 200 OK\r\n\r\n",
        b"HTTP/1.1 20 OK\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\nhello\r\n",
    ],
)
def test_parser_rejects_malformed_responses(data: bytes) -> None:
    with pytest.raises(httpx2.RemoteProtocolError):
        ResponseParser("GET").feed(data)


def test_parser_eof() -> None:
    until_close = ResponseParser("GET")
    assert not until_close.feed(b"HTTP/1.1 200 OK\r\n\r\npartial")
    assert until_close.feed_eof() and until_close.body == b"partial" and not until_close.keep_alive
    with pytest.raises(httpx2.RemoteProtocolError, match="without sending a response"):
        ResponseParser("GET").feed_eof()
    cut = ResponseParser("GET")
    cut.feed(b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nabc")
    with pytest.raises(httpx2.RemoteProtocolError, match="complete message body"):
        cut.feed_eof()


def test_parser_head_too_large() -> None:
    parser = ResponseParser("GET")
    with pytest.raises(httpx2.RemoteProtocolError, match="too large"):
        for _ in range(100):
            parser.feed(b"HTTP/1.1 200 OK\r\n" + b"X-Long: " + b"y" * 1000 + b"\r\n")
