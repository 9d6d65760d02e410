"""Correctness checks of the lean HTTP/1.1 transports (``orderly_auth._http11``) and fast-path clients.

Usage: python bench/check_transport.py

A scripted loopback server (plain and TLS with a throw-away self-signed certificate) answers with
every framing and failure the transports must handle; each check runs through ``httpx.Client`` /
``httpx.AsyncClient`` on ``HTTP11Transport`` / ``AsyncHTTP11Transport``. Meant to move into
tests/ (see the report); ``make bench`` runs it before timing anything.
"""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import random
import ssl
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from orderly_auth._http11 import AsyncHTTP11Transport, HTTP11Transport
from orderly_auth._httpx_clients import OrderlyAsyncHTTPClient, OrderlyHTTPClient

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter, bytes, bytes], Any]


def _ok(body: bytes, extra: bytes = b"") -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n%b\r\n%b" % (len(body), extra, body)


class ScriptedServer:
    """Answers by path; counts connections; runs its own event loop in a thread."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.tls = tls
        self.connections = 0
        self.writers: set[asyncio.StreamWriter] = set()
        self.loop = asyncio.new_event_loop()
        self.port = 0
        ready = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(ready,), daemon=True)
        self.thread.start()
        ready.wait(5)

    def _run(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)

        async def start() -> None:
            server = await asyncio.start_server(self._client, "127.0.0.1", 0, ssl=self.tls)
            self.port = server.sockets[0].getsockname()[1]
            ready.set()

        self.loop.run_until_complete(start())
        self.loop.run_forever()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self.writers.add(writer)
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.split(b"\r\n")
                method, target, _ = lines[0].split(b" ")
                headers = dict(line.lower().split(b": ", 1) for line in lines[1:] if line)
                body = b""
                if b"content-length" in headers:
                    body = await reader.readexactly(int(headers[b"content-length"]))
                elif headers.get(b"transfer-encoding") == b"chunked":
                    while True:
                        size = int((await reader.readuntil(b"\r\n")).strip(), 16)
                        data = await reader.readexactly(size + 2)
                        body += data[:-2]
                        if size == 0:
                            break
                if not await self.answer(writer, method, target, body):
                    writer.close()
                    return
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    async def answer(self, writer: asyncio.StreamWriter, method: bytes, target: bytes, body: bytes) -> bool:
        """Write the scripted answer; False closes the connection."""
        path = target.split(b"?")[0]
        if path == b"/length":
            writer.write(_ok(b"hello"))
        elif path == b"/echo":
            writer.write(_ok(method + b" " + target + b" " + body))
        elif path == b"/chunked":
            writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n")
            await writer.drain()
            await asyncio.sleep(0.02)
            writer.write(b"6;ext=1\r\n world\r\n0\r\nX-Trailer: 1\r\n\r\n")
        elif path == b"/split":
            for part in (b"HTTP/1.1 200 OK\r\nConte", b"nt-Length: 4\r\n\r\nab", b"cd"):
                writer.write(part)
                await writer.drain()
                await asyncio.sleep(0.01)
        elif path == b"/until-close":
            writer.write(b"HTTP/1.1 200 OK\r\n\r\nall of it")
            return False
        elif path == b"/close":
            writer.write(_ok(b"bye", b"Connection: close\r\n"))
            return False
        elif path == b"/interim":
            writer.write(b"HTTP/1.1 100 Continue\r\n\r\n" + _ok(b"after"))
        elif path == b"/no-content":
            writer.write(b"HTTP/1.1 204 No Content\r\n\r\n")
        elif path == b"/big":
            writer.write(_ok(b"x" * 3_000_000))
        elif path == b"/slow":
            await asyncio.sleep(0.5)
            writer.write(_ok(b"late"))
        elif path == b"/drop":
            return False
        elif path == b"/cut":
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
            return False
        elif path == b"/garbage":
            writer.write(b"NOT HTTP\r\n\r\n")
            return False
        else:
            writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
        await writer.drain()
        return True

    def url(self, path: str) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}{path}"


def _tls_contexts(folder: Path) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "bench")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(cert_file, key_file)
    client = ssl.create_default_context(cafile=str(cert_file))
    return server, client


def sync_checks(
    server: ScriptedServer, tls_server: ScriptedServer, tls_client: ssl.SSLContext
) -> list[Callable[[], None]]:
    client = httpx.Client(transport=HTTP11Transport(), timeout=2.0)

    def content_length_and_reuse() -> None:
        before = server.connections
        for _ in range(5):
            assert client.get(server.url("/length")).text == "hello"
        assert server.connections - before == 1, "keep-alive connection reused"

    def echo_query_and_body() -> None:
        response = client.post(server.url("/echo?a=b%20c"), content=b'{"x":1}')
        assert response.text == 'POST /echo?a=b%20c {"x":1}', response.text

    def chunked_split_interim_nocontent() -> None:
        assert client.get(server.url("/chunked")).text == "hello world"
        assert client.get(server.url("/split")).text == "abcd"
        assert client.get(server.url("/interim")).text == "after"
        response = client.get(server.url("/no-content"))
        assert response.status_code == 204 and response.content == b""

    def until_close_and_connection_close() -> None:
        assert client.get(server.url("/until-close")).text == "all of it"
        assert client.get(server.url("/close")).text == "bye"
        assert client.get(server.url("/length")).text == "hello"  # a fresh connection after the close

    def big_body_and_streamed_upload() -> None:
        assert len(client.get(server.url("/big")).content) == 3_000_000
        response = client.post(server.url("/echo"), content=iter([b"ab", b"cd"]))
        assert response.text == "POST /echo abcd", response.text

    def errors() -> None:
        expect(httpx.ReadTimeout, lambda: client.get(server.url("/slow"), timeout=httpx.Timeout(2.0, read=0.1)))
        expect(httpx.RemoteProtocolError, lambda: client.get(server.url("/drop")))
        expect(httpx.RemoteProtocolError, lambda: client.get(server.url("/cut")))
        expect(httpx.RemoteProtocolError, lambda: client.get(server.url("/garbage")))
        expect(httpx.ConnectError, lambda: client.get("http://127.0.0.1:9/"))

    def stale_connection_is_dropped() -> None:
        client.get(server.url("/length"))
        server.loop.call_soon_threadsafe(_close_all, server)
        time.sleep(0.1)
        assert client.get(server.url("/length")).text == "hello"

    def pool_timeout() -> None:
        small = httpx.Client(transport=HTTP11Transport(limits=httpx.Limits(max_connections=1)), timeout=2.0)
        thread = threading.Thread(target=lambda: small.get(server.url("/slow")))
        thread.start()
        time.sleep(0.1)
        expect(httpx.PoolTimeout, lambda: small.get(server.url("/length"), timeout=httpx.Timeout(2.0, pool=0.1)))
        thread.join()
        assert small.get(server.url("/length")).text == "hello"

    def tls() -> None:
        secure = httpx.Client(transport=HTTP11Transport(verify=tls_client), timeout=2.0)
        assert secure.get(tls_server.url("/chunked")).text == "hello world"
        expect(httpx.ConnectError, lambda: httpx.Client(transport=HTTP11Transport()).get(tls_server.url("/length")))

    return [
        content_length_and_reuse,
        echo_query_and_body,
        chunked_split_interim_nocontent,
        until_close_and_connection_close,
        big_body_and_streamed_upload,
        errors,
        stale_connection_is_dropped,
        pool_timeout,
        tls,
    ]


def _close_all(server: ScriptedServer) -> None:
    """The server closes every connection it has, idle ones included."""
    for writer in server.writers:
        writer.close()
    server.writers.clear()


def async_checks(
    server: ScriptedServer, tls_server: ScriptedServer, tls_client: ssl.SSLContext
) -> list[Callable[[], None]]:
    async def body() -> None:
        client = httpx.AsyncClient(transport=AsyncHTTP11Transport(), timeout=2.0)
        before = server.connections
        for _ in range(5):
            assert (await client.get(server.url("/length"))).text == "hello"
        assert server.connections - before == 1, "keep-alive connection reused"
        assert (await client.post(server.url("/echo?a=b%20c"), content=b"{}")).text == "POST /echo?a=b%20c {}"
        assert (await client.get(server.url("/chunked"))).text == "hello world"
        assert (await client.get(server.url("/split"))).text == "abcd"
        assert (await client.get(server.url("/interim"))).text == "after"
        assert (await client.get(server.url("/no-content"))).status_code == 204
        assert (await client.get(server.url("/until-close"))).text == "all of it"
        assert (await client.get(server.url("/close"))).text == "bye"
        assert len((await client.get(server.url("/big"))).content) == 3_000_000

        async def upload() -> Any:
            yield b"ab"
            yield b"cd"

        assert (await client.post(server.url("/echo"), content=upload())).text == "POST /echo abcd"
        # 50 concurrent requests share the pool
        answers = await asyncio.gather(*(client.get(server.url("/length")) for _ in range(50)))
        assert all(a.text == "hello" for a in answers)
        await expect_async(httpx.ReadTimeout, client.get(server.url("/slow"), timeout=httpx.Timeout(2.0, read=0.1)))
        await expect_async(httpx.RemoteProtocolError, client.get(server.url("/drop")))
        await expect_async(httpx.RemoteProtocolError, client.get(server.url("/cut")))
        await expect_async(httpx.RemoteProtocolError, client.get(server.url("/garbage")))
        await expect_async(httpx.ConnectError, client.get("http://127.0.0.1:9/"))
        server.loop.call_soon_threadsafe(_close_all, server)
        await asyncio.sleep(0.1)
        assert (await client.get(server.url("/length"))).text == "hello", "stale connection dropped"
        small = httpx.AsyncClient(transport=AsyncHTTP11Transport(limits=httpx.Limits(max_connections=1)))
        slow = asyncio.ensure_future(small.get(server.url("/slow")))
        await asyncio.sleep(0.1)
        await expect_async(httpx.PoolTimeout, small.get(server.url("/length"), timeout=httpx.Timeout(2.0, pool=0.1)))
        await slow
        # cancelling a request mid-response must not leave the connection in the pool
        task = asyncio.ensure_future(client.get(server.url("/slow")))
        await asyncio.sleep(0.05)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        assert (await client.get(server.url("/length"))).text == "hello"
        secure = httpx.AsyncClient(transport=AsyncHTTP11Transport(verify=tls_client), timeout=2.0)
        assert (await secure.get(tls_server.url("/chunked"))).text == "hello world"
        await expect_async(
            httpx.ConnectError, httpx.AsyncClient(transport=AsyncHTTP11Transport()).get(tls_server.url("/"))
        )
        await client.aclose()

    def in_a_new_loop_each_time() -> None:
        asyncio.run(body())

    def across_event_loops() -> None:
        client = httpx.AsyncClient(transport=AsyncHTTP11Transport())
        for _ in range(2):  # connections of a closed loop are dropped, not reused
            assert asyncio.run(client.get(server.url("/length"))).text == "hello"

    return [in_a_new_loop_each_time, across_event_loops]


def fast_client_checks(server: ScriptedServer) -> list[Callable[[], None]]:
    """The fast-path clients build exactly the requests httpx's own clients build, and keep cookies."""

    def same_requests_as_httpx() -> None:
        rng = random.Random(7)
        alphabet = "aZ09 -_.~+/?&=%#:@!$'()*,;[]é€\u00a0"
        for base in ("http://h", "http://h/", "https://h:8443/sub/path", "http://127.0.0.1:1/x/"):
            stock, fast = httpx.Client(base_url=base), OrderlyHTTPClient(base_url=base)
            for _ in range(200):
                params = {
                    "".join(rng.choices(alphabet, k=rng.randint(1, 6))): "".join(
                        rng.choices(alphabet, k=rng.randint(0, 12))
                    )
                    for _ in range(rng.randint(1, 3))
                }
                path = rng.choice(["/v1/client/order", "v1/order", "/v1/order/12", "/a%20b"])
                for method in ("GET", "DELETE"):
                    one = stock.build_request(method, path, params=params)
                    two = fast.build_request(method, path, params=params)
                    assert one.url == two.url and one.url.raw_path == two.url.raw_path, (one.url, two.url)
                    assert str(one.url) == str(two.url) and one.headers.raw == two.headers.raw
            post = {"json": {"a": 1}, "params": None}
            assert (
                stock.build_request("POST", "/v1/order", **post).url
                == fast.build_request("POST", "/v1/order", **post).url
            )
            with_params = OrderlyHTTPClient(base_url=base, params={"k": "v"})
            assert (
                with_params.build_request("GET", "/x", params={"a": "b"}).url
                == httpx.Client(base_url=base, params={"k": "v"}).build_request("GET", "/x", params={"a": "b"}).url
            )
            fast.base_url = "http://other/"  # a new base URL is not served from the cache
            assert fast.build_request("GET", "/v1/order").url == httpx.URL("http://other/v1/order")

    def cookies_still_kept() -> None:
        def answer(request: httpx.Request) -> httpx.Response:
            if request.url.path == "/set":
                return httpx.Response(200, headers={"Set-Cookie": "session=abc; Path=/"})
            return httpx.Response(200, text=request.headers.get("cookie", ""))

        client = OrderlyHTTPClient(base_url="http://h", transport=httpx.MockTransport(answer))
        client.get("/plain")
        assert not client.cookies
        client.get("/set")
        assert client.cookies.get("session") == "abc"
        assert client.get("/echo").text == "session=abc"
        client.cookies = {"other": "1"}
        assert client.get("/echo").text == "other=1"

        async def on_async() -> None:
            aclient = OrderlyAsyncHTTPClient(base_url="http://h", transport=httpx.MockTransport(answer))
            await aclient.get("/set")
            assert (await aclient.get("/echo")).text == "session=abc"

        asyncio.run(on_async())

    def through_the_network() -> None:
        client = OrderlyHTTPClient(base_url=server.url("/"), transport=HTTP11Transport())
        assert client.get("/echo", params={"a": "b c"}).text == "GET /echo?a=b+c "

    return [same_requests_as_httpx, cookies_still_kept, through_the_network]


def expect(kind: type[Exception], call: Callable[[], Any]) -> None:
    try:
        call()
    except kind:
        return
    raise AssertionError(f"expected {kind.__name__}")


async def expect_async(kind: type[Exception], awaitable: Any) -> None:
    try:
        await awaitable
    except kind:
        return
    raise AssertionError(f"expected {kind.__name__}")


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        server_tls, client_tls = _tls_contexts(Path(folder))
        server, tls_server = ScriptedServer(), ScriptedServer(server_tls)
        checks = (
            sync_checks(server, tls_server, client_tls)
            + async_checks(server, tls_server, client_tls)
            + fast_client_checks(server)
        )
        passed = failed = 0
        for check in checks:
            try:
                check()
            except Exception:
                failed += 1
                print(f"FAIL {check.__qualname__}")
                traceback.print_exc()
            else:
                passed += 1
        print(f"transport checks: {passed} passed, {failed} failed")
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
