"""The signed amount is never the server's call: token decimals are pinned or stated, and checked against it."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from orderly_auth import Credentials, OrderlyError, generate_key
from orderly_auth.wallet import (
    COLLATERAL_DECIMALS,
    LocalSigner,
    Wallet,
    WalletConfigError,
    WalletError,
    to_raw_units,
)
from tests.wallet.wallet_support import BROKER, CHAIN

RECEIVER = "0x" + "0b" * 32
CHAIN_ROW = {
    "name": "Arbitrum Sepolia",
    "public_rpc_url": "http://127.0.0.1/",
    "chain_id": str(CHAIN),
    "currency_symbol": "ETH",
    "explorer_base_url": "http://127.0.0.1/",
    "vault_address": "0x" + "00" * 20,
}


@dataclass
class Script:
    """What the scripted server answers for the token list, and every path it was sent."""

    tokens: list[dict[str, Any]]
    paths: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def answer(self, path: str) -> Any:
        with self.lock:
            self.paths.append(path)
        return {
            "/v1/public/broker/name": {"rows": [{"broker_id": BROKER, "broker_name": "WOOFi Pro"}]},
            "/v1/public/chain_info": {"rows": [CHAIN_ROW]},
            "/v1/public/token": {"rows": self.tokens},
            "/v1/withdraw_nonce": {"withdraw_nonce": 7},
            "/v1/transfer_nonce": {"transfer_nonce": 8},
            "/v1/withdraw_request": {"withdraw_id": 11},
            "/v2/internal_transfer": {"internal_transfer_request_id": 12},
        }[path]

    def posted(self) -> list[str]:
        with self.lock:
            return [path for path in self.paths if path in ("/v1/withdraw_request", "/v2/internal_transfer")]


def _serve(script: Script) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def _reply(self) -> None:
            self.rfile.read(int(self.headers.get("content-length") or 0))
            data = script.answer(self.path.partition("?")[0])
            body = json.dumps({"success": True, "data": data, "timestamp": int(time.time() * 1000)}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            self._reply()

        def do_POST(self) -> None:
            self._reply()

        def log_message(self, format: str, *args: Any) -> None:
            return

    return ThreadingHTTPServer(("127.0.0.1", 0), Handler)


@pytest.fixture
def scripted() -> Iterator[Any]:
    """A factory: a wallet (with its credentials) on a server answering the given token rows."""
    servers: list[tuple[ThreadingHTTPServer, threading.Thread, Wallet]] = []

    def make(tokens: list[dict[str, Any]], **options: Any) -> tuple[Wallet, Credentials, Script]:
        script = Script(tokens)
        server = _serve(script)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        base_url = f"http://127.0.0.1:{server.server_port}"
        wallet = Wallet(
            LocalSigner.generate(), broker_id=BROKER, chain_id=CHAIN, network="testnet", base_url=base_url, **options
        )
        servers.append((server, thread, wallet))
        return wallet, Credentials(wallet.account_id, generate_key().secret), script

    yield make
    for server, thread, wallet in servers:
        wallet.close()
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.mark.parametrize("served", [12, 0, 10**9, 10**400, "6x", 6.5, None])
def test_withdraw_refuses_decimals_the_server_changed(scripted: Any, served: Any) -> None:
    wallet, credentials, script = scripted([{"token": "USDC", "decimals": served}])
    with pytest.raises(OrderlyError) as refused:  # the generated model refuses some shapes first
        wallet.withdraw(credentials, "USDC", "25")
    if isinstance(served, int) and served < 10**100:
        assert isinstance(refused.value, WalletError) and "are expected" in str(refused.value)
    assert script.posted() == []


def test_internal_transfer_refuses_decimals_the_server_changed(scripted: Any) -> None:
    wallet, credentials, script = scripted([{"token": "USDC", "decimals": 12}])
    with pytest.raises(WalletError, match="12 decimals where 6 are expected"):
        wallet.internal_transfer(credentials, RECEIVER, "USDC", "1")
    assert script.posted() == []


def test_the_pinned_decimals_are_signed_when_the_server_agrees(scripted: Any) -> None:
    wallet, credentials, script = scripted([{"token": "USDC", "decimals": 6.0}, {"token": "ETH", "decimals": 18}])
    assert wallet.withdraw(credentials, "USDC", "25") == 11
    assert wallet.token_decimals("ETH") == 18
    assert script.posted() == ["/v1/withdraw_request"]
    assert COLLATERAL_DECIMALS["USDC"] == 6


def test_an_unknown_token_needs_its_decimals_stated(scripted: Any) -> None:
    wallet, credentials, script = scripted([{"token": "DOGE", "decimals": 8}])
    with pytest.raises(WalletConfigError, match="token_decimals"):
        wallet.withdraw(credentials, "DOGE", "1")
    assert "/v1/public/token" not in script.paths  # refused before asking the server

    stated, credentials, script = scripted([{"token": "DOGE", "decimals": 8}], token_decimals={"DOGE": 8})
    assert stated.withdraw(credentials, "DOGE", "1") == 11
    wrong, credentials, script = scripted([{"token": "DOGE", "decimals": 8}], token_decimals={"DOGE": 18})
    with pytest.raises(WalletError, match="8 decimals where 18 are expected"):
        wrong.withdraw(credentials, "DOGE", "1")
    assert script.posted() == []


@pytest.mark.parametrize("decimals", [-1, 78, 10**9, True, "6"])
def test_stated_decimals_out_of_range_are_refused(decimals: Any) -> None:
    with pytest.raises(WalletConfigError):
        Wallet(
            LocalSigner.generate(), broker_id=BROKER, chain_id=CHAIN, network="testnet", token_decimals={"X": decimals}
        )
    with pytest.raises(WalletConfigError):
        to_raw_units("1", decimals)


@pytest.mark.parametrize("amount", ["1e-999999", "1e999999", "1e-99999999999", "0." + "0" * 5000 + "1"])
def test_extreme_amounts_raise_typed_errors(amount: str) -> None:
    with pytest.raises(WalletConfigError):
        to_raw_units(amount, 6)


def test_long_exact_amounts_are_exact() -> None:
    assert to_raw_units("1" + "0" * 5000 + "e-5000", 6) == 10**6
    assert to_raw_units("1." + "0" * 5000, 77) == 10**77
