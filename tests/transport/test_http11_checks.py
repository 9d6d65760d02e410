"""The lean HTTP/1.1 transports against a scripted loopback server: framings, reuse, errors, pool, TLS.

These are the checks bench/check_transport.py used to run, one test each, for ``HTTP11Transport`` and
``AsyncHTTP11Transport`` alike (the ``mode`` fixture), plus what only the async transport has (cancellation,
several event loops) and the fast-path clients (``OrderlyHTTPClient`` / ``OrderlyAsyncHTTPClient``).
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx2
import pytest

from orderly_auth._httpx_clients import OrderlyAsyncHTTPClient, OrderlyHTTPClient
from orderly_auth.http11 import AsyncHTTP11Transport, HTTP11Transport
from tests.transport.scripted_server import ScriptedServer, TLSFiles, refused_port
from tests.transport.transport_drivers import Driver, assert_maybe_processed

# Checks of both transports ------------------------------------------------------------------------


def test_content_length_and_reuse(server: ScriptedServer, client: Driver) -> None:
    for _ in range(5):
        assert client.get(server.url("/length")).text == "hello"
    assert server.connections == 1, "one keep-alive connection carries every request"
    assert server.hits("/length") == 5


def test_echo_query_and_body(server: ScriptedServer, client: Driver) -> None:
    response = client.post(server.url("/echo?a=b%20c"), content=b'{"x":1}')
    assert response.text == 'POST /echo?a=b%20c {"x":1}'
    assert server.requests[-1].headers[b"content-length"] == b"7"


@pytest.mark.parametrize(
    ("path", "status", "body"),
    [
        ("/chunked", 200, b"hello world"),
        ("/split", 200, b"abcd"),
        ("/interim", 200, b"after"),
        ("/no-content", 204, b""),
    ],
)
def test_chunked_split_interim_no_content(
    server: ScriptedServer, client: Driver, path: str, status: int, body: bytes
) -> None:
    response = client.get(server.url(path))
    assert (response.status_code, response.content) == (status, body)
    assert client.get(server.url("/length")).text == "hello"
    assert server.connections == 1, "the connection stays usable after the response"


def test_until_close_and_connection_close(server: ScriptedServer, client: Driver) -> None:
    assert client.get(server.url("/until-close")).text == "all of it"
    assert client.get(server.url("/close")).text == "bye"
    assert client.get(server.url("/length")).text == "hello"  # a fresh connection after each close
    assert server.connections == 3


def test_big_body(server: ScriptedServer, client: Driver) -> None:
    assert len(client.get(server.url("/big")).content) == 3_000_000
    assert client.get(server.url("/length")).text == "hello"
    assert server.connections == 1


@pytest.mark.parametrize(
    "parts",
    [[b"ab", b"cd"], [b"", b"abcd", b""], [b"x" * 100_000] * 30],
    ids=["two", "empty-parts", "3MB"],
)
def test_streamed_upload(server: ScriptedServer, client: Driver, parts: list[bytes]) -> None:
    response = client.post(server.url("/echo"), content=client.stream(parts))
    assert response.content == b"POST /echo " + b"".join(parts)
    assert server.requests[-1].headers.get(b"transfer-encoding") == b"chunked"
    assert client.get(server.url("/length")).text == "hello"
    assert server.connections == 1


def test_streamed_upload_with_content_length(server: ScriptedServer, client: Driver) -> None:
    stream = client.stream([b"ab", b"cd"])
    response = client.post(server.url("/echo"), content=stream, headers={"Content-Length": "4"})
    assert response.text == "POST /echo abcd"
    assert b"transfer-encoding" not in server.requests[-1].headers


@pytest.mark.parametrize(
    ("path", "error"),
    [
        ("/hang", httpx2.ReadTimeout),
        ("/drop", httpx2.RemoteProtocolError),
        ("/cut", httpx2.RemoteProtocolError),
        ("/garbage", httpx2.RemoteProtocolError),
    ],
)
def test_errors_after_sending(server: ScriptedServer, client: Driver, path: str, error: type[Exception]) -> None:
    with pytest.raises(error) as caught:
        client.post(server.url(path), content=b"order", timeout=httpx2.Timeout(5.0, read=0.1))
    assert_maybe_processed(caught.value)
    assert server.hits(path) == 1
    assert client.get(server.url("/length")).text == "hello", "the client recovers on a new connection"


def test_connect_refused_is_connect_error(client: Driver) -> None:
    sock, port = refused_port()
    with sock, pytest.raises(httpx2.ConnectError):
        client.post(f"http://127.0.0.1:{port}/", content=b"order")


def test_stale_connection_is_dropped(server: ScriptedServer, client: Driver) -> None:
    assert client.get(server.url("/length")).text == "hello"
    server.close_connections()
    client.settle()
    assert client.get(server.url("/length")).text == "hello"
    assert server.connections == 2
    assert server.hits("/length") == 2


def test_pool_timeout_sends_nothing(server: ScriptedServer, clients: Callable[..., Driver]) -> None:
    client = clients(limits=httpx2.Limits(max_connections=1))
    slow = client.start("GET", server.url("/gate?name=pool"))
    server.wait_for(lambda: server.hits("/gate") == 1)
    with pytest.raises(httpx2.PoolTimeout):
        client.post(server.url("/echo"), content=b"order", timeout=httpx2.Timeout(5.0, pool=0.05))
    assert server.hits("/echo") == 0 and server.connections == 1, "nothing of the request was sent"
    server.gate("pool").set()
    assert slow.result(10).text == "through pool"
    assert client.get(server.url("/length")).text == "hello"
    assert server.connections == 1


def test_tls(tls_server: ScriptedServer, tls: TLSFiles, clients: Callable[..., Driver]) -> None:
    secure = clients(verify=tls.client)
    assert secure.get(tls_server.url("/chunked")).text == "hello world"
    assert secure.get(tls_server.url("/length")).text == "hello"
    assert tls_server.connections == 1
    with pytest.raises(httpx2.ConnectError):
        clients().post(tls_server.url("/echo"), content=b"order")  # verify=True: the self-signed cert is refused
    assert tls_server.hits("/echo") == 0


# Async only ---------------------------------------------------------------------------------------


def test_async_concurrent_requests_share_the_pool(server: ScriptedServer) -> None:
    async def scenario() -> None:
        limits = httpx2.Limits(max_connections=100, max_keepalive_connections=50)
        async with httpx2.AsyncClient(transport=AsyncHTTP11Transport(limits=limits), timeout=5.0) as client:
            answers = await asyncio.gather(*(client.get(server.url("/length")) for _ in range(50)))
            assert all(answer.text == "hello" for answer in answers)
            await asyncio.gather(*(client.get(server.url("/length")) for _ in range(50)))

    asyncio.run(scenario())
    assert server.hits("/length") == 100
    assert server.connections == 50, "the second wave reuses the first wave's connections"


def test_async_cancelled_request_leaves_no_connection_in_the_pool(server: ScriptedServer) -> None:
    async def scenario() -> None:
        transport = AsyncHTTP11Transport()
        async with httpx2.AsyncClient(transport=transport, timeout=5.0) as client:
            task = asyncio.ensure_future(client.get(server.url("/hang")))
            while server.hits("/hang") == 0:
                await asyncio.sleep(0.002)
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            assert task.cancelled()
            assert (await client.get(server.url("/length"))).text == "hello"
            assert server.connections == 2, "the cancelled request's connection was not reused"
            assert transport._open == 1

    asyncio.run(scenario())


def test_async_in_a_new_loop_each_time(server: ScriptedServer, tls_server: ScriptedServer, tls: TLSFiles) -> None:
    """The whole async check as it was, each ``asyncio.run`` with a client of its own."""

    async def upload() -> AsyncIterator[bytes]:
        yield b"ab"
        yield b"cd"

    async def body() -> None:
        async with httpx2.AsyncClient(transport=AsyncHTTP11Transport(), timeout=2.0) as client:
            assert (await client.post(server.url("/echo?a=b%20c"), content=b"{}")).text == "POST /echo?a=b%20c {}"
            assert (await client.get(server.url("/chunked"))).text == "hello world"
            assert (await client.post(server.url("/echo"), content=upload())).text == "POST /echo abcd"
        async with httpx2.AsyncClient(transport=AsyncHTTP11Transport(verify=tls.client), timeout=2.0) as secure:
            assert (await secure.get(tls_server.url("/chunked"))).text == "hello world"

    asyncio.run(body())
    asyncio.run(body())
    assert server.connections == 2 and tls_server.connections == 2


def test_async_across_event_loops(server: ScriptedServer) -> None:
    client = httpx2.AsyncClient(transport=AsyncHTTP11Transport())
    for _ in range(2):  # connections of a closed loop are dropped, not reused
        assert asyncio.run(client.get(server.url("/length"))).text == "hello"
    assert server.connections == 2


# Fast-path clients --------------------------------------------------------------------------------

ALPHABET = "aZ09 -_.~+/?&=%#:@!$'()*,;[]é€\u00a0"
BASES = ["http://h", "http://h/", "https://h:8443/sub/path", "http://127.0.0.1:1/x/"]


@pytest.mark.parametrize("base", BASES)
def test_fast_clients_build_the_requests_httpx_builds(base: str) -> None:
    rng = random.Random(7)
    stock, fast = httpx2.Client(base_url=base), OrderlyHTTPClient(base_url=base)
    for _ in range(200):
        params = {
            "".join(rng.choices(ALPHABET, k=rng.randint(1, 6))): "".join(rng.choices(ALPHABET, k=rng.randint(0, 12)))
            for _ in range(rng.randint(1, 3))
        }
        path = rng.choice(["/v1/client/order", "v1/order", "/v1/order/12", "/a%20b"])
        for method in ("GET", "DELETE"):
            one = stock.build_request(method, path, params=params)
            two = fast.build_request(method, path, params=params)
            assert one.url == two.url and one.url.raw_path == two.url.raw_path, (one.url, two.url)
            assert str(one.url) == str(two.url) and one.headers.raw == two.headers.raw
    post: dict[str, Any] = {"json": {"a": 1}, "params": None}
    assert stock.build_request("POST", "/v1/order", **post).url == fast.build_request("POST", "/v1/order", **post).url
    with_params = OrderlyHTTPClient(base_url=base, params={"k": "v"})
    assert (
        with_params.build_request("GET", "/x", params={"a": "b"}).url
        == httpx2.Client(base_url=base, params={"k": "v"}).build_request("GET", "/x", params={"a": "b"}).url
    )
    fast.base_url = "http://other/"  # a new base URL is not served from the cache
    assert fast.build_request("GET", "/v1/order").url == httpx2.URL("http://other/v1/order")


def _cookie_app(request: httpx2.Request) -> httpx2.Response:
    if request.url.path == "/set":
        return httpx2.Response(200, headers={"Set-Cookie": "session=abc; Path=/"})
    return httpx2.Response(200, text=request.headers.get("cookie", ""))


def test_fast_client_keeps_cookies() -> None:
    client = OrderlyHTTPClient(base_url="http://h", transport=httpx2.MockTransport(_cookie_app))
    client.get("/plain")
    assert not client.cookies
    client.get("/set")
    assert client.cookies.get("session") == "abc"
    assert client.get("/echo").text == "session=abc"
    client.cookies = {"other": "1"}
    assert client.get("/echo").text == "other=1"


def test_fast_async_client_keeps_cookies() -> None:
    async def scenario() -> None:
        client = OrderlyAsyncHTTPClient(base_url="http://h", transport=httpx2.MockTransport(_cookie_app))
        await client.get("/plain")
        assert not client.cookies
        await client.get("/set")
        assert (await client.get("/echo")).text == "session=abc"

    asyncio.run(scenario())


def test_fast_client_through_the_network(server: ScriptedServer) -> None:
    with OrderlyHTTPClient(base_url=server.url("/"), transport=HTTP11Transport()) as client:
        assert client.get("/echo", params={"a": "b c"}).text == "GET /echo?a=b+c "


def test_fast_async_client_through_the_network(server: ScriptedServer) -> None:
    async def scenario() -> None:
        async with OrderlyAsyncHTTPClient(base_url=server.url("/"), transport=AsyncHTTP11Transport()) as client:
            assert (await client.get("/echo", params={"a": "b c"})).text == "GET /echo?a=b+c "

    asyncio.run(scenario())
