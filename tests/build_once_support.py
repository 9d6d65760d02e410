"""A directory built once per test run and shared by the pytest-xdist workers (the docs site, the distributions).

Each worker sets up a module's fixtures on its own, so a build in a module fixture ran once per worker: a second
build of the same tree checks nothing the first did not, it only costs time.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

__all__ = ["build_once"]


def build_once(tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]) -> Path:
    """The directory ``build`` fills, made once per run: under xdist the first worker builds it under a lock in the
    run's shared temporary root and the others reuse it; without xdist, a fresh directory. A failed build leaves no
    mark, so the next worker builds again (and fails the same way)."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        out = tmp_path_factory.mktemp(name)
        build(out)
        return out
    root = tmp_path_factory.getbasetemp().parent  # this run's root, shared by its workers (pytest-N)
    out, done = root / name, root / f"{name}.done"
    with (root / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()
            build(out)
            done.touch()
    return out
