"""Checks and normal forms for the values that go into a signed message: addresses, hashes, ids, scopes."""

from __future__ import annotations

import re
import time
from collections.abc import Iterable

from eth_utils.address import to_checksum_address

from ._errors import WalletConfigError

__all__ = [
    "MAX_KEY_VALIDITY_MS",
    "SCOPES",
    "address",
    "broker_id",
    "bytes32_hex",
    "now_ms",
    "scope_text",
    "shown",
    "token_symbol",
    "uint",
]

_ADDRESS = re.compile(r"0x[0-9a-fA-F]{40}")
_BYTES32 = re.compile(r"0x[0-9a-fA-F]{64}")
_BROKER = re.compile(r"[a-z0-9_\-]{1,64}")
_TOKEN = re.compile(r"[A-Za-z0-9]{1,32}")
#: The shape of a secp256k1 private key (32 bytes as hex, 0x or not): never quoted in a message.
_KEY_SHAPE = re.compile(r"[0-9a-fA-F]{64}")
#: Orderly key scopes, in the order they are written.
SCOPES = ("read", "trading", "asset")
#: An Orderly key is valid for at most 365 days.
MAX_KEY_VALIDITY_MS = 365 * 24 * 60 * 60 * 1000


def now_ms() -> int:
    """This machine's clock in milliseconds since the epoch."""
    return int(time.time() * 1000)


def shown(value: object) -> str:
    """What an error message may say about a value: its repr, unless it may hold a private key.

    A wallet key has the shape of an account id, tx hash or vault id (0x + 64 hex digits), so a key
    passed by mistake in one of their places must not be repeated in the error that refuses it.
    """
    if isinstance(value, bytes | bytearray | memoryview) and len(value) >= 32:
        return f"{len(value)} bytes (not shown: they may be a private key)"
    if isinstance(value, str) and _KEY_SHAPE.search(value):
        return f"a {len(value)}-character value (not shown: it has the shape of a private key)"
    return repr(value)


def token_symbol(value: object) -> str:
    """A token symbol such as ``USDC``: 1 to 32 letters and digits."""
    if not isinstance(value, str) or not _TOKEN.fullmatch(value):
        raise WalletConfigError(f"token must be a token symbol such as 'USDC', got {shown(value)}")
    return value


def address(value: object, name: str = "address") -> str:
    """An EVM address in checksum form; :class:`WalletConfigError` unless ``0x`` + 40 hex digits."""
    if not isinstance(value, str) or not _ADDRESS.fullmatch(value):
        raise WalletConfigError(f"{name} must be 0x followed by 40 hex digits, got {shown(value)}")
    return str(to_checksum_address(value))


def bytes32_hex(value: object, name: str) -> str:
    """A 32-byte value as lower-case 0x-hex (bytes or text accepted)."""
    if isinstance(value, bytes | bytearray) and len(value) == 32:
        return "0x" + bytes(value).hex()
    if isinstance(value, str) and _BYTES32.fullmatch(value):
        return value.lower()
    raise WalletConfigError(f"{name} must be 32 bytes (0x followed by 64 hex digits), got {shown(value)}")


def uint(value: object, name: str, bits: int = 256) -> int:
    """A non-negative whole number that fits ``uint<bits>``; ints and decimal strings accepted."""
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**bits:
        raise WalletConfigError(f"{name} must be a whole number from 0 to 2**{bits}-1, got {shown(value)}")
    return value


def broker_id(value: object) -> str:
    """A broker id as Orderly writes them (lower case letters, digits, ``_`` and ``-``)."""
    if not isinstance(value, str) or not _BROKER.fullmatch(value) or _KEY_SHAPE.search(value):
        raise WalletConfigError(f"broker_id must be lower-case letters, digits, '_' or '-', got {shown(value)}")
    return value


def scope_text(scopes: str | Iterable[str]) -> str:
    """Scopes as the comma-separated text that is signed, e.g. ``read,trading``; unknown ones refused."""
    items = [part.strip() for part in scopes.split(",")] if isinstance(scopes, str) else list(scopes)
    unknown = [item for item in items if item not in SCOPES]
    if not items or unknown:
        raise WalletConfigError(f"scope must be some of {', '.join(SCOPES)}, got {shown(scopes)}")
    return ",".join(scope for scope in SCOPES if scope in items)
