"""Signers: anything that signs EIP-712 typed data. A local private key is one; a hardware wallet or KMS is another."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

from eth_account import Account
from eth_account.messages import encode_typed_data

from ._errors import WalletConfigError

__all__ = ["LocalSigner", "TypedDataSigner", "recover_signer"]


@runtime_checkable
class TypedDataSigner(Protocol):
    """Signs EIP-712 typed data for one wallet address.

    ``sign_typed_data`` gets the full typed data (``types``, ``primaryType``, ``domain``, ``message``:
    what ``eth_signTypedData_v4`` takes, JSON-safe) and returns the 65-byte ``r || s || v`` signature,
    as bytes or 0x-hex.
    """

    @property
    def address(self) -> str:
        """The wallet's address, 0x-hex."""
        ...

    def sign_typed_data(self, typed_data: Mapping[str, Any]) -> bytes | str:
        """The wallet's signature of ``typed_data``."""
        ...


class LocalSigner:
    """A wallet whose private key is in this process (eth-account). The key never appears in a repr."""

    __slots__ = ("_account",)

    def __init__(self, private_key: str | bytes) -> None:
        try:
            self._account = Account.from_key(private_key)
        except (ValueError, TypeError) as exc:
            raise WalletConfigError(f"not a secp256k1 private key ({type(exc).__name__})") from None

    @classmethod
    def generate(cls) -> LocalSigner:
        """A fresh random wallet (for tests and new users: keep :attr:`private_key` safe)."""
        return cls(Account.create().key)

    @property
    def address(self) -> str:
        """The checksum address of this key."""
        return str(self._account.address)

    @property
    def private_key(self) -> str:
        """The private key as 0x-hex: the secret that controls the wallet's funds."""
        return "0x" + bytes(self._account.key).hex()

    def sign_typed_data(self, typed_data: Mapping[str, Any]) -> bytes:
        """Sign ``typed_data`` (full EIP-712 JSON) and return the 65-byte signature."""
        signed = Account.sign_typed_data(self._account.key, full_message=dict(typed_data))
        return bytes(signed.signature)

    def __repr__(self) -> str:
        return f"LocalSigner(address={self.address!r})"


def recover_signer(typed_data: Mapping[str, Any], signature: bytes | str) -> str:
    """The address whose key made ``signature`` over ``typed_data`` (checksum form)."""
    raw = signature if isinstance(signature, bytes) else bytes.fromhex(signature.removeprefix("0x"))
    return str(Account.recover_message(encode_typed_data(full_message=dict(typed_data)), signature=raw))
