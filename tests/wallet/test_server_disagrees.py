"""Answers that disagree with what was signed are refused: a scripted server naming another account or key."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest

from orderly_auth.wallet import AccountMismatchError, LocalSigner, Wallet, WalletError
from tests.wallet.wallet_support import BROKER, CHAIN

OTHER_ACCOUNT = "0x" + "0a" * 32
CHAIN_ROW = {
    "name": "Arbitrum Sepolia",
    "public_rpc_url": "http://127.0.0.1/",
    "chain_id": str(CHAIN),
    "currency_symbol": "ETH",
    "explorer_base_url": "http://127.0.0.1/",
    "vault_address": "0x" + "00" * 20,
}


class Scripted(BaseHTTPRequestHandler):
    """Answers every flow's reads correctly, and its writes with another account id or key."""

    answers: ClassVar[dict[str, Any]] = {
        "/v1/public/broker/name": {"rows": [{"broker_id": BROKER, "broker_name": "WOOFi Pro"}]},
        "/v1/public/chain_info": {"rows": [CHAIN_ROW]},
        "/v1/registration_nonce": {"registration_nonce": "123456"},
        "/v1/register_account": {"account_id": OTHER_ACCOUNT},
        "/v1/orderly_key": {"id": 1, "orderly_key": "ed25519:8tm7ZzFRQ6yW5ZUaSEfEPCs2JPUymcUCyBz3Ej9LnmUz"},
        "/v1/get_account": {"user_id": 1, "account_id": OTHER_ACCOUNT},
    }

    def _answer(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        self.rfile.read(length)
        data = self.answers[self.path.partition("?")[0]]
        body = json.dumps({"success": True, "data": data, "timestamp": 1}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def log_message(self, format: str, *args: Any) -> None:
        return


@pytest.fixture
def lying_wallet() -> Iterator[Wallet]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Scripted)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base_url = f"http://127.0.0.1:{server.server_port}"
    with Wallet(LocalSigner.generate(), broker_id=BROKER, chain_id=CHAIN, network="testnet", base_url=base_url) as w:
        yield w
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def test_registration_answering_another_account_id(lying_wallet: Wallet) -> None:
    with pytest.raises(AccountMismatchError, match=OTHER_ACCOUNT):
        lying_wallet.register()


def test_get_account_answering_another_account_id(lying_wallet: Wallet) -> None:
    with pytest.raises(AccountMismatchError):
        lying_wallet.registered_account_id()


def test_key_registration_answering_another_key(lying_wallet: Wallet) -> None:
    with pytest.raises(WalletError, match="different key"):
        lying_wallet.add_orderly_key()
