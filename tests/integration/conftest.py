"""Integration fixtures: the SDK over real loopback HTTP against the sandbox, which verifies every signature."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from orderly_auth import RateLimitConfig, create_client
from orderly_auth._base58 import b58decode
from orderly_auth.sandbox import RecordedRequest, Sandbox
from orderly_client.client import AuthenticatedClient

NO_LIMITS = RateLimitConfig(enabled=False)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    """One sandbox per module, without server-side rate limits (tests that need them start their own)."""
    with Sandbox(enforce_rate_limits=False) as sb:
        yield sb


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[AuthenticatedClient]:
    """A signed client for the sandbox's account, rate limits off so that tests are fast."""
    with create_client(sandbox.credentials, base_url=sandbox.base_url, rate_limit=NO_LIMITS) as c:
        yield c


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
