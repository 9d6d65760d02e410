"""The live views in a real terminal: tmux runs the installed command, the test reads the screen and sends Ctrl-C."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from tests.cli.cli_support import TIMEOUT, ServedSandbox, orderly_command, run, run_json

pytestmark = pytest.mark.long  # seconds of servers, subprocesses or builds: scheduled first

SYMBOL = "PERP_ETH_USDC"


def _tmux_binary() -> str:
    found = shutil.which("tmux")
    if found is None:
        message = "tmux is needed for the live-view tests (apt-get install -y tmux)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)  # in CI a missing tmux is a broken setup, never a skip
        pytest.skip(message)
    return found


class Terminal:
    """One tmux server of its own (its own socket), running one command in a 120x40 window."""

    def __init__(self, tmux: str, command: str, env: dict[str, str]) -> None:
        self.tmux = tmux
        self.socket = f"orderly-test-{uuid.uuid4().hex[:12]}"
        # The exit code is printed when the command ends, and the window stays for the test to read it; the
        # shell traps Ctrl-C (a handler, not ignored: the command still gets it) so that it outlives the command.
        shell = f"trap : INT; {command}; echo EXIT=$?; sleep 600"
        self._call("new-session", "-d", "-s", "main", "-x", "120", "-y", "40", "sh", "-c", shell, env=env)

    def _call(self, *args: str, env: dict[str, str] | None = None) -> str:
        done = subprocess.run(
            [self.tmux, "-L", self.socket, *args], capture_output=True, text=True, timeout=60, env=env, check=False
        )
        assert done.returncode == 0, f"tmux {args[0]}: {done.stderr}"
        return done.stdout

    def screen(self) -> str:
        return self._call("capture-pane", "-p", "-t", "main")

    def wait_for(self, predicate: Callable[[str], bool], what: str) -> str:
        deadline = time.monotonic() + TIMEOUT
        while True:
            text = self.screen()
            if predicate(text):
                return text
            assert time.monotonic() < deadline, f"never saw {what}; the screen:\n{text}"
            time.sleep(0.1)

    def send_ctrl_c(self) -> None:
        self._call("send-keys", "-t", "main", "C-c")

    def close(self) -> None:
        subprocess.run([self.tmux, "-L", self.socket, "kill-server"], capture_output=True, timeout=60, check=False)


@pytest.fixture
def terminal_for(tmp_path: Path) -> Iterator[Callable[[list[str], dict[str, str]], Terminal]]:
    tmux = _tmux_binary()
    opened: list[Terminal] = []

    def open_terminal(args: list[str], env: dict[str, str]) -> Terminal:
        command = " ".join(shlex.quote(part) for part in [orderly_command(), *args])
        terminal = Terminal(tmux, command, {**env, "TERM": "xterm-256color"})
        opened.append(terminal)
        return terminal

    yield open_terminal
    for terminal in opened:
        terminal.close()


_LEVEL = re.compile(r"│\s+(\d+\.\d+)\s+│\s+(\d+\.\d+)\s+│\s+(\d+\.\d+)\s+│\s+(\d+\.\d+)\s+│")


def _levels(screen: str) -> list[tuple[Decimal, Decimal, Decimal, Decimal]]:
    return [tuple(Decimal(x) for x in match.groups()) for match in _LEVEL.finditer(screen)]  # type: ignore[misc]


def test_the_live_book_redraws_in_place_and_quits_cleanly_on_ctrl_c(
    sandbox: ServedSandbox, tmp_path: Path, terminal_for: Callable[[list[str], dict[str, str]], Terminal]
) -> None:
    env = sandbox.env(tmp_path / "config", account=False)
    terminal = terminal_for(["book", SYMBOL, "--depth", "5"], env)
    first = terminal.wait_for(lambda text: len(_levels(text)) == 5 and "live" in text, "a book of 5 levels")
    levels = _levels(first)
    assert all(bid < ask for _, bid, ask, _ in levels)  # bids below asks, on every row
    assert [bid for _, bid, _, _ in levels] == sorted((bid for _, bid, _, _ in levels), reverse=True)
    # The market moves (it steps every 0.2 s): the same screen is redrawn with other numbers, in place.
    later = terminal.wait_for(lambda text: len(_levels(text)) == 5 and _levels(text) != levels, "the book change")
    assert later.count("order book") == 1  # redrawn in place, not printed again below
    terminal.send_ctrl_c()
    final = terminal.wait_for(lambda text: "EXIT=" in text, "the command's end")
    assert "EXIT=0" in final and "Traceback" not in final


def test_the_fills_tail_shows_a_new_fill_and_quits_cleanly(
    account: dict[str, str], terminal_for: Callable[[list[str], dict[str, str]], Terminal]
) -> None:
    terminal = terminal_for(["tail-fills"], account)
    terminal.wait_for(lambda text: "waiting for fills" in text, "the empty view")
    placed = run_json(account, "--yes", "order", "place", SYMBOL, "buy", "0.0123")
    screen = terminal.wait_for(lambda text: "0.0123" in text and SYMBOL in text, "the fill")
    assert "BUY" in screen and str(placed["order_id"]) in screen
    terminal.send_ctrl_c()
    final = terminal.wait_for(lambda text: "EXIT=" in text, "the command's end")
    assert "EXIT=0" in final and "Traceback" not in final


def test_the_history_progress_bar_is_drawn_on_a_terminal(
    account: dict[str, str], tmp_path: Path, terminal_for: Callable[[list[str], dict[str, str]], Terminal]
) -> None:
    end = int(time.time() * 1000) - 2 * 86_400_000
    path = tmp_path / "two-days.csv"
    args = ["history", "candles", SYMBOL, "--start", str(end - 2 * 86_400_000), "--end", str(end), "-o", str(path)]
    terminal = terminal_for(args, account)
    final = terminal.wait_for(lambda text: "EXIT=" in text, "the download's end")
    assert "EXIT=0" in final and "100%" in final and "2880 rows" in final
    quiet = run(account, *args[:-2], "-o", str(tmp_path / "piped.csv"))
    assert quiet.returncode == 0 and quiet.stdout == quiet.stderr == ""
    assert (tmp_path / "piped.csv").read_text() == path.read_text()
