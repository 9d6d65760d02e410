"""Fixtures for the stream tests: a sandbox with its WebSocket server (market moving only when stepped), REST."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from orderly_auth import create_client
from orderly_client.client import AuthenticatedClient
from orderly_sandbox import Sandbox


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(seed=7, market_interval=None) as sb:
        yield sb


@pytest.fixture
def rest(sandbox: Sandbox) -> AuthenticatedClient:
    return create_client(sandbox.credentials, base_url=sandbox.base_url)
