"""The other flows over HTTP against the sandbox: transfers, delegate signers, Strategy Vault, any signer."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import pytest
from eth_account.messages import encode_typed_data
from eth_keys.datatypes import PrivateKey
from eth_utils.crypto import keccak

from orderly_auth import Credentials, create_client, generate_key
from orderly_auth.wallet import LocalSigner, TypedDataSigner, VaultPayload, account_id
from orderly_client.api.private import post_v1_order
from orderly_client.models import PostOrderBody
from orderly_sandbox import Sandbox
from tests.wallet.wallet_support import BROKER, Onboarded, held

CONTRACT = "0x000000000000000000000000000000000000dEaD"
TX_HASH = "0x" + "ab" * 32
VAULT = "0x" + "01" * 32


class DigestSigner:
    """Stands in for a KMS or hardware wallet: it only signs 32-byte digests, with its own secp256k1 code."""

    def __init__(self) -> None:
        self._key = PrivateKey(keccak(b"orderly-client test digest signer"))
        self.seen: list[str] = []

    @property
    def address(self) -> str:
        return str(self._key.public_key.to_checksum_address())

    def sign_typed_data(self, typed_data: Mapping[str, Any]) -> str:
        self.seen.append(str(typed_data["primaryType"]))
        signable = encode_typed_data(full_message=dict(typed_data))
        digest = keccak(b"\x19" + signable.version + signable.header + signable.body)
        signature = self._key.sign_msg_hash(digest)
        r: int = signature.r
        s: int = signature.s
        v: int = signature.v
        return "0x" + (r.to_bytes(32, "big") + s.to_bytes(32, "big") + bytes([v + 27])).hex()


def test_any_signer_plugs_in(sandbox: Sandbox, new_wallet: Any) -> None:
    signer = DigestSigner()
    assert isinstance(signer, TypedDataSigner)
    wallet = new_wallet(signer)
    assert wallet.register() == account_id(signer.address, BROKER)
    credentials = wallet.add_orderly_key(["trading", "read"])
    sandbox.faucet(wallet.account_id, "100")
    with create_client(credentials, base_url=sandbox.base_url) as client:
        body = PostOrderBody(symbol="PERP_ETH_USDC", order_type="MARKET", side="SELL", order_quantity=0.01)
        assert post_v1_order.sync(client=client, body=body) is not None
    assert signer.seen == ["Registration", "AddOrderlyKey"]


def test_internal_transfer_moves_balances(sandbox: Sandbox, onboarded: Onboarded, new_wallet: Any) -> None:
    other = new_wallet()
    other.register()
    wallet, credentials = onboarded.wallet, onboarded.credentials
    first = wallet.internal_transfer(credentials, other.account_id, "USDC", Decimal("250.000001"))
    second = wallet.internal_transfer(credentials, other.account_id, "USDC", "0.5")
    assert first is not None and second is not None and second > first
    assert held(sandbox, onboarded.account_id) == {"USDC": Decimal("749.499999")}
    assert held(sandbox, other.account_id) == {"USDC": Decimal("250.500001")}


def test_withdraw_to_another_receiver_and_other_tokens(sandbox: Sandbox, onboarded: Onboarded) -> None:
    sandbox.faucet(onboarded.account_id, "1.000000000000000001", token="ETH")
    onboarded.wallet.withdraw(onboarded.credentials, "ETH", Decimal("0.000000000000000001"))
    assert held(sandbox, onboarded.account_id)["ETH"] == Decimal(1)


def test_settle_pnl_with_nothing_to_settle(sandbox: Sandbox, onboarded: Onboarded) -> None:
    first = onboarded.wallet.settle_pnl(onboarded.credentials)
    assert onboarded.wallet.settle_pnl(onboarded.credentials) > first  # a fresh nonce each time
    assert held(sandbox, onboarded.account_id) == {"USDC": Decimal(1000)}


def test_delegate_signer_flows(sandbox: Sandbox, new_wallet: Any) -> None:
    wallet = new_wallet()
    contract_account = wallet.register_delegate(CONTRACT, TX_HASH)
    assert contract_account == account_id(CONTRACT, BROKER) == wallet.delegate_account_id(CONTRACT)
    credentials = wallet.add_delegate_orderly_key(CONTRACT, "read,trading", valid_for_days=7)
    assert credentials.account_id == contract_account
    sandbox.faucet(contract_account, "100")
    sandbox.add_pnl(contract_account, "5")
    assert wallet.delegate_settle_pnl(credentials, CONTRACT) > 0
    assert wallet.delegate_withdraw(credentials, CONTRACT, "USDC", Decimal("35")) > 0
    assert held(sandbox, contract_account) == {"USDC": Decimal(70)}


def test_strategy_vault_deposit_debits_the_account(sandbox: Sandbox, onboarded: Onboarded) -> None:
    onboarded.wallet.vault_request(VaultPayload.LP_DEPOSIT, VAULT, "USDC", Decimal("100"))
    onboarded.wallet.vault_request(VaultPayload.LP_WITHDRAW, VAULT, "USDC", Decimal("40"))
    assert held(sandbox, onboarded.account_id) == {"USDC": Decimal(900)}


def test_checks_before_signing(sandbox: Sandbox, new_wallet: Any, onboarded: Onboarded) -> None:
    from orderly_auth.wallet import AmountPrecisionError, WalletConfigError

    with pytest.raises(WalletConfigError, match="not a broker"):
        new_wallet(broker_id="nobody").register()
    with pytest.raises(WalletConfigError, match="not supported"):
        new_wallet(chain_id=999).register()
    with pytest.raises(WalletConfigError, match="state its decimals"):
        onboarded.wallet.withdraw(onboarded.credentials, "DOGE", "1")
    stated = new_wallet(token_decimals={"DOGE": 8})
    with pytest.raises(WalletConfigError, match="not listed"):
        stated.withdraw(Credentials(stated.account_id, generate_key().secret), "DOGE", "1")
    with pytest.raises(AmountPrecisionError):
        onboarded.wallet.withdraw(onboarded.credentials, "USDC", Decimal("1.0000001"))
    other = new_wallet()
    other.register()
    with pytest.raises(WalletConfigError, match="Orderly key of account"):
        other.withdraw(onboarded.credentials, "USDC", "1")
    with pytest.raises(WalletConfigError):
        onboarded.wallet.add_orderly_key("read", valid_for_days=366)
    with pytest.raises(WalletConfigError):
        new_wallet(network="devnet")
    posted = [r.operation for r in sandbox.requests if (r.operation or "").startswith("POST")]
    assert "POST /v1/withdraw_request" not in posted
    assert held(sandbox, onboarded.account_id) == {"USDC": Decimal(1000)}


def test_local_signer_round_trip() -> None:
    signer = LocalSigner.generate()
    assert LocalSigner(signer.private_key).address == signer.address
