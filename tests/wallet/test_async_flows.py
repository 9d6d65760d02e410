"""``AsyncWallet`` runs the same flows (one core) over the async client: onboarding, funds, refusals."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import pytest

from orderly_auth import AuthenticationError, DuplicateError
from orderly_auth.wallet import AsyncWallet, LocalSigner, VaultPayload, account_id
from orderly_sandbox import Sandbox
from tests.wallet.wallet_support import BROKER, CHAIN, held


def test_async_onboarding_and_funds(sandbox: Sandbox) -> None:
    async def main() -> None:
        signer = LocalSigner.generate()
        settings: dict[str, Any] = {"broker_id": BROKER, "chain_id": CHAIN, "network": "testnet"}
        settings["base_url"] = sandbox.base_url
        async with AsyncWallet(signer, **settings) as wallet, AsyncWallet(LocalSigner.generate(), **settings) as other:
            assert await wallet.registered_account_id() is None
            assert await wallet.register() == account_id(signer.address, BROKER)
            assert await wallet.registered_account_id() == wallet.account_id
            with pytest.raises(DuplicateError):
                await wallet.register()
            credentials = await wallet.add_orderly_key("read,trading")
            await other.register()
            sandbox.faucet(wallet.account_id, "300")
            sandbox.add_pnl(wallet.account_id, "1.5")
            assert await wallet.token_decimals("USDC") == 6
            await wallet.settle_pnl(credentials)
            await wallet.withdraw(credentials, "USDC", Decimal("100.5"))
            await wallet.internal_transfer(credentials, other.account_id, "USDC", Decimal("1"))
            await wallet.vault_request(VaultPayload.SP_DEPOSIT, "0x" + "02" * 32, "USDC", Decimal("50"))
            read_only = await wallet.add_orderly_key("read")
            with pytest.raises(AuthenticationError):
                await wallet.settle_pnl(read_only)
            contract = "0x000000000000000000000000000000000000bEEF"
            contract_account = await other.register_delegate(contract, "0x" + "cd" * 32)
            delegate_key = await other.add_delegate_orderly_key(contract)
            sandbox.faucet(contract_account, "10")
            await other.delegate_settle_pnl(delegate_key, contract)
            await other.delegate_withdraw(delegate_key, contract, "USDC", "4")
        assert held(sandbox, wallet.account_id) == {"USDC": Decimal("150")}
        assert held(sandbox, other.account_id) == {"USDC": Decimal("1")}
        assert held(sandbox, contract_account) == {"USDC": Decimal("6")}

    asyncio.run(main())
