"""An Orderly key the caller keeps: registered once with the wallet, used again later from the environment."""

from __future__ import annotations

import asyncio
import logging
import pickle
from typing import Any

import pytest

from orderly_auth import Credentials, create_client, generate_key
from orderly_auth.wallet import AsyncWallet, LocalSigner, WalletConfigError
from orderly_client.api.private import get_v1_client_info, post_v1_order
from orderly_client.models import PostOrderBody
from orderly_sandbox import Sandbox
from tests.wallet.wallet_support import BROKER, CHAIN


def test_a_key_the_caller_supplies_is_registered_and_works_in_a_later_run(
    sandbox: Sandbox, new_wallet: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    wallet = new_wallet()
    wallet.register()
    pair = generate_key()
    credentials = wallet.add_orderly_key("read,trading", key=pair)
    assert credentials.orderly_key == pair.orderly_key
    sandbox.faucet(wallet.account_id, "100")

    # A later run: no wallet, only what was stored.
    stored = {"ORDERLY_ACCOUNT_ID": wallet.account_id, "ORDERLY_SECRET": pair.secret, "ORDERLY_KEY": pair.orderly_key}
    again = Credentials.from_env(stored)
    with create_client(again, base_url=sandbox.base_url) as client:
        assert get_v1_client_info.sync(client=client) is not None
        body = PostOrderBody(symbol="PERP_ETH_USDC", order_type="MARKET", side="BUY", order_quantity=0.01)
        assert post_v1_order.sync(client=client, body=body) is not None

    bare_secret = pair.secret.removeprefix("ed25519:")
    for shown in (repr(wallet), repr(credentials), repr(again), repr(pair), caplog.text):
        assert bare_secret not in shown
    with pytest.raises(TypeError):
        pickle.dumps(pair)


def test_a_delegate_key_the_caller_supplies(sandbox: Sandbox, new_wallet: Any) -> None:
    contract = "0x000000000000000000000000000000000000dEaD"
    wallet = new_wallet()
    wallet.register()
    wallet.register_delegate(contract, "0x" + "ab" * 32)
    pair = generate_key()
    credentials = wallet.add_delegate_orderly_key(contract, key=pair)
    assert credentials.orderly_key == pair.orderly_key
    assert credentials == Credentials(wallet.delegate_account_id(contract), pair.secret)


@pytest.mark.parametrize("wrong", ["secret", "orderly_key"])
def test_a_key_that_is_not_a_key_pair_is_refused_without_quoting_it(new_wallet: Any, wrong: str) -> None:
    pair = generate_key()
    wallet = new_wallet()
    with pytest.raises(WalletConfigError) as refused:
        wallet.add_orderly_key(key=getattr(pair, wrong))
    assert pair.secret.removeprefix("ed25519:") not in str(refused.value)


def test_the_async_wallet_takes_the_key_too(sandbox: Sandbox) -> None:
    async def main() -> str:
        settings: dict[str, Any] = {"broker_id": BROKER, "chain_id": CHAIN, "network": "testnet"}
        async with AsyncWallet(LocalSigner.generate(), base_url=sandbox.base_url, **settings) as wallet:
            await wallet.register()
            return (await wallet.add_orderly_key(key=pair)).orderly_key

    pair = generate_key()
    assert asyncio.run(main()) == pair.orderly_key
