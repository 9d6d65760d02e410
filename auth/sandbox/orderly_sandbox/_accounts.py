"""Accounts and the Orderly keys registered to them, with each key's scopes: the server's key store."""

from __future__ import annotations

import re
import secrets
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from orderly_auth._base58 import b58decode, b58encode

KEY_PREFIX = "ed25519:"
SCOPES = frozenset({"read", "trading", "asset"})
ACCOUNT_ID = re.compile(r"0x[0-9a-fA-F]{64}")


def parse_orderly_key(orderly_key: str) -> bytes:
    """The 32-byte public key in ``ed25519:``+base58 text; ``ValueError`` when it is not that."""
    if not orderly_key.startswith(KEY_PREFIX):
        raise ValueError("must start with 'ed25519:'")
    raw = b58decode(orderly_key[len(KEY_PREFIX) :])
    if len(raw) != 32:
        raise ValueError(f"decodes to {len(raw)} bytes, not 32")
    return raw


@dataclass(frozen=True, slots=True)
class NewKey:
    """A key pair made by the sandbox: ``orderly_key`` is registered, ``secret`` goes to the test."""

    orderly_key: str
    secret: str

    def __repr__(self) -> str:
        return f"NewKey(orderly_key={self.orderly_key!r}, secret=<hidden>)"


def new_key() -> NewKey:
    """A fresh ed25519 key in Orderly's text forms."""
    private_key = Ed25519PrivateKey.generate()
    public = private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return NewKey(KEY_PREFIX + b58encode(public), KEY_PREFIX + b58encode(private_key.private_bytes_raw()))


@dataclass(frozen=True, slots=True)
class RegisteredKey:
    """A public key registered to an account, with its scopes and (if it has one) its expiry."""

    account_id: str
    orderly_key: str
    public_key: Ed25519PublicKey
    scopes: frozenset[str]
    expiration_ms: int | None = None

    def expired(self, now_ms: int) -> bool:
        """Whether the key's validity has ended at server time ``now_ms``."""
        return self.expiration_ms is not None and now_ms >= self.expiration_ms


class Accounts:
    """Thread-safe store of accounts (with a numeric user id each) and their keys."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._user_ids: dict[str, int] = {}
        self._keys: dict[tuple[str, bytes], RegisteredKey] = {}

    def create(self, account_id: str | None = None) -> str:
        """Add an account (a random id unless given) and return its id, lower-case."""
        account_id = (account_id or "0x" + secrets.token_hex(32)).lower()
        if not ACCOUNT_ID.fullmatch(account_id):
            raise ValueError(f"account id must be 0x followed by 64 hex digits, got {account_id!r}")
        with self._lock:
            self._user_ids.setdefault(account_id, 10_000 + len(self._user_ids))
        return account_id

    def register(
        self, account_id: str, orderly_key: str, scopes: Iterable[str], expiration_ms: int | None = None
    ) -> RegisteredKey:
        """Register ``orderly_key`` to ``account_id`` (created if new) with ``scopes``, until ``expiration_ms``."""
        wanted = frozenset(scopes)
        unknown = wanted - SCOPES
        if unknown:
            raise ValueError(f"unknown scope(s) {sorted(unknown)}; scopes are {sorted(SCOPES)}")
        account_id = self.create(account_id)
        raw = parse_orderly_key(orderly_key)
        public_key = Ed25519PublicKey.from_public_bytes(raw)
        key = RegisteredKey(account_id, orderly_key, public_key, wanted, expiration_ms)
        with self._lock:
            self._keys[(account_id, raw)] = key
        return key

    def remove(self, account_id: str, orderly_key: str) -> bool:
        """Revoke a key; True if it was registered."""
        with self._lock:
            return self._keys.pop((account_id.lower(), parse_orderly_key(orderly_key)), None) is not None

    def lookup(self, account_id: str, raw_key: bytes) -> RegisteredKey | None:
        """The key ``raw_key`` if it is registered to ``account_id``."""
        return self._keys.get((account_id.lower(), raw_key))

    def exists(self, account_id: str) -> bool:
        """Whether ``account_id`` is an account of this sandbox."""
        return account_id.lower() in self._user_ids

    def find_key(self, orderly_key: str) -> RegisteredKey | None:
        """The registration of public key ``orderly_key`` on any account."""
        raw = parse_orderly_key(orderly_key)
        with self._lock:
            return next((key for (_, key_raw), key in self._keys.items() if key_raw == raw), None)

    def keys_of(self, account_id: str) -> list[RegisteredKey]:
        """The keys registered to ``account_id``, in the order they were registered."""
        account = account_id.lower()
        with self._lock:
            return [key for (owner, _), key in self._keys.items() if owner == account]

    def user_id(self, account_id: str) -> int:
        """The numeric user id Orderly shows in orders (0 for an unknown account)."""
        return self._user_ids.get(account_id.lower(), 0)
