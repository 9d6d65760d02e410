"""Fixtures of the transport tests: a fresh scripted server per test (plain and TLS), clients of both kinds."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.transport.scripted_server import ScriptedServer, TLSFiles, tls_files
from tests.transport.transport_drivers import Driver, make_driver


@pytest.fixture(scope="session")
def tls(tmp_path_factory: pytest.TempPathFactory) -> TLSFiles:
    folder: Path = tmp_path_factory.mktemp("tls")
    return tls_files(folder)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    scripted = ScriptedServer()
    yield scripted
    scripted.stop()


@pytest.fixture
def tls_server(tls: TLSFiles) -> Iterator[ScriptedServer]:
    scripted = ScriptedServer(tls.server)
    yield scripted
    scripted.stop()


@pytest.fixture(params=["sync", "async", "sync-default", "default"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def clients(mode: str) -> Iterator[Callable[..., Driver]]:
    """Makes clients of the test's kind (``mode``) on a lean transport: ``clients(limits=..., verify=...)``."""
    made: list[Driver] = []

    def make(**kwargs: Any) -> Driver:
        driver = make_driver(mode, **kwargs)
        made.append(driver)
        return driver

    yield make
    for driver in made:
        driver.close()


@pytest.fixture
def client(clients: Callable[..., Driver]) -> Driver:
    return clients()


@pytest.fixture(params=["http", "https"])
def scheme(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def target(scheme: str, server: ScriptedServer, tls_server: ScriptedServer) -> ScriptedServer:
    """The scripted server of the test's ``scheme``."""
    return tls_server if scheme == "https" else server


@pytest.fixture
def target_clients(scheme: str, tls: TLSFiles, clients: Callable[..., Driver]) -> Callable[..., Driver]:
    """Makes clients for ``target``: over TLS they trust its self-signed certificate."""

    def make(**kwargs: Any) -> Driver:
        return clients(verify=tls.client, **kwargs) if scheme == "https" else clients(**kwargs)

    return make
