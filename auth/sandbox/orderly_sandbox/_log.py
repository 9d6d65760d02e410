"""What the sandbox received: one record per attempt, faulted ones included; thread-safe."""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal, overload

Verdict = Literal["accepted", "rejected", "dropped"]


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request as the sandbox received it, and what became of it.

    ``target`` is the raw request target (path and ``?query``) exactly as on the request line;
    ``headers`` are lower-cased (repeated ones joined by ``", "``); ``body`` is the raw bytes read
    (empty when a fault dropped the connection before reading it). ``status``/``code``/``message``
    are the answer the sandbox produced, and ``answered`` whether it was sent: a
    ``reset_after_read`` fault processes the request, then drops the connection unanswered.
    ``processed`` is True when the request reached the operation (an order may have been placed).
    ``fault`` names the injected fault that hit this request, if any.
    """

    method: str
    target: str
    headers: Mapping[str, str]
    body: bytes
    operation: str | None
    status: int | None
    code: int | None
    message: str | None
    processed: bool
    answered: bool
    fault: str | None
    time: float

    @property
    def path(self) -> str:
        """The raw path, without the query."""
        return self.target.partition("?")[0]

    @property
    def query(self) -> str:
        """The raw query string, without the ``?``."""
        return self.target.partition("?")[2]

    @property
    def verdict(self) -> Verdict:
        """``accepted`` (answered 200), ``rejected`` (answered an error) or ``dropped`` (no answer)."""
        if not self.answered:
            return "dropped"
        return "accepted" if self.status == 200 else "rejected"

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)

    def __repr__(self) -> str:
        extra = f", fault={self.fault!r}" if self.fault else ""
        return (
            f"RecordedRequest({self.method} {self.target}, status={self.status}, code={self.code}, "
            f"processed={self.processed}, answered={self.answered}{extra})"
        )


class RequestLog:
    """The requests received so far, oldest first (the latest ``limit`` when given); thread-safe."""

    def __init__(self, limit: int | None = None) -> None:
        self._lock = threading.Lock()
        self._records: deque[RecordedRequest] = deque(maxlen=limit)

    def append(self, record: RecordedRequest) -> None:
        """Add a record (the server does this)."""
        with self._lock:
            self._records.append(record)

    def snapshot(self) -> list[RecordedRequest]:
        """A copy of the records so far."""
        with self._lock:
            return list(self._records)

    def matching(self, method: str | None = None, operation: str | None = None) -> list[RecordedRequest]:
        """The records for ``method`` and/or ``operation`` (``"POST /v1/order"`` or a path template)."""
        wanted_method = method.upper() if method else None
        return [
            record
            for record in self.snapshot()
            if (wanted_method is None or record.method == wanted_method)
            and (operation is None or record.operation in (operation, f"{record.method} {operation}"))
        ]

    @property
    def last(self) -> RecordedRequest:
        """The latest record; ``IndexError`` when there is none."""
        with self._lock:
            return self._records[-1]

    def clear(self) -> None:
        """Forget every record."""
        with self._lock:
            self._records.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._records)

    def __iter__(self) -> Iterator[RecordedRequest]:
        return iter(self.snapshot())

    @overload
    def __getitem__(self, index: int) -> RecordedRequest: ...

    @overload
    def __getitem__(self, index: slice) -> list[RecordedRequest]: ...

    def __getitem__(self, index: int | slice) -> RecordedRequest | list[RecordedRequest]:
        with self._lock:
            return list(self._records)[index] if isinstance(index, slice) else self._records[index]

    def __repr__(self) -> str:
        return f"RequestLog({len(self)} requests)"
