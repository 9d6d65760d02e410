"""``TypedData``: one message ready to sign (EIP-712 JSON, its digest) and the request body once signed."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from eth_account.messages import encode_typed_data
from eth_utils.crypto import keccak

from ._domains import EIP712_DOMAIN_FIELDS
from ._errors import WalletConfigError
from ._types import MessageType
from ._values import address

__all__ = ["TypedData", "signature_hex"]

_SIGNATURE = re.compile(r"(?:0x)?[0-9a-fA-F]{130}")
#: The order of secp256k1's group: a signature's ``s`` is canonical in the lower half (EIP-2).
_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141


def signature_hex(signature: bytes | str) -> str:
    """A 65-byte ``r || s || v`` signature as 0x-hex, in canonical form; :class:`WalletConfigError` if not one.

    Signers differ in how they write the same signature: ``v`` as 0/1 or 27/28, ``s`` high or low.
    Contracts (OpenZeppelin's ECDSA) accept only ``v`` 27/28 and a low ``s``, so both are normalised.
    """
    if isinstance(signature, bytes | bytearray) and len(signature) == 65:
        raw = bytes(signature)
    elif isinstance(signature, str) and _SIGNATURE.fullmatch(signature):
        raw = bytes.fromhex(signature.removeprefix("0x"))
    else:
        raise WalletConfigError("a wallet signature must be 65 bytes (r, s, v), as bytes or hex")
    r, s, v = int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:64], "big"), raw[64]
    if v in (0, 1):
        v += 27
    if v not in (27, 28) or not 0 < r < _N or not 0 < s < _N:
        raise WalletConfigError("a wallet signature must have v 0, 1, 27 or 28 and r, s in secp256k1's range")
    if s > _N // 2:
        s, v = _N - s, 55 - v  # the same signature with the low s: the recovery id flips
    return "0x" + (r.to_bytes(32, "big") + s.to_bytes(32, "big") + bytes([v])).hex()


@dataclass(frozen=True, slots=True)
class TypedData:
    """An Orderly EIP-712 message: what a wallet signs, and the body that carries it.

    ``message`` holds the signed fields (JSON-safe: ints, text, 0x-hex for ``bytes32``);
    ``unsigned`` the fields the body's ``message`` adds that are not signed (``chainType``...).
    """

    kind: MessageType
    domain: Mapping[str, Any]
    message: Mapping[str, Any]
    unsigned: Mapping[str, Any] = field(default_factory=dict)

    @property
    def primary_type(self) -> str:
        """The EIP-712 primary type, e.g. ``Registration``."""
        return self.kind.name

    def eip712(self) -> dict[str, Any]:
        """The full typed data, as ``eth_signTypedData_v4`` and ``Account.sign_typed_data`` take it."""
        return {
            "types": {
                "EIP712Domain": [{"name": name, "type": kind} for name, kind in EIP712_DOMAIN_FIELDS],
                self.kind.name: [{"name": name, "type": kind} for name, kind in self.kind.fields],
            },
            "primaryType": self.kind.name,
            "domain": dict(self.domain),
            "message": {name: self.message[name] for name in self.kind.field_names},
        }

    def digest(self) -> bytes:
        """The 32 bytes a wallet signs: ``keccak256(0x19 0x01 || domainSeparator || hashStruct(message))``."""
        signable = encode_typed_data(full_message=self.eip712())
        return bytes(keccak(b"\x19" + signable.version + signable.header + signable.body))

    def body(self, signature: bytes | str, user_address: str) -> dict[str, Any]:
        """The JSON request body for :attr:`kind`'s endpoint, carrying ``signature`` by ``user_address``."""
        message: dict[str, Any] = {}
        for name in self.kind.field_names:
            value = self.message[name]
            message[name] = str(value) if name in self.kind.body_strings else value
        message.update(self.unsigned)
        body: dict[str, Any] = {
            "message": message,
            "signature": signature_hex(signature),
            "userAddress": address(user_address, "user_address"),
        }
        if self.kind.onchain_body:
            body["verifyingContract"] = self.domain["verifyingContract"]
        return body
