"""The HTTP side: a threading stdlib server that reads requests, applies faults and writes answers."""

from __future__ import annotations

import contextlib
import logging
import socket
import socketserver
import struct
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from ._app import App, Incoming, Reply
from ._errors import INVALID_PARAMETER, UNKNOWN, ApiError
from ._faults import Fault, FaultPlan
from ._log import RecordedRequest, RequestLog
from ._responses import failure
from ._spec import Match

logger = logging.getLogger("orderly_sandbox")

MAX_BODY = 1 << 20
#: At most this many connections are served at once (one thread each); more wait in the backlog.
MAX_CONNECTIONS = 128
#: A keep-alive connection idle this many seconds (or a request this slow) is closed, freeing its thread.
IDLE_TIMEOUT = 30.0
_LINGER_RESET = struct.pack("ii", 1, 0)


class _BadBodyError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class SandboxServer(ThreadingHTTPServer):
    """A ThreadingHTTPServer on a loopback port that hands requests to an :class:`App`."""

    daemon_threads = True
    request_queue_size = 128

    def __init__(
        self,
        address: tuple[str, int],
        app: App,
        faults: FaultPlan,
        log: RequestLog,
        *,
        max_connections: int = MAX_CONNECTIONS,
        idle_timeout: float = IDLE_TIMEOUT,
    ) -> None:
        self.app = app
        self.faults = faults
        self.log = log
        self.idle_timeout = idle_timeout
        self.stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(max_connections)
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        """Serve a connection in a thread once one of the ``max_connections`` slots is free (bounded threads)."""
        while not self._slots.acquire(timeout=0.05):
            if self.stopping.is_set():
                self.shutdown_request(request)
                return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    @property
    def open_connections(self) -> int:
        """How many connections are being served now."""
        with self._connections_lock:
            return len(self._connections)

    def server_bind(self) -> None:
        """Bind without HTTPServer's reverse DNS lookup of the host (slow on some machines)."""
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Log quietly instead of printing a traceback to stderr."""
        logger.debug("error while serving %s", client_address, exc_info=True)

    def track(self, connection: socket.socket, alive: bool) -> None:
        """Note a connection opening (``alive``) or closing, so :meth:`close_connections` can end it."""
        with self._connections_lock:
            if alive:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    def close_connections(self) -> None:
        """End every open keep-alive connection, waking the threads that wait on them."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "orderly-sandbox"
    disable_nagle_algorithm = True
    server: SandboxServer

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.idle_timeout)  # an idle connection does not hold a thread forever
        self.server.track(self.connection, alive=True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.track(self.connection, alive=False)

    def handle(self) -> None:
        try:
            super().handle()
        except (ConnectionError, TimeoutError):
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s " + format, self.address_string(), *args)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Malformed requests (bad request line, headers too long...) get an Orderly-shaped error and a close."""
        self.close_connection = True
        text = message or HTTPStatus(code).phrase
        self._send(Reply(code, failure(UNKNOWN, text, self.server.app.now_ms()), UNKNOWN, text))

    # -- one request -----------------------------------------------------------------------------

    def _dispatch(self) -> None:
        app = self.server.app
        # The target exactly as on the request line (latin-1 maps text back to the bytes received).
        target = self.requestline.split()[1].encode("latin-1")
        headers: dict[str, list[str]] = {}
        for name, value in self.headers.items():
            headers.setdefault(name.lower(), []).append(value)
        method = self.command
        path = target.partition(b"?")[0].decode("latin-1")
        match = app.route(method, path)
        fault = self.server.faults.take(match.operation.key) if match else None
        operation = match.operation.key if match else None

        if fault is not None and fault.kind == "reset_before_read":
            self._record(Incoming(method, target, headers, b""), operation, None, fault, answered=False)
            self._drop()
            return
        try:
            body = self._read_body()
        except _BadBodyError as exc:
            self.close_connection = True
            reply = app.error(ApiError(INVALID_PARAMETER, exc.message, status=exc.status))
            self._record(Incoming(method, target, headers, b""), operation, reply, fault, answered=True)
            self._send(reply)
            return
        request = Incoming(method, target, headers, body)
        reply = self._reply(request, match, fault)
        if fault is not None and fault.kind == "reset_after_read":
            self._record(request, operation, reply, fault, answered=False)
            self._drop()
            return
        self._record(request, operation, reply, fault, answered=True)
        if fault is not None and fault.kind == "delay" and self.server.stopping.wait(fault.seconds):
            self._drop()
            return
        self._send(reply)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _dispatch  # noqa: N815

    def _reply(self, request: Incoming, match: Match | None, fault: Fault | None) -> Reply:
        """The answer: the fault's, or the app's (the app runs first if the fault lets it process)."""
        if fault is not None and fault.kind == "http" and not fault.processed:
            return self._fault_reply(fault, processed=False)
        try:
            reply = self.server.app.handle(request, match)
        except Exception as exc:  # a sandbox bug: answer 500 rather than drop the connection
            logger.exception("sandbox failed on %s %s", request.method, request.path)
            reply = self.server.app.error(ApiError(UNKNOWN, f"sandbox internal error: {exc!r}", status=500))
        if fault is not None and fault.kind == "http":
            return self._fault_reply(fault, processed=reply.processed)
        return reply

    def _fault_reply(self, fault: Fault, *, processed: bool) -> Reply:
        code = fault.code if fault.code is not None else UNKNOWN
        message = f"injected fault: HTTP {fault.status}"
        headers = (("Retry-After", fault.retry_after),) if fault.retry_after is not None else ()
        if fault.body is not None:
            kind = "application/json" if fault.body.lstrip()[:1] in (b"{", b"[") else "text/html; charset=utf-8"
            return Reply(fault.status, fault.body, code, message, processed, headers, kind)
        body = failure(code, message, self.server.app.now_ms())
        return Reply(fault.status, body, code, message, processed, headers)

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            return self._read_chunked()
        length = self.headers.get("Content-Length")
        if length is None:
            return b""
        if not length.strip().isdigit():
            raise _BadBodyError(400, f"Content-Length {length!r} is not a number")
        size = int(length)
        if size > MAX_BODY:
            raise _BadBodyError(413, f"body of {size} bytes is over the sandbox's {MAX_BODY} byte limit")
        body = self.rfile.read(size)
        if len(body) < size:
            raise ConnectionError("client closed the connection mid-body")
        return body

    def _read_chunked(self) -> bytes:
        parts: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1024)
            try:
                size = int(line.split(b";")[0].strip(), 16)
            except ValueError:
                raise _BadBodyError(400, "malformed chunked body") from None
            if size == 0:
                while self.rfile.readline(1024).strip():
                    pass  # trailers
                return b"".join(parts)
            total += size
            if total > MAX_BODY:
                raise _BadBodyError(413, f"body is over the sandbox's {MAX_BODY} byte limit")
            parts.append(self.rfile.read(size))
            self.rfile.readline(3)

    def _record(
        self, request: Incoming, operation: str | None, reply: Reply | None, fault: Fault | None, *, answered: bool
    ) -> None:
        self.server.log.append(
            RecordedRequest(
                method=request.method,
                target=request.target.decode("latin-1"),
                headers={name: ", ".join(values) for name, values in request.headers.items()},
                body=request.body,
                operation=operation,
                status=reply.status if reply else None,
                code=reply.code if reply else None,
                message=reply.message if reply else None,
                processed=reply.processed if reply else False,
                answered=answered,
                fault=fault.kind if fault else None,
                time=time.time(),
            )
        )

    def _send(self, reply: Reply) -> None:
        try:
            phrase = HTTPStatus(reply.status).phrase
        except ValueError:
            phrase = "Error"
        lines = [
            f"HTTP/1.1 {reply.status} {phrase}",
            f"Content-Type: {reply.content_type}",
            f"Content-Length: {len(reply.body)}",
            "Server: orderly-sandbox",
        ]
        lines += [f"{name}: {value}" for name, value in reply.headers]
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        self.wfile.write(head if self.command == "HEAD" else head + reply.body)

    def _drop(self) -> None:
        """Close the connection with a TCP reset and no answer."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, _LINGER_RESET)
        self.connection.close()
