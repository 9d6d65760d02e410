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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from orderly_auth import Credentials, generate_key
from orderly_auth.sandbox import Sandbox

__all__ = ["Account", "Run", "account", "max_in_any_window", "run_processes"]

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
    extra: dict[str, object] = field(default_factory=dict)

    def total(self, name: str) -> int:
        return sum(report[name] for report in self.reports)


def run_processes(
    sandbox: Sandbox,
    accounts: Sequence[Account],
    count: int,
    *,
    op: str = "orders",
    backend: str | None,
    on_error: str = "local",
    host_ids: Sequence[str] | None = None,
    no_retry: bool = False,
    during: Callable[[], None] | None = None,
) -> Run:
    """One process per account given (repeat one to share it), each sending ``count`` requests of ``op``.

    Even processes run sync (two threads), odd ones asyncio (all at once). ``during`` runs in this
    process once all have started (a restart of the server, say); then every process is awaited.
    """
    path = PATHS[op]
    before = len(sandbox.requests)
    base_env = {k: v for k, v in os.environ.items() if not k.startswith("ORDERLY_")}
    children: list[tuple[subprocess.Popen[str], Path]] = []
    with tempfile.TemporaryDirectory() as logs:
        try:
            for index, acct in enumerate(accounts):
                env = {**base_env, **acct.env(), "ORDERLY_BASE_URL": sandbox.base_url}
                if backend is not None:
                    env["ORDERLY_RATE_LIMIT_BACKEND"] = backend
                    env["ORDERLY_RATE_LIMIT_ON_BACKEND_ERROR"] = on_error
                    if host_ids is not None:
                        env["ORDERLY_RATE_LIMIT_HOST_ID"] = host_ids[index]
                mode = "sync" if index % 2 == 0 else "async"
                command = [sys.executable, str(CHILD), "--op", op, "--count", str(count), "--mode", mode]
                stderr_path = Path(logs) / f"{index}.err"
                with stderr_path.open("w") as stderr:
                    child = subprocess.Popen(
                        [*command, *(["--no-retry"] if no_retry else [])],
                        stdin=subprocess.PIPE,
                        stdout=subprocess.PIPE,
                        stderr=stderr,
                        env=env,
                        text=True,
                    )
                children.append((child, stderr_path))
            for child, stderr_path in children:
                assert child.stdout is not None
                line = child.stdout.readline()
                assert line.strip() == "ready", f"a process did not start: {line!r} {stderr_path.read_text()}"
            for child, _ in children:  # all at once
                assert child.stdin is not None
                child.stdin.write("go\n")
                child.stdin.flush()
            if during is not None:
                during()
            reports: list[dict[str, int]] = []
            stderrs: list[str] = []
            for child, stderr_path in children:
                out, _ = child.communicate(timeout=300)  # a failsafe: the processes stop by themselves
                stderr_text = stderr_path.read_text()
                assert child.returncode == 0, f"a process failed ({child.returncode}): {stderr_text}"
                reports.append(json.loads(out.strip().splitlines()[-1]))
                stderrs.append(stderr_text)
        finally:
            for child, _ in children:
                if child.poll() is None:
                    child.kill()
                    child.wait()
    times = [r.time for r in sandbox.requests[before:] if r.path == path]
    return Run(times=times, reports=reports, stderr=stderrs)


def wait_for_arrivals(sandbox: Sandbox, path: str, count: int, *, failsafe: float = 120.0) -> None:
    """Return once ``count`` requests for ``path`` arrived (or the failsafe passed: the test then fails elsewhere)."""
    deadline = time.monotonic() + failsafe
    while time.monotonic() < deadline:
        if sum(1 for r in sandbox.requests if r.path == path) >= count:
            return
        time.sleep(0.01)
