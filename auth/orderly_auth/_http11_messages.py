"""HTTP/1.1 messages for the lean transports: a request's head and body out, a response in.

Pure byte handling, shared by :mod:`._http11`'s sync and async pools: the request line and
headers as httpx2 prepared them, and an incremental response parser that frames bodies by
``Content-Length``, ``Transfer-Encoding: chunked`` or the connection's close, and raises
:class:`httpx2.RemoteProtocolError` on anything malformed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import ClassVar, Final

import httpx2

from ._errors import ConfigurationError

MAX_HEAD: Final = 64 * 1024
MAX_BODY: Final = 64 * 1024 * 1024
_DEFAULT_PORTS: Final = {b"http": 80, b"https": 443}
_NO_BODY_STATUS: Final = frozenset({204, 304})

Origin = tuple[bytes, bytes, int]


# Request -----------------------------------------------------------------------------------------


def request_origin(request: httpx2.Request) -> Origin:
    url = request.url
    scheme = url.raw_scheme
    if scheme not in _DEFAULT_PORTS:
        raise httpx2.UnsupportedProtocol(f"unsupported URL scheme {url.scheme!r}: http and https only")
    if not url.raw_host:
        raise httpx2.UnsupportedProtocol(f"request URL {url!s} has no host")
    return scheme, url.raw_host, url.port or _DEFAULT_PORTS[scheme]


# Header fields as h11 accepts them: a token name, a value of visible characters with inner spaces and tabs
# (no CR, LF, NUL or other control characters). One match over all the fields of a request.
_FIELDS = re.compile(
    rb"(?:[!#$%&'*+\-.^_`|~0-9A-Za-z]+: (?:[\x21-\x7e\x80-\xff]+(?:[ \t]+[\x21-\x7e\x80-\xff]+)*)?\r\n)*"
)


def checked_head(request: httpx2.Request) -> tuple[bytes, bytes]:
    """The request target and header fields, checked as h11 checks them, before anything is sent.

    A header name that is not a token or a value with control characters raises ``ConfigurationError``;
    a target with spaces or line breaks ``LocalProtocolError``.
    """
    raw = request.headers.raw
    fields = b"".join([name + b": " + value + b"\r\n" for name, value in raw])
    if _FIELDS.fullmatch(fields) is None:
        bad = next((name for name, value in raw if _FIELDS.fullmatch(name + b": " + value + b"\r\n") is None), b"")
        raise ConfigurationError(
            f"invalid header {bad[:60]!r}: a name must be a token, a value has no control characters"
        )
    target = request.url.raw_path
    if b" " in target or b"\r" in target or b"\n" in target:
        raise httpx2.LocalProtocolError(f"invalid request target {target[:100]!r}")
    return target, fields


def request_head(request: httpx2.Request) -> bytes:
    """Request line and headers, as httpx2 prepared them (Host, Content-Length or chunked included), checked."""
    target, fields = checked_head(request)
    return b"%b %b HTTP/1.1\r\n%b\r\n" % (request.method.encode("ascii"), target, fields)


def request_body(request: httpx2.Request) -> bytes | None:
    """The whole body when httpx2 holds it in memory, else None (a stream, sent as it comes)."""
    try:
        return request.content
    except httpx2.RequestNotRead:
        return None


def request_framing(request: httpx2.Request, body: bytes | None) -> int | None:
    """Check that the framing headers describe the body; the declared length of a streamed body, if any.

    A body in memory must be announced by exactly its Content-Length and no Transfer-Encoding; a
    streamed one by ``Transfer-Encoding: chunked`` alone or by one Content-Length. Anything else (a
    caller's ``Content-Length: 0`` in front of a body, chunked next to a length) would leave stray bytes
    on the connection, so it raises ``ConfigurationError`` before anything is sent.
    """
    lengths, encodings = _framing_values(request.headers)
    if body is not None:
        allowed = ([str(len(body))],) if body else ([], ["0"])
        if encodings or lengths not in allowed:
            raise ConfigurationError(
                f"framing headers (Content-Length {lengths}, Transfer-Encoding {encodings}) do not describe the "
                f"{len(body)}-byte body: leave them to the client"
            )
        return None
    if encodings:
        if [value.strip().lower() for value in encodings] != ["chunked"] or lengths:
            raise ConfigurationError(
                f"a streamed body is sent chunked alone, not as Transfer-Encoding {encodings}, Content-Length {lengths}"
            )
        return None
    if len(lengths) != 1 or not lengths[0].isdigit():
        raise ConfigurationError(f"a streamed body needs one Content-Length or chunked encoding, got {lengths}")
    return int(lengths[0])


_FRAMING_NAMES: Final = frozenset({b"content-length", b"transfer-encoding"})


def _framing_values(headers: httpx2.Headers) -> tuple[list[str], list[str]]:
    """The Content-Length and Transfer-Encoding values: ``headers.get_list`` of both, in one pass over ASCII ones."""
    lengths: list[str] = []
    encodings: list[str] = []
    for name, value in headers.raw:
        lower = name.lower()
        if lower in _FRAMING_NAMES:
            if not value.isascii():  # decoded as httpx2 decodes the headers it holds
                return headers.get_list("content-length"), headers.get_list("transfer-encoding")
            (lengths if lower == b"content-length" else encodings).append(value.decode("ascii"))
    return lengths, encodings


class StreamLength:
    """Counts the bytes of a streamed body against its declared Content-Length."""

    __slots__ = ("declared", "sent")

    def __init__(self, declared: int | None) -> None:
        self.declared = declared
        self.sent = 0

    def add(self, data: bytes) -> None:
        self.sent += len(data)
        if self.declared is not None and self.sent > self.declared:
            raise httpx2.LocalProtocolError(f"the body stream is longer than its Content-Length {self.declared}")

    def done(self) -> None:
        if self.declared is not None and self.sent != self.declared:
            raise httpx2.LocalProtocolError(f"the body stream ended at {self.sent} of {self.declared} bytes")


def chunk(data: bytes) -> bytes:
    return b"%x\r\n%b\r\n" % (len(data), data) if data else b""


def request_timeouts(request: httpx2.Request) -> dict[str, float | None]:
    timeout: dict[str, float | None] = request.extensions.get("timeout", {})
    return timeout


# Response parsing (shared) ------------------------------------------------------------------------


class ResponseParser:
    """An incremental HTTP/1.1 response parser: :meth:`feed` bytes until it returns True.

    Raises :class:`httpx2.RemoteProtocolError` on anything malformed. After completion,
    ``keep_alive`` says whether the connection may carry another request.
    """

    __slots__ = (
        "_at",
        "_buffer",
        "_chunk_left",
        "_head_request",
        "_parts",
        "_remaining",
        "_state",
        "body",
        "headers",
        "http_version",
        "keep_alive",
        "max_body",
        "reason",
        "status",
    )

    # states
    HEAD: Final = 0
    LENGTH: Final = 1
    CHUNK_SIZE: Final = 2
    CHUNK_DATA: Final = 3
    TRAILERS: Final = 4
    UNTIL_CLOSE: Final = 5
    DONE: Final = 6
    _STEPS: ClassVar[dict[int, Callable[[ResponseParser], bool]]]

    def __init__(self, method: str, max_body: int = MAX_BODY) -> None:
        self._head_request = method == "HEAD"
        self._buffer = bytearray()
        self._state = self.HEAD
        self._remaining = 0
        self._chunk_left = 0
        self._parts: list[bytes] = []
        self._at = 0
        self.max_body = max_body
        self.status = 0
        self.reason = b""
        self.http_version = b"HTTP/1.1"
        self.headers: list[tuple[bytes, bytes]] = []
        self.body = b""
        self.keep_alive = True

    @property
    def started(self) -> bool:
        """Whether any byte of the response has arrived."""
        return bool(self._buffer) or self._state != self.HEAD

    def feed(self, data: bytes) -> bool:
        """Take the next bytes from the connection; True once the response is complete."""
        if self._state == self.DONE:
            if data:
                self.keep_alive = False  # bytes nobody asked for: do not reuse the connection
            return True
        if self._state == self.HEAD and not self._buffer:
            # Fast path: the whole response in one read, framed by Content-Length.
            end = data.find(b"\r\n\r\n")
            if end >= 0 and self._parse_head(data[:end]) and self._state == self.LENGTH:
                start = end + 4
                stop = start + self._remaining
                if len(data) >= stop:
                    self.body = data[start:stop]
                    if len(data) > stop:
                        self.keep_alive = False
                    self._state = self.DONE
                    return True
                self._buffer += data[start:]
                self._at = 0
                return self._advance()
            if end >= 0:
                self._buffer += data[end + 4 :]
                self._at = 0
                return self._advance()
        self._buffer += data
        return self._advance()

    def feed_eof(self) -> bool:
        """The server closed the connection: True if that completes the response, else raise."""
        if self._state == self.UNTIL_CLOSE:
            self.body = bytes(self._buffer)
            self._buffer = bytearray()
            self._state = self.DONE
            self.keep_alive = False
            return True
        if self._state == self.DONE:
            return True
        if not self.started:
            raise httpx2.RemoteProtocolError("Server disconnected without sending a response.")
        raise httpx2.RemoteProtocolError("peer closed connection without sending complete message body")

    def _advance(self) -> bool:
        steps = self._STEPS
        while self._state != self.DONE:
            if not steps[self._state](self):
                return False
        return True

    def _step_head(self) -> bool:
        buffer = self._buffer
        end = buffer.find(b"\r\n\r\n")
        if end < 0:
            if len(buffer) > MAX_HEAD:
                raise httpx2.RemoteProtocolError("response head too large")
            return False
        head = bytes(buffer[:end])
        del buffer[: end + 4]
        self._parse_head(head)
        self._at = 0
        return True

    def _step_length(self) -> bool:
        buffer = self._buffer
        if len(buffer) < self._remaining:
            return False
        self.body = bytes(buffer[: self._remaining])
        if len(buffer) > self._remaining:
            self.keep_alive = False
        self._finish()
        return True

    def _step_until_close(self) -> bool:
        if len(self._buffer) > self.max_body:
            raise httpx2.RemoteProtocolError(f"response body larger than {self.max_body} bytes")
        return False

    def _step_chunk_size(self) -> bool:
        buffer = self._buffer
        end = buffer.find(b"\r\n", self._at)
        if end < 0:
            if len(buffer) - self._at > 1024:
                raise httpx2.RemoteProtocolError("chunk size line too long")
            return False
        line = bytes(buffer[self._at : end]).split(b";", 1)[0].strip()
        if not line or line.strip(b"0123456789abcdefABCDEF"):
            raise httpx2.RemoteProtocolError(f"invalid chunk size {line[:40]!r}")
        size = int(line, 16)
        if self._remaining + size > self.max_body:
            raise httpx2.RemoteProtocolError(f"response body larger than {self.max_body} bytes")
        self._at = end + 2
        if size == 0:
            self._state = self.TRAILERS
        else:
            self._chunk_left = size
            self._state = self.CHUNK_DATA
        return True

    def _step_chunk_data(self) -> bool:
        buffer = self._buffer
        stop = self._at + self._chunk_left
        if len(buffer) < stop + 2:
            return False
        if buffer[stop : stop + 2] != b"\r\n":
            raise httpx2.RemoteProtocolError("chunk not followed by CRLF")
        self._parts.append(bytes(buffer[self._at : stop]))
        self._remaining += self._chunk_left
        if self._remaining > self.max_body:
            raise httpx2.RemoteProtocolError(f"response body larger than {self.max_body} bytes")
        del buffer[: stop + 2]
        self._at = 0
        self._state = self.CHUNK_SIZE
        return True

    def _step_trailers(self) -> bool:
        buffer = self._buffer
        end = buffer.find(b"\r\n", self._at)
        if end < 0:
            if len(buffer) > MAX_HEAD:
                raise httpx2.RemoteProtocolError("trailers too large")
            return False
        if end == self._at:  # the empty line that ends the message
            if len(buffer) > end + 2:
                self.keep_alive = False
            self.body = b"".join(self._parts)
            self._parts = []
            self._finish()
        else:
            self._at = end + 2  # trailer fields are read and ignored
        return True

    def _finish(self) -> None:
        self._buffer = bytearray()
        self._state = self.DONE

    def _parse_head(self, head: bytes) -> bool:
        """Parse a status line and headers; set the body framing. False for an interim (1xx) response."""
        lines = head.split(b"\r\n")
        version, status, reason = _status_line(lines[0])
        if 100 <= status < 200 and status != 101:
            self._state = self.HEAD  # interim response: the real one follows
            return False
        headers, length, chunked, connection = _header_fields(lines[1:])
        self.status = status
        self.reason = reason
        self.http_version = version
        self.headers = headers
        if version == b"HTTP/1.0":
            self.keep_alive = b"keep-alive" in connection
        else:
            self.keep_alive = b"close" not in connection
        self._remaining = 0
        if self._head_request or status in _NO_BODY_STATUS or status == 101:
            self._state = self.LENGTH
            self.keep_alive = self.keep_alive and status != 101
        elif chunked:
            self._state = self.CHUNK_SIZE
        elif length is not None:
            if length > self.max_body:
                raise httpx2.RemoteProtocolError(f"response body larger than {self.max_body} bytes")
            self._state = self.LENGTH
            self._remaining = length
        else:
            self._state = self.UNTIL_CLOSE
            self.keep_alive = False
        return True

    def response(self) -> httpx2.Response:
        """The parsed response for httpx2, its body in memory as sent: the client decodes it (and caps it)."""
        return httpx2.Response(
            self.status,
            headers=self.headers,
            stream=httpx2.ByteStream(self.body),
            extensions={"http_version": self.http_version, "reason_phrase": self.reason},
        )


ResponseParser._STEPS = {
    ResponseParser.HEAD: ResponseParser._step_head,
    ResponseParser.LENGTH: ResponseParser._step_length,
    ResponseParser.CHUNK_SIZE: ResponseParser._step_chunk_size,
    ResponseParser.CHUNK_DATA: ResponseParser._step_chunk_data,
    ResponseParser.TRAILERS: ResponseParser._step_trailers,
    ResponseParser.UNTIL_CLOSE: ResponseParser._step_until_close,
}


def _status_line(line: bytes) -> tuple[bytes, int, bytes]:
    version, _, rest = line.partition(b" ")
    code, _, reason = rest.partition(b" ")
    if version not in (b"HTTP/1.1", b"HTTP/1.0") or len(code) != 3 or not code.isdigit():
        raise httpx2.RemoteProtocolError(f"invalid status line {line[:100]!r}")
    return version, int(code), reason


def _header_fields(lines: list[bytes]) -> tuple[list[tuple[bytes, bytes]], int | None, bool, bytes]:
    """Header fields, and what frames the body: Content-Length, chunked, the Connection header."""
    headers = []
    length: int | None = None
    chunked = False
    connection = b""
    for line in lines:
        name, colon, value = line.partition(b":")
        if not colon or not name or name != name.strip() or line[:1] in b" \t":
            raise httpx2.RemoteProtocolError(f"invalid header line {line[:100]!r}")
        value = value.strip(b" \t")
        headers.append((name, value))
        lowered = name.lower()
        if lowered == b"content-length":
            if not value.isdigit() or (length is not None and int(value) != length):
                raise httpx2.RemoteProtocolError(f"invalid Content-Length {value[:40]!r}")
            length = int(value)
        elif lowered == b"transfer-encoding":
            chunked = value.lower().rsplit(b",", 1)[-1].strip() == b"chunked"
            if not chunked:
                raise httpx2.RemoteProtocolError(f"unsupported Transfer-Encoding {value[:40]!r}")
        elif lowered == b"connection":
            connection = value.lower()
    return headers, length, chunked, connection
