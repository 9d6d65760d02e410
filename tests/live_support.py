"""Helpers shared by the tests that run over loopback HTTP against the sandbox."""

from __future__ import annotations

import base64

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from orderly_auth import RateLimitConfig
from orderly_auth._base58 import b58decode
from orderly_sandbox import RecordedRequest

NO_LIMITS = RateLimitConfig(enabled=False)


def signature_is_valid(record: RecordedRequest) -> bool:
    """Check a recorded request's signature here, independently: public key, raw target, raw body."""
    headers = record.headers
    key = Ed25519PublicKey.from_public_bytes(b58decode(headers["orderly-key"].removeprefix("ed25519:")))
    message = (headers["orderly-timestamp"] + record.method + record.target).encode() + record.body
    try:
        key.verify(base64.urlsafe_b64decode(headers["orderly-signature"]), message)
    except InvalidSignature:
        return False
    return True
