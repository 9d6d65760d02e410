"""Runs N processes of ``limited_process.py`` against a sandbox and reads what arrived from the sandbox's log.

What counts is the server side: the sandbox records each request's time as it handles it, between
its arrival and its answer, so the windows are counted there, never from what the clients claim.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from orderly_auth import Credentials, generate_key
from orderly_sandbox import Sandbox

__all__ = [
    "Account",
    "Fleet",
    "Run",
    "account",
    "arrivals",
    "fleet",
    "max_in_any_window",
    "run_processes",
    "wait_for_arrivals",
]

CHILD = Path(__file__).with_name("limited_process.py")
PATHS = {"orders": "/v1/orders", "liquidations": "/v1/liquidations"}


@dataclass(frozen=True)
class Account:
    """An account on the sandbox with a key whose secret can be handed to a child process."""

    account_id: str
    secret: str
    orderly_key: str

    def env(self) -> dict[str, str]:
        return {"ORDERLY_ACCOUNT_ID": self.account_id, "ORDERLY_SECRET": self.secret, "ORDERLY_KEY": self.orderly_key}


def account(sandbox: Sandbox) -> Account:
    """A new sandbox account, with a key made here (the sandbox's own keys never show their secret)."""
    pair = generate_key()
    account_id = sandbox.add_account().account_id
    sandbox._app.accounts.register(account_id, pair.orderly_key, ["read", "trading"])
    Credentials(account_id, pair.secret, pair.orderly_key)  # the key pair is a valid one
    return Account(account_id, pair.secret, pair.orderly_key)


def max_in_any_window(times: Sequence[float], period: float) -> int:
    """Most of ``times`` inside any window ``(x - period, x]``; windows ending at a time suffice."""
    ordered = sorted(times)
    best = 0
    first = 0
    for i, x in enumerate(ordered):
        while ordered[first] <= x - period:
            first += 1
        best = max(best, i - first + 1)
    return best


@dataclass
class Run:
    """What the processes reported and what the sandbox received."""

    times: list[float]
    reports: list[dict[str, int]]
    stderr: list[str]

    def total(self, name: str) -> int:
        return sum(report[name] for report in self.reports)


class Fleet:
    """Child processes started and ready; each sends when told to (:meth:`go`); :meth:`finish` awaits them."""

    def __init__(self, logs: Path) -> None:
        self._logs = logs
        self._children: list[tuple[subprocess.Popen[str], Path]] = []

    def spawn(
        self,
        sandbox: Sandbox,
        acct: Account,
        count: int,
        *,
        op: str = "orders",
        mode: str = "sync",
        backend: str | None,
        on_error: str = "local",
        host_id: str | None = None,
        no_retry: bool = False,
    ) -> int:
        """Start one process (configured from its environment only); returns its index once it is ready."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("ORDERLY_")}
        env.update(acct.env(), ORDERLY_BASE_URL=sandbox.base_url)
        if backend is not None:
            env.update(ORDERLY_RATE_LIMIT_BACKEND=backend, ORDERLY_RATE_LIMIT_ON_BACKEND_ERROR=on_error)
            if host_id is not None:
                env["ORDERLY_RATE_LIMIT_HOST_ID"] = host_id
        command = [sys.executable, str(CHILD), "--op", op, "--count", str(count), "--mode", mode]
        index = len(self._children)
        stderr_path = self._logs / f"{index}.err"
        with stderr_path.open("w") as stderr:
            child = subprocess.Popen(
                [*command, *(["--no-retry"] if no_retry else [])],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                env=env,
                text=True,
            )
        self._children.append((child, stderr_path))
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "ready", f"a process did not start: {line!r} {stderr_path.read_text()}"
        return index

    def go(self, *indices: int) -> None:
        """Let these processes (all when none are given) send."""
        for index in indices or range(len(self._children)):
            stdin = self._children[index][0].stdin
            assert stdin is not None
            stdin.write("go\n")
            stdin.flush()

    def finish(self, *indices: int) -> tuple[list[dict[str, int]], list[str]]:
        """Await these processes (all when none are given): their reports and what they logged."""
        reports: list[dict[str, int]] = []
        stderrs: list[str] = []
        for index in indices or range(len(self._children)):
            child, stderr_path = self._children[index]
            out, _ = child.communicate(timeout=300)  # a failsafe: the processes stop by themselves
            stderr_text = stderr_path.read_text()
            assert child.returncode == 0, f"a process failed ({child.returncode}): {stderr_text}"
            reports.append(json.loads(out.strip().splitlines()[-1]))
            stderrs.append(stderr_text)
        return reports, stderrs

    def kill(self) -> None:
        for child, _ in self._children:
            if child.poll() is None:
                child.kill()
                child.wait()


@contextmanager
def fleet() -> Iterator[Fleet]:
    """A :class:`Fleet` whose processes are killed on the way out if still running."""
    with tempfile.TemporaryDirectory() as logs:
        started = Fleet(Path(logs))
        try:
            yield started
        finally:
            started.kill()


def arrivals(sandbox: Sandbox, op: str, since: int = 0) -> list[float]:
    """When the sandbox handled each request for ``op``, from its ``since``-th record on."""
    return [r.time for r in sandbox.requests[since:] if r.path == PATHS[op]]


def run_processes(
    sandbox: Sandbox,
    accounts: Sequence[Account],
    count: int,
    *,
    op: str = "orders",
    backend: str | None,
    on_error: str = "local",
    during: Callable[[], None] | None = None,
) -> Run:
    """One process per account given (repeat one to share it), each sending ``count`` requests of ``op``.

    Even processes run sync (two threads), odd ones asyncio (all at once). ``during`` runs in this
    process once all have been let go (a restart of the server, say); then every process is awaited.
    """
    before = len(sandbox.requests)
    with fleet() as processes:
        for index, acct in enumerate(accounts):
            mode = "sync" if index % 2 == 0 else "async"
            processes.spawn(sandbox, acct, count, op=op, mode=mode, backend=backend, on_error=on_error)
        processes.go()
        if during is not None:
            during()
        reports, stderrs = processes.finish()
    return Run(times=arrivals(sandbox, op, before), reports=reports, stderr=stderrs)


def wait_for_arrivals(sandbox: Sandbox, op: str, count: int, *, since: int = 0, failsafe: float = 120.0) -> None:
    """Return once ``count`` requests for ``op`` arrived (or the failsafe passed: the test then fails elsewhere)."""
    deadline = time.monotonic() + failsafe
    while time.monotonic() < deadline and len(arrivals(sandbox, op, since)) < count:
        time.sleep(0.01)
