"""One WebSocket endpoint kept alive all day: connect when needed, auth, resubscribe, ping, watchdog, back off.

A session: connect; on the private endpoint send ``auth`` and wait for its acknowledgement (a refusal
raises :class:`StreamAuthError`); only then subscribe to exactly the live wire subscriptions, and wait
for their acknowledgements; then ping every ``ping_interval`` while the watchdog drops the connection
once nothing at all arrived for ``idle_timeout`` (a half-open socket is found within that bound).
When a session ends, its consumers get :class:`StreamInterrupted`, and :class:`StreamRestored` once a
new session has acknowledged their subscription. Reconnects back off with full jitter, for ever by
default. One reader task per connection parses and dispatches and never waits for a consumer.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

from . import _json
from ._config import StreamConfig
from ._errors import StreamAuthError, StreamClosedError, StreamError, SubscriptionError
from ._events import StreamInterrupted, StreamRestored
from ._messages import Message
from ._topics import parser

if TYPE_CHECKING:
    from .._signing import Clock

log = logging.getLogger("orderly_auth.stream")

_PING = '{"event":"ping"}'
_PONG = '{"event":"pong"}'


class Consumer(Protocol):
    """What a wire subscription delivers to: a :class:`Subscription`, a local book."""

    def _push(self, item: Any) -> None: ...

    def _fail(self, error: BaseException) -> None: ...


class WireSubscription:
    """One ``subscribe`` on the wire, shared by every consumer of the same topic and params."""

    __slots__ = ("acked", "consumers", "on_ack", "params", "parse", "topic")

    def __init__(self, topic: str, params: Mapping[str, Any] | None) -> None:
        self.topic = topic
        self.params = dict(params) if params else None
        self.consumers: list[Consumer] = []
        self.acked = False
        self.parse = parser(topic)
        self.on_ack: list[Callable[[], None]] = []

    def message(self) -> dict[str, Any]:
        body: dict[str, Any] = {"event": "subscribe", "topic": self.topic}
        if self.params:
            body["params"] = self.params
        return body


def wire_key(topic: str, params: Mapping[str, Any] | None) -> str:
    """Subscriptions with the same topic and params are one subscription on the wire."""
    return topic if not params else topic + _json.dumps(dict(sorted(params.items())))


def _running_loop() -> asyncio.AbstractEventLoop:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        raise StreamError(
            "AsyncStream must be used inside a running event loop; from plain threads use Stream"
        ) from None


class _SessionEndedError(Exception):
    """The current session is over (watchdog, server close): reconnect."""


class Connection:
    """The public or the private endpoint (``name``), opened on the first subscription."""

    def __init__(
        self,
        name: str,
        url: str,
        config: StreamConfig,
        *,
        authenticate: Callable[[str], dict[str, Any]] | None = None,
        on_ready: Callable[[int | None], Awaitable[None]] | None = None,
        observe: Callable[[Message], bool] | None = None,
        on_interrupted: Callable[[], None] | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.name = name
        self.url = url
        self.config = config
        self._authenticate = authenticate
        self._on_ready = on_ready
        self._observe = observe
        self._on_interrupted = on_interrupted
        self._wire: dict[str, WireSubscription] = {}
        self._routes: dict[str, list[WireSubscription]] = {}
        self._pending: dict[str, Callable[[dict[str, Any]], None]] = {}
        self._ids = itertools.count(1)
        self._ws: ClientConnection | None = None
        self._supervisor: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closing = False
        self._ready = False
        self.sessions = 0
        self.sessions_ready = 0
        self.reconnects = 0
        self.auth_refusals = 0
        self.pongs = 0
        self.pings_answered = 0
        self.last_error: BaseException | None = None
        self._down_since: float | None = None
        self._down_since_ms = 0
        self._connected = asyncio.Event()
        self._last_rx = 0.0
        self._was_ready = False
        self._authed = False
        self._clock = clock
        self._ping_sent_ms: int | None = None
        self._pong: asyncio.Future[None] | None = None
        self._ponging = False
        self._dead = False
        # Called when a session ends, acknowledged or not (books: what that session said can not be continued).
        self.on_session_end: list[Callable[[], None]] = []
        # The backoff step of the next reconnect (0 again only after a session stayed up ``stable_after`` s).
        self.attempt = 0
        self.reconnects_in_a_row = 0
        self._ready_at: float | None = None
        # The error that ended the connection for good (auth refused, gave up): ``wait_ready`` raises it.
        self.failure: BaseException | None = None
        self._failed = asyncio.Event()

    def __repr__(self) -> str:
        state = "ready" if self._ready else "closed" if self._closing else "connecting"
        return f"<Connection {self.name} {self.url} {state}, {len(self._wire)} subscriptions>"

    # -- subscriptions -----------------------------------------------------------------------------

    @property
    def closing(self) -> bool:
        """True once :meth:`close` was called."""
        return self._closing

    @property
    def ready(self) -> bool:
        """True while connected (and authenticated) with every subscription sent."""
        return self._ready

    @property
    def topics(self) -> list[str]:
        """The live wire subscriptions' topics (what a reconnect resubscribes)."""
        return [wire.topic for wire in self._wire.values()]

    def add(self, topic: str, params: Mapping[str, Any] | None, consumer: Consumer) -> WireSubscription:
        """Deliver ``topic`` to ``consumer``; subscribes on the wire if it is the first for this topic."""
        if self._closing:
            raise StreamClosedError(f"the {self.name} stream is closed")
        _running_loop()
        key = wire_key(topic, params)
        wire = self._wire.get(key)
        if wire is None:
            wire = self._wire[key] = WireSubscription(topic, params)
            self._routes.setdefault(topic, []).append(wire)
            if self._authed:
                self._send_subscribe(wire)
        wire.consumers.append(consumer)
        self._ensure_running()
        return wire

    def remove(self, topic: str, params: Mapping[str, Any] | None, consumer: Consumer) -> None:
        """Stop delivering to ``consumer``; unsubscribes on the wire when no consumer is left."""
        key = wire_key(topic, params)
        wire = self._wire.get(key)
        if wire is None or consumer not in wire.consumers:
            return
        wire.consumers.remove(consumer)
        if wire.consumers:
            return
        self._drop_wire(key, wire)
        if self._authed:
            body: dict[str, Any] = {"id": self._new_id("u"), "event": "unsubscribe", "topic": topic}
            if wire.params:
                body["params"] = wire.params
            self._send(body)

    def _drop_wire(self, key: str, wire: WireSubscription) -> None:
        self._wire.pop(key, None)
        routes = self._routes.get(wire.topic)
        if routes is not None:
            with contextlib.suppress(ValueError):
                routes.remove(wire)
            if not routes:
                del self._routes[wire.topic]

    def request(self, params: Mapping[str, Any], on_answer: Callable[[dict[str, Any]], None]) -> bool:
        """Send a ``request`` event (e.g. an order book snapshot) now; False if not connected (retry on ready)."""
        if not self._authed:
            return False
        request_id = self._new_id("r")
        self._pending[request_id] = on_answer
        self._send({"id": request_id, "event": "request", "params": dict(params)})
        return True

    def _new_id(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids)}"

    # -- lifecycle ---------------------------------------------------------------------------------

    def _ensure_running(self) -> None:
        if self._supervisor is None or self._supervisor.done():
            self._supervisor = _running_loop().create_task(self._run(), name=f"orderly-stream-{self.name}")

    async def wait_ready(self, timeout: float | None = None) -> None:
        """Wait until connected, authenticated and subscribed; raises the error that ended the connection for
        good (:class:`StreamAuthError` for a refused auth) rather than waiting out ``timeout``."""

        async def ready_or_failed() -> None:
            if self.failure is None and not self._connected.is_set():
                waits = [asyncio.ensure_future(self._connected.wait()), asyncio.ensure_future(self._failed.wait())]
                try:
                    await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    for wait in waits:
                        wait.cancel()
            if self.failure is not None:
                raise self.failure

        await asyncio.wait_for(ready_or_failed(), timeout)

    async def close(self) -> None:
        """Close the socket and stop reconnecting; consumers' subscriptions end."""
        self._closing = True
        supervisor = self._supervisor
        if supervisor is not None and not supervisor.done():
            supervisor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await supervisor
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        ws, self._ws = self._ws, None
        if ws is not None:
            await self._close_socket(ws)
        self._ready = False

    def _spawn(self, coroutine: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- the supervisor ----------------------------------------------------------------------------

    async def _run(self) -> None:
        config = self.config
        loop = asyncio.get_running_loop()
        while not self._closing:
            if not self._wire:
                break  # nothing to deliver: stay down until the next subscription
            try:
                await self._session()
            except asyncio.CancelledError:
                raise
            except StreamAuthError as exc:
                self.auth_refusals += 1
                self.last_error = exc
                if self.auth_refusals > config.auth_retries:
                    self._fail_all(exc)
                    return
                log.warning(
                    "%s stream: auth refused, retrying (%d of %d)", self.name, self.auth_refusals, config.auth_retries
                )
            except InvalidURI as exc:
                self._fail_all(StreamError(f"bad stream URL {self.url}: {exc}"))
                return
            except (OSError, TimeoutError, InvalidHandshake, ConnectionClosed, _SessionEndedError, StreamError) as exc:
                self.last_error = exc
                log.info("%s stream: connection ended: %s", self.name, exc)
            except Exception as exc:  # anything else: log it, and reconnect rather than stop for the day
                self.last_error = exc
                log.exception("%s stream: unexpected error; reconnecting", self.name)
            if self.closing:
                return
            ready_at = self._ready_at
            if ready_at is not None and loop.time() - ready_at >= config.stable_after:
                self.attempt = 0  # a session that stayed up: back to quick reconnects
            self._interrupted(str(self.last_error or "connection lost"))
            if config.max_reconnects is not None and self.reconnects_in_a_row >= config.max_reconnects:
                self._fail_all(
                    StreamError(
                        f"the {self.name} stream gave up after {self.reconnects_in_a_row} reconnects: {self.last_error}"
                    )
                )
                return
            delay = config.backoff(self.attempt)
            self.attempt += 1
            self.reconnects_in_a_row += 1
            self.reconnects += 1
            await asyncio.sleep(delay)

    async def _session(self) -> None:
        config = self.config
        self._was_ready = False
        self._ready_at = None
        ws = await connect(
            self.url,
            open_timeout=config.open_timeout,
            close_timeout=config.close_timeout,
            ping_interval=None,  # liveness is the application-level ping and the watchdog below
            max_size=config.max_message_size,  # beyond it: closed with 1009, and reconnected
            compression=None,
            user_agent_header="orderly-client-python",
            proxy=None,
        )
        self._ws = ws
        self._dead = False
        self._ponging = False
        self.sessions += 1
        loop = asyncio.get_running_loop()
        self._last_rx = loop.time()
        reader = loop.create_task(self._read(ws), name=f"orderly-stream-{self.name}-reader")
        try:
            if self._authenticate is not None:
                await self._auth(reader)
            self._authed = True  # from here on, new subscriptions and requests go out at once
            await self._subscribe_all(reader)
            self._ready = self._was_ready = True
            self._ready_at = loop.time()
            self.reconnects_in_a_row = 0
            self.sessions_ready += 1
            self._connected.set()
            interrupted_at_ms = self._down_since_ms if self._down_since is not None else None
            if self._down_since is not None:
                downtime = time.monotonic() - (self._down_since or 0.0)
                self._down_since = None
                restored = StreamRestored(self.name, downtime, self.reconnects)
                for wire in list(self._wire.values()):
                    if wire.acked:
                        for consumer in list(wire.consumers):
                            consumer._push(restored)
            if self._on_ready is not None:
                self._spawn(self._on_ready(interrupted_at_ms))
            await self._keepalive(reader)
        finally:
            self._ready = self._authed = False
            self._connected.clear()
            self._ws = None
            reader.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await reader
            self._pending.clear()
            for wire in self._wire.values():
                wire.acked = False
            for callback in list(self.on_session_end):
                try:
                    callback()
                except Exception:
                    log.exception("%s stream: a session-end callback raised", self.name)
            if self._dead:
                ws.transport.abort()  # a half-open socket answers no close handshake: do not wait for one
            else:
                await self._close_socket(ws)

    def _interrupted(self, reason: str) -> None:
        if self._down_since is not None or not self.sessions_ready:
            return  # one StreamInterrupted per outage, and none before the first session was up
        self._down_since = time.monotonic()
        self._down_since_ms = int(time.time() * 1000)
        event = StreamInterrupted(self.name, reason, self._down_since_ms)
        if self._on_interrupted is not None:
            self._on_interrupted()
        for wire in list(self._wire.values()):
            for consumer in list(wire.consumers):
                consumer._push(event)

    async def _close_socket(self, ws: ClientConnection) -> None:
        try:
            await asyncio.wait_for(ws.close(), self.config.close_timeout)
        except (TimeoutError, OSError, ConnectionClosed):
            ws.transport.abort()

    async def _await_answer(
        self, answer: asyncio.Future[dict[str, Any]], reader: asyncio.Task[None], what: str
    ) -> dict[str, Any]:
        waiting: set[asyncio.Future[Any]] = {answer, reader}
        done, _ = await asyncio.wait(waiting, timeout=self.config.auth_timeout, return_when=asyncio.FIRST_COMPLETED)
        if answer in done:
            return answer.result()
        if reader in done:
            raise _SessionEndedError(f"connection closed while waiting for the {what} acknowledgement")
        raise _SessionEndedError(f"no {what} acknowledgement within {self.config.auth_timeout} s")

    def _expect(self, request_id: str) -> asyncio.Future[dict[str, Any]]:
        answer: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()

        def resolve(message: dict[str, Any]) -> None:
            if not answer.done():
                answer.set_result(message)

        self._pending[request_id] = resolve
        return answer

    async def _learn_server_time(self, reader: asyncio.Task[None]) -> None:
        """One ping before auth: its pong's ``ts`` corrects the clock the auth timestamp is signed with.

        A server that does not answer within ``clock_sync_timeout`` costs that wait, and auth goes ahead on
        the clock as it is (the server's refusal, if the clock is off, is then a :class:`StreamAuthError`).
        """
        pong: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pong = pong
        self._send_ping()
        waiting: set[asyncio.Future[Any]] = {pong, reader}
        await asyncio.wait(waiting, timeout=self.config.clock_sync_timeout, return_when=asyncio.FIRST_COMPLETED)
        self._pong = None

    def _send_ping(self) -> None:
        self._ping_sent_ms = int(time.time() * 1000)
        self._send(_PING)

    def _on_pong(self, message: dict[str, Any]) -> None:
        self.pongs += 1
        sent, self._ping_sent_ms = self._ping_sent_ms, None
        server_ms = message.get("ts")
        clock = self._clock
        if (
            clock is not None
            and sent is not None
            and type(server_ms) is int
            and clock.observe(server_ms, sent, int(time.time() * 1000), within_ms=clock.max_step_ms)
        ):
            log.warning(
                "%s stream: local clock is %d ms off the server's: signing with corrected time",
                self.name,
                clock.offset_ms,
            )
        if self._pong is not None and not self._pong.done():
            self._pong.set_result(None)

    async def _auth(self, reader: asyncio.Task[None]) -> None:
        assert self._authenticate is not None
        if self._clock is not None and self.config.clock_sync_timeout > 0:
            await self._learn_server_time(reader)
        request_id = self._new_id("a")
        answer = self._expect(request_id)
        self._send(self._authenticate(request_id))
        message = await self._await_answer(answer, reader, "auth")
        if message.get("success") is not True:
            raise StreamAuthError(f"the {self.name} stream refused auth: {message.get('errorMsg') or message}")
        self.auth_refusals = 0

    async def _subscribe_all(self, reader: asyncio.Task[None]) -> None:
        answers = [self._send_subscribe(wire) for wire in list(self._wire.values())]
        if not answers:
            return
        gathered = asyncio.gather(*answers)
        waiting: set[asyncio.Future[Any]] = {gathered, reader}
        done, _ = await asyncio.wait(waiting, timeout=self.config.auth_timeout, return_when=asyncio.FIRST_COMPLETED)
        if gathered not in done:
            gathered.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await gathered
            raise _SessionEndedError("subscriptions not acknowledged" if reader not in done else "connection closed")

    def _send_subscribe(self, wire: WireSubscription) -> asyncio.Future[None]:
        request_id = self._new_id("s")
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        def acknowledged(message: dict[str, Any]) -> None:
            if message.get("success") is True:
                wire.acked = True
                for callback in list(wire.on_ack):
                    callback()
            else:
                error = SubscriptionError(wire.topic, str(message.get("errorMsg") or message))
                key = wire_key(wire.topic, wire.params)
                if self._wire.get(key) is wire:
                    self._drop_wire(key, wire)
                for consumer in list(wire.consumers):
                    consumer._fail(error)
            if not done.done():
                done.set_result(None)

        self._pending[request_id] = acknowledged
        self._send({"id": request_id, **wire.message()})
        return done

    def _send(self, body: Mapping[str, Any] | str) -> None:
        ws = self._ws
        if ws is None:
            return
        payload = body if isinstance(body, str) else _json.dumps(body)
        self._spawn(self._send_now(ws, payload))

    async def _send_now(self, ws: ClientConnection, payload: str) -> None:
        with contextlib.suppress(ConnectionClosed, OSError):
            await ws.send(payload)

    async def _pong_now(self, ws: ClientConnection) -> None:
        try:
            await self._send_now(ws, _PONG)
        finally:
            if self._ws is ws:
                self._ponging = False

    async def _keepalive(self, reader: asyncio.Task[None]) -> None:
        config = self.config
        loop = asyncio.get_running_loop()
        next_ping = loop.time() + config.ping_interval
        while True:
            now = loop.time()
            deadline = self._last_rx + config.idle_timeout
            if now >= deadline:
                self._dead = True
                raise _SessionEndedError(f"no message for {config.idle_timeout} s (watchdog)")
            if now >= next_ping:
                self._send_ping()
                next_ping = now + config.ping_interval
            wait = max(0.0, min(next_ping, deadline) - now)
            done, _ = await asyncio.wait({reader}, timeout=wait)
            if reader in done:
                exc = reader.exception()
                raise _SessionEndedError(f"connection closed: {exc}" if exc else "connection closed by the server")

    # -- the reader --------------------------------------------------------------------------------

    async def _read(self, ws: ClientConnection) -> None:
        loop = asyncio.get_running_loop()
        async for frame in ws:
            self._last_rx = loop.time()
            try:
                self._on_frame(ws, frame)
            except Exception:  # one bad frame must not end the reader (nor the session): log it and go on
                log.exception("%s stream: a frame could not be handled and was dropped", self.name)

    def _on_frame(self, ws: ClientConnection, frame: str | bytes) -> None:
        try:
            message = _json.loads(frame)
        except ValueError:  # not JSON, or beyond the bounds on numbers and nesting
            log.warning("%s stream: a frame that is not JSON within bounds was ignored", self.name)
            return
        if not isinstance(message, dict):
            return
        topic = message.get("topic")
        if topic is not None:
            wires = self._routes.get(topic) if isinstance(topic, str) else None
            if not wires:
                return
            ts = message.get("ts")
            if ts is None:
                ts = message.get("timestamp")
            item = Message(topic, ts, message, wires[0].parse)
            try:
                if self._observe is not None and not self._observe(item):
                    return  # already delivered (a fill a reconcile reported)
                for wire in wires:
                    for consumer in wire.consumers:
                        consumer._push(item)
            except Exception:  # one bad message must not end the connection (nor loop reconnecting on it)
                log.exception("%s stream: a %s message could not be handled", self.name, topic)
            return
        event = message.get("event")
        if event == "ping":
            self.pings_answered += 1
            if not self._ponging:  # at most one pong in flight: it answers every ping before it
                self._ponging = True
                self._spawn(self._pong_now(ws))
            return
        if event == "pong":
            self._on_pong(message)
            return
        request_id = message.get("id")
        if isinstance(request_id, str | int) and not isinstance(request_id, bool):
            callback = self._pending.pop(str(request_id), None)
            if callback is not None:
                callback(message)

    def _fail_all(self, error: BaseException) -> None:
        self.failure = error
        self._failed.set()
        for key, wire in list(self._wire.items()):
            self._drop_wire(key, wire)
            for consumer in list(wire.consumers):
                consumer._fail(error)
