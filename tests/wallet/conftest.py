"""Fixtures for the wallet tests: a sandbox, fresh wallets on it, and an onboarded account."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx
import pytest

from orderly_auth import Credentials, OrderlyAPIError
from orderly_auth.sandbox import Sandbox
from orderly_auth.wallet import LocalSigner, Wallet

BROKER = "woofi_pro"
CHAIN = 421614


@dataclass
class Onboarded:
    """A registered wallet with a key holding every scope."""

    wallet: Wallet
    credentials: Credentials

    @property
    def account_id(self) -> str:
        return self.wallet.account_id


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sb:
        yield sb


@pytest.fixture
def new_wallet(sandbox: Sandbox) -> Iterator[Any]:
    """A factory of fresh wallets on the sandbox (all closed at the end)."""
    made: list[Wallet] = []

    def make(signer: Any = None, **options: Any) -> Wallet:
        settings: dict[str, Any] = {"broker_id": BROKER, "chain_id": CHAIN, "network": "testnet"} | options
        wallet = Wallet(signer or LocalSigner.generate(), base_url=sandbox.base_url, **settings)
        made.append(wallet)
        return wallet

    yield make
    for wallet in made:
        wallet.close()


@pytest.fixture
def onboarded(new_wallet: Any, sandbox: Sandbox) -> Onboarded:
    wallet = new_wallet()
    wallet.register()
    credentials = wallet.add_orderly_key("read,trading,asset")
    sandbox.faucet(wallet.account_id, "1000")
    return Onboarded(wallet, credentials)


def post_raw(sandbox: Sandbox, path: str, body: Any) -> tuple[int, int | None, str]:
    """POST an unsigned JSON body as is; the HTTP status, Orderly code and message."""
    response = httpx.post(sandbox.base_url + path, json=body, timeout=10)
    payload = response.json()
    return response.status_code, payload.get("code"), payload.get("message", "")


def code_of(exc: pytest.ExceptionInfo[OrderlyAPIError]) -> int | None:
    return exc.value.code


def held(sandbox: Sandbox, account_id: str) -> dict[str, Decimal]:
    """The account's non-zero balances by token."""
    return {token: amount for token, amount in sandbox.balances.holdings(account_id).items() if amount}
