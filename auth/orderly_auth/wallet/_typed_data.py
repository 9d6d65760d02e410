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


def signature_hex(signature: bytes | str) -> str:
    """A 65-byte ``r || s || v`` signature as 0x-hex; :class:`WalletConfigError` when it is not one."""
    if isinstance(signature, bytes | bytearray) and len(signature) == 65:
        return "0x" + bytes(signature).hex()
    if isinstance(signature, str) and _SIGNATURE.fullmatch(signature):
        return "0x" + signature.removeprefix("0x").lower()
    raise WalletConfigError("a wallet signature must be 65 bytes (r, s, v), as bytes or hex")


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
