"""The sandbox's WebSocket side: Orderly's public and private streams, served by ``websockets`` (asyncio).

Paths: ``/ws/stream/{id}`` (public, any id) and ``/v2/ws/private/stream/{account_id}`` (private, a
real account id; private topics need a successful ``auth`` first). The protocol is Orderly's
(``../shared/ORDERLY.md`` section WebSocket, as the docs describe it):

- client messages ``{"id", "event": "subscribe" | "unsubscribe", "topic"}``, answered
  ``{"id", "event", "success": true, "ts"}`` or ``"success": false`` with ``errorMsg``
  (``invalid topic X``, ``invalid symbol X``, ``missing required parameter topic``, ``Auth is needed.``);
- ``{"id", "event": "request", "params": {"type": "orderbook", "symbol"}}``: the book snapshot in ``data``,
  with the book's ``ts`` (deltas chain from it);
- ``{"id", "event": "auth", "params": {"orderly_key", "sign", "timestamp"}}``: ed25519 over the
  timestamp string, base64url (padded or not) or standard padded base64; a refusal disconnects;
- pushes ``{"topic", "ts", "data"}``; the server sends ``{"event": "ping", "ts"}`` every ping interval
  and disconnects after that many pings in a row go without a ``{"event": "pong"}``; a client
  ``ping`` gets ``{"event": "pong", "ts"}``.

Subscribing to ``{symbol}@orderbook``, ``position``, ``balance`` or ``account`` pushes the current
state at once; every other topic pushes as the market changes (each step, each order).
The server runs its own event loop in a daemon thread; the market's events reach it in order.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from cryptography.exceptions import InvalidSignature
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from . import _views as views
from ._accounts import ACCOUNT_ID, parse_orderly_key
from ._candles import INTERVALS
from ._events import Event
from ._responses import dumps
from ._signature import decode_signature
from ._stream_faults import StreamFaults, StreamKind

if TYPE_CHECKING:
    from ._app import App

logger = logging.getLogger("orderly_sandbox.ws")

PUBLIC_PATH = "/ws/stream"
PRIVATE_PATH = "/v2/ws/private/stream"
PRIVATE_TOPICS = frozenset({"executionreport", "position", "balance", "account"})
#: At most this many messages wait for one connection's writer; past that the client is disconnected.
MAX_OUTBOX = 10_000
GLOBAL_TOPICS = frozenset({"tickers", "bbos", "markprices", "indexprices"})
SYMBOL_TOPICS = frozenset(
    {"orderbook", "orderbookupdate", "trade", "ticker", "bbo", "markprice", "estfundingrate", "openinterest"}
    | {f"kline_{interval}" for interval in INTERVALS if interval != "1mon"}
)


@dataclass(eq=False)
class _Client:
    """One open connection: its kind, account, subscriptions and the queue its writer sends from."""

    connection: ServerConnection
    kind: StreamKind
    account_id: str | None = None
    authenticated: bool = False
    topics: dict[str, frozenset[str] | None] = field(default_factory=dict)  # topic -> executionreport symbols
    outbox: asyncio.Queue[str] = field(default_factory=asyncio.Queue)
    overflowed: bool = False
    held: dict[str, list[str]] = field(default_factory=dict)
    missed_pongs: int = 0


class StreamServer:
    """Serves the streams on its own loopback port; :meth:`start` binds it, :meth:`stop` closes everything."""

    def __init__(
        self,
        app: App,
        faults: StreamFaults,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        ping_interval: float = 10.0,
        max_missed_pongs: int = 10,
        max_outbox: int = MAX_OUTBOX,
    ) -> None:
        self.app = app
        self.max_outbox = max_outbox
        self.faults = faults
        self.host = host
        self.requested_port = port
        self.ping_interval = ping_interval
        self.max_missed_pongs = max_missed_pongs
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: Server | None = None
        self._clients: set[_Client] = set()
        faults._dropper = self._drop_from_thread
        faults._releaser = self._release_from_thread

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self) -> int:
        """Start the loop thread and bind the port; returns the port."""
        loop = asyncio.new_event_loop()
        ready = threading.Event()

        def run() -> None:
            asyncio.set_event_loop(loop)
            loop.call_soon(ready.set)
            loop.run_forever()
            loop.close()

        self._thread = threading.Thread(target=run, name="orderly-sandbox-ws", daemon=True)
        self._thread.start()
        ready.wait()
        self._loop = loop
        self._server = asyncio.run_coroutine_threadsafe(self._serve(), loop).result()
        self.port = int(self._server.sockets[0].getsockname()[1])
        self.app.market.listen(self.publish)
        return self.port

    async def _serve(self) -> Server:
        return await serve(
            self._handle,
            self.host,
            self.requested_port,
            process_request=self._check_path,
            ping_interval=None,  # Orderly's heartbeat is application-level JSON, sent by _pinger
            compression=None,
            logger=logger,
        )

    def stop(self) -> None:
        """Close every connection and the port, and end the loop thread."""
        loop, server = self._loop, self._server
        if loop is None or server is None:
            return
        self._loop = self._server = None

        async def shutdown() -> None:
            server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(server.wait_closed(), 2)

        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(shutdown(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(timeout=5)

    # -- connections -----------------------------------------------------------------------------

    def _check_path(self, connection: ServerConnection, request: Request) -> Response | None:
        path = urlsplit(request.path).path
        if path.startswith(PUBLIC_PATH + "/") and len(path) > len(PUBLIC_PATH) + 1:
            return None
        if path.startswith(PRIVATE_PATH + "/") and ACCOUNT_ID.fullmatch(path[len(PRIVATE_PATH) + 1 :]):
            return None
        return connection.respond(
            HTTPStatus.NOT_FOUND,
            f"no stream at {path}: use {PUBLIC_PATH}/{{id}} or {PRIVATE_PATH}/{{account_id}} (0x + 64 hex digits)\n",
        )

    async def _handle(self, connection: ServerConnection) -> None:
        assert connection.request is not None
        parts = urlsplit(connection.request.path)
        kind: StreamKind = "private" if parts.path.startswith(PRIVATE_PATH) else "public"
        client = _Client(connection, kind)
        if kind == "private":
            client.account_id = parts.path[len(PRIVATE_PATH) + 1 :].lower()
        self._clients.add(client)
        writer = asyncio.create_task(self._writer(client))
        pinger = asyncio.create_task(self._pinger(client))
        try:
            query = parse_qs(parts.query)
            if kind == "private" and "sign" in query:
                params = {name: values[0] for name, values in query.items()}
                if not self._authenticate(client, params):
                    await self._refuse(client, "")
                    return
            async for message in connection:
                if self.faults.silenced(kind):
                    continue  # half-open: nothing is answered
                await self._on_message(client, message)
        except ConnectionClosed:
            pass
        finally:
            self._clients.discard(client)
            pinger.cancel()
            writer.cancel()

    async def _writer(self, client: _Client) -> None:
        with contextlib.suppress(ConnectionClosed, asyncio.CancelledError):
            while True:
                text = await client.outbox.get()
                if self.faults.silenced(client.kind):
                    continue
                await client.connection.send(text)

    async def _pinger(self, client: _Client) -> None:
        with contextlib.suppress(ConnectionClosed, asyncio.CancelledError):
            while True:
                await asyncio.sleep(self.ping_interval)
                if self.faults.silenced(client.kind) or self.faults.pings_stopped:
                    continue
                if client.missed_pongs >= self.max_missed_pongs:
                    await client.connection.close(1000, f"{client.missed_pongs} pings without a pong")
                    return
                client.missed_pongs += 1
                self._send(client, {"event": "ping", "ts": self.app.now_ms()})

    def _send(self, client: _Client, message: Mapping[str, Any]) -> None:
        self._enqueue(client, dumps(message).decode("utf-8"))

    def _enqueue(self, client: _Client, text: str) -> None:
        """Queue ``text`` for the client; one that does not read while its queue fills up is disconnected.

        The queue is bounded (``max_outbox``), so a client sending pings without reading the answers
        cannot make the server hold them without end.
        """
        if client.overflowed:
            return
        if client.outbox.qsize() >= self.max_outbox:
            client.overflowed = True
            while not client.outbox.empty():  # free the memory now; nothing more is sent to it
                client.outbox.get_nowait()
            client.connection.transport.abort()  # a close frame would wait behind what it does not read
            return
        client.outbox.put_nowait(text)

    # -- what clients say ------------------------------------------------------------------------

    async def _on_message(self, client: _Client, message: str | bytes) -> None:
        try:
            parsed = json.loads(message, parse_float=Decimal)
            if not isinstance(parsed, dict):
                raise ValueError("not an object")
        except ValueError:
            self._send(client, {"success": False, "errorMsg": "invalid message: a JSON object is expected"})
            return
        event = parsed.get("event")
        ident = parsed.get("id", "")
        if event == "pong":
            client.missed_pongs = 0
        elif event == "ping":
            self._send(client, {"event": "pong", "ts": self.app.now_ms()})
        elif event == "auth":
            params = parsed.get("params")
            if client.kind != "private":
                self._answer(client, ident, "auth", "auth is only for the private stream")
            elif not isinstance(params, dict) or not self._authenticate(client, params):
                await self._refuse(client, ident)
            else:
                self._answer(client, ident, "auth")
        elif event in ("subscribe", "unsubscribe"):
            self._subscription(client, ident, event, parsed)
        elif event == "request":
            self._request(client, ident, parsed.get("params"))
        else:
            self._answer(client, ident, str(event), f"invalid event {event}")

    def _answer(self, client: _Client, ident: Any, event: str, error: str | None = None, **extra: Any) -> None:
        answer: dict[str, Any] = {"id": ident, "event": event, "success": error is None, "ts": self.app.now_ms()}
        if error is not None:
            answer["errorMsg"] = error
        answer.update(extra)
        self._send(client, answer)

    def _authenticate(self, client: _Client, params: Mapping[str, Any]) -> bool:
        if self.faults.take_refusal():
            return False
        timestamp, key, sign = params.get("timestamp"), params.get("orderly_key"), params.get("sign")
        if isinstance(timestamp, int) and not isinstance(timestamp, bool):
            timestamp = str(timestamp)
        if not (isinstance(timestamp, str) and timestamp.isdigit() and isinstance(key, str) and isinstance(sign, str)):
            return False
        if abs(int(timestamp) - self.app.now_ms()) > self.app.timestamp_window_ms:
            return False
        try:
            registered = self.app.accounts.lookup(client.account_id or "", parse_orderly_key(key))
            if registered is None:
                return False
            registered.public_key.verify(decode_signature(sign), timestamp.encode("ascii"))
        except (ValueError, InvalidSignature):
            return False
        client.authenticated = True
        return True

    async def _refuse(self, client: _Client, ident: Any) -> None:
        """Answer ``auth failed`` after whatever is queued, then close the connection (a refusal disconnects)."""
        while not client.outbox.empty():
            await asyncio.sleep(0.001)
        answer = {"id": ident, "event": "auth", "success": False, "errorMsg": "auth failed", "ts": self.app.now_ms()}
        with contextlib.suppress(ConnectionClosed):
            await client.connection.send(dumps(answer).decode("utf-8"))
            await client.connection.close(1008, "auth failed")

    def _check_topic(self, client: _Client, topic: str) -> str | None:
        """Why ``topic`` cannot be subscribed on this connection (None: it can)."""
        market = self.app.market
        if client.kind == "private":
            if topic not in PRIVATE_TOPICS:
                return f"invalid topic {topic}"
            return None if client.authenticated else "Auth is needed."
        if topic in GLOBAL_TOPICS:
            return None
        symbol, _, name = topic.partition("@")
        if name == "indexprice":
            listed = {info.index_symbol for info in market.info.values()}
            return None if symbol in listed else f"invalid symbol {symbol}"
        if name not in SYMBOL_TOPICS:
            return f"invalid topic {topic}"
        return None if symbol in market.info else f"invalid symbol {symbol}"

    def _subscription(self, client: _Client, ident: Any, event: str, message: Mapping[str, Any]) -> None:
        topic = message.get("topic")
        if not isinstance(topic, str) or not topic:
            self._answer(client, ident, event, "missing required parameter topic")
            return
        if event == "unsubscribe":
            client.topics.pop(topic, None)
            self._answer(client, ident, event)
            return
        problem = self._check_topic(client, topic)
        if problem is not None:
            self._answer(client, ident, event, problem)
            return
        symbols: frozenset[str] | None = None
        params = message.get("params")
        if topic == "executionreport" and isinstance(params, dict) and params.get("symbol"):
            symbols = frozenset(str(params["symbol"]).split(","))
        client.topics[topic] = symbols
        self._answer(client, ident, event)
        self._push_current(client, topic)

    def _push_current(self, client: _Client, topic: str) -> None:
        market = self.app.market
        with market.lock:
            account_id = client.account_id or ""
            data: Any
            if topic.endswith("@orderbook"):
                data = views.snapshot(market, topic.partition("@")[0], 100)
                ts = data["ts"]
            elif topic == "position":
                data, ts = views.position_push(market, account_id), self.app.now_ms()
            elif topic == "balance":
                data, ts = views.balance_push(market, account_id), self.app.now_ms()
            elif topic == "account":
                data, ts = views.account_push(market, account_id), self.app.now_ms()
            else:
                return
        self._deliver(client, topic, dumps({"topic": topic, "ts": ts, "data": data}).decode("utf-8"))

    def _request(self, client: _Client, ident: Any, params: Any) -> None:
        if not isinstance(params, dict) or params.get("type") != "orderbook":
            self._answer(client, ident, "request", "invalid request: params.type must be orderbook")
            return
        symbol = params.get("symbol")
        if not isinstance(symbol, str) or not symbol:
            self._answer(client, ident, "request", "missing required parameter symbol")
            return
        market = self.app.market
        if symbol not in market.info:
            self._answer(client, ident, "request", f"invalid symbol {symbol}")
            return
        with market.lock:
            data = views.snapshot(market, symbol)
        self._answer(client, ident, "request", data=data)

    # -- pushes ----------------------------------------------------------------------------------

    def publish(self, events: list[Event]) -> None:
        """The market's listener (any thread): hand the events to the loop, keeping their order."""
        loop = self._loop
        if loop is not None and self._clients:
            with contextlib.suppress(RuntimeError):  # the loop is closing
                loop.call_soon_threadsafe(self._dispatch, events)

    def _dispatch(self, events: list[Event]) -> None:
        for event in events:
            if event.topic.endswith("@orderbookupdate") and self.faults.take_delta_skip(event.data["symbol"]):
                continue
            text: str | None = None
            for client in list(self._clients):
                if not self._wants(client, event):
                    continue
                if text is None:
                    text = dumps({"topic": event.topic, "ts": event.ts, "data": event.data}).decode("utf-8")
                self._deliver(client, event.topic, text)

    def _wants(self, client: _Client, event: Event) -> bool:
        if event.topic not in client.topics:
            return False
        if event.account_id is None:
            return client.kind == "public"
        if client.kind != "private" or not client.authenticated or client.account_id != event.account_id:
            return False
        symbols = client.topics[event.topic]
        return symbols is None or event.data.get("symbol") in symbols

    def _deliver(self, client: _Client, topic: str, text: str) -> None:
        if self.faults.stalled(topic):
            client.held.setdefault(topic, []).append(text)
        else:
            self._enqueue(client, text)

    # -- faults ----------------------------------------------------------------------------------

    def _drop_from_thread(self, kinds: tuple[StreamKind, ...]) -> int:
        loop = self._loop
        if loop is None:
            return 0

        async def drop() -> int:
            chosen = [client for client in self._clients if client.kind in kinds]
            for client in chosen:
                client.connection.transport.abort()  # no close frame: the TCP connection just ends
            return len(chosen)

        return asyncio.run_coroutine_threadsafe(drop(), loop).result(5)

    def _release_from_thread(self, topic: str) -> int:
        loop = self._loop
        if loop is None:
            return 0

        async def release() -> int:
            count = 0
            for client in self._clients:
                for text in client.held.pop(topic, []):
                    self._enqueue(client, text)
                    count += 1
            return count

        return asyncio.run_coroutine_threadsafe(release(), loop).result(5)


__all__ = ["PRIVATE_PATH", "PUBLIC_PATH", "StreamServer"]
