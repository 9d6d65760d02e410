"""Hostile numbers in REST answers: every bound is checked as the answer is parsed, and every answer beyond one
is an ``UnparsableResponse`` (never a bare ``InvalidOperation`` or ``RecursionError``, never a huge string)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from orderly_auth import ResponseError, UnparsableResponse, create_client, paginate
from orderly_client.api.public import (
    get_v1_public_funding_rate_symbol,
    get_v1_public_liquidation,
    get_v1_registration_nonce,
)
from orderly_client.client import Client
from tests.live_support import NO_LIMITS

# More objects than an answer may hold (orderly_client.types.MAX_CONTAINERS), in well under the answer-size cap.
ROWS = 200_001


class _Scripted(BaseHTTPRequestHandler):
    """Answers every GET with the server's ``body``."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body: bytes = self.server.body  # type: ignore[attr-defined]
        self.send_response(200)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server() -> Iterator[ThreadingHTTPServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Scripted)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def _client(server: ThreadingHTTPServer) -> Client:
    return create_client(base_url=f"http://127.0.0.1:{server.server_port}", rate_limit=NO_LIMITS)


def _nonce(server: ThreadingHTTPServer, body: bytes) -> object:
    server.body = body  # type: ignore[attr-defined]
    return get_v1_registration_nonce.sync(client=_client(server)).data.registration_nonce


NONCE = b'{"success":true,"data":{"registration_nonce":%b},"timestamp":%b}'


def test_plain_numbers_still_parse(server: ThreadingHTTPServer) -> None:
    assert _nonce(server, NONCE % (b'"194528949540"', b"1")) == "194528949540"
    assert _nonce(server, NONCE % (b"194528949540", b"1700000000000")) == "194528949540"
    assert _nonce(server, NONCE % (b"1.5e3", b"1.7e12")) == "1500"


@pytest.mark.parametrize(
    ("nonce", "timestamp"),
    [
        (b"1e200000000", b"1"),  # a 33-byte number that would be a 200-million-character string
        (b"1e999999999", b"1"),
        (b"1e-999999999", b"1"),
        (b"0e-999999999", b"1"),
        (b"0E1000000000000000000", b"1"),  # beyond what Decimal holds (was a bare decimal.InvalidOperation)
        (b"1" * 101 + b".5", b"1"),  # more digits than any amount has
        (b'"1"', b"1e30"),  # an integer field beyond 20 digits (was a bare decimal.InvalidOperation)
        (b'"1"', b"1e1000000"),  # (was a multi-second int(Decimal(...)) with the GIL held)
        (b'"1"', b"1.5"),
    ],
)
def test_numbers_beyond_the_bounds_are_unparsable(server: ThreadingHTTPServer, nonce: bytes, timestamp: bytes) -> None:
    with pytest.raises(UnparsableResponse):
        _nonce(server, NONCE % (nonce, timestamp))


def test_a_tiny_exponent_in_a_decimal_field_is_unparsable(server: ThreadingHTTPServer) -> None:
    answer = (
        b'{"success":true,"timestamp":1,"data":{"symbol":"PERP_ETH_USDC","est_funding_rate":%b,'
        b'"est_funding_rate_timestamp":1,"last_funding_rate":"0","last_funding_rate_timestamp":1,'
        b'"next_funding_time":1,"sum_unitary_funding":"0"}}'
    )
    server.body = answer % b"0.0001"  # type: ignore[attr-defined]
    rate = get_v1_public_funding_rate_symbol.sync("PERP_ETH_USDC", client=_client(server)).data.est_funding_rate
    assert rate == Decimal("0.0001")
    for beyond in (b"1e-999999999", b'"0E1000000000000000000"'):  # (numeric text: was a bare InvalidOperation)
        server.body = answer % beyond  # type: ignore[attr-defined]
        with pytest.raises(UnparsableResponse):
            get_v1_public_funding_rate_symbol.sync("PERP_ETH_USDC", client=_client(server))


def test_deep_nesting_is_unparsable(server: ThreadingHTTPServer) -> None:
    """100,000 levels deep was a bare RecursionError."""
    with pytest.raises(UnparsableResponse):
        _nonce(server, NONCE % (b"[" * 100_000 + b"]" * 100_000, b"1"))


def test_too_many_rows_are_unparsable(server: ThreadingHTTPServer) -> None:
    """Empty rows by the million fit in the answer-size cap but cost gigabytes as objects: the count is capped."""
    rows = b",".join([b"{}"] * ROWS)
    with pytest.raises(UnparsableResponse):
        _nonce(server, b'{"success":true,"timestamp":1,"data":{"registration_nonce":"1","rows":[%b]}}' % rows)
    fine = b",".join([b"{}"] * 1000)
    assert _nonce(server, b'{"success":true,"timestamp":1,"data":{"registration_nonce":"1","rows":[%b]}}' % fine) == "1"


# -- pagination that does not move forward ----------------------------------------------------------------------

PAGE = b'{"success":true,"data":{"meta":{"total":1000,"records_per_page":2,"current_page":%d},"rows":[%b]}}'


def test_paginate_stops_when_the_server_repeats_a_page(server: ThreadingHTTPServer) -> None:
    """A server answering page 1 whatever was asked: pagination raises instead of fetching page 2 for ever."""
    server.body = PAGE % (1, b'{"liquidation_id":1},{"liquidation_id":2}')  # type: ignore[attr-defined]
    rows = []
    with pytest.raises(ResponseError, match="page"):
        for row in paginate(get_v1_public_liquidation, client=_client(server), size=2):
            rows.append(row)
            assert len(rows) < 100  # (was: the same rows, page after page, without end)
    assert len(rows) == 2
