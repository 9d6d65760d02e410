"""The sandbox's resources are bounded (REST threads, idle connections, stream outboxes); 0.0.0.0 warns."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time

import httpx2
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from orderly_sandbox import Sandbox
from orderly_sandbox.__main__ import host_warning

FAILSAFE = 120.0  # seconds: only a hang reaches it


def test_rest_connections_are_bounded_and_idle_ones_are_closed() -> None:
    with Sandbox(max_connections=4, idle_timeout=0.5) as sandbox:
        peak = 0
        done = threading.Event()

        def watch() -> None:
            nonlocal peak
            while not done.is_set():
                peak = max(peak, sandbox.open_connections)
                time.sleep(0.002)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        idle = [socket.create_connection(("127.0.0.1", sandbox.port), timeout=FAILSAFE) for _ in range(12)]
        try:
            for connection in idle:  # each is served in turn, says nothing, and is closed by the server
                with contextlib.suppress(ConnectionResetError):
                    assert connection.recv(1) == b""
        finally:
            done.set()
            watcher.join(timeout=FAILSAFE)
            for connection in idle:
                connection.close()
        assert peak <= 4  # never more served at once than the bound
        answer = httpx2.get(sandbox.base_url + "/v1/public/system_info", timeout=FAILSAFE)
        assert answer.status_code == 200


def test_a_stream_client_that_does_not_read_is_disconnected_at_the_outbox_bound() -> None:
    with Sandbox(ws_max_outbox=50) as sandbox, connect(sandbox.ws_public_url + "/bounds", open_timeout=30) as client:
        client.send('{"event": "ping"}')
        assert '"pong"' in str(client.recv(timeout=30))  # connected and answered
        streams = sandbox._streams
        assert streams is not None and streams._loop is not None

        async def flood() -> tuple[int, bool]:
            """What a burst of answers does to the one client, queued with no chance for its writer to send."""
            (served,) = list(streams._clients)
            for _ in range(200):
                streams._send(served, {"event": "pong", "ts": 1})
            return served.outbox.qsize(), served.overflowed

        queued, overflowed = asyncio.run_coroutine_threadsafe(flood(), streams._loop).result(FAILSAFE)
        assert overflowed and queued == 0  # dropped at the bound, memory freed
        with pytest.raises(ConnectionClosed):
            for _ in range(1000):
                client.recv(timeout=FAILSAFE)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.7", "sandbox.example"])
def test_serving_beyond_loopback_warns(host: str) -> None:
    warning = host_warning(host)
    assert warning is not None and "faucet" in warning and host in warning


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "localhost"])
def test_loopback_does_not_warn(host: str) -> None:
    assert host_warning(host) is None
