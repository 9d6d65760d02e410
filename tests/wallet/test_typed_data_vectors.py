"""Typed-data hashes and signatures of every message type, against an encoder written here from EIP-712.

The expected values are computed without the SDK: the type strings are spelled out from ORDERLY.md,
fields are ABI-encoded with eth_abi and hashed with eth_hash, and the digest is signed with eth_keys
(RFC 6979, deterministic). The SDK's builders, ``TypedData.digest`` and ``LocalSigner`` must agree.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from eth_abi.abi import encode
from eth_hash.auto import keccak
from eth_keys.datatypes import PrivateKey

from orderly_auth.wallet import (
    LocalSigner,
    TypedData,
    VaultPayload,
    add_orderly_key,
    delegate_add_orderly_key,
    delegate_settle_pnl,
    delegate_signer,
    delegate_withdraw,
    dex_request,
    internal_transfer,
    recover_signer,
    registration,
    settle_pnl,
    withdraw,
)

PRIVATE_KEY = bytes.fromhex("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
ADDRESS = "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"  # of PRIVATE_KEY (eth-account's documented example)
OFF_CHAIN = "0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"
ON_CHAIN_TESTNET = "0x1826B75e2ef249173FC735149AE4B8e9ea10abff"
ON_CHAIN_MAINNET = "0x6F7a338F2aA472838dEFD3283eB360d4Dff5D203"
VAULT_TESTNET = "0x20AFe57C75D1C548A9Da265fBFC5416c43783589"
CONTRACT = "0x00000000000000000000000000000000DeaDBeef"
RECEIVER_ACCOUNT = "0x" + "5e" * 32
TX_HASH = "0x" + "7a" * 32
VAULT_ID = "0x" + "0c" * 32
KEY = "ed25519:8tm7ZzFRQ6yW5ZUaSEfEPCs2JPUymcUCyBz3Ej9LnmUz"
T = 1_700_000_000_000
EXPIRES = T + 30 * 86_400_000

DOMAIN_TYPE = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"


def _encode_value(solidity: str, value: Any) -> tuple[str, Any]:
    if solidity == "string":
        return "bytes32", keccak(value.encode())
    if solidity == "bytes32":
        return "bytes32", bytes.fromhex(value[2:])
    if solidity == "address":
        return "address", value
    return "uint256", int(value)  # every uintN is one 32-byte word


def _hash_struct(type_string: str, fields: list[tuple[str, Any]]) -> bytes:
    kinds, values = ["bytes32"], [keccak(type_string.encode())]
    for solidity, value in fields:
        kind, encoded = _encode_value(solidity, value)
        kinds.append(kind)
        values.append(encoded)
    return bytes(keccak(encode(kinds, values)))


def _digest(chain_id: int, contract: str, type_string: str, fields: list[tuple[str, Any]]) -> bytes:
    domain = [("string", "Orderly"), ("string", "1"), ("uint256", chain_id), ("address", contract)]
    separator = _hash_struct(DOMAIN_TYPE, domain)
    return bytes(keccak(b"\x19\x01" + separator + _hash_struct(type_string, fields)))


# Per message type: the SDK's builder, the domain it must use, the type string from ORDERLY.md and the
# signed values in order, with their Solidity types.
CASES: dict[str, tuple[Callable[[], TypedData], int, str, str, list[tuple[str, Any]]]] = {
    "Registration": (
        lambda: registration(broker_id="woofi_pro", chain_id=421614, registration_nonce="194528949540", timestamp=T),
        421614,
        OFF_CHAIN,
        "Registration(string brokerId,uint256 chainId,uint64 timestamp,uint256 registrationNonce)",
        [("string", "woofi_pro"), ("uint256", 421614), ("uint64", T), ("uint256", 194528949540)],
    ),
    "AddOrderlyKey": (
        lambda: add_orderly_key(
            broker_id="woofi_pro",
            chain_id=42161,
            orderly_key=KEY,
            scope="trading,read",
            expiration=EXPIRES,
            timestamp=T,
        ),
        42161,
        OFF_CHAIN,
        "AddOrderlyKey(string brokerId,uint256 chainId,string orderlyKey,string scope,uint64 timestamp,"
        "uint64 expiration)",
        [
            ("string", "woofi_pro"),
            ("uint256", 42161),
            ("string", KEY),
            ("string", "read,trading"),
            ("uint64", T),
            ("uint64", EXPIRES),
        ],
    ),
    "Withdraw": (
        lambda: withdraw(
            broker_id="woofi_pro",
            chain_id=421614,
            receiver=ADDRESS,
            token="USDC",
            amount=Decimal("123.456789"),
            decimals=6,
            withdraw_nonce=7,
            network="testnet",
            timestamp=T,
        ),
        421614,
        ON_CHAIN_TESTNET,
        "Withdraw(string brokerId,uint256 chainId,address receiver,string token,uint256 amount,"
        "uint64 withdrawNonce,uint64 timestamp)",
        [
            ("string", "woofi_pro"),
            ("uint256", 421614),
            ("address", ADDRESS),
            ("string", "USDC"),
            ("uint256", 123456789),
            ("uint64", 7),
            ("uint64", T),
        ],
    ),
    "SettlePnl": (
        lambda: settle_pnl(broker_id="orderly", chain_id=42161, settle_nonce=3, network="mainnet", timestamp=T),
        42161,
        ON_CHAIN_MAINNET,
        "SettlePnl(string brokerId,uint256 chainId,uint64 settleNonce,uint64 timestamp)",
        [("string", "orderly"), ("uint256", 42161), ("uint64", 3), ("uint64", T)],
    ),
    "InternalTransfer": (
        lambda: internal_transfer(
            chain_id=421614,
            receiver=RECEIVER_ACCOUNT,
            token="USDC",
            amount="10.5",
            decimals=6,
            transfer_nonce=11,
            network="testnet",
        ),
        421614,
        ON_CHAIN_TESTNET,
        "InternalTransfer(bytes32 receiver,string token,uint256 amount,uint64 transferNonce)",
        [("bytes32", RECEIVER_ACCOUNT), ("string", "USDC"), ("uint256", 10_500_000), ("uint64", 11)],
    ),
    "DelegateSigner": (
        lambda: delegate_signer(
            delegate_contract=CONTRACT,
            broker_id="woofi_pro",
            chain_id=421614,
            registration_nonce=555,
            tx_hash=TX_HASH,
            timestamp=T,
        ),
        421614,
        OFF_CHAIN,  # the documented example's domain (see DELEGATE_KEY_DOMAIN)
        "DelegateSigner(address delegateContract,string brokerId,uint256 chainId,uint64 timestamp,"
        "uint256 registrationNonce,bytes32 txHash)",
        [
            ("address", CONTRACT),
            ("string", "woofi_pro"),
            ("uint256", 421614),
            ("uint64", T),
            ("uint256", 555),
            ("bytes32", TX_HASH),
        ],
    ),
    "DelegateAddOrderlyKey": (
        lambda: delegate_add_orderly_key(
            delegate_contract=CONTRACT,
            broker_id="woofi_pro",
            chain_id=421614,
            orderly_key=KEY,
            scope=["read"],
            expiration=EXPIRES,
            timestamp=T,
        ),
        421614,
        OFF_CHAIN,
        "DelegateAddOrderlyKey(address delegateContract,string brokerId,uint256 chainId,string orderlyKey,"
        "string scope,uint64 timestamp,uint64 expiration)",
        [
            ("address", CONTRACT),
            ("string", "woofi_pro"),
            ("uint256", 421614),
            ("string", KEY),
            ("string", "read"),
            ("uint64", T),
            ("uint64", EXPIRES),
        ],
    ),
    "DelegateWithdraw": (
        lambda: delegate_withdraw(
            delegate_contract=CONTRACT,
            broker_id="woofi_pro",
            chain_id=421614,
            receiver=CONTRACT,
            token="ETH",
            amount=Decimal("0.000000000000000001"),
            decimals=18,
            withdraw_nonce=2**63,
            network="testnet",
            timestamp=T,
        ),
        421614,
        ON_CHAIN_TESTNET,
        "DelegateWithdraw(address delegateContract,string brokerId,uint256 chainId,address receiver,"
        "string token,uint256 amount,uint64 withdrawNonce,uint64 timestamp)",
        [
            ("address", CONTRACT),
            ("string", "woofi_pro"),
            ("uint256", 421614),
            ("address", CONTRACT),
            ("string", "ETH"),
            ("uint256", 1),
            ("uint64", 2**63),
            ("uint64", T),
        ],
    ),
    "DelegateSettlePnl": (
        lambda: delegate_settle_pnl(
            delegate_contract=CONTRACT,
            broker_id="woofi_pro",
            chain_id=421614,
            settle_nonce=9,
            network="testnet",
            timestamp=T,
        ),
        421614,
        ON_CHAIN_TESTNET,
        "DelegateSettlePnl(address delegateContract,string brokerId,uint256 chainId,uint64 settleNonce,"
        "uint64 timestamp)",
        [("address", CONTRACT), ("string", "woofi_pro"), ("uint256", 421614), ("uint64", 9), ("uint64", T)],
    ),
    "DexRequest": (
        lambda: dex_request(
            payload_type=VaultPayload.LP_WITHDRAW,
            nonce="14001212121234",
            receiver=ADDRESS,
            amount=Decimal("2500"),
            decimals=6,
            vault_id=VAULT_ID,
            token="USDC",
            dex_broker_id="woofi_pro",
            chain_id=421614,
            network="testnet",
        ),
        421614,
        VAULT_TESTNET,
        "DexRequest(uint8 payloadType,uint256 nonce,address receiver,uint256 amount,bytes32 vaultId,"
        "string token,string dexBrokerId)",
        [
            ("uint8", 1),
            ("uint256", 14001212121234),
            ("address", ADDRESS),
            ("uint256", 2_500_000_000),
            ("bytes32", VAULT_ID),
            ("string", "USDC"),
            ("string", "woofi_pro"),
        ],
    ),
}


def test_fixed_key_address() -> None:
    assert LocalSigner(PRIVATE_KEY).address == ADDRESS
    assert PrivateKey(PRIVATE_KEY).public_key.to_checksum_address() == ADDRESS


def test_every_message_type_has_a_vector() -> None:
    from orderly_auth.wallet import MESSAGE_TYPES

    assert sorted(kind.name for kind in MESSAGE_TYPES.values()) == sorted(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_type_string_and_domain(name: str) -> None:
    build, chain_id, contract, type_string, _ = CASES[name]
    typed = build()
    assert typed.primary_type == name
    assert typed.kind.encoded_type == type_string
    assert typed.domain == {"name": "Orderly", "version": "1", "chainId": chain_id, "verifyingContract": contract}


@pytest.mark.parametrize("name", sorted(CASES))
def test_digest_matches_independent_encoding(name: str) -> None:
    build, chain_id, contract, type_string, fields = CASES[name]
    assert build().digest() == _digest(chain_id, contract, type_string, fields)


@pytest.mark.parametrize("name", sorted(CASES))
def test_signature_matches_independent_signing(name: str) -> None:
    build, chain_id, contract, type_string, fields = CASES[name]
    typed = build()
    expected = PrivateKey(PRIVATE_KEY).sign_msg_hash(_digest(chain_id, contract, type_string, fields))
    r, s, v = expected.r.to_bytes(32, "big"), expected.s.to_bytes(32, "big"), bytes([expected.v + 27])
    signature = LocalSigner(PRIVATE_KEY).sign_typed_data(typed.eip712())
    assert signature == r + s + v
    assert recover_signer(typed.eip712(), signature) == ADDRESS


def test_domains_differ_so_a_signature_binds_its_contract() -> None:
    testnet = CASES["Withdraw"][0]()
    _, _, _, type_string, fields = CASES["Withdraw"]
    assert testnet.digest() != _digest(421614, ON_CHAIN_MAINNET, type_string, fields)
    assert testnet.digest() != _digest(42161, ON_CHAIN_TESTNET, type_string, fields)
