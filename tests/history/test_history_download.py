"""A month of 1-minute candles from the sandbox market through ``orderly history``: exact, resumable after an
interruption, and within the documented rate limit of ``GET /v1/tv/kline_history`` (5 requests per 10 s)."""

from __future__ import annotations

import csv
import datetime
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from orderly_auth import Credentials, create_client, generate_key
from orderly_auth.history import Candle, candles, download, read_csv
from orderly_sandbox import ALL_SCOPES, SYMBOLS, Sandbox
from orderly_sandbox._history import past_candle
from tests.cli.cli_support import TIMEOUT, orderly_command, run, served_sandbox

pytestmark = pytest.mark.long  # seconds of servers, subprocesses or builds: scheduled first

SYMBOL = "PERP_ETH_USDC"
MINUTE = 60_000
DAY = 1_440 * MINUTE
KLINE_HISTORY = "GET /v1/tv/kline_history"
LIMIT, PERIOD = 5, 10.0  # the spec's x-rate-limit of GET /v1/tv/kline_history
# Starts the command with Ctrl-C (SIGINT) at its default, so that Python there turns it into KeyboardInterrupt
# even when this run ignores SIGINT (bash ignores it in jobs started with `&`, and children inherit that).
WITH_CTRL_C = (
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])"
)


def _range(days: int) -> tuple[int, int]:
    """``days`` whole days ending at midnight UTC two days ago: all before the sandbox's market started."""
    today = datetime.datetime.now(datetime.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    end = int(today.timestamp() * 1000) - 2 * DAY
    return end - days * DAY, end


def _expected_lines(start: int, end: int) -> list[str]:
    """The CSV lines the sandbox's made-up past must give, computed here from its own function."""
    info = SYMBOLS[SYMBOL]
    lines = []
    for minute in range(start, end, MINUTE):
        bar = past_candle(info, 0, "1m", minute)
        values = (bar.open, bar.high, bar.low, bar.close, bar.volume, bar.amount)
        lines.append(",".join([SYMBOL, "1m", str(minute), *(format(value, "f") for value in values)]))
    return lines


@pytest.fixture
def market() -> Iterator[tuple[Sandbox, dict[str, str]]]:
    """A sandbox in this process (its request log is the evidence) and the command's environment for it."""
    with Sandbox(market_interval=None) as sb:
        key = generate_key()
        sb.register_key(sb.credentials.account_id, key.orderly_key, ALL_SCOPES)
        env = {k: v for k, v in os.environ.items() if not k.startswith("ORDERLY_")}
        env.update(
            ORDERLY_BASE_URL=sb.base_url,
            ORDERLY_ACCOUNT_ID=sb.credentials.account_id,
            ORDERLY_SECRET=key.secret,
            ORDERLY_CONFIG=os.devnull,
        )
        yield sb, env


def _kline_requests(sb: Sandbox) -> list[tuple[float, int | None]]:
    return [(r.time, r.status) for r in sb.requests if r.operation == KLINE_HISTORY]


def _state(path: Path) -> dict[str, int]:
    state_path = path.with_name(path.name + ".state.json")
    try:
        return dict(json.loads(state_path.read_text()))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def test_thirty_days_of_minute_candles_exact_resumable_and_paced(
    market: tuple[Sandbox, dict[str, str]], tmp_path: Path
) -> None:
    sb, env = market
    start, end = _range(30)
    path = tmp_path / "eth-1m.csv"
    args = ["history", "candles", SYMBOL, "--start", str(start), "--end", str(end), "--output", str(path)]

    # Interrupted (Ctrl-C) once a few pages are on disk.
    command = [sys.executable, "-c", WITH_CTRL_C, orderly_command(), *args]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + TIMEOUT
    while _state(path).get("rows", 0) < 8_000:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the download did not progress"
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=TIMEOUT)
    assert process.returncode == 130, (out, err)
    interrupted = _state(path)
    assert 8_000 <= interrupted["rows"] < 43_200 and interrupted["cursor"] is not None

    # A later run resumes (after the rate limit's window, as a person starting it again would).
    time.sleep(PERIOD + 0.5)
    done = run(env, *args, timeout=600)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and done.stderr == ""  # piped: no progress bar, no chatter
    assert not path.with_name(path.name + ".state.json").exists()

    # Exact: every minute once, in order, every digit as the market has it.
    lines = path.read_text().splitlines()
    assert lines[0] == "symbol,interval,start,open,high,low,close,volume,amount"
    assert len(lines) - 1 == 43_200
    assert lines[1:] == _expected_lines(start, end)
    rows = read_csv(path, "candles")
    assert isinstance(rows[0], Candle) and isinstance(rows[0].close, Decimal)

    # Paced: the server never refused a page, and no window of 10 s held more than 5 of them.
    requests = _kline_requests(sb)
    assert all(status == 200 for _, status in requests), requests
    assert 44 <= len(requests) <= 46  # 44 windows of 1000 bars, plus at most the interrupted page again
    times = sorted(moment for moment, _ in requests)
    assert all(times[i + LIMIT] - times[i] >= PERIOD for i in range(len(times) - LIMIT))


def test_the_library_yields_typed_rows_and_resumes_from_a_state_file(
    market: tuple[Sandbox, dict[str, str]], tmp_path: Path
) -> None:
    sb, env = market
    start, end = _range(1)
    client = create_client(Credentials(env["ORDERLY_ACCOUNT_ID"], env["ORDERLY_SECRET"]), base_url=sb.base_url)
    with client:
        bars = list(candles(client, SYMBOL, start, end))
        assert [bar.start for bar in bars] == list(range(start, end, MINUTE))
        assert bars[0] == Candle(
            SYMBOL,
            "1m",
            start,
            *(
                getattr(past_candle(SYMBOLS[SYMBOL], 0, "1m", start), f)
                for f in ("open", "high", "low", "close", "volume", "amount")
            ),
        )
        path = tmp_path / "day.csv"
        seen: list[tuple[float, int]] = []
        result = download(
            client, "candles", SYMBOL, start=start, end=end, path=path, progress=lambda d, n: seen.append((d, n))
        )
        assert (result.rows, result.resumed) == (1_440, False)
        assert seen[-1] == (1.0, 1_440) and [n for _, n in seen] == [1_000, 1_440]
        with open(path, newline="") as file:
            assert len(list(csv.reader(file))) == 1_441
        parquet = download(
            client, "candles", SYMBOL, start=start, end=end, path=tmp_path / "day.parquet", file_format="parquet"
        )
        assert parquet.rows == 1_440 and not (tmp_path / "day.parquet.partial.csv").exists()

    import pyarrow.parquet as pq

    table = pq.read_table(tmp_path / "day.parquet").to_pylist()  # decimal128 columns read back as Decimal
    assert [Candle(**row) for row in table] == bars  # every value exact, none rounded


def test_a_download_cut_by_a_dropped_server_resumes_exactly_on_another(tmp_path: Path) -> None:
    start, end = _range(4)  # 6 pages of 1000 bars
    path = tmp_path / "eth-1m.csv"
    args = ["history", "candles", SYMBOL, "--start", str(start), "--end", str(end), "--output", str(path)]
    with served_sandbox() as first:
        process = subprocess.Popen(
            [orderly_command(), *args],
            env=first.env(tmp_path / "config"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + TIMEOUT
        while _state(path).get("rows", 0) < 2_000:
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the download did not progress"
            time.sleep(0.05)
        first.process.kill()  # the server vanishes mid-download: connections drop, then are refused
        out, err = process.communicate(timeout=TIMEOUT)
    assert process.returncode == 6, (out, err)
    assert "Traceback" not in err
    assert 2_000 <= _state(path)["rows"] < 5_760
    with served_sandbox() as second:  # same seed, same past; another account signs the rest
        done = run(second.env(tmp_path / "config"), *args)
    assert done.returncode == 0, done.stderr
    assert path.read_text().splitlines()[1:] == _expected_lines(start, end)
