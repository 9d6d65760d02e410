"""Every chore of the installed ``orderly`` command, run as a subprocess against a sandbox it serves."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from orderly_auth import generate_key
from tests.cli.cli_support import ServedSandbox, run, run_json

pytestmark = pytest.mark.long  # seconds of servers, subprocesses or builds: scheduled first

SYMBOL = "PERP_ETH_USDC"


def test_import_of_the_sdk_loads_no_cli_library() -> None:
    code = (
        "import sys, orderly_auth, orderly_auth.history, orderly_auth.cli;"
        "loaded = sorted(m for m in ('click', 'rich', 'pyarrow', 'keyring', 'pandas', 'polars') if m in sys.modules);"
        "print(loaded)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert done.stdout.strip() == "[]"


def test_balances_as_a_table_and_as_json(env: dict[str, str]) -> None:
    table = run(env, "balances")
    assert table.returncode == 0, table.stderr
    assert "USDC" in table.stdout and "holding" in table.stdout
    rows = run_json(env, "balances")
    assert {row["token"]: row["holding"] for row in rows}["USDC"] == "10000"


def test_an_order_is_put_on_tick_and_step_shown_edited_and_cancelled(account: dict[str, str]) -> None:
    placed = run_json(account, "--yes", "order", "place", SYMBOL, "buy", "0.12345", "--price", "2500.129")
    # floored to the step 0.0001; a buy's price floored to the tick 0.01: never worse than asked
    assert (placed["quantity"], placed["quantity_given"], placed["step"]) == ("0.1234", "0.12345", "0.0001")
    assert (placed["price"], placed["price_given"], placed["tick"]) == ("2500.12", "2500.129", "0.01")
    order_id = placed["order_id"]

    shown = run(account, "order", "place", SYMBOL, "sell", "0.5", "--price", "9000.001", stdin="n\n")
    assert shown.returncode == 9, shown.stderr
    assert "9000.01" in shown.stdout  # a sell's price rounded up, shown before the question

    open_orders = run_json(account, "orders", "--symbol", SYMBOL)
    assert [(o["order_id"], o["price"], o["quantity"]) for o in open_orders] == [(order_id, "2500.12", "0.1234")]

    edited = run(account, "--yes", "order", "edit", str(order_id), "--price", "2400.555")
    assert edited.returncode == 0, edited.stderr
    assert [o["price"] for o in run_json(account, "orders")] == ["2400.55"]

    cancelled = run(account, "--yes", "order", "cancel", str(order_id), "--symbol", SYMBOL)
    assert cancelled.returncode == 0, cancelled.stderr
    assert run_json(account, "orders") == []
    again = run(account, "--yes", "order", "cancel", str(order_id), "--symbol", SYMBOL)
    assert again.returncode == 5  # refused by the server: no longer open
    assert "-1006" in again.stderr


def test_a_refused_order_exits_5_and_nothing_is_placed(account: dict[str, str]) -> None:
    refused = run(account, "--yes", "order", "place", SYMBOL, "buy", "300")  # far beyond 1000 USDC of margin
    assert refused.returncode == 5
    assert "-1101" in refused.stderr and "Traceback" not in refused.stderr
    assert run_json(account, "orders") == [] and run_json(account, "fills") == []


def test_declining_the_confirmation_sends_nothing(account: dict[str, str]) -> None:
    for args in (
        ("order", "place", SYMBOL, "buy", "0.01", "--price", "2000"),
        ("order", "cancel-all"),
        ("leverage", SYMBOL, "--set", "3"),
    ):
        declined = run(account, *args, stdin="n\n")
        assert declined.returncode == 9, (args, declined.stderr)
        no_terminal = run(account, *args)  # stdin closed: nobody to ask, so nothing is done
        assert no_terminal.returncode == 9, (args, no_terminal.stderr)
    assert run_json(account, "orders") == []
    assert run_json(account, "leverage", SYMBOL)["leverage"] == 10


def test_position_pnl_fills_info_leverage_and_close(account: dict[str, str]) -> None:
    assert run_json(account, "--yes", "leverage", SYMBOL, "--set", "5")["leverage"] == 5
    bought = run(account, "--yes", "order", "place", SYMBOL, "buy", "0.05")
    assert bought.returncode == 0, bought.stderr
    positions = run_json(account, "positions")
    (row,) = [r for r in positions["rows"] if r["symbol"] == SYMBOL]
    assert Decimal(row["position_qty"]) == Decimal("0.05")
    assert "unsettled_pnl" in row and "free_collateral" in positions
    table = run(account, "positions")
    assert "unsettled_pnl" in table.stdout and SYMBOL in table.stdout

    fills = run_json(account, "fills", "--symbol", SYMBOL)
    assert [(f["side"], f["executed_quantity"]) for f in fills] == [("BUY", "0.05")]
    info = run_json(account, "info")
    assert info["account_id"] == run_json(account, "keys", "show")["account_id"]

    closed = run_json(account, "--yes", "order", "close", SYMBOL)
    assert (closed["side"], closed["quantity"]) == ("SELL", "0.05")
    rows = [r for r in run_json(account, "positions")["rows"] if r["symbol"] == SYMBOL]
    assert all(Decimal(r["position_qty"]) == 0 for r in rows)
    nothing = run(account, "--yes", "order", "close", SYMBOL)
    assert nothing.returncode == 3 and "no open position" in nothing.stderr


def test_cancel_all_of_one_symbol_then_of_every_symbol(account: dict[str, str]) -> None:
    for symbol, quantity, price in (
        (SYMBOL, "0.01", "2000"),
        (SYMBOL, "0.01", "2001"),
        ("PERP_BTC_USDC", "0.001", "40000"),
    ):
        placed = run(account, "--yes", "order", "place", symbol, "buy", quantity, "--price", price)
        assert placed.returncode == 0, placed.stderr
    run_json(account, "--yes", "order", "cancel-all", "--symbol", SYMBOL)
    assert [o["symbol"] for o in run_json(account, "orders")] == ["PERP_BTC_USDC"]
    run_json(account, "--yes", "order", "cancel-all")
    assert run_json(account, "orders") == []


def test_an_order_off_the_symbol_rules_exits_3_before_sending(account: dict[str, str]) -> None:
    small = run(account, "--yes", "order", "place", SYMBOL, "buy", "0.001", "--price", "2000")
    assert small.returncode == 3 and "below the minimum" in small.stderr
    assert run_json(account, "orders") == []


def test_a_wrong_key_exits_4_without_showing_the_secret(env: dict[str, str]) -> None:
    wrong = generate_key()
    wrong_env = {**env, "ORDERLY_SECRET": wrong.secret, "ORDERLY_KEY": wrong.orderly_key}
    done = run(wrong_env, "balances")
    assert done.returncode == 4, done.stderr
    assert wrong.secret not in done.stdout + done.stderr
    assert wrong.secret.removeprefix("ed25519:") not in done.stdout + done.stderr


def test_missing_credentials_exit_3_before_sending(sandbox: ServedSandbox, tmp_path: Path) -> None:
    done = run(sandbox.env(tmp_path, account=False), "balances")
    assert done.returncode == 3
    assert "ORDERLY_ACCOUNT_ID" in done.stderr


@pytest.fixture
def dropping_server() -> Iterator[str]:
    """A loopback server that accepts each connection, reads the request and closes without an answer."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(5)
                with contextlib.suppress(OSError):
                    connection.recv(65536)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(timeout=10)
        listener.close()


def test_a_dropped_connection_exits_6(env: dict[str, str], dropping_server: str) -> None:
    done = run({**env, "ORDERLY_BASE_URL": dropping_server}, "balances")
    assert done.returncode == 6, done.stderr
    assert "Traceback" not in done.stderr
    # an order whose answer never came: the outcome is unknown (8), or it was certainly not sent (6)
    order = run({**env, "ORDERLY_BASE_URL": dropping_server}, "--yes", "positions")
    assert order.returncode == 6


def test_a_refused_connection_exits_6(env: dict[str, str]) -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    done = run({**env, "ORDERLY_BASE_URL": f"http://127.0.0.1:{port}"}, "balances")
    assert done.returncode == 6, done.stderr


def test_keys_new_stores_the_secret_0600_and_prints_it_only_when_asked(env: dict[str, str], tmp_path: Path) -> None:
    created = run_json(env, "keys", "new")
    assert created["orderly_key"].startswith("ed25519:") and "secret" not in created
    secret_file = tmp_path / "config" / "secrets" / "default.secret"
    assert stat.S_IMODE(os.stat(secret_file).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(secret_file.parent).st_mode) == 0o700
    secret = secret_file.read_text().strip()
    config = (tmp_path / "config" / "config.toml").read_text()
    assert created["orderly_key"] in config and secret not in config
    again = run(env, "keys", "new")  # would replace the profile's secret: refused
    assert again.returncode == 3 and "--profile" in again.stderr
    assert secret_file.read_text().strip() == secret
    shown = run_json(env, "--profile", "spare", "keys", "new", "--show-secret")
    assert shown["secret"] == (secret_file.parent / "spare.secret").read_text().strip() != secret


def test_onboarding_and_the_faucet_make_a_profile_that_trades(account: dict[str, str], tmp_path: Path) -> None:
    profile = run_json(account, "keys", "show")
    assert profile["account_id"].startswith("0x") and profile["orderly_key"].startswith("ed25519:")
    assert profile["secret_store"] == "file" and "secret" not in profile
    secret = (tmp_path / "config" / "secrets" / "default.secret").read_text().strip()
    assert secret not in json.dumps(profile)
    assert run_json(account, "keys", "show", "--show-secret")["secret"] == secret
    assert {row["token"]: row["holding"] for row in run_json(account, "balances")}["USDC"] == "1000"
    run_json(account, "--yes", "faucet")
    assert {row["token"]: row["holding"] for row in run_json(account, "balances")}["USDC"] == "2000"


def test_history_of_every_kind_to_csv_and_parquet(account: dict[str, str], tmp_path: Path) -> None:
    placed = run(account, "--yes", "order", "place", SYMBOL, "buy", "0.01")
    assert placed.returncode == 0, placed.stderr
    start = str(int(time.time() * 1000) - 6 * 3_600_000)  # six hours: one page of 1-minute candles
    for kind in ("candles", "market-trades", "trades", "funding-rates", "funding-fees"):
        for suffix in ("csv", "parquet"):
            path = tmp_path / f"{kind}.{suffix}"
            done = run_json(account, "history", kind, SYMBOL, "--start", start, "--output", str(path))
            assert done["path"] == str(path) and path.exists() and done["format"] == suffix
    own = (tmp_path / "trades.csv").read_text().splitlines()
    assert own[0].startswith("id,symbol,executed_timestamp") and len(own) == 2
    assert ",BUY," in own[1] and ",0.01," in own[1]
    exists = run(
        account, "history", "trades", SYMBOL, "--start", "2026-01-01", "--output", str(tmp_path / "trades.csv")
    )
    assert exists.returncode == 3 and "--overwrite" in exists.stderr


def test_the_sandbox_flag_takes_the_sandbox_url(sandbox: ServedSandbox, env: dict[str, str]) -> None:
    bare = {key: value for key, value in env.items() if key != "ORDERLY_BASE_URL"}
    rows = run_json(bare, "--sandbox", "--base-url", sandbox.base_url, "balances")
    assert {row["token"] for row in rows} == {"USDC"}


def test_onboarding_a_wallet_already_registered_adds_a_key_to_its_account(
    sandbox: ServedSandbox, tmp_path: Path
) -> None:
    from eth_account import Account

    wallet = "0x" + bytes(Account.create().key).hex()
    env = sandbox.env(tmp_path / "config", account=False, ORDERLY_WALLET_KEY=wallet)
    first = run_json(env, "--yes", "keys", "onboard", "--scope", "read", "--days", "30")
    second = run_json(env, "--yes", "--profile", "other", "keys", "onboard")
    assert first["account_id"] == second["account_id"] and first["orderly_key"] != second["orderly_key"]
    assert wallet not in json.dumps(first) + json.dumps(second)
    assert run_json(env, "--profile", "other", "keys", "show")["orderly_key"] == second["orderly_key"]
    # the read-only key of the first profile reads, and cannot trade: refused by the server (key scope)
    assert run_json(env, "balances")
    refused = run(env, "--yes", "order", "place", SYMBOL, "buy", "0.01", "--price", "2000")
    assert refused.returncode == 4, refused.stderr
    no_wallet = run({k: v for k, v in env.items() if k != "ORDERLY_WALLET_KEY"}, "--yes", "keys", "onboard")
    assert no_wallet.returncode == 3 and "ORDERLY_WALLET_KEY" in no_wallet.stderr


def test_the_faucet_is_refused_on_mainnet_before_sending(env: dict[str, str]) -> None:
    done = run({k: v for k, v in env.items() if k != "ORDERLY_BASE_URL"}, "--network", "mainnet", "faucet")
    assert done.returncode == 3 and "testnet" in done.stderr


def test_shell_completion(env: dict[str, str]) -> None:
    script = run(env, "completion", "bash")
    assert script.returncode == 0 and "_ORDERLY_COMPLETE" in script.stdout
    completed = run({**env, "_ORDERLY_COMPLETE": "bash_complete", "COMP_WORDS": "orderly ord", "COMP_CWORD": "1"})
    assert completed.returncode == 0
    assert {"plain,order", "plain,orders"} <= set(completed.stdout.split())


def test_help_documents_the_exit_codes(env: dict[str, str]) -> None:
    done = run(env, "--help")
    assert done.returncode == 0 and "Exit codes" in done.stdout and "130 interrupted" in done.stdout
    assert run(env, "order", "place").returncode == 2  # usage
