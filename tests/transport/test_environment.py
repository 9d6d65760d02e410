"""The default connection layer honours the environment as httpx2 does: proxies, NO_PROXY, SSL_CERT_FILE, trust_env.

A loopback proxy written here (CONNECT tunnels for https, absolute-form forwarding for http) records the
request line of every connection it is given; the scripted server behind it records what arrived.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx2
import pytest

from orderly_auth import ConnectError, Credentials, OrderlyClient, _httpx_clients, create_client, generate_key
from tests.transport.scripted_server import ScriptedServer, TLSFiles

ACCOUNT = "0x" + "ab" * 32
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "SSL_CERT_FILE", "SSL_CERT_DIR")


class LoopbackProxy:
    """An HTTP proxy on 127.0.0.1: one thread per connection, bytes piped both ways until either side closes."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.seen: list[bytes] = []  # the first request line of each connection
        self._threads: list[threading.Thread] = []
        self._stopping = False
        self._start(self._accept)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _start(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        while True:
            conn, _ = self.listener.accept()
            if self._stopping:  # the connection stop() made to wake this thread
                conn.close()
                return
            self._start(self._serve, conn)

    def _serve(self, conn: socket.socket) -> None:
        with contextlib.suppress(OSError), conn:
            head = b""
            while b"\r\n\r\n" not in head:
                data = conn.recv(65536)
                if not data:
                    return
                head += data
            line, _, rest = head.partition(b"\r\n")
            self.seen.append(line)
            method, target, version = line.split(b" ")
            if method == b"CONNECT":
                host, _, port = target.rpartition(b":")
                upstream = socket.create_connection((host.decode(), int(port)), timeout=10)
                conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                leftover = rest.partition(b"\r\n\r\n")[2]
            else:  # absolute form: forward in origin form
                url = urlsplit(target.decode())
                upstream = socket.create_connection((url.hostname or "", url.port or 80), timeout=10)
                origin = (url.path or "/") + (f"?{url.query}" if url.query else "")
                leftover = b"%b %b %b\r\n%b" % (method, origin.encode(), version, rest)
            with upstream:
                if leftover:
                    upstream.sendall(leftover)
                back = threading.Thread(target=self._pipe, args=(upstream, conn), daemon=True)
                back.start()
                self._pipe(conn, upstream)
                back.join(10)

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)

    def stop(self) -> None:
        self._stopping = True
        socket.create_connection(("127.0.0.1", self.port), timeout=10).close()
        self.listener.close()
        for thread in self._threads:
            thread.join(10)


@pytest.fixture
def proxy() -> Iterator[LoopbackProxy]:
    running = LoopbackProxy()
    yield running
    running.stop()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(autouse=True, params=["picked transport", "inner client send"])
def connection_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test twice: the request handed to the transport the inner client picks for its URL (the fast
    path), and through the inner client's public ``send`` (what other httpx2 versions get)."""
    if request.param == "inner client send":
        monkeypatch.setattr(_httpx_clients, "FAST_PATHS", False)
    elif not _httpx_clients.FAST_PATHS:
        pytest.skip("this httpx2 takes the public path only")
    return str(request.param)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES + tuple(name.lower() for name in PROXY_VARIABLES):
        monkeypatch.delenv(name, raising=False)


def _credentials() -> Credentials:
    return Credentials(ACCOUNT, generate_key().secret)


def _get(client: OrderlyClient, mode: str, path: str = "/length") -> httpx2.Response:
    """A request off the spec, by hand: signed all the same, through the whole pipeline."""
    if mode == "sync":
        try:
            return client.get_httpx_client().get(path)
        finally:
            client.close()

    async def run() -> httpx2.Response:
        try:
            return await client.get_async_httpx_client().get(path)
        finally:
            await client.aclose()

    return asyncio.run(run())


def test_https_proxy_tunnels_to_a_server_trusted_by_ssl_cert_file(
    proxy: LoopbackProxy, tls_server: ScriptedServer, tls: TLSFiles, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    monkeypatch.setenv("SSL_CERT_FILE", str(tls.cert))
    client = create_client(_credentials(), base_url=f"https://127.0.0.1:{tls_server.port}")
    response = _get(client, mode)
    assert response.content == b"hello"
    assert proxy.seen == [b"CONNECT 127.0.0.1:%d HTTP/1.1" % tls_server.port]
    (request,) = tls_server.requests
    assert request.headers[b"orderly-account-id"] == ACCOUNT.encode()
    assert b"orderly-signature" in request.headers


def test_a_direct_tls_connection_trusts_ssl_cert_file(
    tls_server: ScriptedServer, tls: TLSFiles, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No proxy: the default layer's own pool, with the TLS settings httpx2 takes from the environment."""
    monkeypatch.setenv("SSL_CERT_FILE", str(tls.cert))
    client = create_client(_credentials(), base_url=f"https://127.0.0.1:{tls_server.port}")
    assert _get(client, mode).content == b"hello"
    (request,) = tls_server.requests
    assert b"orderly-signature" in request.headers


def test_http_proxy_forwards_plain_http(
    proxy: LoopbackProxy, server: ScriptedServer, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    client = create_client(_credentials(), base_url=f"http://127.0.0.1:{server.port}")
    assert _get(client, mode).content == b"hello"
    assert proxy.seen == [b"GET http://127.0.0.1:%d/length HTTP/1.1" % server.port]
    (request,) = server.requests
    assert b"orderly-signature" in request.headers


def test_no_proxy_bypasses_the_proxy(
    proxy: LoopbackProxy, server: ScriptedServer, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    client = create_client(base_url=f"http://127.0.0.1:{server.port}")
    assert _get(client, mode).content == b"hello"
    assert proxy.seen == []
    assert len(server.requests) == 1


def test_trust_env_false_ignores_proxies_and_ssl_cert_file(
    proxy: LoopbackProxy, tls_server: ScriptedServer, tls: TLSFiles, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    monkeypatch.setenv("SSL_CERT_FILE", str(tls.cert))
    client = create_client(base_url=f"https://127.0.0.1:{tls_server.port}", trust_env=False)
    with pytest.raises(ConnectError):  # the self-signed certificate is not trusted without SSL_CERT_FILE
        _get(client, mode)
    assert proxy.seen == []


def test_explicit_proxy_argument(proxy: LoopbackProxy, server: ScriptedServer, mode: str) -> None:
    client = create_client(base_url=f"http://127.0.0.1:{server.port}", proxy=proxy.url)
    assert _get(client, mode).content == b"hello"
    assert proxy.seen == [b"GET http://127.0.0.1:%d/length HTTP/1.1" % server.port]


def test_one_request_is_logged_once_by_httpx2(
    server: ScriptedServer, mode: str, connection_path: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The outer client logs its ``HTTP Request`` line; the picked transport adds none of its own."""
    client = create_client(base_url=f"http://127.0.0.1:{server.port}")
    with caplog.at_level("INFO", logger="httpx2"):
        assert _get(client, mode).content == b"hello"
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("HTTP Request")]
    assert len(lines) == (1 if connection_path == "picked transport" else 2)
