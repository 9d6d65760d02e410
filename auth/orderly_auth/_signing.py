"""The request signature: what is signed, and the headers that carry it."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx2

from ._keys import Credentials

JSON = "application/json"
FORM = "application/x-www-form-urlencoded"
# Orderly's rule: JSON for methods with a body, form-encoded for the others.
CONTENT_TYPES = {"POST": JSON, "PUT": JSON, "GET": FORM, "DELETE": FORM}


def signing_message(timestamp_ms: int, method: str, target: bytes, body: bytes) -> bytes:
    """``timestamp + METHOD + path[?query] + body``: ``target`` and ``body`` exactly as sent."""
    return b"".join((str(timestamp_ms).encode("ascii"), method.upper().encode("ascii"), target, body))


class Clock:
    """Milliseconds since the epoch, corrected by the skew seen in the server's ``timestamp``.

    The offset moves only when the estimate differs from it by more than ``tolerance_ms``, so
    network jitter does not make it wander.
    """

    __slots__ = ("_time", "offset_ms", "tolerance_ms")

    def __init__(self, *, tolerance_ms: int = 500, time_source: Callable[[], float] = time.time) -> None:
        self.offset_ms = 0
        self.tolerance_ms = tolerance_ms
        self._time = time_source

    def now_ms(self) -> int:
        """The time to sign with."""
        return int(self._time() * 1000) + self.offset_ms

    def observe(self, server_ms: int, sent_ms: int, received_ms: int) -> bool:
        """Learn from a server timestamp seen between two local (uncorrected) times; True if the offset moved."""
        estimate = server_ms - (sent_ms + received_ms) // 2
        if abs(estimate - self.offset_ms) <= self.tolerance_ms:
            return False
        self.offset_ms = estimate if abs(estimate) > self.tolerance_ms else 0
        return True


def sign_request(request: httpx2.Request, credentials: Credentials, timestamp_ms: int) -> None:
    """Set the four ``orderly-*`` headers and Content-Type on ``request``, signing its exact bytes.

    ``request.url.raw_path`` is the request target that goes on the wire (path and query as
    encoded), and ``request.content`` the body bytes, so nothing is re-serialised.
    """
    method = request.method
    message = signing_message(timestamp_ms, method, request.url.raw_path, request.content)
    headers = request.headers
    content_type = CONTENT_TYPES.get(method)
    if content_type is not None:
        headers["Content-Type"] = content_type
    headers["orderly-timestamp"] = str(timestamp_ms)
    headers["orderly-account-id"] = credentials.account_id
    headers["orderly-key"] = credentials.orderly_key
    headers["orderly-signature"] = credentials.sign(message)
