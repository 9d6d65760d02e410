"""TLS through the lean transports: ``verify`` as in httpx2; a failed handshake is a ConnectError, and sends nothing."""

from __future__ import annotations

import ssl
from collections.abc import Callable

import httpx2
import pytest

from tests.transport.scripted_server import ScriptedServer, TLSFiles
from tests.transport.transport_drivers import Driver, assert_maybe_processed


@pytest.mark.parametrize("verify", ["ca", "no-verification"])
def test_request_over_tls(
    tls_server: ScriptedServer, tls: TLSFiles, clients: Callable[..., Driver], verify: str
) -> None:
    client = clients(verify=tls.client if verify == "ca" else False)
    for _ in range(3):
        assert client.post(tls_server.url("/echo?q=1"), content=b"order").text == "POST /echo?q=1 order"
    assert client.get(tls_server.url("/big?n=1000000")).content == b"x" * 1_000_000
    assert client.get(tls_server.url("/chunked")).text == "hello world"
    assert tls_server.connections == 1


def test_negotiates_http11(tls_server: ScriptedServer, tls: TLSFiles, clients: Callable[..., Driver]) -> None:
    response = clients(verify=tls.client).get(tls_server.url("/length"))
    assert response.http_version == "HTTP/1.1"
    assert tls_server.alpn == ["http/1.1"], "the server offers h2 too: ALPN must ask for http/1.1 only"


@pytest.mark.parametrize(
    ("verify", "host"),
    [(True, "127.0.0.1"), ("ca", "localhost")],
    ids=["self-signed-refused", "hostname-mismatch"],
)
def test_failed_verification_is_a_connect_error_and_sends_nothing(
    tls_server: ScriptedServer, tls: TLSFiles, clients: Callable[..., Driver], verify: object, host: str
) -> None:
    client = clients(verify=tls.client if verify == "ca" else verify)
    url = tls_server.url("/echo").replace("127.0.0.1", host)
    with pytest.raises(httpx2.ConnectError, match=r"CERTIFICATE_VERIFY_FAILED|certificate verify failed"):
        client.post(url, content=b"order")
    assert tls_server.hits("/echo") == 0


def test_https_to_a_plain_server_is_a_connect_error(server: ScriptedServer, client: Driver) -> None:
    with pytest.raises(httpx2.ConnectError):
        client.post(server.url("/echo").replace("http:", "https:"), content=b"order")
    assert server.hits("/echo") == 0


def test_plain_http_to_a_tls_server_fails_as_maybe_processed(tls_server: ScriptedServer, client: Driver) -> None:
    """The request was written (in clear): whatever the server did with it, it is not "certainly not sent"."""
    with pytest.raises(httpx2.TransportError) as caught:
        client.post(tls_server.url("/echo").replace("https:", "http:"), content=b"order", timeout=2.0)
    assert_maybe_processed(caught.value)


def test_custom_context_is_used_as_given(
    tls_server: ScriptedServer, tls: TLSFiles, clients: Callable[..., Driver]
) -> None:
    context = ssl.create_default_context(cafile=str(tls.cert))
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    assert clients(verify=context).get(tls_server.url("/length")).text == "hello"
