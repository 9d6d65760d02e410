"""Fixtures for every folder that has none of its own (see README.md): a sandbox per module, which verifies every
signature, and a signed client of its account over real loopback HTTP. Folders needing a fresh sandbox override.

And the order: tests marked ``long`` (seconds of servers, subprocesses or builds) run first, so that with
``-n 4 --dist loadgroup`` (the Makefile's default) the workers take them on while the many short tests are still
queued, and end together."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from orderly_client.client import AuthenticatedClient
    from orderly_sandbox import Sandbox


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The ``long`` tests first, each group in its collected order (a module's tests stay together)."""
    items.sort(key=lambda item: item.get_closest_marker("long") is None)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    """One sandbox per module, without server-side rate limits (tests that need them start their own)."""
    # Imported here: `make bench` runs tests/transport in a venv without the sandbox distribution.
    from orderly_sandbox import Sandbox

    with Sandbox(enforce_rate_limits=False) as sb:
        yield sb


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[AuthenticatedClient]:
    """A signed client for the sandbox's account, rate limits off so that tests are fast."""
    from orderly_auth import create_client
    from tests.live_support import NO_LIMITS

    with create_client(sandbox.credentials, base_url=sandbox.base_url, rate_limit=NO_LIMITS) as c:
        yield c
