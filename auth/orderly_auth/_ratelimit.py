"""Client-side rate limits: never send more than the documented N requests in any window of T seconds.

Orderly documents limits such as "10 requests per 1 second". A token bucket would let about 2N
requests through in one window (a full bucket, then the refill), so the limiter here is a sliding
window, counted from when each answer came in (see :class:`SlidingWindowLimiter`), so that
latency between client and server cannot push N+1 arrivals into one window.

The lock is held only for the O(1) bookkeeping in :meth:`SlidingWindowLimiter.acquire`, never while
waiting, so one limiter serves threads and the asyncio event loop alike: acquire, wait the
returned delay if any (the transport sleeps, or awaits ``asyncio.sleep``) and ask again.

A wait is bounded: :func:`check_wait` refuses one that would take a call past its time budget
(:meth:`RateLimitConfig.wait_budget`) with :class:`RateLimitWaitError`, nothing sent, and logs a
long one at INFO; a server's ``Retry-After`` pauses a limiter for at most ``max_penalty`` seconds.

With ``RateLimitConfig(backend="redis://...")`` the limiters live on a Redis or Valkey server shared
by every process configured with it (``orderly_auth._ratelimit_redis``, the ``redis`` extra, loaded
only then).
"""

from __future__ import annotations

import logging
import math
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Hashable, Mapping
from typing import ClassVar, Final, Literal

import attrs

from ._convert import to_float
from ._errors import ConfigurationError, RateLimitWaitError
from ._keys import contains_secret, describe_value
from ._repr import attrs_repr

__all__ = [
    "BACKEND_SCHEMES",
    "ENV_RATE_LIMIT_BACKEND",
    "ENV_RATE_LIMIT_HOST_ID",
    "ENV_RATE_LIMIT_ON_BACKEND_ERROR",
    "GLOBAL_REGISTRY",
    "SCOPES",
    "LimiterUnavailableError",
    "RateLimit",
    "RateLimitConfig",
    "RateLimiterRegistry",
    "SlidingWindowLimiter",
    "UnlimitedLimiter",
    "check_wait",
    "limiter_key",
    "redact_url",
]

logger = logging.getLogger("orderly_auth")

Clock = Callable[[], float]

#: Values of ``scope`` in the spec's ``x-rate-limit`` extension.
SCOPES: Final = frozenset({"ip", "user", "account", "none"})

#: URL schemes of a shared backend (Valkey speaks the same protocol: ``redis://`` reaches it too).
BACKEND_SCHEMES: Final = ("redis://", "rediss://", "unix://", "valkey://", "valkeys://")
ENV_RATE_LIMIT_BACKEND: Final = "ORDERLY_RATE_LIMIT_BACKEND"
ENV_RATE_LIMIT_HOST_ID: Final = "ORDERLY_RATE_LIMIT_HOST_ID"
ENV_RATE_LIMIT_ON_BACKEND_ERROR: Final = "ORDERLY_RATE_LIMIT_ON_BACKEND_ERROR"
OnBackendError = Literal["local", "refuse"]


def _positive_int(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"{attribute.name} must be a positive integer, got {describe_value(value)}")


def _positive_finite(_inst: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not (math.isfinite(value) and value > 0):
        raise ValueError(f"{attribute.name} must be a positive finite number of seconds, got {value!r}")


def _headroom(_inst: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not (0 < value <= 1):
        raise ValueError(f"{attribute.name} must be in (0, 1] (a fraction of the documented limit), got {value!r}")


def _non_negative_finite(_inst: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not (math.isfinite(value) and value >= 0):
        raise ValueError(f"{attribute.name} must be a finite number >= 0, got {value!r}")


# Converters that name their field and never quote the value (see _convert).
def _period_seconds(value: object) -> float:
    return to_float("period", value)


def _headroom_fraction(value: object) -> float:
    return to_float("headroom", value)


def _margin_seconds(value: object) -> float:
    return to_float("margin", value)


def _max_penalty_seconds(value: object) -> float:
    return to_float("max_penalty", value)


def _log_wait_seconds(value: object) -> float:
    return to_float("log_wait", value)


def _backend_timeout_seconds(value: object) -> float:
    return to_float("backend_timeout", value)


def _backend_url(_inst: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not value.lower().startswith(BACKEND_SCHEMES):
        raise ConfigurationError(
            f"{attribute.name} must be a Redis/Valkey URL ({', '.join(BACKEND_SCHEMES)}), got {describe_value(value)}"
        )


def _on_backend_error(_inst: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in ("local", "refuse"):
        raise ConfigurationError(f"{attribute.name} must be 'local' or 'refuse', got {describe_value(value)}")


def _host_id(_inst: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value or len(value) > 200 or not value.isprintable() or contains_secret(value):
        raise ConfigurationError(f"{attribute.name} must be a short printable name, got {describe_value(value)}")


def redact_url(url: str | None) -> str:
    """``url`` without user, password or query (which may hold one), for reprs and logs: ``'redis://***@host:6379/0'``."""
    if url is None:
        return "None"
    scheme, sep, rest = url.partition("://")
    if not sep:
        return "'<not a URL>'"
    _userinfo, at, where = rest.rpartition("@")
    where, query, _ = where.partition("?")
    return repr(f"{scheme}://{'***@' if at else ''}{where}{'?***' if query else ''}")


class LimiterUnavailableError(Exception):
    """A shared limiter could not ask its server and its config says to refuse; the transport names the call."""


@attrs.frozen
class RateLimit:
    """A documented limit: at most ``requests`` sends in any window of ``period`` seconds."""

    requests: int = attrs.field(validator=_positive_int)
    period: float = attrs.field(converter=_period_seconds, validator=_positive_finite)


def _optional_wait(_inst: object, attribute: attrs.Attribute[float | None], value: float | None) -> None:
    if value is not None and not (value >= 0):  # inf is allowed: wait as long as it takes
        raise ValueError(f"{attribute.name} must be None or a number of seconds >= 0, got {value!r}")


def _optional_float(value: float | None) -> float | None:
    return None if value is None else to_float("max_wait", value)


@attrs.frozen(repr=False)
class RateLimitConfig:
    """How the client applies documented limits; ``enabled=False`` switches client-side pacing off.

    ``headroom`` keeps a fraction of the limit in reserve (for other processes behind the same IP);
    ``margin`` lengthens each window against clock jitter between client and server.
    ``max_wait`` bounds the seconds a call may wait for its turn (None: the call's own time budget,
    see :meth:`wait_budget`); a call that would wait longer raises :class:`RateLimitWaitError` at
    once, nothing sent. ``fail_fast=True`` never waits (the same as ``max_wait=0``). ``max_penalty``
    caps the pause a server's ``Retry-After`` puts on a limiter; ``log_wait``: waits at least this
    long are logged at INFO.

    ``backend``: a Redis or Valkey URL (``redis://127.0.0.1:6379/0``) whose server holds the limiters,
    so that every process and host configured with it shares each limit (the ``redis`` extra); None
    (default): this process's own limiters. ``host_id`` names the egress address for per-IP limits
    (processes with the same one share them; by default all do). ``on_backend_error``: when the server
    cannot be asked, ``"local"`` falls back to this process's own limiter with a warning, ``"refuse"``
    raises :class:`RateLimitBackendError`, nothing sent. ``backend_timeout`` bounds each call to it.
    """

    __repr__ = attrs_repr  # total: a half-built config (a failed conversion) still prints

    enabled: bool = True
    headroom: float = attrs.field(default=1.0, converter=_headroom_fraction, validator=_headroom)
    margin: float = attrs.field(default=0.005, converter=_margin_seconds, validator=_non_negative_finite)
    max_wait: float | None = attrs.field(
        default=None, converter=_optional_float, validator=_optional_wait, kw_only=True
    )
    fail_fast: bool = attrs.field(default=False, kw_only=True)
    max_penalty: float = attrs.field(
        default=60.0, converter=_max_penalty_seconds, validator=_positive_finite, kw_only=True
    )
    log_wait: float = attrs.field(
        default=1.0, converter=_log_wait_seconds, validator=_non_negative_finite, kw_only=True
    )
    backend: str | None = attrs.field(default=None, validator=_backend_url, repr=redact_url, kw_only=True)
    host_id: str = attrs.field(default="default", validator=_host_id, kw_only=True)
    on_backend_error: OnBackendError = attrs.field(default="local", validator=_on_backend_error, kw_only=True)
    backend_timeout: float = attrs.field(
        default=0.5, converter=_backend_timeout_seconds, validator=_positive_finite, kw_only=True
    )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> RateLimitConfig:
        """The default config with the shared backend from ``ORDERLY_RATE_LIMIT_BACKEND`` when set.

        Also ``ORDERLY_RATE_LIMIT_HOST_ID`` and ``ORDERLY_RATE_LIMIT_ON_BACKEND_ERROR`` (``local``/``refuse``).
        """
        env = os.environ if environ is None else environ
        settings: dict[str, str] = {}
        for name, variable in (
            ("backend", ENV_RATE_LIMIT_BACKEND),
            ("host_id", ENV_RATE_LIMIT_HOST_ID),
            ("on_backend_error", ENV_RATE_LIMIT_ON_BACKEND_ERROR),
        ):
            value = env.get(variable, "").strip()
            if value:
                settings[name] = value
        try:
            return cls(**settings)  # type: ignore[arg-type]  # on_backend_error is checked by its validator
        except ConfigurationError as exc:
            raise ConfigurationError(f"from the environment ({', '.join(sorted(settings))}): {exc}") from None

    def __attrs_post_init__(self) -> None:
        if self.fail_fast and self.max_wait not in (None, 0.0):
            raise ValueError(f"fail_fast=True never waits; it cannot be combined with max_wait={self.max_wait!r}")

    def wait_budget(self, request_timeout: float | None, retry_timeout: float) -> float:
        """Seconds a call may spend waiting for its turn, counted from its start.

        0 with ``fail_fast``; else ``max_wait`` when set; else the call's own time budget: the
        request's timeout (its pool phase: waiting for a turn, like waiting for a connection; with
        ``timeout=5`` it is 5 s), and never more than ``RetryConfig.timeout``.
        """
        if self.fail_fast:
            return 0.0
        if self.max_wait is not None:
            return self.max_wait
        return retry_timeout if request_timeout is None else min(request_timeout, retry_timeout)

    def capacity(self, limit: RateLimit) -> int:
        """Requests per window this config allows for ``limit``: ``max(1, floor(requests * headroom))``."""
        # The epsilon keeps 100 * 0.29 (= 28.999999999999996) at 29.
        return max(1, math.floor(limit.requests * self.headroom + 1e-9))


class SlidingWindowLimiter:
    """At most ``requests`` requests reach the server in any window of ``period`` seconds; thread-safe.

    The server counts a request when it arrives, which is some time after the client decides to
    send it. So a request holds its slot from the moment it is admitted until its answer is in
    (:meth:`release`), and its slot is reused only a full window after that. Since the answer
    comes after the arrival, no window at the server can hold more than ``requests`` arrivals,
    whatever the latency; the cost is one round trip per slot, per window.
    """

    __slots__ = (
        "_clock",
        "_done",
        "_in_flight",
        "_lock",
        "_margin",
        "_max_penalty",
        "_not_before",
        "_period",
        "_requests",
        "_window",
    )

    #: Whether the limiter asks another server (its async methods then do I/O without blocking the loop).
    shared: ClassVar[bool] = False

    def __init__(
        self,
        requests: int,
        period: float,
        *,
        margin: float = 0.0,
        max_penalty: float = 60.0,
        clock: Clock = time.monotonic,
    ) -> None:
        limit = RateLimit(requests, period)  # validates both
        if not (math.isfinite(margin) and margin >= 0):
            raise ValueError(f"margin must be a finite number >= 0, got {margin!r}")
        if not (math.isfinite(max_penalty) and max_penalty > 0):
            raise ValueError(f"max_penalty must be a positive finite number of seconds, got {max_penalty!r}")
        self._max_penalty = float(max_penalty)
        self._requests = limit.requests
        self._period = limit.period
        self._margin = float(margin)
        self._window = self._period + self._margin
        self._clock = clock
        self._lock = threading.Lock()
        self._in_flight = 0
        # When the answers of the most recent requests came in, oldest first (at most `requests`).
        self._done: deque[float] = deque()
        self._not_before = -math.inf

    @property
    def requests(self) -> int:
        """Requests allowed per window."""
        return self._requests

    @property
    def period(self) -> float:
        """Window length in seconds, without the margin."""
        return self._period

    @property
    def margin(self) -> float:
        """Seconds added to each window."""
        return self._margin

    def acquire(self) -> float:
        """Take a slot: 0.0 when taken (send now, then :meth:`release`), else seconds to wait before asking again."""
        with self._lock:
            now = self._clock()
            if now < self._not_before:
                return self._not_before - now
            done = self._done
            horizon = now - self._window
            while done and done[0] <= horizon:
                done.popleft()
            if self._in_flight + len(done) < self._requests:
                self._in_flight += 1
                return 0.0
            # Full: the oldest answer ages out of the window, or, with every slot still in
            # flight, at least a window passes after the first of them is answered.
            # At least one ulp: rounding must not hand back a wait that leaves the clock where it is.
            return max(done[0] - horizon, math.ulp(now)) if done else self._window

    def release(self) -> None:
        """The request that held a slot is answered (or failed): its slot frees a window from now."""
        with self._lock:
            if self._in_flight <= 0:
                raise RuntimeError("release() without a slot taken by acquire()")
            self._in_flight -= 1
            self._done.append(self._clock())

    def penalize(self, delay: float) -> None:
        """After a 429 from the server: admit nothing before ``now + delay``, ``delay`` capped at ``max_penalty``.

        A ``Retry-After: 86400`` must not stall every client of the server for a day; a delay that
        is not positive and finite is ignored.
        """
        if not (delay > 0 and math.isfinite(delay)):
            return
        delay = min(delay, self._max_penalty)
        with self._lock:
            self._not_before = max(self._not_before, self._clock() + delay)

    async def aacquire(self) -> float:
        """:meth:`acquire` for asyncio (a shared limiter asks its server without blocking the loop)."""
        return self.acquire()

    async def arelease(self) -> None:
        """:meth:`release` for asyncio."""
        self.release()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(requests={self._requests}, period={self._period}, margin={self._margin})"


class UnlimitedLimiter(SlidingWindowLimiter):
    """The limiter for a switched-off config: never waits and ignores penalties."""

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__(1, 1.0)

    def acquire(self) -> float:
        """Always 0.0: nothing is counted."""
        return 0.0

    def release(self) -> None:
        """Nothing to free."""

    def penalize(self, delay: float) -> None:
        """Ignored: pacing is off (the retry policy still backs off after a 429)."""

    def __repr__(self) -> str:
        return "UnlimitedLimiter()"


_UNLIMITED: Final = UnlimitedLimiter()


class RateLimiterRegistry:
    """Holds limiters by key; one process-wide instance is shared for per-IP limits."""

    def __init__(self, *, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._limiters: dict[Hashable, SlidingWindowLimiter] = {}

    def limiter(self, key: Hashable, limit: RateLimit, config: RateLimitConfig) -> SlidingWindowLimiter:
        """Return the limiter for ``key``, creating it from ``limit`` and ``config`` on first use.

        The first creation wins: a later call with another limit or config for the same key gets the
        existing limiter. A disabled config gets a shared :class:`UnlimitedLimiter` and registers nothing.
        """
        if not config.enabled:
            return _UNLIMITED
        given = key
        if config.backend is not None:  # limiters on another server are not shared with in-process ones
            key = (key, config.backend, config.host_id)
        found = self._limiters.get(key)  # a dict read is atomic: no lock on the hot path
        if found is not None:
            return found
        with self._lock:
            found = self._limiters.get(key)
            if found is None:
                if config.backend is not None:
                    try:  # here: redis loads only when configured
                        from ._ratelimit_redis import shared_limiter
                    except ImportError as exc:
                        raise ConfigurationError(
                            "RateLimitConfig(backend=...) needs the redis extra: pip install 'orderly-client[redis]' "
                            f"({exc})"
                        ) from None
                    found = shared_limiter(given, limit, config, clock=self._clock)
                else:
                    found = SlidingWindowLimiter(
                        config.capacity(limit),
                        limit.period,
                        margin=config.margin,
                        max_penalty=config.max_penalty,
                        clock=self._clock,
                    )
                self._limiters[key] = found
            return found

    def __len__(self) -> int:
        return len(self._limiters)

    def __repr__(self) -> str:
        return f"RateLimiterRegistry(limiters={len(self._limiters)})"


def limiter_key(scope: str, operation: str, account_id: str | None, *, server: str | None = None) -> tuple[str, ...]:
    """The registry key for an operation's limit: who shares the count, per the spec's ``scope``.

    ``"ip"`` -> ``("ip", operation)``, shared by every client in the process. ``"user"`` and
    ``"account"`` -> ``("account", account_id, operation)``. ``"none"``: the docs say limits are per
    Orderly key, so per account when ``account_id`` is given, else per IP. Without an account id every
    scope falls back to per IP (the conservative choice). ``server`` (e.g. the base URL), when given,
    is appended so that mainnet and testnet, which count separately, do not share a limiter.
    """
    if scope not in SCOPES:
        raise ValueError(f"unknown rate-limit scope {scope!r}; expected one of {sorted(SCOPES)}")
    if scope != "ip" and account_id is not None:
        key: tuple[str, ...] = ("account", account_id, operation)
    else:
        key = ("ip", operation)
    return key if server is None else (*key, server)


def check_wait(
    config: RateLimitConfig,
    wait: float,
    *,
    waited: float,
    budget: float,
    method: str,
    path: str,
    limiter: SlidingWindowLimiter,
) -> None:
    """Vet a wait a call is about to make for its turn, ``waited`` seconds after it started.

    Raises :class:`RateLimitWaitError` (nothing is sent) when the wait would end past ``budget``
    (:meth:`RateLimitConfig.wait_budget`); logs at INFO a wait of at least ``config.log_wait``.
    """
    if waited + wait > budget:
        why = "fail_fast is set" if config.fail_fast else f"the call may wait {budget:.3g} s in all"
        raise RateLimitWaitError(
            f"not sent: its rate limit ({limiter.requests} per {limiter.period:g} s) needs a wait of "
            f"{wait:.3g} s and {why}",
            method=method,
            path=path,
            wait=wait,
        )
    if wait >= config.log_wait:
        logger.info(
            "%s %s waits %.3g s for its rate limit (%d per %g s)", method, path, wait, limiter.requests, limiter.period
        )


#: Process-wide registry, so that clients in one process share per-IP limits.
GLOBAL_REGISTRY: Final = RateLimiterRegistry()
