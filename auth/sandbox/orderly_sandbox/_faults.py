"""Faults a test can inject: error answers, dropped connections and late answers, consumed in order."""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass
from typing import Literal

from ._errors import DUPLICATE, RATE_LIMITED, UNAUTHORIZED, UNKNOWN

FaultKind = Literal["http", "reset_before_read", "reset_after_read", "delay"]

#: The code an injected error answer carries when none is given (-1000 for any other status).
DEFAULT_CODES = {401: UNAUTHORIZED, 403: UNAUTHORIZED, 409: DUPLICATE, 429: RATE_LIMITED}


@dataclass(frozen=True, slots=True)
class Fault:
    """What the sandbox does to a request instead of (or after) answering it normally.

    Build one with the class methods: :meth:`http`, :meth:`reset_before_read`,
    :meth:`reset_after_read`, :meth:`delay`. ``processed`` says whether the request is carried
    out (an order really placed) before the fault strikes.
    """

    kind: FaultKind
    status: int = 0
    code: int | None = None
    retry_after: str | None = None
    body: bytes | None = None
    seconds: float = 0.0
    processed: bool = False

    @classmethod
    def http(
        cls,
        status: int,
        code: int | None = None,
        retry_after: float | str | None = None,
        *,
        body: bytes | None = None,
        processed: bool = False,
    ) -> Fault:
        """Answer ``status`` (400..599) with an Orderly error body; ``code`` defaults from the status.

        ``retry_after`` adds a ``Retry-After`` header; ``body`` replaces the JSON body with raw
        bytes (an HTML error page from a proxy, say); ``processed=True`` carries the request out
        first, as a gateway that times out after the backend acted would.
        """
        if not 400 <= status <= 599:
            raise ValueError(f"an injected HTTP fault needs an error status 400..599, got {status}")
        if code is None:
            code = DEFAULT_CODES.get(status, UNKNOWN)
        shown = f"{retry_after:g}" if isinstance(retry_after, float) else retry_after
        if shown is not None:
            shown = str(shown)
        return cls("http", status=status, code=code, retry_after=shown, body=body, processed=processed)

    @classmethod
    def reset_before_read(cls) -> Fault:
        """Drop the connection (TCP reset) after the request head, before reading the body: never processed."""
        return cls("reset_before_read")

    @classmethod
    def reset_after_read(cls) -> Fault:
        """Read and carry out the request (the order is placed), then drop the connection unanswered."""
        return cls("reset_after_read", processed=True)

    @classmethod
    def delay(cls, seconds: float) -> Fault:
        """Carry out the request at once but answer only after ``seconds`` (for read timeouts)."""
        if seconds < 0:
            raise ValueError(f"delay must be >= 0 seconds, got {seconds}")
        return cls("delay", seconds=float(seconds), processed=True)

    def __repr__(self) -> str:
        if self.kind == "http":
            extra = f", retry_after={self.retry_after!r}" if self.retry_after is not None else ""
            return f"Fault.http({self.status}, code={self.code}{extra}, processed={self.processed})"
        if self.kind == "delay":
            return f"Fault.delay({self.seconds:g})"
        return f"Fault.{self.kind}()"


@dataclass(slots=True)
class _Pending:
    fault: Fault
    left: int


class FaultPlan:
    """Faults waiting for requests, first in first out per ``(METHOD, path template)``; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queues: dict[str, deque[_Pending]] = {}

    def add(self, operation_key: str, fault: Fault, times: int = 1) -> None:
        """Apply ``fault`` to the next ``times`` requests for the operation (after faults added before)."""
        if times < 1:
            raise ValueError(f"times must be >= 1, got {times}")
        with self._lock:
            self._queues.setdefault(operation_key, deque()).append(_Pending(fault, times))

    def take(self, operation_key: str) -> Fault | None:
        """The fault for this request, if one is waiting for the operation."""
        if not self._queues:
            return None
        with self._lock:
            queue = self._queues.get(operation_key)
            if not queue:
                return None
            entry = queue[0]
            entry.left -= 1
            if entry.left <= 0:
                queue.popleft()
            return entry.fault

    def pending(self) -> dict[str, list[tuple[Fault, int]]]:
        """The faults still waiting, with how many requests each will still hit."""
        with self._lock:
            return {key: [(entry.fault, entry.left) for entry in queue] for key, queue in self._queues.items() if queue}

    def clear(self) -> None:
        """Drop every waiting fault."""
        with self._lock:
            self._queues.clear()
