"""Many requests at once on one transport: every answer goes to its own request, and the pool keeps its bounds.

The server counts its connections (open at once, and in total), so the bound is checked where it matters.
With ``max_keepalive_connections == max_connections`` the client never closes a healthy connection, so the
server's counts are exact (no connection is still closing on one side while a new one opens).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable

import httpx2

from orderly_auth.http11 import AsyncHTTP11Transport, HTTP11Transport
from tests.transport.scripted_server import ScriptedServer
from tests.transport.transport_drivers import Driver, lean_pool


def test_sync_8_threads_x_50_requests(server: ScriptedServer) -> None:
    transport = HTTP11Transport(limits=httpx2.Limits(max_connections=4, max_keepalive_connections=4))
    failures: list[BaseException] = []
    start = threading.Barrier(8)

    def worker(number: int) -> None:
        try:
            start.wait(5)
            for i in range(50):
                body = f"{number}-{i}".encode()
                response = client.post(server.url(f"/echo?t={number}"), content=body)
                assert response.content == b"POST /echo?t=%d %b" % (number, body), "an answer to another request"
        except BaseException as exc:
            failures.append(exc)

    with httpx2.Client(transport=transport, timeout=httpx2.Timeout(10.0)) as client:
        threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert not failures, failures[:3]
        assert transport._open == transport._idle_count <= 4, repr(transport)
    assert server.hits("/echo") == 400
    assert server.peak_open <= 4 and server.connections <= 4, (server.peak_open, server.connections)


def test_async_200_concurrent_requests(server: ScriptedServer) -> None:
    transport = AsyncHTTP11Transport(limits=httpx2.Limits(max_connections=10, max_keepalive_connections=10))

    async def one(client: httpx2.AsyncClient, number: int) -> None:
        body = str(number).encode()
        response = await client.post(server.url("/echo"), content=body)
        assert response.content == b"POST /echo " + body, "an answer to another request"

    async def scenario() -> None:
        async with httpx2.AsyncClient(transport=transport, timeout=httpx2.Timeout(10.0)) as client:
            await asyncio.gather(*(one(client, n) for n in range(200)))
            assert transport._open == transport._idle_count <= 10, repr(transport)

    asyncio.run(scenario())
    assert server.hits("/echo") == 200
    assert server.peak_open <= 10 and server.connections <= 10, (server.peak_open, server.connections)


def test_pool_slots_are_not_leaked_by_failures(server: ScriptedServer, clients: Callable[..., Driver]) -> None:
    """Every failure gives its slot back: afterwards the two slots still serve two requests at once."""
    client = clients(limits=httpx2.Limits(max_connections=2, max_keepalive_connections=1))
    for path in ["/drop", "/reset", "/cut", "/garbage", "/chunked-bad", "/hang", "/close", "/until-close"] * 2:
        with contextlib.suppress(httpx2.TransportError):
            client.post(server.url(path), content=b"x", timeout=httpx2.Timeout(5.0, read=0.05))
    both = [
        client.start("GET", server.url(f"/gate?name=slot{i}"), timeout=httpx2.Timeout(5.0, pool=2.0)) for i in (0, 1)
    ]
    server.wait_for(lambda: server.hits("/gate") == 2)
    server.gate("slot0").set()
    server.gate("slot1").set()
    assert [answer.result(10).status_code for answer in both] == [200, 200]
    pool = lean_pool(client)
    assert pool._open == pool._idle_count == 1, repr(pool)


def test_async_cancelled_waiter_passes_its_wake_up_on(server: ScriptedServer) -> None:
    async def scenario() -> None:
        transport = AsyncHTTP11Transport(limits=httpx2.Limits(max_connections=1))
        waiting: dict[str, asyncio.Task[httpx2.Response]] = {}

        async def on_response(response: httpx2.Response) -> None:
            # Runs in the first request's task right after the transport released its connection (and
            # woke the first waiter): the waiter is cancelled before it had a chance to run.
            if response.request.url.path == "/gate":
                waiting["b"].cancel()

        hooks = {"response": [on_response]}
        async with httpx2.AsyncClient(transport=transport, timeout=5.0, event_hooks=hooks) as client:
            first = asyncio.ensure_future(client.get(server.url("/gate?name=first")))
            while server.hits("/gate") == 0:
                await asyncio.sleep(0.002)
            waiting["b"] = asyncio.ensure_future(client.get(server.url("/length")))
            third = asyncio.ensure_future(client.get(server.url("/length"), timeout=httpx2.Timeout(5.0, pool=0.2)))
            await asyncio.sleep(0.02)  # both wait for the one connection
            server.gate("first").set()
            assert (await first).text == "through first"
            await asyncio.gather(waiting["b"], return_exceptions=True)
            assert waiting["b"].cancelled()
            assert (await third).text == "hello"

    asyncio.run(scenario())
