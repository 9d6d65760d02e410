"""Failures of the network as the retry policy needs them reported.

The policy (``orderly_auth._retry.classify_exception``) resends a POST only after ``ConnectError``,
``ConnectTimeout`` or ``PoolTimeout``: those must mean "no byte of the request left". Every failure once the
request may have been written must be another ``httpx2.TransportError`` ("maybe processed"). Connections the
server closed while idle must not be used for the next request (it would fail, or worse, read a stale answer).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx2
import pytest

from tests.transport.scripted_server import ScriptedServer, TLSFiles
from tests.transport.transport_drivers import Driver, assert_maybe_processed

ALL_MODES = ["sync", "async", "async-paused", "sync-default", "default", "default-paused"]


# (a) keep-alive connections the server closed while idle ------------------------------------------


@pytest.mark.parametrize("mode", ALL_MODES)
def test_connection_closed_while_idle_is_not_reused(
    target: ScriptedServer, target_clients: Callable[..., Driver]
) -> None:
    client = target_clients()
    assert client.get(target.url("/length")).text == "hello"
    target.close_connections()
    time.sleep(0.05)  # the FIN reaches the client's socket; a paused loop does not read it
    response = client.post(target.url("/echo"), content=b"order")
    assert response.text == "POST /echo order"
    assert target.connections == 2, "a new connection"
    assert target.hits("/echo") == 1, "exactly one request reached the server"


@pytest.mark.parametrize("mode", ALL_MODES)
def test_unsolicited_bytes_on_an_idle_connection_are_not_read_as_the_next_answer(
    server: ScriptedServer, clients: Callable[..., Driver]
) -> None:
    """Servers may write to an idle connection before closing it (an HTTP 408, say): not the next answer."""
    client = clients()
    assert client.get(server.url("/late-extra?name=late")).text == "one"
    server.gate("late").set()
    server.wait_for(lambda: server.open_now == 0)
    time.sleep(0.02)
    response = client.post(server.url("/echo"), content=b"order")
    assert (response.status_code, response.text) == (200, "POST /echo order")
    assert server.connections == 2 and server.hits("/echo") == 1


def test_bytes_after_the_response_make_the_connection_unusable(server: ScriptedServer, client: Driver) -> None:
    assert client.get(server.url("/extra")).text == "one"
    assert client.get(server.url("/length")).text == "hello"
    assert server.connections == 2


@pytest.mark.parametrize("limits", [httpx2.Limits(keepalive_expiry=0.0), httpx2.Limits(max_keepalive_connections=0)])
def test_connections_not_kept_when_limits_say_so(
    server: ScriptedServer, clients: Callable[..., Driver], limits: httpx2.Limits
) -> None:
    client = clients(limits=limits)
    for _ in range(3):
        assert client.get(server.url("/length")).text == "hello"
    assert server.connections == 3


# (b) the server reads the request and goes away without answering --------------------------------


@pytest.mark.parametrize("path", ["/drop", "/reset"])
def test_server_closes_after_reading_the_request(
    target: ScriptedServer, target_clients: Callable[..., Driver], path: str
) -> None:
    client = target_clients()
    assert client.get(target.url("/length")).text == "hello"  # on a reused connection, too
    with pytest.raises((httpx2.RemoteProtocolError, httpx2.ReadError)) as caught:
        client.post(target.url(path), content=b'{"order": 1}')
    assert_maybe_processed(caught.value)
    assert target.hits(path) == 1
    assert target.requests[-1].body == b'{"order": 1}'
    with pytest.raises((httpx2.RemoteProtocolError, httpx2.ReadError)) as caught:
        client.post(target.url(path), content=b'{"order": 2}')  # on a fresh connection
    assert_maybe_processed(caught.value)


# (c) the server resets the connection while the client is still writing ---------------------------


@pytest.mark.parametrize("body", ["bytes", "stream"])
def test_reset_while_writing_a_large_body(
    target: ScriptedServer, target_clients: Callable[..., Driver], body: str
) -> None:
    client = target_clients()
    parts = [b"x" * 1_000_000] * 32
    content = b"".join(parts) if body == "bytes" else client.stream(parts)
    with pytest.raises((httpx2.WriteError, httpx2.ReadError)) as caught:
        client.post(target.url("/reset-early?n=65536"), content=content)
    assert_maybe_processed(caught.value)
    assert target.hits("/reset-early") == 1
    assert client.get(target.url("/length")).text == "hello"


def test_write_timeout_when_the_server_stops_reading(server: ScriptedServer, client: Driver) -> None:
    with pytest.raises(httpx2.WriteTimeout) as caught:
        client.post(server.url("/stall"), content=b"x" * 32_000_000, timeout=httpx2.Timeout(5.0, write=0.1))
    assert_maybe_processed(caught.value)


# (d) timeouts, refused connections, pool ----------------------------------------------------------


def test_read_timeout(target: ScriptedServer, target_clients: Callable[..., Driver]) -> None:
    client = target_clients()
    with pytest.raises(httpx2.ReadTimeout) as caught:
        client.post(target.url("/hang"), content=b"order", timeout=httpx2.Timeout(5.0, read=0.1))
    assert_maybe_processed(caught.value)
    assert target.hits("/hang") == 1


def test_pool_evicts_an_idle_connection_to_another_origin(
    server: ScriptedServer, tls_server: ScriptedServer, tls: TLSFiles, clients: Callable[..., Driver]
) -> None:
    client = clients(verify=tls.client, limits=httpx2.Limits(max_connections=1))
    assert client.get(server.url("/length")).text == "hello"
    timeout = httpx2.Timeout(5.0, pool=0.5)
    assert client.get(tls_server.url("/length"), timeout=timeout).text == "hello"
    assert client.get(server.url("/length"), timeout=timeout).text == "hello"
    assert (server.connections, tls_server.connections) == (2, 1)


def test_pool_timeout_while_every_connection_is_busy_sends_nothing(
    server: ScriptedServer, clients: Callable[..., Driver]
) -> None:
    client = clients(limits=httpx2.Limits(max_connections=2))
    busy = [client.start("GET", server.url(f"/gate?name=busy{i}")) for i in range(2)]
    server.wait_for(lambda: server.hits("/gate") == 2)
    for _ in range(3):
        with pytest.raises(httpx2.PoolTimeout):
            client.post(server.url("/echo"), content=b"order", timeout=httpx2.Timeout(5.0, pool=0.02))
    assert server.hits("/echo") == 0 and server.connections == 2
    for i in range(2):
        server.gate(f"busy{i}").set()
    assert [answer.result(10).text for answer in busy] == ["through busy0", "through busy1"]
    assert client.post(server.url("/echo"), content=b"order").text == "POST /echo order"
    assert server.connections == 2


# (g) responses larger than max_body (the lean transports' own cap; the client caps answers for every transport) ---

LEAN_MODES = ["sync", "async"]


@pytest.mark.parametrize("mode", LEAN_MODES)
@pytest.mark.parametrize(
    ("path", "ok"),
    [
        ("/big?n=1000", True),
        ("/big?n=1001", False),
        ("/big-until-close?n=1000", True),
        ("/big-until-close?n=5000", False),
        ("/many-chunks?n=10", True),
        ("/many-chunks?n=11", False),
        ("/huge-chunk?n=200000", False),
        ("/endless-trailers?n=20000", False),
    ],
)
def test_max_body(server: ScriptedServer, clients: Callable[..., Driver], path: str, ok: bool) -> None:
    client = clients(max_body=1000)
    timeout = httpx2.Timeout(5.0, read=0.2)
    if ok:
        assert len(client.get(server.url(path), timeout=timeout).content) == 1000
    else:
        with pytest.raises(httpx2.RemoteProtocolError):
            client.get(server.url(path), timeout=timeout)
    assert client.get(server.url("/length")).text == "hello"


@pytest.mark.parametrize("mode", LEAN_MODES)
def test_declared_length_beyond_max_body_fails_at_once(server: ScriptedServer, client: Driver) -> None:
    with pytest.raises(httpx2.RemoteProtocolError, match="larger than"):
        client.get(server.url(f"/declared?n={10**12}"), timeout=httpx2.Timeout(5.0, read=2.0))
