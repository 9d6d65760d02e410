"""The request signature: what is signed, and the headers that carry it."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import httpx2

from ._keys import Credentials

JSON = "application/json"
FORM = "application/x-www-form-urlencoded"
# Orderly's rule: JSON for methods with a body, form-encoded for the others.
CONTENT_TYPES = {"POST": JSON, "PUT": JSON, "GET": FORM, "DELETE": FORM}

logger = logging.getLogger("orderly_auth")

#: A server clock further than this from ours is not believed: a day.
MAX_SKEW_MS = 86_400_000
#: One answer never moves the offset further than this: Orderly's own timestamp window, 300 s.
MAX_STEP_MS = 300_000


def signing_message(timestamp_ms: int, method: str, target: bytes, body: bytes) -> bytes:
    """``timestamp + METHOD + path[?query] + body``: ``target`` and ``body`` exactly as sent."""
    return b"".join((str(timestamp_ms).encode("ascii"), method.upper().encode("ascii"), target, body))


class Clock:
    """Milliseconds since the epoch, corrected by the skew seen in the server's ``timestamp``.

    The offset moves only when the estimate differs from it by more than ``tolerance_ms``, so
    network jitter does not make it wander. One answer cannot poison it: a timestamp further
    than ``max_skew_ms`` from the local clock is ignored (with a warning), and one sample moves
    the offset by at most ``max_step_ms`` (a larger real skew is learnt over a few answers).
    """

    __slots__ = ("_time", "max_skew_ms", "max_step_ms", "offset_ms", "tolerance_ms")

    def __init__(
        self,
        *,
        tolerance_ms: int = 500,
        max_skew_ms: int = MAX_SKEW_MS,
        max_step_ms: int = MAX_STEP_MS,
        time_source: Callable[[], float] = time.time,
    ) -> None:
        if not (0 < max_step_ms <= max_skew_ms):
            raise ValueError(f"need 0 < max_step_ms <= max_skew_ms, got {max_step_ms!r} and {max_skew_ms!r}")
        self.offset_ms = 0
        self.tolerance_ms = tolerance_ms
        self.max_skew_ms = max_skew_ms
        self.max_step_ms = max_step_ms
        self._time = time_source

    def now_ms(self) -> int:
        """The time to sign with."""
        return int(self._time() * 1000) + self.offset_ms

    def observe(self, server_ms: int, sent_ms: int, received_ms: int, *, within_ms: int | None = None) -> bool:
        """Learn from a server timestamp seen between two local (uncorrected) times; True if the offset moved.

        ``within_ms``: this source may not take the offset further than that from local time (a stream's pongs
        keep it within one step of it; only REST answers, which a wrong clock would see refused, go further).
        """
        estimate = server_ms - (sent_ms + received_ms) // 2
        if abs(estimate) > self.max_skew_ms:
            logger.warning(
                "ignored the server's timestamp %d: %d ms from the local clock is not plausible (max_skew_ms=%d)",
                server_ms,
                estimate,
                self.max_skew_ms,
            )
            return False
        if abs(estimate - self.offset_ms) <= self.tolerance_ms:
            return False
        target = estimate if abs(estimate) > self.tolerance_ms else 0
        if within_ms is not None and abs(target) > within_ms:
            if abs(self.offset_ms) >= within_ms:
                return False  # as far as this source may go already (or further, by REST answers)
            target = within_ms if target > 0 else -within_ms
        step = max(-self.max_step_ms, min(self.max_step_ms, target - self.offset_ms))
        self.offset_ms += step
        return True

    def __repr__(self) -> str:
        return f"Clock(offset_ms={self.offset_ms})"


def sign_request(request: httpx2.Request, credentials: Credentials, timestamp_ms: int) -> None:
    """Set the four ``orderly-*`` headers and Content-Type on ``request``, signing its exact bytes.

    ``request.url.raw_path`` is the request target that goes on the wire (path and query as
    encoded), and ``request.content`` the body bytes, so nothing is re-serialised.
    """
    method = request.method
    message = signing_message(timestamp_ms, method, request.url.raw_path, request.content)
    content_type = CONTENT_TYPES.get(method)
    fields = [
        ("orderly-timestamp", str(timestamp_ms)),
        ("orderly-account-id", credentials.account_id),
        ("orderly-key", credentials.orderly_key),
        ("orderly-signature", credentials.sign(message)),
    ]
    if content_type is not None:
        fields.insert(0, ("Content-Type", content_type))
    _set_headers(request.headers, fields)


# The names sign_request sets, as stored: (raw name, lower-case name).
_RAW_NAMES = {
    name: (name.encode("ascii"), name.lower().encode("ascii"))
    for name in ("Content-Type", "orderly-timestamp", "orderly-account-id", "orderly-key", "orderly-signature")
}
_SIGNING_FIELDS = frozenset(
    {b"content-type", b"orderly-timestamp", b"orderly-account-id", b"orderly-key", b"orderly-signature"}
)


def _set_headers(headers: httpx2.Headers, fields: list[tuple[str, str]]) -> None:
    """``headers[name] = value`` for each field (ASCII names and values), in one pass over the headers.

    Each ``Headers.__setitem__`` scans and re-encodes; here the previous values of these names go in one
    pass and the new ones are appended, as httpx2 stores them (raw name, lower-case name, value). On an
    httpx2 whose Headers is not stored that way, the public path.
    """
    stored = getattr(headers, "_list", None)
    if not isinstance(stored, list) or (stored and len(stored[0]) != 3):
        for name, value in fields:
            headers[name] = value
        return
    for entry in stored:
        if entry[1] in _SIGNING_FIELDS:
            stored[:] = [kept for kept in stored if kept[1] not in _SIGNING_FIELDS]
            break
    for name, value in fields:
        names = _RAW_NAMES.get(name)
        if names is None:
            raw = name.encode("ascii")
            names = (raw, raw.lower())
        stored.append((*names, value.encode("ascii")))
