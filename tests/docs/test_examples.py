"""Every example runs offline, start to finish, as a user would run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.long  # seconds of servers, subprocesses or builds: scheduled first

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
EXPECTED = {
    "positions_and_balances.py": ["balances:", "positions:"],
    "order_history.py": ["12 order(s) for PERP_ETH_USDC, fetched 5 per page"],
    "async_orders.py": ["placed 5 orders concurrently", "5 open", "cancelled all: 0 open"],
    "live_stream.py": ["Local PERP_ETH_USDC book", "fill: order", "3 fill(s) seen"],
    "bot.py": ["event: OrderNew", "open orders 1", "the dead-man's switch is disarmed"],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_runs_offline(name: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ORDERLY_")}
    command = [sys.executable, str(EXAMPLES / name)]
    result = subprocess.run(command, check=False, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    for words in EXPECTED[name]:
        assert words in result.stdout
