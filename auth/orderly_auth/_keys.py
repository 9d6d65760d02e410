"""Orderly credentials: an account id and an ed25519 key, parsed once and never shown."""

from __future__ import annotations

import base64
import os
import re
from typing import NamedTuple

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ._base58 import b58decode, b58encode
from ._errors import AccountIdError, KeyFormatError, KeyMismatchError, MissingCredentialsError

KEY_PREFIX = "ed25519:"
_ACCOUNT_ID = re.compile(r"0x[0-9a-fA-F]{64}")
_HEX_KEY = re.compile(r"(?:0x)?(?:[0-9a-fA-F]{64}|[0-9a-fA-F]{128})")

ENV_ACCOUNT_ID = "ORDERLY_ACCOUNT_ID"
ENV_SECRET = "ORDERLY_SECRET"  # noqa: S105 (a variable name, not a secret)
ENV_KEY = "ORDERLY_KEY"


def _public_bytes(private_key: Ed25519PrivateKey) -> bytes:
    return private_key.public_key().public_bytes_raw()


def format_key(public_key: bytes) -> str:
    """An Orderly key as the API writes it: ``ed25519:`` + base58 of the 32-byte public key."""
    return KEY_PREFIX + b58encode(public_key)


def _decode_secret(secret: str | bytes) -> bytes:
    """Raw bytes of a secret given as ``ed25519:``+base58, bare base58, hex or raw bytes."""
    if isinstance(secret, bytes | bytearray):
        return bytes(secret)
    if not isinstance(secret, str):
        raise KeyFormatError(f"secret must be str or bytes, not {type(secret).__name__}")
    text = secret.strip()
    if not text:
        raise KeyFormatError("secret is empty")
    if text.startswith(KEY_PREFIX):
        text = text[len(KEY_PREFIX) :]
    elif _HEX_KEY.fullmatch(text):
        return bytes.fromhex(text.removeprefix("0x"))
    try:
        return b58decode(text)
    except ValueError as exc:
        raise KeyFormatError(f"secret is neither base58 nor hex: {exc}") from None


def _parse_private_key(secret: str | bytes) -> Ed25519PrivateKey:
    raw = _decode_secret(secret)
    if len(raw) not in (32, 64):
        raise KeyFormatError(
            f"secret decodes to {len(raw)} bytes; expected a 32-byte ed25519 seed or a 64-byte seed + public key"
        )
    private_key = Ed25519PrivateKey.from_private_bytes(raw[:32])
    if len(raw) == 64 and raw[32:] != _public_bytes(private_key):
        raise KeyMismatchError("the last 32 bytes of the 64-byte secret are not the public key of its seed")
    return private_key


def validate_account_id(account_id: object) -> str:
    """Return ``account_id`` if it is ``0x`` + 64 hex digits, else raise :class:`AccountIdError`."""
    if not isinstance(account_id, str) or not _ACCOUNT_ID.fullmatch(account_id):
        shown = account_id if isinstance(account_id, str) and len(account_id) <= 80 else type(account_id).__name__
        raise AccountIdError(f"account id must be 0x followed by 64 hex digits, got {shown!r}")
    return account_id


class Credentials:
    """An Orderly account id with the ed25519 key that signs its requests.

    ``secret`` is the 32-byte private seed as ``ed25519:``+base58, bare base58 or hex (or a
    64-byte export, seed then public key). ``orderly_key``, when given, must match the secret.
    The secret is parsed once, kept only as a key object, and never appears in a repr.
    """

    __slots__ = ("_private_key", "account_id", "orderly_key")

    account_id: str
    orderly_key: str
    _private_key: Ed25519PrivateKey

    def __init__(self, account_id: str, secret: str | bytes, orderly_key: str | None = None) -> None:
        self.account_id = validate_account_id(account_id)
        self._private_key = _parse_private_key(secret)
        derived = format_key(_public_bytes(self._private_key))
        if orderly_key is not None:
            if not isinstance(orderly_key, str) or not orderly_key.startswith(KEY_PREFIX):
                raise KeyFormatError("orderly_key must be 'ed25519:' followed by the base58 public key")
            if orderly_key.strip() != derived:
                raise KeyMismatchError(
                    f"orderly_key {orderly_key} is not the public key of the secret (that is {derived})"
                )
        self.orderly_key = derived

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Credentials:
        """Read ``ORDERLY_ACCOUNT_ID``, ``ORDERLY_SECRET`` and the optional ``ORDERLY_KEY``."""
        env = os.environ if environ is None else environ
        missing = [name for name in (ENV_ACCOUNT_ID, ENV_SECRET) if not env.get(name)]
        if missing:
            raise MissingCredentialsError(f"environment variable(s) not set: {', '.join(missing)}")
        return cls(env[ENV_ACCOUNT_ID], env[ENV_SECRET], env.get(ENV_KEY) or None)

    def sign(self, message: bytes) -> str:
        """URL-safe base64 (padded) of the ed25519 signature of ``message``."""
        return base64.urlsafe_b64encode(self._private_key.sign(message)).decode("ascii")

    def __repr__(self) -> str:
        return f"Credentials(account_id={self.account_id!r}, orderly_key={self.orderly_key!r})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Credentials):
            return NotImplemented
        return (self.account_id, self.orderly_key) == (other.account_id, other.orderly_key)

    def __hash__(self) -> int:
        return hash((self.account_id, self.orderly_key))

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("Credentials cannot be pickled: that would write the secret out")


class KeyPair(NamedTuple):
    """A new ed25519 key in Orderly's formats: register ``orderly_key``, keep ``secret`` private."""

    orderly_key: str
    secret: str

    def __repr__(self) -> str:
        return f"KeyPair(orderly_key={self.orderly_key!r}, secret=<hidden>)"


def generate_key() -> KeyPair:
    """Create a new ed25519 key pair (``ed25519:``+base58 for both halves)."""
    private_key = Ed25519PrivateKey.generate()
    seed = private_key.private_bytes_raw()
    return KeyPair(format_key(_public_bytes(private_key)), KEY_PREFIX + b58encode(seed))
