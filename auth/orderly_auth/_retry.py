"""Retry policy: which failed requests may be sent again, and after how long.

Money is at stake, so the rule is never to resend a request that may have been processed when a
second copy could act twice. Whether a second copy can is a fact of each operation, derived from
the spec by the importer (``x-orderly-resend-safe``, :attr:`Operation.resend_safe`): reads are
resend-safe, and so is a DELETE that names one object by its id (a repeat finds it gone, -1006);
a DELETE that selects by filter or list (cancel all, batch cancels) is not, nor is any POST or
PUT. A request that matches no operation of the spec is resend-safe only if it is a GET. Each
failed attempt is classified into an :class:`Outcome`; then :func:`decide` applies
:data:`RETRY_MATRIX` and the bounds of a :class:`RetryConfig` (attempts, total time), and
:func:`backoff` computes the wait (capped exponential backoff with full jitter; a server hint
wins). Everything here is pure: the clock and the random source are parameters.

=============  ===============================  =========================================
outcome        resend-safe (GET, cancel one)    other (POST, PUT, cancel all, batch)
=============  ===============================  =========================================
NOT_SENT       retry                            retry
RATE_LIMITED   retry                            retry
TRY_AGAIN      retry                            retry
SERVER_ERROR   retry                            never (may have been processed)
AMBIGUOUS      retry                            never (may have been processed)
FINAL          never                            never
=============  ===============================  =========================================
"""

from __future__ import annotations

import datetime
import enum
import math
import random
import re
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import Final

import attrs
import httpx2

from ._convert import to_float
from ._keys import describe_value
from ._repr import attrs_repr

__all__ = [
    "RETRY_MATRIX",
    "SAFE_METHODS",
    "Decision",
    "MatrixRow",
    "Outcome",
    "RetryConfig",
    "backoff",
    "classify_exception",
    "classify_response",
    "decide",
    "matrix_action",
    "parse_retry_after",
    "resend_safe",
]


class Outcome(enum.Enum):
    """What a failed (or finished) attempt tells us about whether the server acted on it."""

    NOT_SENT = "not_sent"
    """Certainly never reached the server: connect error or timeout, DNS failure, pool timeout."""
    RATE_LIMITED = "rate_limited"
    """HTTP 429 or code -1003: rejected before processing."""
    TRY_AGAIN = "try_again"
    """Codes -1011 and -1012 ("try again shortly"): not processed."""
    SERVER_ERROR = "server_error"
    """HTTP 5xx other than the above: may have been processed."""
    AMBIGUOUS = "ambiguous"
    """Read or write timeout, connection dropped after the request was (maybe) sent: may have been processed."""
    FINAL = "final"
    """Success or a business error (4xx, other codes): never retried."""


#: Methods resend-safe for a request that matches no operation of the spec: reads only.
SAFE_METHODS: Final = frozenset({"GET"})

_RATE_LIMIT_CODE: Final = -1003
_TRY_AGAIN_CODES: Final = frozenset({-1011, -1012})


# Validators -----------------------------------------------------------------------------------------


def _at_least_one(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(
            f"{attribute.name} must be an integer >= 1 (total attempts, the first included), "
            f"got {describe_value(value)}"
        )


def _non_negative(_inst: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not (math.isfinite(value) and value >= 0):
        raise ValueError(f"{attribute.name} must be a finite number of seconds >= 0, got {value!r}")


def _positive(_inst: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not (value > 0):  # inf is allowed: no total-time bound
        raise ValueError(f"{attribute.name} must be a number of seconds > 0, got {value!r}")


def _exp_base(_inst: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not (math.isfinite(value) and value >= 1):
        raise ValueError(f"{attribute.name} must be a finite number >= 1 (waits must not shrink), got {value!r}")


# Converters that name their field and never quote the value (see _convert).
def _timeout_seconds(value: object) -> float:
    return to_float("timeout", value)


def _wait_initial_seconds(value: object) -> float:
    return to_float("wait_initial", value)


def _wait_max_seconds(value: object) -> float:
    return to_float("wait_max", value)


def _wait_exp_base_seconds(value: object) -> float:
    return to_float("wait_exp_base", value)


@attrs.frozen(repr=False)
class RetryConfig:
    """Retry bounds and backoff, in the vocabulary of ``stamina``.

    ``attempts`` counts every attempt, the first included; ``timeout`` bounds the total seconds across
    attempts and waits (no retry starts that would wait past it).
    """

    __repr__ = attrs_repr  # total: a half-built config (a failed conversion) still prints

    attempts: int = attrs.field(default=4, validator=_at_least_one)
    timeout: float = attrs.field(default=30.0, converter=_timeout_seconds, validator=_positive)
    wait_initial: float = attrs.field(default=0.1, converter=_wait_initial_seconds, validator=_non_negative)
    wait_max: float = attrs.field(default=5.0, converter=_wait_max_seconds, validator=_non_negative)
    wait_exp_base: float = attrs.field(default=2.0, converter=_wait_exp_base_seconds, validator=_exp_base)
    enabled: bool = True

    @classmethod
    def off(cls) -> RetryConfig:
        """A config that never retries: one attempt, retries disabled."""
        return cls(attempts=1, enabled=False)


@attrs.frozen
class Decision:
    """Whether to send again, after how many seconds, and why (for logs)."""

    retry: bool
    delay: float
    reason: str


# The matrix -----------------------------------------------------------------------------------------


@attrs.frozen
class MatrixRow:
    """One row of :data:`RETRY_MATRIX`: for ``outcome`` and operations of class ``operations``, ``action``."""

    outcome: Outcome
    operations: str  # "resend-safe" (see resend_safe) or "other"
    action: str  # "retry" or "never"


#: The retry matrix, for code and docs alike; written out by hand, and checked against :func:`decide` by tests.
RETRY_MATRIX: Final[tuple[MatrixRow, ...]] = (
    MatrixRow(Outcome.NOT_SENT, "resend-safe", "retry"),
    MatrixRow(Outcome.NOT_SENT, "other", "retry"),
    MatrixRow(Outcome.RATE_LIMITED, "resend-safe", "retry"),
    MatrixRow(Outcome.RATE_LIMITED, "other", "retry"),
    MatrixRow(Outcome.TRY_AGAIN, "resend-safe", "retry"),
    MatrixRow(Outcome.TRY_AGAIN, "other", "retry"),
    MatrixRow(Outcome.SERVER_ERROR, "resend-safe", "retry"),
    MatrixRow(Outcome.SERVER_ERROR, "other", "never"),
    MatrixRow(Outcome.AMBIGUOUS, "resend-safe", "retry"),
    MatrixRow(Outcome.AMBIGUOUS, "other", "never"),
    MatrixRow(Outcome.FINAL, "resend-safe", "never"),
    MatrixRow(Outcome.FINAL, "other", "never"),
)


def resend_safe(method: str, operation: bool | None = None) -> bool:
    """Whether a repeat cannot act twice: the operation's ``resend_safe`` if known, else :data:`SAFE_METHODS` only."""
    return operation if operation is not None else method.upper() in SAFE_METHODS


def matrix_action(outcome: Outcome, method: str, *, operation_resend_safe: bool | None = None) -> str:
    """The action :data:`RETRY_MATRIX` gives for ``outcome`` and a request: ``"retry"`` or ``"never"``.

    ``operation_resend_safe`` is the operation's :attr:`Operation.resend_safe` (None: no operation known).
    """
    operations = "resend-safe" if resend_safe(method, operation_resend_safe) else "other"
    for row in RETRY_MATRIX:
        if row.outcome is outcome and row.operations == operations:
            return row.action
    raise LookupError(f"RETRY_MATRIX has no row for {outcome} and {operations} operations")  # pragma: no cover


# Deliberately a second, independent encoding of the matrix (tests check the two agree).
_MAYBE_PROCESSED: Final = frozenset({Outcome.SERVER_ERROR, Outcome.AMBIGUOUS})


# Decisions ------------------------------------------------------------------------------------------


def backoff(
    attempt: int,
    config: RetryConfig,
    *,
    retry_after: float | None = None,
    rng: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait after ``attempt`` attempts: a server hint if given, else full jitter.

    Full jitter is ``rng() * min(wait_max, wait_initial * wait_exp_base ** (attempt - 1))``; it spreads
    clients that failed together. ``retry_after`` (the server's hint) wins, as ``max(retry_after, 0)``.
    """
    if attempt < 1:
        raise ValueError(f"attempt counts attempts made so far and must be >= 1, got {attempt!r}")
    if retry_after is not None:
        return max(retry_after, 0.0)
    try:
        cap = min(config.wait_max, config.wait_initial * config.wait_exp_base ** (attempt - 1))
    except OverflowError:
        cap = config.wait_max
    return rng() * cap


def decide(
    *,
    method: str,
    outcome: Outcome,
    attempt: int,
    elapsed: float,
    config: RetryConfig,
    retry_after: float | None = None,
    rng: Callable[[], float] = random.random,
    operation_resend_safe: bool | None = None,
) -> Decision:
    """Decide whether to send the request again after ``attempt`` attempts and ``elapsed`` seconds.

    ``operation_resend_safe`` is the spec's word on the operation (None for a request off the spec).
    The checks run in order, first match wins: final outcome, retries off, may-have-been-processed
    for a request that is not resend-safe, attempts exhausted, total time exceeded; otherwise retry.
    """
    method = method.upper()
    if outcome is Outcome.FINAL:
        return Decision(False, 0.0, "final outcome: not retried")
    if not config.enabled:
        return Decision(False, 0.0, "retries disabled")
    if outcome in _MAYBE_PROCESSED and not resend_safe(method, operation_resend_safe):
        what = "server error" if outcome is Outcome.SERVER_ERROR else "ambiguous failure"
        return Decision(False, 0.0, f"{method} may have been processed ({what}): not resent")
    if attempt >= config.attempts:
        return Decision(False, 0.0, f"attempts exhausted ({attempt} of {config.attempts})")
    delay = backoff(attempt, config, retry_after=retry_after, rng=rng)
    if elapsed + delay > config.timeout:
        return Decision(
            False,
            0.0,
            f"retry timeout: {elapsed:.3g}s elapsed + {delay:.3g}s wait > {config.timeout:.3g}s",
        )
    return Decision(
        True,
        delay,
        f"{outcome.name.lower()}: attempt {attempt + 1} of {config.attempts} in {delay:.3g}s",
    )


# Classification -------------------------------------------------------------------------------------


def classify_response(status_code: int, code: int | None = None) -> Outcome:
    """Classify a response by HTTP status and Orderly's ``code`` (``None`` when the body has none)."""
    if status_code == 429 or code == _RATE_LIMIT_CODE:
        return Outcome.RATE_LIMITED
    if code in _TRY_AGAIN_CODES:
        return Outcome.TRY_AGAIN
    if 500 <= status_code <= 599:
        return Outcome.SERVER_ERROR
    return Outcome.FINAL


def classify_exception(exc: BaseException) -> Outcome:
    """Classify an exception raised while sending: certainly not sent, maybe processed, or not retryable.

    Only failures while connecting (DNS, TCP, TLS) and waiting for a pooled connection are certainly
    unsent. Any other transport failure may have happened after the server read the request.
    Protocol misuse on our side and non-transport exceptions are final: a retry would not help.
    """
    if isinstance(exc, httpx2.ConnectError | httpx2.ConnectTimeout | httpx2.PoolTimeout):
        return Outcome.NOT_SENT
    if isinstance(exc, httpx2.LocalProtocolError | httpx2.UnsupportedProtocol):
        return Outcome.FINAL
    if isinstance(exc, httpx2.TransportError):  # read/write timeouts and errors, remote protocol error, proxy
        return Outcome.AMBIGUOUS
    return Outcome.FINAL


_DELAY_SECONDS: Final = re.compile(r"\d+(?:\.\d+)?")


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delay-seconds or HTTP-date); ``None`` if absent or invalid.

    A date in the past gives 0.0. ``now`` is the current POSIX time (default: ``time.time()``).
    """
    if value is None:
        return None
    value = value.strip()
    if _DELAY_SECONDS.fullmatch(value):
        delay = float(value)
        return delay if math.isfinite(delay) else None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    # HTTP-dates are GMT; parsedate_to_datetime returns a naive datetime for "-0000".
    seconds = when.timestamp() if when.tzinfo is not None else when.replace(tzinfo=datetime.UTC).timestamp()
    current = time.time() if now is None else now
    return max(seconds - current, 0.0)
