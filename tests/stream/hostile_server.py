"""A scripted WebSocket server on loopback for the hostile-server stream tests.

Each accepted connection runs ``script(peer)`` on the server's own event loop (in its own thread, so a
client loop that stalls never stalls the server). :class:`Peer` answers the Orderly protocol the plain
way (auth and subscribe acknowledged, pings answered) unless a test's script does otherwise.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from orderly_auth import Credentials, generate_key

T = TypeVar("T")
# An account id of the documented shape; the hostile servers check no signature.
ACCOUNT = "0x" + "ab" * 32


def credentials() -> Credentials:
    """Fresh credentials for a private connection to a scripted server."""
    return Credentials(ACCOUNT, generate_key().secret)


class Peer:
    """One accepted connection, with the plain protocol answers a script can lean on."""

    def __init__(self, ws: ServerConnection, index: int) -> None:
        self.ws = ws
        self.index = index
        self.received: list[dict[str, Any]] = []

    async def send(self, message: dict[str, Any] | str | bytes) -> None:
        await self.ws.send(message if isinstance(message, str | bytes) else json.dumps(message))

    async def next_event(self, *events: str) -> dict[str, Any]:
        """Read until a message whose ``event`` is one of ``events``, answering pings on the way."""
        while True:
            message: dict[str, Any] = json.loads(await self.ws.recv())
            self.received.append(message)
            event = message.get("event")
            if event in events:
                return message
            if event == "ping":
                await self.send({"event": "pong", "ts": 1})

    async def handshake(self, *, topics: int = 1, private: bool = False) -> list[dict[str, Any]]:
        """Acknowledge ``auth`` (when ``private``) and then ``topics`` subscriptions; returns the subscribes."""
        if private:
            auth = await self.next_event("auth")
            await self.send({"id": auth["id"], "event": "auth", "success": True, "ts": 1})
        subscribes = []
        for _ in range(topics):
            subscribe = await self.next_event("subscribe")
            await self.ack(subscribe)
            subscribes.append(subscribe)
        return subscribes

    async def ack(self, message: dict[str, Any]) -> None:
        await self.send({"id": message["id"], "event": message["event"], "success": True, "ts": 1})

    async def serve_forever(self) -> None:
        """Keep answering pings (and acknowledging anything) until the client goes."""
        try:
            while True:
                message = await self.next_event("subscribe", "unsubscribe", "request", "auth")
                await self.ack(message)
        except ConnectionClosed:
            return


Script = Callable[[Peer], Awaitable[None]]


class HostileServer:
    """``with HostileServer(script) as server:`` a server at ``server.url`` running ``script`` per connection."""

    def __init__(self, script: Script, **options: Any) -> None:
        self.script = script
        self.options = options
        self.connections = 0
        self.close_codes: list[int | None] = []
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="hostile-server", daemon=True)
        self._server: Server | None = None
        self.url = ""

    async def _handle(self, ws: ServerConnection) -> None:
        index = self.connections
        self.connections += 1
        try:
            await self.script(Peer(ws, index))
        except ConnectionClosed:
            pass
        finally:
            await ws.close()
            self.close_codes.append(ws.close_code)

    def __enter__(self) -> HostileServer:
        self._thread.start()
        options = {"compression": None, "ping_interval": None, "max_size": None, **self.options}

        async def start() -> Server:
            return await serve(self._handle, "127.0.0.1", 0, **options)

        self._server = self.run(start())
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"ws://127.0.0.1:{port}"
        return self

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run ``coroutine`` on the server's loop and wait for its result."""
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(60)

    def __exit__(self, *_: object) -> None:
        server = self._server
        if server is not None:
            server.close()

            async def closed() -> None:
                await server.wait_closed()

            self.run(closed())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()

    def stream_args(self) -> dict[str, Any]:
        """Arguments of ``AsyncStream``/``Stream`` pointing both endpoints here (reconcile over a REST host
        that the tests which use it give themselves)."""
        return {"public_url": self.url, "private_url": self.url}
