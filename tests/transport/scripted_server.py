"""A scripted loopback HTTP/1.1 server for the transport tests, plain or TLS (throw-away self-signed certificate).

The server runs its own event loop in a thread and answers by path (see ``ROUTES``) with every framing and
failure the lean transports (``orderly_auth._http11``) must handle. It records what reached it: each
connection (total, open now, peak open) and each request whose head it read (raw bytes included), so tests
can say "nothing was sent" or "exactly one request arrived" from the server's side.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import functools
import gzip
import ipaddress
import socket
import ssl
import struct
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

__all__ = ["ROUTES", "Exchange", "ScriptedServer", "TLSFiles", "ok", "refused_port", "tls_files"]


def ok(body: bytes, extra: bytes = b"") -> bytes:
    """A 200 response framed by Content-Length; ``extra`` is more header lines (each ending in CRLF)."""
    return b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n%b\r\n%b" % (len(body), extra, body)


@dataclass
class Request:
    """A request as the server read it."""

    method: bytes
    target: bytes
    headers: dict[bytes, bytes]  # names lowercased
    head: bytes  # the raw request line and headers, the blank line included
    body: bytes = b""
    body_read: bool = False

    @property
    def path(self) -> bytes:
        return self.target.split(b"?", 1)[0]

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(self.target.partition(b"?")[2].decode())

    def number(self, name: str, default: int) -> int:
        return int(self.query.get(name, [default])[0])

    @property
    def raw(self) -> bytes:
        return self.head + self.body


@dataclass
class Exchange:
    """What a route handler gets: the connection's streams and the request (body not yet read)."""

    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    request: Request
    server: ScriptedServer

    async def read_body(self) -> bytes:
        request = self.request
        if request.body_read:
            return request.body
        request.body_read = True
        headers = request.headers
        if b"content-length" in headers:
            request.body = await self.reader.readexactly(int(headers[b"content-length"]))
        elif headers.get(b"transfer-encoding") == b"chunked":
            parts = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0].strip(), 16)
                data = await self.reader.readexactly(size + 2)
                parts.append(data[:-2])
                if size == 0:  # no trailers from our clients: data is the final CRLF
                    break
            request.body = b"".join(parts)
        return request.body

    async def send(self, *parts: bytes, pause: float | None = None) -> None:
        """Write each part and drain it; with ``pause`` (seconds), sleep between parts (separate segments)."""
        for part in parts:
            self.writer.write(part)
            await self.writer.drain()
            if pause is not None:
                await asyncio.sleep(pause)

    def reset(self) -> None:
        """Close with a TCP RST (SO_LINGER 0) instead of a FIN."""
        sock = self.writer.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.writer.transport.abort()

    async def until_client_closes(self) -> None:
        """Wait (reading and discarding) until the client closes the connection."""
        with contextlib.suppress(ConnectionError):
            while await self.reader.read(65536):
                pass


Handler = Callable[[Exchange], Awaitable[bool]]
"""A route: answers the request; returns False to close the connection afterwards."""

ROUTES: dict[bytes, Handler] = {}


def route(path: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        ROUTES[path.encode()] = handler
        return handler

    return register


@route("/length")
async def _length(ex: Exchange) -> bool:
    await ex.read_body()
    answer = ok(b"hello")
    await ex.send(answer[:-5] if ex.request.method == b"HEAD" else answer)
    return True


@route("/echo")
async def _echo(ex: Exchange) -> bool:
    body = await ex.read_body()
    await ex.send(ok(ex.request.method + b" " + ex.request.target + b" " + body))
    return True


@route("/chunked")
async def _chunked(ex: Exchange) -> bool:
    await ex.read_body()
    await ex.send(
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n",
        b"6;ext=1\r\n world\r\n0\r\nX-Trailer: 1\r\n\r\n",
        pause=0.001,
    )
    return True


FANCY_CHUNKED = (
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Before: 1\r\n\r\n"
    b'5;name=value;quoted="a;b"\r\nhello\r\n'
    b"0006\r\n world\r\n"
    b"a \r\n0123456789\r\n"
    b"A;x\r\nABCDEFGHIJ\r\n"
    b"0;last=yes\r\nX-Trailer: 1\r\nX-Other: two words\r\n\r\n"
)
FANCY_BODY = b"hello world0123456789ABCDEFGHIJ"


@route("/chunked-fancy")
async def _chunked_fancy(ex: Exchange) -> bool:
    """Chunk extensions (quoted too), leading zeros, lower/upper hex, whitespace, several trailers.

    ``?trickle=1`` sends it one byte per segment, to walk the parser through every intermediate state.
    """
    await ex.read_body()
    if ex.request.number("trickle", 0):
        await ex.send(*(FANCY_CHUNKED[i : i + 1] for i in range(len(FANCY_CHUNKED))), pause=0)
    else:
        await ex.send(FANCY_CHUNKED)
    return True


@route("/split")
async def _split(ex: Exchange) -> bool:
    await ex.read_body()
    await ex.send(b"HTTP/1.1 200 OK\r\nConte", b"nt-Length: 4\r\n\r\nab", b"cd", pause=0.001)
    return True


@route("/until-close")
async def _until_close(ex: Exchange) -> bool:
    await ex.read_body()
    await ex.send(b"HTTP/1.1 200 OK\r\n\r\n", b"all of it", pause=0.001)
    return False


@route("/close")
async def _close(ex: Exchange) -> bool:
    await ex.read_body()
    await ex.send(ok(b"bye", b"Connection: close\r\n"))
    return False


@route("/interim")
async def _interim(ex: Exchange) -> bool:
    await ex.read_body()
    await ex.send(b"HTTP/1.1 100 Continue\r\n\r\n" + ok(b"after"))
    return True


@route("/no-content")
async def _no_content(ex: Exchange) -> bool:
    await ex.read_body()
    await ex.send(b"HTTP/1.1 204 No Content\r\n\r\n")
    return True


@route("/big")
async def _big(ex: Exchange) -> bool:
    """``?n=`` bytes framed by Content-Length (default 3,000,000)."""
    await ex.read_body()
    await ex.send(ok(b"x" * ex.request.number("n", 3_000_000)))
    return True


@route("/big-until-close")
async def _big_until_close(ex: Exchange) -> bool:
    await ex.read_body()
    await ex.send(b"HTTP/1.1 200 OK\r\n\r\n" + b"x" * ex.request.number("n", 100_000))
    return False


@route("/declared")
async def _declared(ex: Exchange) -> bool:
    """A head that declares ``?n=`` bytes of body, then nothing: the server waits for the client to go."""
    await ex.read_body()
    await ex.send(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % ex.request.number("n", 1))
    await ex.until_client_closes()
    return False


@route("/many-chunks")
async def _many_chunks(ex: Exchange) -> bool:
    """``?n=`` chunks of 100 bytes each."""
    await ex.read_body()
    chunks = b"64\r\n" + b"y" * 100 + b"\r\n"
    await ex.send(
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks * ex.request.number("n", 10) + b"0\r\n\r\n"
    )
    return True


@route("/huge-chunk")
async def _huge_chunk(ex: Exchange) -> bool:
    """One chunk that declares 1 GiB, of which ``?n=`` bytes are sent; then the server waits for the client to go."""
    await ex.read_body()
    await ex.send(
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n40000000\r\n", b"z" * ex.request.number("n", 1)
    )
    await ex.until_client_closes()
    return False


@route("/endless-trailers")
async def _endless_trailers(ex: Exchange) -> bool:
    """A chunked body whose trailer section never ends (``?n=`` trailer lines), then the server waits."""
    await ex.read_body()
    lines = b"X-T: y\r\n" * ex.request.number("n", 20_000)
    await ex.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n", lines)
    await ex.until_client_closes()
    return False


@route("/hang")
async def _hang(ex: Exchange) -> bool:
    """Read the request, never answer; close once the client has gone."""
    await ex.read_body()
    await ex.until_client_closes()
    return False


@route("/stall")
async def _stall(ex: Exchange) -> bool:
    """Read the request head only, never the body, never answer (the client's writes back up)."""
    await asyncio.sleep(3600)
    return False


@route("/gate")
async def _gate(ex: Exchange) -> bool:
    """Answer once the test opens the gate named ``?name=``."""
    await ex.read_body()
    name = ex.request.query["name"][0]
    gate = ex.server.gate(name)
    while not gate.is_set():
        await asyncio.sleep(0.002)
    await ex.send(ok(b"through " + name.encode()))
    return True


@route("/drop")
async def _drop(ex: Exchange) -> bool:
    """Read the whole request, close (FIN) without answering."""
    await ex.read_body()
    return False


@route("/reset")
async def _reset(ex: Exchange) -> bool:
    """Read the whole request, close with a RST without answering."""
    await ex.read_body()
    ex.reset()
    return False


@route("/reset-early")
async def _reset_early(ex: Exchange) -> bool:
    """Read the request head and ``?n=`` bytes of the body, then reset the connection."""
    want = ex.request.number("n", 65536)
    with contextlib.suppress(asyncio.IncompleteReadError):
        await ex.reader.readexactly(want)
    ex.reset()
    return False


@route("/cut")
async def _cut(ex: Exchange) -> bool:
    await ex.read_body()
    await ex.send(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
    return False


@route("/chunked-cut")
async def _chunked_cut(ex: Exchange) -> bool:
    await ex.read_body()
    await ex.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel")
    return False


@route("/chunked-no-end")
async def _chunked_no_end(ex: Exchange) -> bool:
    """Complete chunks, then the server closes before the last (zero) chunk."""
    await ex.read_body()
    await ex.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n")
    return False


@route("/chunked-bad")
async def _chunked_bad(ex: Exchange) -> bool:
    await ex.read_body()
    await ex.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n")
    return False


@route("/garbage")
async def _garbage(ex: Exchange) -> bool:
    await ex.read_body()
    await ex.send(b"NOT HTTP\r\n\r\n")
    return False


@route("/extra")
async def _extra(ex: Exchange) -> bool:
    """A response and a second one nobody asked for, in one segment (the connection must not be reused)."""
    await ex.read_body()
    await ex.send(ok(b"one") + ok(b"unsolicited"))
    return True


@route("/late-extra")
async def _late_extra(ex: Exchange) -> bool:
    """A response; bytes nobody asked for once the test opens the gate ``?name=``."""
    await ex.read_body()
    await ex.send(ok(b"one"))
    gate = ex.server.gate(ex.request.query["name"][0])
    while not gate.is_set():
        await asyncio.sleep(0.002)
    await ex.send(b"HTTP/1.1 408 Request Timeout\r\nContent-Length: 7\r\nConnection: close\r\n\r\ntimeout")
    return False


@route("/set-cookie")
async def _set_cookie(ex: Exchange) -> bool:
    await ex.read_body()
    await ex.send(ok(b"set", b"set-cookie: session=abc; Path=/\r\nSet-Cookie: other=2; Path=/\r\n"))
    return True


@route("/cookies")
async def _cookies(ex: Exchange) -> bool:
    await ex.read_body()
    await ex.send(ok(ex.request.headers.get(b"cookie", b"")))
    return True


async def _not_found(ex: Exchange) -> bool:
    await ex.read_body()
    await ex.send(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
    return True


# Answers the client must read (or refuse) whole: /answer?kind=NAME answers ANSWERS[NAME] as a 200.
BOMB_SIZE = 64 * 1024 * 1024


@functools.cache
def _bomb() -> bytes:
    """64 MiB of zeros, gzipped to about 64 KiB."""
    return gzip.compress(bytes(BOMB_SIZE), compresslevel=9)


ANSWERS: dict[str, Callable[[], tuple[bytes, bytes]]] = {  # kind -> (extra header lines, body)
    "gzip": lambda: (b"Content-Encoding: gzip\r\n", gzip.compress(b'{"success":true,"data":{"a":1}}')),
    "gzip_bomb": lambda: (b"Content-Encoding: gzip\r\n", _bomb()),
    "gzip_corrupt": lambda: (b"Content-Encoding: gzip\r\n", b"\x1f\x8b\x08\x00not gzip at all"),
    "big": lambda: (b"", b'{"success":true,"data":"' + b"x" * (2 * 1024 * 1024) + b'"}'),
    "spaced_error": lambda: (b"", b'{ "success" : false,\n  "code": -1006, "message": "no such order" }'),
    "tabbed_error": lambda: (b"", b'{"data":null,"message":"no such order",\t"code":-1006,"success":\tfalse}'),
    "nested_false": lambda: (b"", b'{"success": true, "data": {"rows": [{"success": false}]}}'),
}


@route("/answer")
async def _answer(ex: Exchange) -> bool:
    await ex.read_body()
    extra, body = ANSWERS[ex.request.query["kind"][0]]()
    await ex.send(ok(body, b"Content-Type: application/json\r\n" + extra))
    return True


class ScriptedServer:
    """Answers by path (``ROUTES``); records connections and requests; its own event loop in a thread."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.tls = tls
        self.connections = 0  # accepted in total
        self.open_now = 0
        self.peak_open = 0
        self.requests: list[Request] = []
        self.alpn: list[str | None] = []  # the protocol each TLS connection negotiated
        self._gates: dict[str, threading.Event] = {}
        self._gates_lock = threading.Lock()
        self._writers: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._server: asyncio.Server | None = None
        self.loop = asyncio.new_event_loop()
        self.port = 0
        ready = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(ready,), daemon=True, name="scripted-server")
        self.thread.start()
        if not ready.wait(10):
            raise RuntimeError("the scripted server did not start")

    def wait_for(self, condition: Callable[[], bool], timeout: float = 5.0) -> None:
        """Poll ``condition`` (about server state) until it holds; fail after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError("the scripted server did not reach the expected state")
            time.sleep(0.002)

    def _run(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)

        async def start() -> None:
            self._server = await asyncio.start_server(self._client, "127.0.0.1", 0, ssl=self.tls, backlog=512)
            self.port = self._server.sockets[0].getsockname()[1]
            ready.set()

        self.loop.run_until_complete(start())
        self.loop.run_forever()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        self.connections += 1
        self.open_now += 1
        self.peak_open = max(self.peak_open, self.open_now)
        self._writers.add(writer)
        sock = writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        ssl_object = writer.get_extra_info("ssl_object")
        if ssl_object is not None:
            self.alpn.append(ssl_object.selected_alpn_protocol())
        try:
            first = await reader.readexactly(1)
            if first == b"\x16":  # a TLS handshake on a plain port: answer as HTTP servers do
                writer.write(b"HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
                return
            while True:
                head = first + await reader.readuntil(b"\r\n\r\n")
                first = b""
                lines = head[:-4].split(b"\r\n")
                method, target, _ = lines[0].split(b" ")
                headers = {}
                for line in lines[1:]:
                    name, _, value = line.partition(b":")
                    headers[name.strip().lower()] = value.strip()
                request = Request(method, target, headers, head)
                self.requests.append(request)
                exchange = Exchange(reader, writer, request, self)
                keep_open = await ROUTES.get(request.path, _not_found)(exchange)
                if not keep_open:
                    break
                await exchange.read_body()  # whatever the route left unread
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError, ssl.SSLError):
            pass
        except asyncio.CancelledError:  # stop(): ends quietly (asyncio logs a handler task that ends cancelled)
            writer.transport.abort()
        finally:
            self.open_now -= 1
            self._writers.discard(writer)
            self._tasks.discard(task)
            if not writer.transport.is_closing():
                writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    # test side -----------------------------------------------------------------------------------

    def url(self, path: str) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}{path}"

    def hits(self, path: str) -> int:
        """How many requests for ``path`` (without the query) reached the server."""
        return sum(1 for request in self.requests if request.path == path.encode())

    def gate(self, name: str) -> threading.Event:
        with self._gates_lock:
            return self._gates.setdefault(name, threading.Event())

    def close_connections(self) -> None:
        """Close every connection the server has, idle ones included (a FIN; for TLS a close_notify first)."""

        async def close_all() -> None:
            for writer in list(self._writers):
                writer.close()
            await asyncio.sleep(0.01)  # the transports flush and close their sockets

        asyncio.run_coroutine_threadsafe(close_all(), self.loop).result(10)

    def stop(self) -> None:
        async def shutdown() -> None:
            if self._server is not None:
                self._server.close()
            tasks = list(self._tasks)
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        for gate in self._gates.values():
            gate.set()
        asyncio.run_coroutine_threadsafe(shutdown(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


@dataclass
class TLSFiles:
    """A self-signed certificate for 127.0.0.1 (its own CA) and the contexts of both ends."""

    cert: Path
    key: Path
    server: ssl.SSLContext = field(repr=False)
    client: ssl.SSLContext = field(repr=False)


def tls_files(folder: Path) -> TLSFiles:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "orderly-transport-tests")])
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
    server.set_alpn_protocols(["h2", "http/1.1"])
    client = ssl.create_default_context(cafile=str(cert_file))
    return TLSFiles(cert_file, key_file, server, client)


def refused_port() -> tuple[socket.socket, int]:
    """A loopback port that refuses connections: bound, not listening (keep the socket until done)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    return sock, sock.getsockname()[1]
