"""Wallet signatures as Orderly checks them: rebuild the signed EIP-712 message from the body, recover the signer.

The message types and domains come from :mod:`orderly_auth.wallet` (one table for the SDK and the
sandbox); the checks are the server's: every signed field present and of its Solidity type, the
domain's chain the message's chain, the body's ``verifyingContract`` the domain's, and the address
recovered from the signature the body's ``userAddress``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from orderly_auth.wallet._domains import domain, verifying_contract
from orderly_auth.wallet._signer import recover_signer
from orderly_auth.wallet._typed_data import TypedData
from orderly_auth.wallet._types import MessageType

from ._errors import INVALID_PARAMETER, ApiError

_ADDRESS = re.compile(r"0x[0-9a-fA-F]{40}")
_BYTES32 = re.compile(r"0x[0-9a-fA-F]{64}")
_SIGNATURE = re.compile(r"0x[0-9a-fA-F]{130}")
_DIGITS = re.compile(r"\d{1,78}")


@dataclass(frozen=True, slots=True)
class SignedMessage:
    """A verified wallet message: its signed fields (typed), the signer, and the chain it was signed on."""

    kind: MessageType
    fields: Mapping[str, Any]
    signer: str
    chain_id: int
    body_message: Mapping[str, Any]

    def __getitem__(self, name: str) -> Any:
        return self.fields[name]


def _value(name: str, solidity: str, raw: object) -> Any:
    if solidity.startswith("uint"):
        bits = int(solidity[4:])
        text = str(raw) if isinstance(raw, int | str) and not isinstance(raw, bool) else ""
        if not _DIGITS.fullmatch(text) or int(text) >= 2**bits:
            raise ApiError(INVALID_PARAMETER, f"message.{name} must be a {solidity}, got {raw!r}")
        return int(text)
    if solidity == "address":
        if not isinstance(raw, str) or not _ADDRESS.fullmatch(raw):
            raise ApiError(INVALID_PARAMETER, f"message.{name} must be an address, got {raw!r}")
        return raw
    if solidity == "bytes32":
        if not isinstance(raw, str) or not _BYTES32.fullmatch(raw):
            raise ApiError(INVALID_PARAMETER, f"message.{name} must be 0x + 64 hex digits, got {raw!r}")
        return raw.lower()
    if not isinstance(raw, str):
        raise ApiError(INVALID_PARAMETER, f"message.{name} must be a string, got {raw!r}")
    return raw


def verify_wallet_signature(kind: MessageType, body: Mapping[str, Any], network: str) -> SignedMessage:
    """The checked message of ``body`` for ``kind``; :class:`ApiError` (-1005) when it does not verify."""
    message = body.get("message")
    if not isinstance(message, Mapping):
        raise ApiError(INVALID_PARAMETER, "message must be an object")
    fields: dict[str, Any] = {}
    for name, solidity in kind.fields:
        if name not in message:
            raise ApiError(INVALID_PARAMETER, f"message.{name} is missing: {kind.name} signs it")
        fields[name] = _value(name, solidity, message[name])
    chain_id = fields["chainId"] if "chainId" in fields else _value("chainId", "uint256", message.get("chainId"))
    contract = verifying_contract(kind.domain, network)
    if kind.onchain_body and str(body.get("verifyingContract", "")).lower() != contract.lower():
        raise ApiError(
            INVALID_PARAMETER,
            f"verifyingContract must be {contract} for {kind.name} on {network}, got {body.get('verifyingContract')!r}",
        )
    signature, user_address = body.get("signature"), body.get("userAddress")
    if not isinstance(signature, str) or not _SIGNATURE.fullmatch(signature):
        raise ApiError(INVALID_PARAMETER, "signature must be 0x + 130 hex digits (r, s, v)")
    if not isinstance(user_address, str) or not _ADDRESS.fullmatch(user_address):
        raise ApiError(INVALID_PARAMETER, "userAddress must be an address")
    typed = TypedData(kind, domain(kind.domain, chain_id, network), fields)
    try:
        signer = recover_signer(typed.eip712(), signature)
    except (ValueError, TypeError) as exc:
        raise ApiError(INVALID_PARAMETER, f"signature cannot be recovered: {exc}") from None
    if signer.lower() != user_address.lower():
        raise ApiError(
            INVALID_PARAMETER,
            f"signature does not match userAddress: {kind.name} in the {kind.domain.value} domain of chain "
            f"{chain_id} recovers {signer}",
        )
    return SignedMessage(kind, fields, signer, chain_id, message)
