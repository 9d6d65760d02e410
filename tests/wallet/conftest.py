"""Fixtures for the wallet tests: a sandbox, fresh wallets on it, and an onboarded account."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from orderly_auth.wallet import LocalSigner, Wallet
from orderly_sandbox import Sandbox
from tests.wallet.wallet_support import BROKER, CHAIN, Onboarded


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
