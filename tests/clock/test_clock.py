"""The signing clock learns the server's time, but one answer can neither poison it nor move it far."""

from __future__ import annotations

import logging

import pytest

from orderly_auth._signing import MAX_SKEW_MS, MAX_STEP_MS, Clock

NOW_MS = 1_750_000_000_000


def _clock() -> Clock:
    return Clock(time_source=lambda: NOW_MS / 1000)


def test_a_timestamp_of_one_is_ignored_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    clock = _clock()
    with caplog.at_level(logging.WARNING, logger="orderly_auth"):
        assert not clock.observe(1, NOW_MS, NOW_MS + 10)
    assert clock.offset_ms == 0
    assert clock.now_ms() == NOW_MS
    (record,) = caplog.records
    assert record.levelno == logging.WARNING
    assert "ignored the server's timestamp 1" in record.getMessage()


@pytest.mark.parametrize("server_ms", [0, 10**18, NOW_MS + MAX_SKEW_MS + 1_000, NOW_MS - MAX_SKEW_MS - 1_000])
def test_implausible_timestamps_never_move_the_offset(server_ms: int) -> None:
    clock = _clock()
    clock.observe(NOW_MS + 2_000, NOW_MS, NOW_MS)  # a plausible skew first
    assert clock.offset_ms == 2_000
    assert not clock.observe(server_ms, NOW_MS, NOW_MS)
    assert clock.offset_ms == 2_000


def test_one_sample_moves_the_offset_at_most_max_step() -> None:
    clock = _clock()
    hour = 3_600_000
    assert clock.observe(NOW_MS + hour, NOW_MS, NOW_MS)
    assert clock.offset_ms == MAX_STEP_MS
    assert clock.observe(NOW_MS - hour, NOW_MS, NOW_MS)
    assert clock.offset_ms == 0  # back by one step, not to -1 h
    # A real skew is learnt over a few answers.
    for _ in range(20):
        clock.observe(NOW_MS + hour, NOW_MS, NOW_MS)
    assert clock.offset_ms == hour


def test_small_skews_are_learnt_in_one_sample() -> None:
    clock = _clock()
    assert clock.observe(NOW_MS + 30_005, NOW_MS, NOW_MS + 10)
    assert clock.offset_ms == 30_000


def test_bounds_are_settable_and_checked() -> None:
    clock = Clock(max_skew_ms=10_000, max_step_ms=1_000, time_source=lambda: NOW_MS / 1000)
    assert not clock.observe(NOW_MS + 20_000, NOW_MS, NOW_MS)
    assert clock.observe(NOW_MS + 5_000, NOW_MS, NOW_MS)
    assert clock.offset_ms == 1_000
    with pytest.raises(ValueError, match="max_step_ms"):
        Clock(max_skew_ms=1_000, max_step_ms=2_000)
    with pytest.raises(ValueError, match="max_step_ms"):
        Clock(max_step_ms=0)
    assert repr(clock) == "Clock(offset_ms=1000)"
