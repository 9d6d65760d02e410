"""The private connection's ``auth`` event: ed25519 over the timestamp string, fresh for every connection."""

from __future__ import annotations

from typing import Any

from .._keys import Credentials


def auth_signature(credentials: Credentials, timestamp_ms: int) -> str:
    """Unpadded URL-safe base64 of the signature of ``str(timestamp_ms)`` (the docs' base64url)."""
    # Credentials.sign gives padded URL-safe base64; the docs' form drops the padding.
    return credentials.sign(str(timestamp_ms).encode("ascii")).rstrip("=")


def auth_event(credentials: Credentials, timestamp_ms: int, request_id: str) -> dict[str, Any]:
    """The ``auth`` message to send first on a private connection (the timestamp a JSON integer)."""
    return {
        "id": request_id,
        "event": "auth",
        "params": {
            "orderly_key": credentials.orderly_key,
            "sign": auth_signature(credentials, timestamp_ms),
            "timestamp": timestamp_ms,
        },
    }
