"""The dead-man's switch: armed while the process refreshes it, fires when a real process is killed, disarms on exit."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest

from orderly_auth import ConfigurationError, generate_key
from orderly_auth.bot import AsyncDeadMansSwitch, DeadMansSwitch
from orderly_client.api.private import post_v1_order
from orderly_client.models import PostOrderBody
from orderly_sandbox import Fault, Sandbox
from tests.bot.bot_support import client_for

pytestmark = pytest.mark.long  # seconds of servers, subprocesses or builds: scheduled first

ETH = "PERP_ETH_USDC"
FAILSAFE = 60.0  # the bound of every wait on the server's state; never a duration the test relies on
CHILD = """
import sys, time
from decimal import Decimal
from orderly_auth import Credentials, RateLimitConfig, create_client
from orderly_auth.bot import DeadMansSwitch
from orderly_client.api.private import post_v1_order
from orderly_client.models import PostOrderBody

client = create_client(Credentials.from_env(), base_url=sys.argv[1], rate_limit=RateLimitConfig(enabled=False))
for i in range(2):
    body = PostOrderBody(symbol="PERP_ETH_USDC", order_type="LIMIT", side="BUY",
                         order_price=Decimal(sys.argv[2]) - i, order_quantity=Decimal("0.01"))
    post_v1_order.sync(client=client, body=body)
switch = DeadMansSwitch(client, window=float(sys.argv[3]))
switch.start()
print("armed", switch.expected_trigger_ms, flush=True)
time.sleep(3600)  # refreshing in the background until killed
"""


def _low(sandbox: Sandbox) -> Decimal:
    return (sandbox.market.mark(ETH) * Decimal("0.98")).quantize(Decimal("0.01"))


def _open(sandbox: Sandbox) -> list[dict[str, object]]:
    return [o for o in sandbox.orders() if o["status"] == "NEW"]


def _wait(predicate: object, what: str) -> None:
    deadline = time.monotonic() + FAILSAFE
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {FAILSAFE} s: {what}")
        time.sleep(0.05)


def _arms(sandbox: Sandbox, since: int) -> list[int]:
    """The trigger_after of each cancel_all_after the server received after request ``since``."""
    rows = [r for r in list(sandbox.requests)[since:] if r.path.startswith("/v1/order/cancel_all_after")]
    return [int(Decimal(str(r.json()["trigger_after"]))) for r in rows if r.status == 200]


def test_never_fires_while_the_process_refreshes_and_fires_once_it_is_killed(sandbox: Sandbox, tmp_path: Path) -> None:
    pair = generate_key()
    account = sandbox.credentials.account_id
    sandbox.register_key(account, pair.orderly_key)
    script = tmp_path / "bot.py"
    script.write_text(CHILD)
    env = {**os.environ, "ORDERLY_ACCOUNT_ID": account, "ORDERLY_SECRET": pair.secret}
    window = 12.0  # refreshed every 3 s: only a stall of 9 s could let it fire while alive
    since = len(sandbox.requests)
    child = subprocess.Popen(
        [sys.executable, str(script), sandbox.base_url, str(_low(sandbox)), str(window)],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline().split()
        assert line[0] == "armed"
        first_deadline = int(line[1])
        assert len(_open(sandbox)) == 2
        # alive: it keeps refreshing past the first deadline, and nothing is cancelled
        _wait(lambda: sandbox.market.clock() > first_deadline + 1000, "time passes the first deadline")
        assert len(_open(sandbox)) == 2
        assert child.poll() is None
        refreshes = _arms(sandbox, since)
        assert len(refreshes) >= 2 and set(refreshes) == {12000}
    finally:
        child.kill()  # SIGKILL: no clean shutdown, no disarm
        child.wait()
        if child.stdout is not None:
            child.stdout.close()
    killed_at = sandbox.market.clock()
    _wait(lambda: not _open(sandbox), "the server cancels the orders after the window")
    cancelled = [o for o in sandbox.orders() if o["status"] == "CANCELLED"]
    assert len(cancelled) == 2
    assert all(int(o["updated_time"]) >= killed_at for o in cancelled)
    assert 0 not in _arms(sandbox, since)  # never disarmed


def test_a_clean_exit_disarms(sandbox: Sandbox) -> None:
    client = client_for(sandbox)
    post_v1_order.sync(
        client=client,
        body=PostOrderBody(
            symbol=ETH, order_type="LIMIT", side="BUY", order_price=_low(sandbox), order_quantity="0.01"
        ),
    )
    account = sandbox.credentials.account_id
    with DeadMansSwitch(client, window=4) as switch:
        assert switch.armed and account in sandbox.market.cancel_deadlines
        assert switch.expected_trigger_ms == sandbox.market.cancel_deadlines[account]
    assert not switch.core.armed and account not in sandbox.market.cancel_deadlines
    assert len(_open(sandbox)) == 1


def test_one_failed_refresh_is_logged_and_tolerated(sandbox: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    client = client_for(sandbox)
    account = sandbox.credentials.account_id
    caplog.set_level(logging.WARNING, logger="orderly_auth.bot")
    with DeadMansSwitch(client, window=4, refresh=1) as switch:
        sandbox.inject("POST", "/v1/order/cancel_all_after", Fault.http(400, -1000))
        _wait(lambda: switch.core.failures == 1 and switch.core.refreshes >= 3, "a failure, then a refresh")
        assert switch.armed and account in sandbox.market.cancel_deadlines
    assert any("refresh failed" in r.getMessage() for r in caplog.records)
    assert account not in sandbox.market.cancel_deadlines


def test_async_switch(sandbox: Sandbox) -> None:
    client = client_for(sandbox)
    account = sandbox.credentials.account_id

    async def main() -> None:
        async with AsyncDeadMansSwitch(client, window=5) as switch:
            assert switch.armed and sandbox.market.cancel_deadlines[account] == switch.expected_trigger_ms
        assert account not in sandbox.market.cancel_deadlines
        await client.aclose()

    asyncio.run(main())


@pytest.mark.parametrize(
    "kwargs", [{"window": 3}, {"window": 901}, {"window": 8, "refresh": 0.5}, {"window": 8, "refresh": 4}]
)
def test_bad_timing_is_refused(sandbox: Sandbox, kwargs: dict[str, float]) -> None:
    with pytest.raises(ConfigurationError):
        DeadMansSwitch(client_for(sandbox), **kwargs)
