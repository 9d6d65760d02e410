"""Server-side rate limits: each operation's ``x-rate-limit``, as a sliding window per scope key."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Hashable

from ._spec import Operation, RateLimit


def limit_key(operation: Operation, scope: str, account_id: str | None) -> Hashable:
    """Who shares a window: ``ip`` everyone (one address here); ``user``/``account``/``none`` each account.

    Windows are always per operation; a public operation has no account, so its window is shared.
    """
    if scope == "ip" or account_id is None:
        return (operation.key,)
    return (operation.key, account_id)


class SlidingWindows:
    """Never more than N accepted requests in any window of T seconds, for each key."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._accepted: dict[Hashable, deque[float]] = {}

    def admit(self, key: Hashable, limit: RateLimit) -> bool:
        """Count a request under ``key`` and return True, or return False if it would exceed ``limit``."""
        with self._lock:  # the clock is read under the lock so that every window stays in time order
            now = self._clock()
            times = self._accepted.get(key)
            if times is None:
                times = self._accepted[key] = deque()
            horizon = now - limit.period
            while times and times[0] <= horizon:
                times.popleft()
            if len(times) >= limit.requests:
                return False
            times.append(now)
            return True

    def clear(self) -> None:
        """Forget every request counted so far."""
        with self._lock:
            self._accepted.clear()
