"""Retry policy: never resend what may have been processed; bounded attempts, time and backoff."""

from __future__ import annotations

import math
from email.utils import format_datetime, parsedate_to_datetime

import httpx2
import pytest
from hypothesis import given
from hypothesis import strategies as st

from orderly_auth._retry import (
    RETRY_MATRIX,
    SAFE_METHODS,
    Decision,
    Outcome,
    RetryConfig,
    backoff,
    classify_exception,
    classify_response,
    decide,
    matrix_action,
    parse_retry_after,
    resend_safe,
)


def HALF() -> float:
    return 0.5


METHODS = ("GET", "DELETE", "POST", "PUT")

# A request as decide sees it: its method and the spec's resend_safe for its operation (None: off the spec).
KINDS: dict[str, tuple[str, bool | None]] = {
    "GET": ("GET", True),
    "DELETE one": ("DELETE", True),  # DELETE /v1/client/order: names one order
    "DELETE all": ("DELETE", False),  # DELETE /v1/orders: cancel all
    "POST": ("POST", False),
    "PUT": ("PUT", False),
    "GET off spec": ("GET", None),
    "DELETE off spec": ("DELETE", None),
    "POST off spec": ("POST", None),
}
SAFE_KINDS = frozenset({"GET", "DELETE one", "GET off spec"})
MAYBE_PROCESSED = (Outcome.SERVER_ERROR, Outcome.AMBIGUOUS)

# The whole matrix written out by hand, independently of the module: (outcome, kind) -> retried?
EXPECTED: dict[tuple[Outcome, str], bool] = {
    (outcome, kind): outcome is not Outcome.FINAL and (outcome not in MAYBE_PROCESSED or kind in SAFE_KINDS)
    for outcome in Outcome
    for kind in KINDS
}
# Spelled out for the rows that matter most.
assert EXPECTED[Outcome.AMBIGUOUS, "DELETE one"] is True
assert EXPECTED[Outcome.AMBIGUOUS, "DELETE all"] is False
assert EXPECTED[Outcome.SERVER_ERROR, "DELETE all"] is False
assert EXPECTED[Outcome.AMBIGUOUS, "DELETE off spec"] is False
assert EXPECTED[Outcome.NOT_SENT, "DELETE all"] is True
assert EXPECTED[Outcome.RATE_LIMITED, "POST"] is True

CASES: list[tuple[Outcome, str]] = [(o, k) for o in Outcome for k in KINDS]


def first_try(
    method: str,
    outcome: Outcome,
    config: RetryConfig | None = None,
    *,
    operation: bool | None = None,
    retry_after: float | None = None,
) -> Decision:
    return decide(
        method=method,
        outcome=outcome,
        attempt=1,
        elapsed=0.0,
        config=config or RetryConfig(),
        rng=HALF,
        retry_after=retry_after,
        operation_resend_safe=operation,
    )


# The matrix -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("outcome", "kind"), CASES)
def test_full_matrix_exact_decisions(outcome: Outcome, kind: str) -> None:
    method, operation = KINDS[kind]
    decision = first_try(method, outcome, operation=operation)
    if EXPECTED[outcome, kind]:
        # attempt 1: full jitter of wait_initial (0.1) with rng pinned at 0.5
        assert decision == Decision(True, 0.05, f"{outcome.name.lower()}: attempt 2 of 4 in 0.05s")
    elif outcome is Outcome.FINAL:
        assert decision == Decision(False, 0.0, "final outcome: not retried")
    else:
        what = "server error" if outcome is Outcome.SERVER_ERROR else "ambiguous failure"
        assert decision == Decision(False, 0.0, f"{method} may have been processed ({what}): not resent")


@pytest.mark.parametrize("method", ["post", "Put", "PATCH", "OPTIONS", "delete"])
def test_other_methods_and_lower_case_are_never_resent_when_maybe_processed(method: str) -> None:
    for outcome in MAYBE_PROCESSED:
        decision = first_try(method, outcome)
        assert not decision.retry
        assert decision.reason.startswith(f"{method.upper()} may have been processed")
    assert first_try(method, Outcome.NOT_SENT).retry


def test_lower_case_methods_are_recognised() -> None:
    assert first_try("get", Outcome.AMBIGUOUS).retry
    assert first_try("delete", Outcome.SERVER_ERROR, operation=True).retry
    assert not first_try("delete", Outcome.SERVER_ERROR, operation=False).retry


def test_off_the_spec_only_reads_are_resend_safe() -> None:
    assert frozenset({"GET"}) == SAFE_METHODS
    assert resend_safe("get") and not resend_safe("DELETE") and not resend_safe("POST")
    # The operation's word wins over the method's.
    assert resend_safe("DELETE", True) and not resend_safe("DELETE", False) and not resend_safe("GET", False)


def test_retry_matrix_rows_are_unique_and_complete() -> None:
    keys = [(row.outcome, row.operations) for row in RETRY_MATRIX]
    assert len(keys) == len(set(keys))
    assert set(keys) == {(o, c) for o in Outcome for c in ("resend-safe", "other")}
    assert {row.action for row in RETRY_MATRIX} == {"retry", "never"}


@pytest.mark.parametrize(("outcome", "kind"), CASES)
def test_decide_agrees_with_retry_matrix(outcome: Outcome, kind: str) -> None:
    method, operation = KINDS[kind]
    action = matrix_action(outcome, method, operation_resend_safe=operation)
    assert action == ("retry" if EXPECTED[outcome, kind] else "never")
    assert first_try(method, outcome, operation=operation).retry is (action == "retry")


# Bounds ---------------------------------------------------------------------------------------------


def test_attempts_bound() -> None:
    config = RetryConfig(attempts=4)
    retried = [
        decide(method="POST", outcome=Outcome.NOT_SENT, attempt=a, elapsed=0.0, config=config, rng=HALF)
        for a in range(1, 7)
    ]
    assert [d.retry for d in retried] == [True, True, True, False, False, False]
    assert retried[3] == Decision(False, 0.0, "attempts exhausted (4 of 4)")


def test_single_attempt_never_retries() -> None:
    assert first_try("GET", Outcome.NOT_SENT, RetryConfig(attempts=1)).reason == "attempts exhausted (1 of 1)"


def test_total_time_bound() -> None:
    # wait_initial 0.25 with rng 0.5 -> a 0.125 s wait: exact in binary floating point.
    config = RetryConfig(timeout=1.0, wait_initial=0.25)
    at_limit = decide(method="GET", outcome=Outcome.AMBIGUOUS, attempt=1, elapsed=0.875, config=config, rng=HALF)
    assert at_limit == Decision(True, 0.125, "ambiguous: attempt 2 of 4 in 0.125s")
    past = decide(method="GET", outcome=Outcome.AMBIGUOUS, attempt=1, elapsed=0.9, config=config, rng=HALF)
    assert not past.retry
    assert past.reason.startswith("retry timeout")
    over = decide(method="GET", outcome=Outcome.NOT_SENT, attempt=1, elapsed=2.0, config=config, rng=HALF)
    assert not over.retry


def test_server_hint_that_would_pass_the_timeout_is_not_waited() -> None:
    decision = first_try("POST", Outcome.RATE_LIMITED, RetryConfig(timeout=10.0), retry_after=11.0)
    assert not decision.retry
    assert decision.reason.startswith("retry timeout")


def test_disabled_config_never_retries() -> None:
    off = RetryConfig.off()
    assert off == RetryConfig(attempts=1, enabled=False)
    for outcome in Outcome:
        for method in METHODS:
            assert not first_try(method, outcome, off).retry
    assert first_try("GET", Outcome.NOT_SENT, RetryConfig(enabled=False)).reason == "retries disabled"


@given(
    method=st.sampled_from([*METHODS, "PATCH"]),
    operation=st.sampled_from([True, False, None]),
    outcome=st.sampled_from(Outcome),
    attempt=st.integers(1, 50),
    elapsed=st.floats(0, 100),
    attempts=st.integers(1, 10),
    timeout=st.floats(0.01, 60),
    rng_value=st.floats(0, 0.999),
)
def test_decide_invariants(
    *,
    method: str,
    operation: bool | None,
    outcome: Outcome,
    attempt: int,
    elapsed: float,
    attempts: int,
    timeout: float,
    rng_value: float,
) -> None:
    config = RetryConfig(attempts=attempts, timeout=timeout)
    d = decide(
        method=method,
        outcome=outcome,
        attempt=attempt,
        elapsed=elapsed,
        config=config,
        rng=lambda: rng_value,
        operation_resend_safe=operation,
    )
    if d.retry:
        assert outcome is not Outcome.FINAL
        safe = operation if operation is not None else method == "GET"
        assert safe or outcome not in MAYBE_PROCESSED
        assert attempt < attempts
        assert 0.0 <= d.delay <= config.wait_max
        assert elapsed + d.delay <= timeout
    else:
        assert d.delay == 0.0
    assert d.reason


# Backoff --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("rng_value", [0.0, 0.5, 0.999])
def test_backoff_bounds_over_many_attempts(rng_value: float) -> None:
    config = RetryConfig()  # 0.1 * 2 ** (attempt - 1), capped at 5
    delays = [backoff(a, config, rng=lambda: rng_value) for a in range(1, 2001)]
    caps = [0.1, 0.2, 0.4, 0.8, 1.6, 3.2] + [5.0] * 1994
    for delay, cap in zip(delays, caps, strict=True):
        assert delay == pytest.approx(rng_value * cap)
        assert 0.0 <= delay < 5.0
    assert delays == sorted(delays)


def test_backoff_respects_custom_waits() -> None:
    config = RetryConfig(wait_initial=1.0, wait_max=30.0, wait_exp_base=3.0)
    assert [backoff(a, config, rng=lambda: 1.0) for a in range(1, 6)] == [1.0, 3.0, 9.0, 27.0, 30.0]
    assert backoff(3, RetryConfig(wait_exp_base=1.0), rng=lambda: 1.0) == pytest.approx(0.1)


def test_backoff_server_hint_wins() -> None:
    assert backoff(1, RetryConfig(), retry_after=7.5, rng=lambda: 0.0) == 7.5
    assert backoff(9, RetryConfig(), retry_after=60.0) == 60.0  # beyond wait_max: the server knows best
    assert backoff(1, RetryConfig(), retry_after=-3.0) == 0.0


def test_backoff_rejects_attempt_zero() -> None:
    with pytest.raises(ValueError, match="attempt counts attempts made so far and must be >= 1"):
        backoff(0, RetryConfig())


def test_decide_uses_the_server_hint() -> None:
    decision = first_try("POST", Outcome.RATE_LIMITED, retry_after=parse_retry_after("3"))
    assert decision == Decision(True, 3.0, "rate_limited: attempt 2 of 4 in 3s")


# Retry-After ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("120", 120.0), (" 5 ", 5.0), ("0", 0.0), ("1.5", 1.5)],
)
def test_parse_retry_after_seconds(value: str, seconds: float) -> None:
    assert parse_retry_after(value) == seconds


@pytest.mark.parametrize("value", [None, "", "  ", "soon", "-5", "inf", "nan", "1e3", "Wed, 99 Foo 2015"])
def test_parse_retry_after_invalid(value: str | None) -> None:
    assert parse_retry_after(value) is None


def test_parse_retry_after_http_date() -> None:
    header = "Wed, 21 Oct 2015 07:28:00 GMT"
    then = parsedate_to_datetime(header).timestamp()
    assert parse_retry_after(header, now=then - 30) == pytest.approx(30.0)
    assert parse_retry_after(header, now=then + 30) == 0.0  # already past


def test_parse_retry_after_http_date_minus_zero_zone_is_utc() -> None:
    header = "Wed, 21 Oct 2015 07:28:00 -0000"
    then = parsedate_to_datetime("Wed, 21 Oct 2015 07:28:00 GMT").timestamp()
    assert parse_retry_after(header, now=then - 2) == pytest.approx(2.0)


def test_parse_retry_after_http_date_against_the_real_clock() -> None:
    from datetime import UTC, datetime, timedelta

    header = format_datetime(datetime.now(UTC) + timedelta(seconds=100), usegmt=True)
    seconds = parse_retry_after(header)
    assert seconds is not None
    assert 95.0 <= seconds <= 100.0


# Config ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"attempts": 0}, "attempts must be an integer >= 1"),
        ({"attempts": -2}, "attempts must be an integer >= 1"),
        ({"attempts": True}, "attempts must be an integer >= 1"),
        ({"timeout": 0}, "timeout must be a number of seconds > 0"),
        ({"timeout": math.nan}, "timeout must be a number of seconds > 0"),
        ({"wait_initial": -0.1}, "wait_initial must be a finite number of seconds >= 0"),
        ({"wait_max": -1}, "wait_max must be a finite number of seconds >= 0"),
        ({"wait_max": math.inf}, "wait_max must be a finite number of seconds >= 0"),
        ({"wait_exp_base": 0.5}, "wait_exp_base must be a finite number >= 1"),
    ],
)
def test_config_validation(kwargs: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RetryConfig(**kwargs)  # type: ignore[arg-type]


def test_config_defaults_and_repr() -> None:
    assert repr(RetryConfig()) == (
        "RetryConfig(attempts=4, timeout=30.0, wait_initial=0.1, wait_max=5.0, wait_exp_base=2.0, enabled=True)"
    )
    assert RetryConfig(timeout=math.inf).timeout == math.inf  # no total bound


# Classification -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "code", "outcome"),
    [
        (429, None, Outcome.RATE_LIMITED),
        (429, -1003, Outcome.RATE_LIMITED),
        (400, -1003, Outcome.RATE_LIMITED),
        (400, -1011, Outcome.TRY_AGAIN),
        (400, -1012, Outcome.TRY_AGAIN),
        (500, -1011, Outcome.TRY_AGAIN),
        (500, -1000, Outcome.SERVER_ERROR),
        (502, None, Outcome.SERVER_ERROR),
        (503, None, Outcome.SERVER_ERROR),
        (200, None, Outcome.FINAL),
        (400, -1101, Outcome.FINAL),
        (400, -1006, Outcome.FINAL),
        (401, -1002, Outcome.FINAL),
        (409, -1007, Outcome.FINAL),
        (404, None, Outcome.FINAL),
    ],
)
def test_classify_response(status: int, code: int | None, outcome: Outcome) -> None:
    assert classify_response(status, code) is outcome


@pytest.mark.parametrize(
    ("exc", "outcome"),
    [
        (httpx2.ConnectError("refused"), Outcome.NOT_SENT),
        (httpx2.ConnectError("[Errno -2] Name or service not known"), Outcome.NOT_SENT),
        (httpx2.ConnectTimeout("slow"), Outcome.NOT_SENT),
        (httpx2.PoolTimeout("busy"), Outcome.NOT_SENT),
        (httpx2.ReadTimeout("slow"), Outcome.AMBIGUOUS),
        (httpx2.WriteTimeout("slow"), Outcome.AMBIGUOUS),
        (httpx2.ReadError("reset"), Outcome.AMBIGUOUS),
        (httpx2.WriteError("broken pipe"), Outcome.AMBIGUOUS),
        (httpx2.RemoteProtocolError("Server disconnected without sending a response."), Outcome.AMBIGUOUS),
        (httpx2.ProxyError("proxy"), Outcome.AMBIGUOUS),
        (httpx2.LocalProtocolError("bad header"), Outcome.FINAL),
        (httpx2.UnsupportedProtocol("ftp"), Outcome.FINAL),
        (ValueError("bug"), Outcome.FINAL),
    ],
)
def test_classify_exception(exc: BaseException, outcome: Outcome) -> None:
    assert classify_exception(exc) is outcome


def test_retry_after_too_large_for_a_float_is_ignored() -> None:
    assert parse_retry_after("9" * 400) is None
