"""Fixtures for the bot layer: a sandbox without server-side rate limits, and a client on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from orderly_auth import OrderlyClient
from orderly_sandbox import Sandbox
from tests.bot.bot_support import client_for


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(enforce_rate_limits=False) as sb:
        yield sb


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[OrderlyClient]:
    c = client_for(sandbox)
    yield c
    c.close()
