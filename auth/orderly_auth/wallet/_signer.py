"""Signers: anything that signs EIP-712 typed data. A local private key is one; a hardware wallet or KMS is another."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, NoReturn, Protocol, runtime_checkable

from eth_account import Account
from eth_account.messages import encode_typed_data

from ._errors import WalletConfigError

__all__ = ["LocalSigner", "TypedDataSigner", "holds_key_of", "recover_signer"]

_PRIVATE_KEY = re.compile(r"(?:0x)?[0-9a-fA-F]{64}")
_KEY_RUN = re.compile(r"[0-9a-fA-F]{64}")
_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141


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
        # Exactly 32 bytes: a truncated paste (63 hex digits) would silently be another wallet.
        text = private_key.strip() if isinstance(private_key, str) else None
        if not (isinstance(private_key, bytes) and len(private_key) == 32) and not (
            text is not None and _PRIVATE_KEY.fullmatch(text)
        ):
            del private_key, text
            raise WalletConfigError("a private key must be 32 bytes: 64 hex digits (0x optional), or bytes")
        try:
            self._account = Account.from_key(text if text is not None else private_key)
        except (ValueError, TypeError) as exc:
            error = WalletConfigError(f"not a secp256k1 private key ({type(exc).__name__})")
        else:
            return
        del private_key, text
        raise error

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
        account = getattr(self, "_account", None)  # total: a half-built signer has no account yet
        return f"LocalSigner(address={account.address if account is not None else None!r})"

    def __reduce__(self) -> NoReturn:
        raise TypeError("LocalSigner cannot be pickled or copied: that would write the private key out")

    def __reduce_ex__(self, protocol: object) -> NoReturn:
        self.__reduce__()

    def __getstate__(self) -> NoReturn:
        raise TypeError("LocalSigner has no state to export: that would write the private key out")


def _key_candidates(value: object) -> Iterator[int]:
    """Every 32-byte number in ``value`` (text, bytes, or nested in mappings and lists) that could be a key."""
    if isinstance(value, str):
        for match in _KEY_RUN.finditer(value):
            yield int(match.group(), 16)
    elif isinstance(value, bytes | bytearray) and len(value) == 32:
        yield int.from_bytes(value, "big")
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _key_candidates(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _key_candidates(item)


def holds_key_of(value: object, wallet_address: str) -> bool:
    """Whether ``value`` holds the private key of ``wallet_address`` (as hex or 32 bytes, anywhere in it).

    Works for any signer: each 32-byte candidate is tried as a key and its address compared.
    """
    wanted = wallet_address.lower()
    return any(
        0 < number < _N and str(Account.from_key(number.to_bytes(32, "big")).address).lower() == wanted
        for number in _key_candidates(value)
    )


def recover_signer(typed_data: Mapping[str, Any], signature: bytes | str) -> str:
    """The address whose key made ``signature`` over ``typed_data`` (checksum form)."""
    raw = signature if isinstance(signature, bytes) else bytes.fromhex(signature.removeprefix("0x"))
    return str(Account.recover_message(encode_typed_data(full_message=dict(typed_data)), signature=raw))
