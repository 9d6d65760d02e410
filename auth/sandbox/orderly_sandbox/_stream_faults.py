"""Faults a test can put on the sandbox's WebSocket streams, and the record of each one that struck.

``sb.stream_faults`` is a :class:`StreamFaults`. Connection-level faults act at once on the open
connections; the others stay set until undone (``resume``, ``unstall``, ``clear``) or used up
(``drop_next_delta``, ``refuse_auth``). Every fault that takes effect is appended to ``log``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

StreamKind = Literal["public", "private"]
KINDS: tuple[StreamKind, ...] = ("public", "private")


@dataclass(frozen=True, slots=True)
class StreamFaultRecord:
    """One fault that took effect: what it was, on what, and when (``time.time()``)."""

    fault: str
    kind: str | None = None
    topic: str | None = None
    detail: str = ""
    time: float = field(default_factory=time.time)


def _kinds(kind: str | None) -> tuple[StreamKind, ...]:
    if kind is None:
        return KINDS
    if kind not in KINDS:
        raise ValueError(f"kind must be 'public', 'private' or None (both), got {kind!r}")
    return tuple(known for known in KINDS if known == kind)


class StreamFaults:
    """What the WebSocket server does wrong on purpose; thread-safe, read by the server on every message.

    - :meth:`drop_connections`: close open connections abruptly (no close frame).
    - :meth:`drop_next_delta`: skip one ``orderbookupdate`` of a symbol, leaving a ``prevTs`` gap.
    - :meth:`silence` / :meth:`resume`: send nothing (pings included) and answer nothing, socket left
      open: a half-open connection as the client sees it.
    - :meth:`stop_pings`: no more server pings (everything else flows).
    - :meth:`refuse_auth`: refuse the next ``times`` ``auth`` requests even when they are valid.
    - :meth:`stall` / :meth:`unstall`: hold back the pushes of one topic; ``unstall`` sends what was held.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.log: list[StreamFaultRecord] = []
        self._silenced: set[StreamKind] = set()
        self._pings_stopped = False
        self._refusals = 0
        self._skip_delta: set[str] = set()
        self._stalled: set[str] = set()
        # Set by the WebSocket server: act on open connections (drop, or send what a stall held back).
        self._dropper: Callable[[tuple[StreamKind, ...]], int] | None = None
        self._releaser: Callable[[str], int] | None = None

    def _record(self, fault: str, kind: str | None = None, topic: str | None = None, detail: str = "") -> None:
        self.log.append(StreamFaultRecord(fault, kind, topic, detail))

    # -- faults ----------------------------------------------------------------------------------

    def drop_connections(self, kind: str | None = None) -> int:
        """Close the open ``kind`` connections ("public", "private", None: all) without a close frame.

        Returns how many were dropped.
        """
        kinds = _kinds(kind)
        dropped = self._dropper(kinds) if self._dropper is not None else 0
        with self._lock:
            self._record("drop_connections", kind, detail=f"{dropped} connection(s)")
        return dropped

    def drop_next_delta(self, symbol: str) -> None:
        """Do not send the next ``{symbol}@orderbookupdate``: the one after it has a ``prevTs`` nobody saw."""
        with self._lock:
            self._skip_delta.add(symbol)

    def silence(self, kind: str | None = None) -> None:
        """Stop sending anything (pings included) and stop answering on ``kind`` connections, sockets left open."""
        kinds = _kinds(kind)
        with self._lock:
            self._silenced.update(kinds)
            self._record("silence", kind)

    def resume(self) -> None:
        """Undo :meth:`silence`: connections talk again (what happened meanwhile is not replayed)."""
        with self._lock:
            self._silenced.clear()
            self._record("resume")

    def stop_pings(self) -> None:
        """Stop the server's application-level pings (until :meth:`clear`)."""
        with self._lock:
            self._pings_stopped = True
            self._record("stop_pings")

    def refuse_auth(self, times: int = 1) -> None:
        """Refuse the next ``times`` ``auth`` requests as if their signature were wrong (then disconnect)."""
        if times < 1:
            raise ValueError(f"times must be >= 1, got {times}")
        with self._lock:
            self._refusals += times

    def stall(self, topic: str) -> None:
        """Hold back every push of ``topic`` (exact topic name, e.g. ``PERP_ETH_USDC@trade``) until unstalled."""
        with self._lock:
            self._stalled.add(topic)
            self._record("stall", topic=topic)

    def unstall(self, topic: str) -> None:
        """Let ``topic`` flow again, first sending what was held back, in order."""
        with self._lock:
            self._stalled.discard(topic)
        released = self._releaser(topic) if self._releaser is not None else 0
        with self._lock:
            self._record("unstall", topic=topic, detail=f"{released} message(s) released")

    def clear(self) -> None:
        """Undo every fault: resume, pings back, no refusals or skips pending, every topic unstalled."""
        with self._lock:
            stalled = sorted(self._stalled)
            self._silenced.clear()
            self._pings_stopped = False
            self._refusals = 0
            self._skip_delta.clear()
        for topic in stalled:
            self.unstall(topic)
        with self._lock:
            self._record("clear")

    # -- what the server asks --------------------------------------------------------------------

    def silenced(self, kind: StreamKind) -> bool:
        """Whether ``kind`` connections are silenced now."""
        return kind in self._silenced

    @property
    def pings_stopped(self) -> bool:
        """Whether server pings are stopped."""
        return self._pings_stopped

    def take_refusal(self) -> bool:
        """True (and one refusal used) if this ``auth`` is to be refused."""
        with self._lock:
            if self._refusals <= 0:
                return False
            self._refusals -= 1
            self._record("refuse_auth", "private")
            return True

    def take_delta_skip(self, symbol: str) -> bool:
        """True (and the skip used) if this ``orderbookupdate`` of ``symbol`` is to be dropped."""
        if not self._skip_delta:
            return False
        with self._lock:
            if symbol not in self._skip_delta:
                return False
            self._skip_delta.discard(symbol)
            self._record("drop_next_delta", "public", f"{symbol}@orderbookupdate")
            return True

    def stalled(self, topic: str) -> bool:
        """Whether pushes of ``topic`` are held back now."""
        return topic in self._stalled

    def __repr__(self) -> str:
        return (
            f"StreamFaults(silenced={sorted(self._silenced)}, pings_stopped={self._pings_stopped}, "
            f"refusals={self._refusals}, skip_delta={sorted(self._skip_delta)}, stalled={sorted(self._stalled)})"
        )
