"""The bench server: a small HTTP/1.1 keep-alive server on loopback answering fixed Orderly bodies.

Usage: python bench/server.py --orderly-key ed25519:... --account-id 0x... [--port 0] [--cpu N]

Prints ``READY <port>`` once listening. Built on an asyncio ``Protocol`` (uvloop when importable)
so that it stays far from being the bottleneck. Signed requests are verified as ORDERLY.md says:
the ed25519 signature over ``timestamp + METHOD + raw target + raw body``, checked with the public
key only. Verification mode is set at run time through ``POST /_bench/mode``:

- ``all``: verify every signed request and record what was signed (for the check pass);
- ``sample:N``: verify one request in N (timing runs; failures are counted);
- ``off``: verify nothing.

``GET /_bench/log`` returns the recorded requests (and clears them); ``GET /_bench/stats`` the
counters. A request whose signature does not verify is answered 401 (code -1002).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import binascii
import json
import os
import re
import sys
import time
from typing import Any, cast

from common import b58decode
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

URLSAFE = re.compile(rb"[A-Za-z0-9_-]+={0,2}")
STANDARD = re.compile(rb"[A-Za-z0-9+/]+={0,2}")
MAX_SKEW_MS = 300_000


def _body(data: dict[str, Any]) -> bytes:
    """A fixed answer without its timestamp; the server appends the current one."""
    return json.dumps({"success": True, "data": data}, separators=(",", ":")).encode()[:-1] + b',"timestamp":'


ROUTES: dict[tuple[bytes, bytes], bytes] = {
    (b"DELETE", b"/v1/client/order"): _body({"status": "CANCEL_SENT"}),
    (b"POST", b"/v1/order"): _body(
        {
            "order_id": 13,
            "client_order_id": "bench-1",
            "order_type": "LIMIT",
            "order_price": 1800.5,
            "order_quantity": 0.01,
        }
    ),
}
NOT_FOUND = b'{"success":false,"code":-1000,"message":"no such route on the bench server"}'
BAD_SIGNATURE = b'{"success":false,"code":-1002,"message":"signature does not verify"}'


def decode_signature(text: bytes) -> tuple[bytes | None, str]:
    """The raw signature and its alphabet: ``urlsafe``, ``standard`` (``+`` and ``/``) or ``invalid``."""
    stripped = text.rstrip(b"=")
    padded = stripped + b"=" * (-len(stripped) % 4)
    if URLSAFE.fullmatch(text):
        alphabet = "urlsafe"
        decode = base64.urlsafe_b64decode
    elif STANDARD.fullmatch(text):
        alphabet = "standard"
        decode = base64.standard_b64decode
    else:
        return None, "invalid"
    try:
        return decode(padded), alphabet
    except (binascii.Error, ValueError):
        return None, "invalid"


class State:
    def __init__(self, orderly_key: str, account_id: str) -> None:
        self.orderly_key = orderly_key.encode()
        self.account_id = account_id.encode()
        self.public_key = Ed25519PublicKey.from_public_bytes(b58decode(orderly_key.removeprefix("ed25519:")))
        self.mode = "off"
        self.sample = 0
        self.counter = 0
        self.log: list[dict[str, Any]] = []
        self.stats = {"requests": 0, "verified": 0, "failed": 0, "strict_failed": 0}

    def verify(self, method: bytes, target: bytes, headers: dict[bytes, bytes], body: bytes) -> bool:
        """True if the request is signed as ORDERLY.md says (any base64 alphabet); records it in mode ``all``."""
        problems = []
        timestamp = headers.get(b"orderly-timestamp", b"")
        if headers.get(b"orderly-key") != self.orderly_key:
            problems.append("orderly-key")
        if headers.get(b"orderly-account-id") != self.account_id:
            problems.append("orderly-account-id")
        if not timestamp.isdigit() or abs(int(timestamp) - time.time() * 1000) > MAX_SKEW_MS:
            problems.append("orderly-timestamp")
        raw, alphabet = decode_signature(headers.get(b"orderly-signature", b""))
        ok = False
        if raw is not None and len(raw) == 64:
            try:
                self.public_key.verify(raw, timestamp + method + target + body)
                ok = True
            except InvalidSignature:
                pass
        if not ok:
            problems.append("signature")
        strict = ok and not problems and alphabet == "urlsafe"
        self.stats["verified"] += 1
        self.stats["failed"] += bool(problems)
        self.stats["strict_failed"] += not strict
        if self.mode == "all":
            self.log.append(
                {
                    "method": method.decode(),
                    "target": target.decode("latin-1"),
                    "body": body.decode("latin-1"),
                    "signature_alphabet": alphabet,
                    "signature_padded": headers.get(b"orderly-signature", b"").endswith(b"="),
                    "content_type": headers.get(b"content-type", b"").decode("latin-1"),
                    "user_agent": headers.get(b"user-agent", b"").decode("latin-1"),
                    "accepted": not problems,
                    "accepted_strict": strict,
                    "problems": problems,
                }
            )
        return not problems

    def control(self, method: bytes, target: bytes, body: bytes) -> bytes:
        if target == b"/_bench/mode" and method == b"POST":
            mode = body.decode()
            self.mode, _, every = mode.partition(":")
            self.sample = int(every) if every else 0
            self.counter = 0
            self.stats = dict.fromkeys(self.stats, 0)
            self.log = []
            return b'{"ok":true}'
        if target == b"/_bench/log":
            log, self.log = self.log, []
            return json.dumps(log).encode()
        if target == b"/_bench/stats":
            return json.dumps(self.stats).encode()
        return NOT_FOUND


def response(status: bytes, body: bytes, close: bool) -> bytes:
    head = b"HTTP/1.1 " + status + b"\r\nContent-Type: application/json\r\nContent-Length: "
    tail = b"\r\nConnection: close\r\n\r\n" if close else b"\r\n\r\n"
    return head + str(len(body)).encode() + tail + body


class HTTPProtocol(asyncio.Protocol):
    __slots__ = ("buffer", "state", "transport")

    def __init__(self, state: State) -> None:
        self.state = state
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's transports are not subclasses

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer
        buffer += data
        out = []
        close = False
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            head = bytes(buffer[:end]).split(b"\r\n")
            method, target, _version = head[0].split(b" ", 2)
            headers = {}
            for line in head[1:]:
                name, _, value = line.partition(b":")
                headers[name.strip().lower()] = value.strip()
            start = end + 4
            if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
                parsed = _chunked(buffer, start)
                if parsed is None:
                    break
                body, stop = parsed
            else:
                stop = start + int(headers.get(b"content-length", b"0"))
                if len(buffer) < stop:
                    break
                body = bytes(buffer[start:stop])
            del buffer[:stop]
            close = headers.get(b"connection", b"").lower() == b"close"
            out.append(self.answer(method, target, headers, body, close))
            if close:
                break
        if out:
            assert self.transport is not None
            self.transport.write(b"".join(out))
            if close:
                self.transport.close()

    def answer(self, method: bytes, target: bytes, headers: dict[bytes, bytes], body: bytes, close: bool) -> bytes:
        state = self.state
        state.stats["requests"] += 1
        path = target.split(b"?", 1)[0]
        if path.startswith(b"/_bench/"):
            return response(b"200 OK", state.control(method, target, body), close)
        fixed = ROUTES.get((method, path))
        if fixed is None:
            return response(b"404 Not Found", NOT_FOUND, close)
        if state.mode != "off" and b"orderly-signature" in headers:
            state.counter += 1
            if (state.mode == "all" or state.counter % state.sample == 0) and not state.verify(
                method, target, headers, body
            ):
                return response(b"401 Unauthorized", BAD_SIGNATURE, close)
        return response(b"200 OK", fixed + str(int(time.time() * 1000)).encode() + b"}", close)


def _chunked(buffer: bytearray, at: int) -> tuple[bytes, int] | None:
    parts: list[bytes] = []
    while True:
        line_end = buffer.find(b"\r\n", at)
        if line_end < 0:
            return None
        size = int(bytes(buffer[at:line_end]).split(b";")[0], 16)
        at = line_end + 2
        if size == 0:
            end = buffer.find(b"\r\n\r\n", at - 2)
            return (b"".join(parts), end + 4) if end >= 0 else None
        if len(buffer) < at + size + 2:
            return None
        parts.append(bytes(buffer[at : at + size]))
        at += size + 2


async def serve(args: argparse.Namespace) -> None:
    state = State(args.orderly_key, args.account_id)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: HTTPProtocol(state), "127.0.0.1", args.port, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    print(f"READY {port}", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--orderly-key", required=True)
    parser.add_argument("--account-id", required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--cpu", type=int, default=None, help="pin the server to this CPU")
    args = parser.parse_args()
    if args.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})
    try:
        import uvloop
    except ImportError:
        asyncio.run(serve(args))
    else:
        uvloop.run(serve(args))


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(0)
