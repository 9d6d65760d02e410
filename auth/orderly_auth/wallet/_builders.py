"""Pure builders: the typed data of every Orderly wallet message, checked, without signing or sending.

Use them with any signer (a hardware wallet, a KMS): sign ``typed.eip712()``, then send
``typed.body(signature, address)`` with the generated function of ``typed.kind.endpoint``.
Amounts are Decimal token amounts; they are signed in raw units (``decimals`` of the token).
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Any

from ._amounts import to_raw_units
from ._domains import domain
from ._errors import WalletConfigError
from ._typed_data import TypedData
from ._types import (
    ADD_ORDERLY_KEY,
    DELEGATE_ADD_ORDERLY_KEY,
    DELEGATE_SETTLE_PNL,
    DELEGATE_SIGNER,
    DELEGATE_WITHDRAW,
    DEX_REQUEST,
    INTERNAL_TRANSFER,
    REGISTRATION,
    SETTLE_PNL,
    WITHDRAW,
    MessageType,
)
from ._values import MAX_KEY_VALIDITY_MS, address, bytes32_hex, now_ms, scope_text, shown, token_symbol, uint
from ._values import broker_id as check_broker

__all__ = [
    "VaultPayload",
    "add_orderly_key",
    "delegate_add_orderly_key",
    "delegate_settle_pnl",
    "delegate_signer",
    "delegate_withdraw",
    "dex_request",
    "internal_transfer",
    "registration",
    "settle_pnl",
    "withdraw",
]

_EVM = {"chainType": "EVM"}
_NO_NETWORK = "mainnet"  # the off-chain domain's contract is the same on every network


class VaultPayload(enum.IntEnum):
    """``payloadType`` of a Strategy Vault ``DexRequest``."""

    LP_DEPOSIT = 0
    LP_WITHDRAW = 1
    SP_DEPOSIT = 2
    SP_WITHDRAW = 3


def _typed(
    kind: MessageType, chain_id: int, network: str, message: dict[str, Any], unsigned: dict[str, Any] | None = None
) -> TypedData:
    return TypedData(kind, domain(kind.domain, chain_id, network), message, unsigned if unsigned is not None else {})


def _timestamp(timestamp: int | None) -> int:
    return uint(now_ms() if timestamp is None else timestamp, "timestamp", 64)


def _chain(chain_id: object) -> int:
    value = uint(chain_id, "chain_id")
    if value == 0:
        raise WalletConfigError("chain_id must be the EVM chain the wallet signs on (e.g. 42161), not 0")
    return value


_token = token_symbol


def _orderly_key(orderly_key: object) -> str:
    if not isinstance(orderly_key, str) or not orderly_key.startswith("ed25519:") or len(orderly_key) < 40:
        raise WalletConfigError("orderly_key must be the public key as 'ed25519:' + base58")
    return orderly_key


def _key_fields(
    *, broker: str, chain_id: int, orderly_key: str, scope: Any, expiration: int, timestamp: int | None
) -> dict[str, Any]:
    signed_at = _timestamp(timestamp)
    expires = uint(expiration, "expiration", 64)
    if expires <= signed_at:
        raise WalletConfigError("expiration must be after the timestamp (both in milliseconds since the epoch)")
    if expires - signed_at > MAX_KEY_VALIDITY_MS:
        raise WalletConfigError("an Orderly key is valid for at most 365 days: expiration is too far out")
    return {
        "brokerId": check_broker(broker),
        "chainId": _chain(chain_id),
        "orderlyKey": _orderly_key(orderly_key),
        "scope": scope_text(scope),
        "timestamp": signed_at,
        "expiration": expires,
    }


def _withdraw_fields(
    *,
    broker: str,
    chain_id: int,
    receiver: str,
    token: str,
    amount: Decimal | int | str,
    decimals: int,
    withdraw_nonce: int,
    timestamp: int | None,
) -> dict[str, Any]:
    return {
        "brokerId": check_broker(broker),
        "chainId": _chain(chain_id),
        "receiver": address(receiver, "receiver"),
        "token": _token(token),
        "amount": to_raw_units(amount, decimals, token=token),
        "withdrawNonce": uint(withdraw_nonce, "withdraw_nonce", 64),
        "timestamp": _timestamp(timestamp),
    }


def _settle_fields(broker: str, chain_id: int, settle_nonce: int, timestamp: int | None) -> dict[str, Any]:
    return {
        "brokerId": check_broker(broker),
        "chainId": _chain(chain_id),
        "settleNonce": uint(settle_nonce, "settle_nonce", 64),
        "timestamp": _timestamp(timestamp),
    }


def registration(
    *, broker_id: str, chain_id: int, registration_nonce: int | str, timestamp: int | None = None
) -> TypedData:
    """``Registration`` (off-chain domain) for ``POST /v1/register_account``."""
    chain = _chain(chain_id)
    message = {
        "brokerId": check_broker(broker_id),
        "chainId": chain,
        "timestamp": _timestamp(timestamp),
        "registrationNonce": uint(registration_nonce, "registration_nonce"),
    }
    return _typed(REGISTRATION, chain, _NO_NETWORK, message, dict(_EVM))


def add_orderly_key(
    *,
    broker_id: str,
    chain_id: int,
    orderly_key: str,
    scope: str | list[str] | tuple[str, ...],
    expiration: int,
    timestamp: int | None = None,
    tag: str | None = None,
) -> TypedData:
    """``AddOrderlyKey`` (off-chain domain) for ``POST /v1/orderly_key``; ``expiration`` ms, at most 365 days on."""
    message = _key_fields(
        broker=broker_id,
        chain_id=chain_id,
        orderly_key=orderly_key,
        scope=scope,
        expiration=expiration,
        timestamp=timestamp,
    )
    unsigned: dict[str, Any] = dict(_EVM)
    if tag is not None:
        unsigned["tag"] = tag
    return _typed(ADD_ORDERLY_KEY, message["chainId"], _NO_NETWORK, message, unsigned)


def withdraw(
    *,
    broker_id: str,
    chain_id: int,
    receiver: str,
    token: str,
    amount: Decimal | int | str,
    decimals: int,
    withdraw_nonce: int,
    network: str,
    timestamp: int | None = None,
    allow_cross_chain_withdraw: bool = False,
) -> TypedData:
    """``Withdraw`` (on-chain domain) for ``POST /v1/withdraw_request``: ``amount`` tokens to ``receiver``."""
    message = _withdraw_fields(
        broker=broker_id,
        chain_id=chain_id,
        receiver=receiver,
        token=token,
        amount=amount,
        decimals=decimals,
        withdraw_nonce=withdraw_nonce,
        timestamp=timestamp,
    )
    unsigned = {**_EVM, "allowCrossChainWithdraw": bool(allow_cross_chain_withdraw)}
    return _typed(WITHDRAW, message["chainId"], network, message, unsigned)


def settle_pnl(
    *, broker_id: str, chain_id: int, settle_nonce: int, network: str, timestamp: int | None = None
) -> TypedData:
    """``SettlePnl`` (on-chain domain) for ``POST /v1/settle_pnl``."""
    message = _settle_fields(broker_id, chain_id, settle_nonce, timestamp)
    return _typed(SETTLE_PNL, message["chainId"], network, message, dict(_EVM))


def internal_transfer(
    *,
    chain_id: int,
    receiver: str,
    token: str,
    amount: Decimal | int | str,
    decimals: int,
    transfer_nonce: int,
    network: str,
) -> TypedData:
    """``InternalTransfer`` (on-chain domain) for ``POST /v2/internal_transfer``: to the account id ``receiver``.

    The message signs no chain id; the domain's ``chainId`` is the wallet's chain, and the body adds it
    (as text) with ``chainType``, neither of them signed.
    """
    chain = _chain(chain_id)
    message = {
        "receiver": bytes32_hex(receiver, "receiver (an account id)"),
        "token": _token(token),
        "amount": to_raw_units(amount, decimals, token=token),
        "transferNonce": uint(transfer_nonce, "transfer_nonce", 64),
    }
    return _typed(INTERNAL_TRANSFER, chain, network, message, {"chainId": str(chain), **_EVM})


def delegate_signer(
    *,
    delegate_contract: str,
    broker_id: str,
    chain_id: int,
    registration_nonce: int | str,
    tx_hash: str | bytes,
    timestamp: int | None = None,
) -> TypedData:
    """``DelegateSigner`` for ``POST /v1/delegate_signer``: links this wallet to ``delegate_contract``.

    ``tx_hash`` is the contract's on-chain delegation transaction. Domain: see ``DELEGATE_KEY_DOMAIN``.
    """
    chain = _chain(chain_id)
    message = {
        "delegateContract": address(delegate_contract, "delegate_contract"),
        "brokerId": check_broker(broker_id),
        "chainId": chain,
        "timestamp": _timestamp(timestamp),
        "registrationNonce": uint(registration_nonce, "registration_nonce"),
        "txHash": bytes32_hex(tx_hash, "tx_hash"),
    }
    return _typed(DELEGATE_SIGNER, chain, _NO_NETWORK, message)


def delegate_add_orderly_key(
    *,
    delegate_contract: str,
    broker_id: str,
    chain_id: int,
    orderly_key: str,
    scope: str | list[str] | tuple[str, ...],
    expiration: int,
    timestamp: int | None = None,
) -> TypedData:
    """``DelegateAddOrderlyKey`` for ``POST /v1/delegate_orderly_key``: a key for the contract's account."""
    message = {
        "delegateContract": address(delegate_contract, "delegate_contract"),
        **_key_fields(
            broker=broker_id,
            chain_id=chain_id,
            orderly_key=orderly_key,
            scope=scope,
            expiration=expiration,
            timestamp=timestamp,
        ),
    }
    return _typed(DELEGATE_ADD_ORDERLY_KEY, message["chainId"], _NO_NETWORK, message)


def delegate_withdraw(
    *,
    delegate_contract: str,
    broker_id: str,
    chain_id: int,
    receiver: str,
    token: str,
    amount: Decimal | int | str,
    decimals: int,
    withdraw_nonce: int,
    network: str,
    timestamp: int | None = None,
) -> TypedData:
    """``DelegateWithdraw`` (on-chain domain) for ``POST /v1/delegate_withdraw_request``."""
    message = {
        "delegateContract": address(delegate_contract, "delegate_contract"),
        **_withdraw_fields(
            broker=broker_id,
            chain_id=chain_id,
            receiver=receiver,
            token=token,
            amount=amount,
            decimals=decimals,
            withdraw_nonce=withdraw_nonce,
            timestamp=timestamp,
        ),
    }
    return _typed(DELEGATE_WITHDRAW, message["chainId"], network, message)


def delegate_settle_pnl(
    *,
    delegate_contract: str,
    broker_id: str,
    chain_id: int,
    settle_nonce: int,
    network: str,
    timestamp: int | None = None,
) -> TypedData:
    """``DelegateSettlePnl`` (on-chain domain) for ``POST /v1/delegate_settle_pnl``."""
    message = {
        "delegateContract": address(delegate_contract, "delegate_contract"),
        **_settle_fields(broker_id, chain_id, settle_nonce, timestamp),
    }
    return _typed(DELEGATE_SETTLE_PNL, message["chainId"], network, message)


def dex_request(
    *,
    payload_type: VaultPayload | int,
    nonce: int | str,
    receiver: str,
    amount: Decimal | int | str,
    decimals: int,
    vault_id: str | bytes,
    token: str,
    dex_broker_id: str,
    chain_id: int,
    network: str,
) -> TypedData:
    """Strategy Vault ``DexRequest`` (vault ledger domain) for ``POST /v1/sv_operation_request``."""
    try:
        payload = VaultPayload(payload_type)
    except ValueError:
        raise WalletConfigError(f"payload_type must be a VaultPayload (0-3), got {shown(payload_type)}") from None
    chain = _chain(chain_id)
    message = {
        "payloadType": int(payload),
        "nonce": uint(nonce, "nonce"),
        "receiver": address(receiver, "receiver"),
        "amount": to_raw_units(amount, decimals, token=token),
        "vaultId": bytes32_hex(vault_id, "vault_id"),
        "token": _token(token),
        "dexBrokerId": check_broker(dex_broker_id),
    }
    return _typed(DEX_REQUEST, chain, network, message, {"chainId": chain, **_EVM})
