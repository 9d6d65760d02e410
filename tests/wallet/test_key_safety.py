"""The wallet key stays in the process: never signed into a message, quoted in an error, pickled or truncated."""

from __future__ import annotations

import copy
import pickle
import threading
import traceback
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import pytest
from eth_keys.datatypes import PrivateKey
from eth_utils.crypto import keccak

from orderly_auth.wallet import (
    LocalSigner,
    VaultPayload,
    Wallet,
    WalletConfigError,
    recover_signer,
    withdraw,
)
from orderly_auth.wallet._typed_data import signature_hex
from orderly_sandbox import Sandbox
from tests.wallet.wallet_support import BROKER, CHAIN, Onboarded, held

CONTRACT = "0x000000000000000000000000000000000000dEaD"
N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141


def _refused_without_the_key(key: str, call: Any) -> WalletConfigError:
    with pytest.raises(WalletConfigError) as refused:
        call()
    text = str(refused.value) + "".join(traceback.format_exception(refused.value))
    bare = key.removeprefix("0x").lower()
    assert bare not in text.lower()
    return refused.value


# --- finding 3: a key passed by mistake is neither signed nor quoted ----------------------------


def test_transfer_to_the_wallets_own_key_is_never_signed(onboarded: Onboarded, sandbox: Sandbox) -> None:
    wallet, key = onboarded.wallet, onboarded.wallet.signer.private_key  # type: ignore[attr-defined]
    refused = _refused_without_the_key(key, lambda: wallet.internal_transfer(onboarded.credentials, key, "USDC", "1"))
    assert "private key" in str(refused)
    assert held(sandbox, onboarded.account_id) == {"USDC": Decimal(1000)}


def test_delegate_registration_with_the_key_as_tx_hash_is_never_signed(onboarded: Onboarded) -> None:
    wallet, key = onboarded.wallet, onboarded.wallet.signer.private_key  # type: ignore[attr-defined]
    _refused_without_the_key(key, lambda: wallet.register_delegate(CONTRACT, key))
    _refused_without_the_key(key, lambda: wallet.register_delegate(CONTRACT, bytes.fromhex(key[2:])))


def test_vault_request_with_the_key_as_vault_id_is_never_signed(onboarded: Onboarded) -> None:
    wallet, key = onboarded.wallet, onboarded.wallet.signer.private_key  # type: ignore[attr-defined]
    _refused_without_the_key(key, lambda: wallet.vault_request(VaultPayload.LP_DEPOSIT, key, "USDC", "1"))


def test_refusals_do_not_quote_a_key_shaped_value(onboarded: Onboarded, new_wallet: Any) -> None:
    signer = LocalSigner.generate()
    key = signer.private_key
    wallet = onboarded.wallet
    _refused_without_the_key(key, lambda: wallet.withdraw(onboarded.credentials, "USDC", "1", receiver=key))
    _refused_without_the_key(key, lambda: new_wallet(signer, broker_id=key[2:]))
    _refused_without_the_key(key, lambda: new_wallet(signer, broker_id=key))
    _refused_without_the_key(key, lambda: wallet.withdraw(onboarded.credentials, key[2:], "1"))
    _refused_without_the_key(key, lambda: wallet.withdraw(onboarded.credentials, "USDC", key))
    _refused_without_the_key(key, lambda: wallet.add_orderly_key(key))
    _refused_without_the_key(key, lambda: new_wallet(signer, network=key))


# --- finding 4: the local signer, signatures, networks and threads ------------------------------


def test_local_signer_cannot_be_pickled_or_copied() -> None:
    signer = LocalSigner.generate()
    for export in (pickle.dumps, copy.copy, copy.deepcopy, lambda s: s.__getstate__()):
        with pytest.raises(TypeError, match="private key"):
            export(signer)


@pytest.mark.parametrize("length", [62, 63, 65, 66])
def test_local_signer_refuses_a_key_of_the_wrong_length(length: int) -> None:
    key = LocalSigner.generate().private_key[2:]
    text = (key + "ab")[:length]
    _refused_without_the_key(text if len(text) <= 64 else key, lambda: LocalSigner(text))
    _refused_without_the_key(key, lambda: LocalSigner("0x" + text))
    with pytest.raises(WalletConfigError):
        LocalSigner(bytes.fromhex(key)[:31])
    assert LocalSigner(" 0x" + key + "\n").private_key == "0x" + key


def test_repr_of_a_half_built_signer() -> None:
    half = LocalSigner.__new__(LocalSigner)
    assert repr(half) == "LocalSigner(address=None)"


@pytest.mark.parametrize(("chain_id", "network"), [(421614, "mainnet"), (11155111, "mainnet"), (42161, "testnet")])
def test_a_wallet_whose_network_contradicts_its_chain_is_refused(chain_id: int, network: str) -> None:
    with pytest.raises(WalletConfigError, match="chain"):
        Wallet(LocalSigner.generate(), broker_id=BROKER, chain_id=chain_id, network=network)
    with pytest.raises(WalletConfigError, match="chain"):
        withdraw(
            broker_id=BROKER,
            chain_id=chain_id,
            receiver=CONTRACT,
            token="USDC",
            amount="1",
            decimals=6,
            withdraw_nonce=1,
            network=network,
        )


class OddSigner:
    """A signer that writes its (valid) signatures with v 0/1 and a high s, as some KMS and hardware wallets do."""

    def __init__(self) -> None:
        self._key = PrivateKey(keccak(b"orderly-client odd signer"))
        self.sent: list[str] = []

    @property
    def address(self) -> str:
        return str(self._key.public_key.to_checksum_address())

    def sign_typed_data(self, typed_data: Mapping[str, Any]) -> str:
        from eth_account.messages import encode_typed_data

        signable = encode_typed_data(full_message=dict(typed_data))
        signature = self._key.sign_msg_hash(keccak(b"\x19" + signable.version + signable.header + signable.body))
        r: int = signature.r
        s: int = N - signature.s  # the high-s twin, still valid for ecrecover with the flipped v
        v: int = 1 - signature.v
        odd = "0x" + (r.to_bytes(32, "big") + s.to_bytes(32, "big") + bytes([v])).hex()
        self.sent.append(odd)
        return odd


def test_signatures_are_normalised_to_v_27_28_and_low_s(sandbox: Sandbox, new_wallet: Any) -> None:
    signer = OddSigner()
    wallet = new_wallet(signer)
    assert wallet.register() == wallet.account_id  # the sandbox, like the contracts, wants the canonical form
    (odd,) = signer.sent
    canonical = signature_hex(odd)
    assert int(canonical[66:130], 16) <= N // 2 and int(canonical[130:], 16) in (27, 28)
    assert canonical != odd


def test_a_signature_of_another_wallet_is_not_sent(new_wallet: Any) -> None:
    class Impostor:
        address = LocalSigner.generate().address
        _other = LocalSigner.generate()

        def sign_typed_data(self, typed_data: Mapping[str, Any]) -> bytes:
            return self._other.sign_typed_data(typed_data)

    with pytest.raises(Exception, match="does not recover"):
        new_wallet(Impostor()).register()


def test_one_wallet_shared_by_threads_builds_one_client_per_key(onboarded: Onboarded, sandbox: Sandbox) -> None:
    wallet = onboarded.wallet
    wallet.close()
    barrier = threading.Barrier(16)
    seen: list[object] = []
    lock = threading.Lock()

    def run() -> None:
        barrier.wait(timeout=60)
        client = wallet._client_for(onboarded.credentials)
        with lock:
            seen.append(client)

    threads = [threading.Thread(target=run) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(seen) == 16 and len({id(client) for client in seen}) == 1
    assert wallet.settle_pnl(onboarded.credentials) >= 0


def test_recover_signer_accepts_the_normalised_form() -> None:
    signer = OddSigner()
    typed = withdraw(
        broker_id=BROKER,
        chain_id=CHAIN,
        receiver=signer.address,
        token="USDC",
        amount="1",
        decimals=6,
        withdraw_nonce=1,
        network="testnet",
    )
    odd = signer.sign_typed_data(typed.eip712())
    assert recover_signer(typed.eip712(), signature_hex(odd)) == signer.address
