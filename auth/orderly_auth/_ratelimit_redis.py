"""Rate limits shared by every process and host on one Redis or Valkey server (the ``redis`` extra).

Each limiter keeps on the server what :class:`SlidingWindowLimiter` keeps in memory: the slots held
by requests still waiting for their answer (with a lease, so a process that dies frees them), the
times the latest answers came in, and the pause a 429 imposed. Each decision is one Lua script run
atomically on the server, on the server's clock (``TIME``), so processes never race nor disagree
about the time. Sync and async calls share this core; only the I/O differs.

Faults: each call to the server is bounded by ``backend_timeout``. When the server cannot be asked,
``on_backend_error="local"`` decides with this process's own limiter (a warning says the limit is no
longer shared; the server is tried again a second later), ``"refuse"`` raises
:class:`RateLimitBackendError`, nothing sent. A server that restarts empty (no persistence) has
forgotten what was just sent: the first process that notices pauses that limiter for one window.
"""

from __future__ import annotations

import asyncio
import logging
import math
import secrets
import threading
import time
import weakref
from collections import deque
from collections.abc import Hashable, Sequence
from typing import Any, Final

import redis
import redis.asyncio
import redis.asyncio.retry
import redis.retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from ._ratelimit import Clock, LimiterUnavailableError, RateLimit, RateLimitConfig, SlidingWindowLimiter, redact_url

__all__ = ["LEASE", "SharedWindowLimiter", "redis_key", "shared_limiter"]

logger = logging.getLogger("orderly_auth")

#: Seconds a held slot stays held if its process never releases it (it died): then it counts as answered.
LEASE: Final = 120.0
#: Seconds the server is left alone after it failed, before it is asked again.
RECHECK: Final = 1.0
#: Key prefix of every limiter on the server.
PREFIX: Final = "orderly:rl"

_US = 1_000_000
_ERRORS = (RedisError, OSError, asyncio.TimeoutError)

# KEYS: 1 answer times (zset), 2 held slots (zset, score: lease end), 3 not before (µs), 4 alive marker.
# ARGV: 1 capacity, 2 window µs, 3 token, 4 lease µs, 5 "1" when this process used the limiter before.
# Returns {1 admitted / 0 wait, µs to wait, 1 when the state was found lost}.
_ACQUIRE = """
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local window = tonumber(ARGV[2])
local keep = math.ceil((window + tonumber(ARGV[4])) / 1000) + 1000
local lost = 0
if redis.call('EXISTS', KEYS[4]) == 0 and ARGV[5] == '1' then
  lost = 1
  local cur = tonumber(redis.call('GET', KEYS[3]) or '0')
  if cur < now + window then redis.call('SET', KEYS[3], now + window, 'PX', math.ceil(window / 1000) + 1000) end
end
redis.call('SET', KEYS[4], '1', 'PX', 86400000)
local nb = tonumber(redis.call('GET', KEYS[3]) or '0')
if now < nb then return {0, nb - now, lost} end
local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'WITHSCORES')
for i = 1, #expired, 2 do redis.call('ZADD', KEYS[1], expired[i + 1], expired[i]) end
if #expired > 0 then redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now) end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) + redis.call('ZCARD', KEYS[2]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[2], now + tonumber(ARGV[4]), ARGV[3])
  redis.call('PEXPIRE', KEYS[2], keep)
  redis.call('PEXPIRE', KEYS[1], keep)
  return {1, 0, lost}
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #oldest > 0 then return {0, math.max(tonumber(oldest[2]) + window - now, 1), lost} end
return {0, window, lost}
"""

# KEYS: 1 answer times, 2 held slots. ARGV: 1 token, 2 window µs, 3 lease µs.
# The answer time is recorded even when the held slot is gone (a restarted server): the safe side.
_RELEASE = """
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[1], now, ARGV[1])
redis.call('PEXPIRE', KEYS[1], math.ceil((tonumber(ARGV[2]) + tonumber(ARGV[3])) / 1000) + 1000)
return 1
"""

# KEYS: 1 not before. ARGV: 1 delay µs. Admit nothing before now + delay (a later pause wins).
_PENALIZE = """
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local nb = tonumber(t[1]) * 1000000 + tonumber(t[2]) + tonumber(ARGV[1])
if tonumber(redis.call('GET', KEYS[1]) or '0') < nb then
  redis.call('SET', KEYS[1], nb, 'PX', math.ceil(tonumber(ARGV[1]) / 1000) + 1000)
end
return 1
"""


class _Scripts:
    """The three scripts, registered on one client (sync, or async for one event loop)."""

    __slots__ = ("acquire", "penalize", "release")

    def __init__(self, client: Any) -> None:
        self.acquire = client.register_script(_ACQUIRE)
        self.release = client.register_script(_RELEASE)
        self.penalize = client.register_script(_PENALIZE)


class _Backend:
    """One server as this process sees it: a sync client, an async client per event loop, and its health."""

    def __init__(self, url: str, timeout: float) -> None:
        self.where = redact_url(url)
        self._url = "redis" + url[len("valkey") :] if url.lower().startswith("valkey") else url
        self._timeout = timeout
        self._lock = threading.Lock()
        self._sync: _Scripts | None = None
        self._async: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Scripts] = weakref.WeakKeyDictionary()
        self._down_until = -math.inf
        self._failing = False

    def _options(self) -> dict[str, Any]:
        # No retries inside redis-py: one bounded attempt per decision, the breaker below does the rest.
        return {
            "socket_timeout": self._timeout,
            "socket_connect_timeout": self._timeout,
            "retry_on_timeout": False,
            "health_check_interval": 0,
        }

    def scripts(self) -> _Scripts:
        """The scripts on the sync client (connections are made on first use, in the calling process)."""
        if self._sync is None:
            with self._lock:
                if self._sync is None:
                    retry = redis.retry.Retry(NoBackoff(), 0)
                    client = redis.Redis.from_url(self._url, retry=retry, **self._options())
                    self._sync = _Scripts(client)
        return self._sync

    def ascripts(self) -> _Scripts:
        """The scripts on the async client of the running event loop (an asyncio client is bound to its loop)."""
        loop = asyncio.get_running_loop()
        found = self._async.get(loop)
        if found is None:
            retry = redis.asyncio.retry.Retry(NoBackoff(), 0)
            client = redis.asyncio.Redis.from_url(self._url, retry=retry, **self._options())
            found = self._async[loop] = _Scripts(client)
        return found

    @property
    def bound(self) -> float:
        """The longest one call may take: connect, send, read, each within the timeout."""
        return 3 * self._timeout

    def usable(self) -> bool:
        """False for a second after a failure: the server is not asked (each try could cost a timeout)."""
        return time.monotonic() >= self._down_until

    def failed(self, exc: BaseException, fallback: str) -> None:
        """Note a failed call; warn once per outage."""
        self._down_until = time.monotonic() + RECHECK
        if not self._failing:
            self._failing = True
            logger.warning(
                "rate-limit server %s did not answer (%s): %s; asking it again every %g s",
                self.where,
                type(exc).__name__,
                fallback,
                RECHECK,
            )

    def answered(self) -> None:
        """Note a call that succeeded; say so once after an outage."""
        if self._failing:
            self._failing = False
            logger.warning("rate-limit server %s answers again: limits are shared again", self.where)


_BACKENDS: dict[tuple[str, float], _Backend] = {}
_BACKENDS_LOCK = threading.Lock()


def _backend(url: str, timeout: float) -> _Backend:
    with _BACKENDS_LOCK:
        found = _BACKENDS.get((url, timeout))
        if found is None:
            found = _BACKENDS[(url, timeout)] = _Backend(url, timeout)
        return found


class SharedWindowLimiter(SlidingWindowLimiter):
    """A :class:`SlidingWindowLimiter` whose state lives on a Redis/Valkey server, shared by all its users.

    Its own in-memory state counts this process's own requests, every one (admitted by the server or
    not): it is the fallback (``on_backend_error="local"``), which thus knows what was just sent, and it
    holds the local part of a 429 pause, which applies at once in this process.
    """

    __slots__ = ("_backend", "_held", "_keys", "_on_error", "_orphans", "_seen", "_window_us")

    shared = True

    def __init__(
        self,
        requests: int,
        period: float,
        *,
        backend: _Backend,
        base_key: str,
        on_error: str,
        margin: float = 0.0,
        max_penalty: float = 60.0,
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__(requests, period, margin=margin, max_penalty=max_penalty, clock=clock)
        self._backend = backend
        self._on_error = on_error
        # One hash tag: every key of a limiter lands on the same node of a cluster.
        self._keys = [f"{PREFIX}:{{{base_key}}}:{part}" for part in ("done", "held", "pause", "alive")]
        self._window_us = math.ceil((period + margin) * _US)
        # Tokens of the slots this process holds, oldest first; None: a slot of the local fallback.
        self._held: deque[str | None] = deque()
        # Tokens the server may hold though no request does: an acquire that got no answer (the script may
        # have run) or a release that failed. Freed once the server answers again, so that a timeout costs
        # no slot for the length of a lease (a bounded list: past it, the lease frees them).
        self._orphans: deque[str] = deque(maxlen=1024)
        self._seen = False

    @property
    def key(self) -> str:
        """The server key of this limiter's answer times (the others differ in their last part)."""
        return self._keys[0]

    # The core: what to send, and what an answer or a failure means. Sync and async only do the I/O.

    def _local_pause(self) -> float:
        """Seconds left of a 429 pause this process already knows of."""
        with self._lock:
            return max(self._not_before - self._clock(), 0.0)

    def _acquire_args(self) -> tuple[list[str], list[int | str], str]:
        token = secrets.token_hex(8)
        args: list[int | str] = [self._requests, self._window_us, token, int(LEASE * _US), "1" if self._seen else "0"]
        return self._keys, args, token

    def _decided(self, reply: Sequence[int], token: str) -> float:
        self._backend.answered()
        admitted, wait_us, lost = int(reply[0]), int(reply[1]), int(reply[2])
        if lost:
            logger.warning(
                "rate-limit server %s lost the state of %s (restarted?): pausing it for one window",
                self._backend.where,
                self._keys[0],
            )
        self._seen = True
        if admitted:
            with self._lock:  # counted here too, so that a fallback knows what this process just sent
                self._in_flight += 1
            self._held.append(token)
            return 0.0
        # A pause set by a process with another max_penalty is capped by this one's.
        return min(max(wait_us / _US, 1e-6), max(self._window_us / _US, self._max_penalty))

    def _fallback(self, exc: BaseException | None) -> float:
        refuse = self._on_error == "refuse"
        if exc is not None:
            self._failed(exc)
        if refuse:
            raise LimiterUnavailableError(f"the rate-limit server {self._backend.where} did not answer")
        wait = super().acquire()
        if wait == 0.0:
            self._held.append(None)
        return wait

    def acquire(self) -> float:
        """Take a slot on the server: 0.0 when taken, else seconds to wait (see :class:`SlidingWindowLimiter`)."""
        pause = self._local_pause()
        if pause > 0:
            return pause
        if not self._backend.usable():
            return self._fallback(None)
        keys, args, token = self._acquire_args()
        try:
            reply = self._backend.scripts().acquire(keys=keys, args=args)
        except _ERRORS as exc:
            self._orphans.append(token)
            return self._fallback(exc)
        if self._orphans:
            self._free_orphans()
        return self._decided(reply, token)

    async def aacquire(self) -> float:
        """:meth:`acquire` without blocking the event loop."""
        pause = self._local_pause()
        if pause > 0:
            return pause
        if not self._backend.usable():
            return self._fallback(None)
        keys, args, token = self._acquire_args()
        try:
            async with asyncio.timeout(self._backend.bound):
                reply = await self._backend.ascripts().acquire(keys=keys, args=args)
        except _ERRORS as exc:
            self._orphans.append(token)
            return self._fallback(exc)
        if self._orphans:
            await self._afree_orphans()
        return self._decided(reply, token)

    def _release_token(self) -> str | None:
        """Free a slot in this process's own count; the token to free on the server, if it holds one there."""
        try:
            token = self._held.popleft()
        except IndexError:
            raise RuntimeError("release() without a slot taken by acquire()") from None
        super().release()
        with self._lock:  # only a fallback's acquire trims the answer times: keep them to one window here
            horizon = self._clock() - self._window
            while self._done and self._done[0] <= horizon:
                self._done.popleft()
        return token

    def _failed(self, exc: BaseException) -> None:
        """Note a failed call and warn (once per outage) what this limiter does meanwhile.

        A slot whose release failed stays held on the server until it is freed later: fewer requests, never more.
        """
        if self._on_error == "refuse":
            self._backend.failed(exc, "calls with a shared limit are refused (nothing sent)")
        else:
            self._backend.failed(exc, "each process limits alone, the limit is NOT shared")

    def _release_args(self, token: str) -> list[int | str]:
        return [token, self._window_us, int(LEASE * _US)]

    def release(self) -> None:
        """The request that held a slot is answered: the server records the answer's time."""
        token = self._release_token()
        if token is None:
            return
        try:
            self._backend.scripts().release(keys=self._keys[:2], args=self._release_args(token))
        except _ERRORS as exc:
            self._orphans.append(token)
            self._failed(exc)
        else:
            self._backend.answered()

    async def arelease(self) -> None:
        """:meth:`release` without blocking the event loop."""
        token = self._release_token()
        if token is None:
            return
        try:
            async with asyncio.timeout(self._backend.bound):
                await self._backend.ascripts().release(keys=self._keys[:2], args=self._release_args(token))
        except _ERRORS as exc:
            self._orphans.append(token)
            self._failed(exc)
        else:
            self._backend.answered()

    def _free_orphans(self) -> None:
        """Free the slots of :attr:`_orphans` on the server (answer time: now, the safe side)."""
        while self._orphans:
            token = self._orphans.popleft()
            try:
                self._backend.scripts().release(keys=self._keys[:2], args=self._release_args(token))
            except _ERRORS:
                self._orphans.appendleft(token)
                return

    async def _afree_orphans(self) -> None:
        while self._orphans:
            token = self._orphans.popleft()
            try:
                async with asyncio.timeout(self._backend.bound):
                    await self._backend.ascripts().release(keys=self._keys[:2], args=self._release_args(token))
            except _ERRORS:
                self._orphans.appendleft(token)
                return

    def penalize(self, delay: float) -> None:
        """After a 429: pause this process at once, and every user of the server.

        One bounded call to the server, from asyncio too: a 429 is rare, and the pause must be
        shared before the call that met it returns (a task could die with its event loop).
        """
        if not (delay > 0 and math.isfinite(delay)):
            return
        delay = min(delay, self._max_penalty)
        super().penalize(delay)
        if not self._backend.usable():
            return
        try:
            self._backend.scripts().penalize(keys=self._keys[2:3], args=[math.ceil(delay * _US)])
        except _ERRORS as exc:
            self._failed(exc)  # the pause still applies to this process
        else:
            self._backend.answered()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(requests={self._requests}, period={self._period}, margin={self._margin}, "
            f"server={self._backend.where})"
        )


def redis_key(key: Hashable, host_id: str) -> str:
    """The server-side name of a registry key: ``ip|<host_id>|<operation>|<server>`` or ``account|<id>|...``."""
    parts = [str(part) for part in key] if isinstance(key, tuple) else [str(key)]
    if parts and parts[0] == "ip":
        parts.insert(1, host_id)
    return "|".join(parts)


def shared_limiter(
    key: Hashable, limit: RateLimit, config: RateLimitConfig, *, clock: Clock = time.monotonic
) -> SharedWindowLimiter:
    """The limiter for registry ``key`` on ``config.backend``, with ``limit`` as ``config`` applies it."""
    if config.backend is None:
        raise ValueError("shared_limiter needs a config with a backend URL")
    return SharedWindowLimiter(
        config.capacity(limit),
        limit.period,
        backend=_backend(config.backend, config.backend_timeout),
        base_key=redis_key(key, config.host_id),
        on_error=config.on_backend_error,
        margin=config.margin,
        max_penalty=config.max_penalty,
        clock=clock,
    )
