"""Fixtures of the command-line tests: one sandbox served by ``orderly sandbox`` per test module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.cli_support import ServedSandbox, served_sandbox


@pytest.fixture(scope="module")
def sandbox() -> Iterator[ServedSandbox]:
    """A sandbox in a child process (``orderly sandbox``), its market stepping on its own."""
    with served_sandbox("--market-interval", "0.2") as served:
        yield served


@pytest.fixture
def env(sandbox: ServedSandbox, tmp_path: Path) -> dict[str, str]:
    """The command's environment: the sandbox, its test account, a private profile folder of this test."""
    return sandbox.env(tmp_path / "config")


@pytest.fixture
def account(sandbox: ServedSandbox, tmp_path: Path) -> dict[str, str]:
    """A fresh account of this test alone: onboarded from a new wallet and funded by the faucet, through the
    command itself; the environment names no credentials, so the profile's are used."""
    from tests.cli.cli_support import run

    env = sandbox.env(tmp_path / "config", account=False)
    onboarded = run(env, "--yes", "keys", "onboard", "--new-wallet", "--scope", "read,trading")
    assert onboarded.returncode == 0, onboarded.stderr
    funded = run(env, "--yes", "faucet")
    assert funded.returncode == 0, funded.stderr
    return env
