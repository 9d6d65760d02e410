"""The quickstart as a newcomer runs it: offline against the sandbox, or against a network from the environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from orderly_auth import generate_key
from orderly_sandbox import Sandbox

pytestmark = pytest.mark.long  # seconds of servers, subprocesses or builds: scheduled first

QUICKSTART = Path(__file__).resolve().parents[2] / "examples" / "quickstart.py"


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ORDERLY_")}
    command = [sys.executable, str(QUICKSTART), *args]
    return subprocess.run(command, check=False, env={**clean, **env}, capture_output=True, text=True, timeout=120)


def test_offline_walk_through_places_lists_and_cancels() -> None:
    result = _run({})
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for step in ("[1] System status", "[3] Place a LIMIT BUY", "[4] List open orders", "[5] Cancel by client_order_id"):
        assert step in out
    assert "placed: order_id" in out
    assert "CANCEL_SENT" in out
    assert out.rstrip().endswith("done.")
    assert ": CANCELLED" in out.split("[6] Final state of the order")[1]


def test_with_credentials_it_only_reads_unless_asked_to_trade() -> None:
    pair = generate_key()
    with Sandbox() as sandbox:
        account = sandbox.credentials.account_id
        sandbox.register_key(account, pair.orderly_key)
        env = {"ORDERLY_ACCOUNT_ID": account, "ORDERLY_SECRET": pair.secret, "ORDERLY_BASE_URL": sandbox.base_url}
        read_only = _run(env)
        assert read_only.returncode == 0, read_only.stderr
        assert "run with --trade" in read_only.stdout
        assert not [r for r in sandbox.requests if r.method in ("POST", "PUT", "DELETE")]
        trading = _run(env, "--trade")
        assert trading.returncode == 0, trading.stderr
        assert [r.method for r in sandbox.requests if r.method != "GET"] == ["POST", "DELETE"]
        assert pair.secret not in read_only.stdout + read_only.stderr + trading.stdout + trading.stderr


def test_bad_credentials_fail_clearly_without_the_secret() -> None:
    pair = generate_key()
    with Sandbox() as sandbox:
        env = {
            "ORDERLY_ACCOUNT_ID": sandbox.credentials.account_id,  # the key is not registered to it
            "ORDERLY_SECRET": pair.secret,
            "ORDERLY_BASE_URL": sandbox.base_url,
        }
        result = _run(env)
    assert result.returncode == 1
    assert "AuthenticationError" in result.stderr
    assert pair.secret not in result.stdout + result.stderr
