"""A dead-man's switch around ``POST /v1/order/cancel_all_after``: armed while the process lives.

Timing, for a ``window`` of W seconds (default 60): the switch arms ``trigger_after = W`` at start
and re-arms it every W/4 seconds (``refresh``), so the server cancels every open order W seconds
after the last refresh it received. One failed refresh (or two) is logged at WARNING and the next
tick tries again: the deadline is still at least W/4 away after two failures in a row. When the
last success is more than W/2 old, each failure is logged at ERROR (the orders may be cancelled soon).
A clean stop (``stop()``, leaving the ``with`` block) disarms it (``trigger_after = 0``); a process
that is killed, hangs or loses its network sends nothing more, and the orders are cancelled.

The endpoint allows 1 request per second, so W must be at least 4 s (a refresh at most every 1 s);
it is at most 900 s. Refreshes never resend on their own: a failed one waits for the next tick.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from decimal import Decimal
from typing import TYPE_CHECKING

from orderly_client.api.private import post_v1_order_cancel_all_after
from orderly_client.models import CancelAllAfterBody, CancelAllAfterResponse
from orderly_client.types import Unset

from .._errors import ConfigurationError

if TYPE_CHECKING:
    from .._client import OrderlyClient

__all__ = ["AsyncDeadMansSwitch", "DeadMansSwitch"]

log = logging.getLogger("orderly_auth.bot")
MIN_WINDOW = 4.0
MAX_WINDOW = 900.0


class _SwitchCore:
    """The switch's timing and bookkeeping, shared by the sync and async runners (no I/O)."""

    def __init__(self, window: float, refresh: float | None) -> None:
        if isinstance(window, bool) or not isinstance(window, int | float) or not MIN_WINDOW <= window <= MAX_WINDOW:
            raise ConfigurationError(f"window must be {MIN_WINDOW:g}..{MAX_WINDOW:g} seconds, got {window!r}")
        refresh = window / 4 if refresh is None else refresh
        if isinstance(refresh, bool) or not isinstance(refresh, int | float) or not 1.0 <= refresh <= window / 3:
            raise ConfigurationError(f"refresh must be 1 s .. window/3 ({window / 3:g} s), got {refresh!r}")
        self.window = float(window)
        self.refresh = float(refresh)
        self.armed = False
        self.refreshes = 0
        self.failures = 0
        self.consecutive_failures = 0
        self.expected_trigger_ms: int | None = None
        self.last_success: float | None = None

    def body(self, armed: bool) -> CancelAllAfterBody:
        return CancelAllAfterBody(trigger_after=Decimal(round(self.window * 1000)) if armed else Decimal(0))

    def succeeded(self, answer: CancelAllAfterResponse, armed: bool, now: float) -> None:
        when = answer.data.expected_trigger_time
        self.expected_trigger_ms = None if isinstance(when, Unset) or not armed else when
        self.armed = armed
        self.last_success = now
        self.consecutive_failures = 0
        if armed:
            self.refreshes += 1
            log.debug("dead-man's switch refreshed: orders cancelled at %s unless refreshed", self.expected_trigger_ms)
        else:
            log.info("dead-man's switch disarmed")

    def failed(self, exc: BaseException, now: float) -> None:
        self.failures += 1
        self.consecutive_failures += 1
        age = None if self.last_success is None else now - self.last_success
        at_risk = age is None or age > self.window / 2
        log.log(
            logging.ERROR if at_risk else logging.WARNING,
            "dead-man's switch refresh failed (%d in a row; last success %s s ago; window %g s): %s",
            self.consecutive_failures,
            "never" if age is None else f"{age:.1f}",
            self.window,
            exc,
        )


class DeadMansSwitch:
    """Keeps ``cancel_all_after`` armed from a background thread while the process lives (see the module doc).

    with DeadMansSwitch(client, window=30):   # armed (the first arming raises if it fails)
        run_the_bot()
    # disarmed on a clean exit; if the process dies, the server cancels its orders within 30 s
    """

    def __init__(self, client: OrderlyClient, *, window: float = 60.0, refresh: float | None = None) -> None:
        self.client = client
        self.core = _SwitchCore(window, refresh)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def armed(self) -> bool:
        """Whether the last answer left the switch armed."""
        return self.core.armed

    @property
    def expected_trigger_ms(self) -> int | None:
        """When the server will cancel the orders unless refreshed (server ms), as it last said."""
        return self.core.expected_trigger_ms

    def _send(self, armed: bool) -> None:
        answer = post_v1_order_cancel_all_after.sync(client=self.client, body=self.core.body(armed))
        self.core.succeeded(answer, armed, time.monotonic())

    def start(self) -> None:
        """Arm now (raising if that fails: nothing is guarded yet), then refresh from a daemon thread."""
        if self._thread is not None:
            return
        self._send(True)
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="orderly-dead-mans-switch", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.core.refresh):
            try:
                self._send(True)
            except Exception as exc:  # logged; the next tick tries again
                self.core.failed(exc, time.monotonic())

    def stop(self) -> None:
        """Stop refreshing and disarm (``trigger_after = 0``); raises if the disarming fails."""
        thread, self._thread = self._thread, None
        self._stop.set()
        if thread is not None:
            thread.join()
        self._send(False)

    def __enter__(self) -> DeadMansSwitch:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class AsyncDeadMansSwitch:
    """:class:`DeadMansSwitch` as an asyncio task (``async with AsyncDeadMansSwitch(client, window=30): ...``)."""

    def __init__(self, client: OrderlyClient, *, window: float = 60.0, refresh: float | None = None) -> None:
        self.client = client
        self.core = _SwitchCore(window, refresh)
        self._task: asyncio.Task[None] | None = None

    @property
    def armed(self) -> bool:
        """Whether the last answer left the switch armed."""
        return self.core.armed

    @property
    def expected_trigger_ms(self) -> int | None:
        """When the server will cancel the orders unless refreshed (server ms), as it last said."""
        return self.core.expected_trigger_ms

    async def _send(self, armed: bool) -> None:
        answer = await post_v1_order_cancel_all_after.asyncio(client=self.client, body=self.core.body(armed))
        self.core.succeeded(answer, armed, time.monotonic())

    async def start(self) -> None:
        """Arm now (raising if that fails), then refresh from a task."""
        if self._task is not None:
            return
        await self._send(True)
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.core.refresh)
            try:
                await self._send(True)
            except Exception as exc:  # logged; the next tick tries again
                self.core.failed(exc, time.monotonic())

    async def stop(self) -> None:
        """Stop refreshing and disarm; raises if the disarming fails."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self._send(False)

    async def __aenter__(self) -> AsyncDeadMansSwitch:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()
