"""Resilience fixtures: a sandbox without server-side limits, and a recorder of backoff waits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from orderly_sandbox import Sandbox
from tests.faulty_clients import Sleeps


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(enforce_rate_limits=False) as sb:
        yield sb


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()
