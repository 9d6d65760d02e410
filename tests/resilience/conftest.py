"""Resilience fixtures: a sandbox without server-side limits, and a recorder of backoff waits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from faulty_clients import Sleeps

from orderly_sandbox import Sandbox


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(enforce_rate_limits=False) as sb:
        yield sb


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()
