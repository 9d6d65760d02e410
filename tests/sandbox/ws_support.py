"""A plain WebSocket test client for the sandbox's streams, written from ORDERLY.md (not the SDK's stream code)."""

from __future__ import annotations

import base64
import json
import time
from collections import deque
from collections.abc import Callable
from decimal import Decimal
from types import TracebackType
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from orderly_auth._keys import Credentials

Message = dict[str, Any]


def auth_params(credentials: Credentials, *, padded_standard: bool = False, timestamp: int | None = None) -> Message:
    """``auth`` params: ed25519 over the timestamp string, base64url unpadded (or standard padded base64)."""
    stamp = int(time.time() * 1000) if timestamp is None else timestamp
    signed = credentials.sign(str(stamp).encode())  # URL-safe base64 of the 64 signature bytes
    raw = base64.urlsafe_b64decode(signed.rstrip("=") + "==")
    sign = base64.b64encode(raw).decode() if padded_standard else base64.urlsafe_b64encode(raw).decode().rstrip("=")
    return {"orderly_key": credentials.orderly_key, "sign": sign, "timestamp": stamp}


class Stream:
    """One connection: send JSON, receive JSON (numbers as Decimal), wait for a message that matches."""

    def __init__(self, url: str, *, answer_pings: bool = True) -> None:
        self.connection: ClientConnection = connect(url, open_timeout=5, close_timeout=1, compression=None)
        self.connection.__enter__()  # websockets wants its sync connections entered; __exit__ closes it
        self.answer_pings = answer_pings
        self.pings = 0
        self.seen: list[Message] = []
        self.backlog: deque[Message] = deque()  # received, not yet taken by recv() or wait()
        self._next_id = 0

    def __enter__(self) -> Stream:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.connection.__exit__(exc_type, exc, traceback)

    def send(self, message: Message) -> str:
        """Send ``message`` with a fresh ``id`` unless it has one; returns the id."""
        if "id" not in message and message.get("event") not in ("ping", "pong"):
            self._next_id += 1
            message = {"id": f"t{self._next_id}", **message}
        self.connection.send(json.dumps(message))
        return str(message.get("id", ""))

    def recv(self, timeout: float = 5.0) -> Message:
        """The next message (a server ping is answered and counted, and returned too)."""
        if self.backlog:
            return self.backlog.popleft()
        return self._read(timeout)

    def _read(self, timeout: float) -> Message:
        text = self.connection.recv(timeout=timeout)
        message: Message = json.loads(text, parse_float=Decimal)
        self.seen.append(message)
        if message.get("event") == "ping":
            self.pings += 1
            if self.answer_pings:
                self.connection.send(json.dumps({"event": "pong", "ts": int(time.time() * 1000)}))
        return message

    def wait(self, predicate: Callable[[Message], bool], timeout: float = 5.0) -> Message:
        """The first message for which ``predicate`` holds (others stay for later); ``TimeoutError`` at ``timeout``."""
        for message in self.backlog:
            if predicate(message):
                self.backlog.remove(message)
                return message
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no matching message")
            message = self._read(left)
            if predicate(message):
                return message
            self.backlog.append(message)

    def ack(self, event: str, ident: str, timeout: float = 5.0) -> Message:
        """The answer to the message ``ident``."""
        return self.wait(lambda m: m.get("id") == ident and m.get("event") == event, timeout)

    def subscribe(self, topic: str, **params: Any) -> Message:
        message: Message = {"event": "subscribe", "topic": topic}
        if params:
            message["params"] = params
        return self.ack("subscribe", self.send(message))

    def push(self, topic: str, timeout: float = 5.0) -> Message:
        """The next push of ``topic``."""
        return self.wait(lambda m: m.get("topic") == topic, timeout)

    def closed(self, timeout: float = 5.0) -> ConnectionClosed:
        """Read until the server closes the connection; the close exception (``rcvd`` None: no close frame)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                self._read(max(0.01, deadline - time.monotonic()))
            except ConnectionClosed as exc:
                return exc
        raise TimeoutError("the connection stayed open")


def private(url: str, credentials: Credentials, **auth: Any) -> Stream:
    """A private stream of ``credentials``' account, authenticated."""
    stream = Stream(f"{url}/{credentials.account_id}")
    answer = stream.ack("auth", stream.send({"event": "auth", "params": auth_params(credentials, **auth)}))
    assert answer["success"] is True, answer
    return stream


class BookBuilder:
    """A client-side book from one ``request`` snapshot plus ``orderbookupdate`` deltas, as ORDERLY.md says."""

    def __init__(self) -> None:
        self.ts: int | None = None
        self.bids: dict[Decimal, Decimal] = {}
        self.asks: dict[Decimal, Decimal] = {}
        self.buffer: list[Message] = []
        self.gaps = 0

    def snapshot(self, data: Message) -> None:
        self.bids = {Decimal(p): Decimal(q) for p, q in data["bids"]}
        self.asks = {Decimal(p): Decimal(q) for p, q in data["asks"]}
        self.ts = int(data["ts"])
        pending, self.buffer = self.buffer, []
        for delta in pending:
            if delta["ts"] > self.ts:
                self.delta(delta)

    def delta(self, push: Message) -> None:
        """Apply a push (or buffer it before the snapshot); a ``prevTs`` that is not the book's ts is a gap."""
        if self.ts is None:
            self.buffer.append(push)
            return
        if push["ts"] <= self.ts:
            return
        if push["data"]["prevTs"] != self.ts:
            self.gaps += 1
            self.ts = None  # resync needed
            return
        for side, levels in (("bids", push["data"]["bids"]), ("asks", push["data"]["asks"])):
            book = self.bids if side == "bids" else self.asks
            for price, quantity in levels:
                if Decimal(quantity) == 0:
                    book.pop(Decimal(price), None)
                else:
                    book[Decimal(price)] = Decimal(quantity)
        self.ts = push["ts"]

    def levels(self) -> tuple[list[tuple[Decimal, Decimal]], list[tuple[Decimal, Decimal]]]:
        return sorted(self.bids.items(), reverse=True), sorted(self.asks.items())
