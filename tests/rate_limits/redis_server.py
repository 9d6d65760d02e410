"""A real Redis (or Valkey) server for the tests: its own free loopback port, its own temporary directory.

The binary is ``$ORDERLY_TEST_REDIS_SERVER``, else ``valkey-server`` or ``redis-server`` on PATH (``.ci/run``
installs Debian's ``redis-server``). Missing, the tests skip with the reason, and fail under ``CI=true``.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
import redis

__all__ = ["RedisServer", "server_binary"]

_BINARIES = ("valkey-server", "redis-server")


def server_binary() -> str:
    """The server binary to run, or the test fails (CI) or skips (elsewhere) saying how to get one."""
    given = os.environ.get("ORDERLY_TEST_REDIS_SERVER")
    found = given or next((path for name in _BINARIES if (path := shutil.which(name))), None)
    if found is None or not os.access(found, os.X_OK):
        why = (
            f"no Redis-protocol server for the shared rate-limit tests: {given or ' or '.join(_BINARIES)} not found; "
            "install Debian's redis-server (.ci/run does: apt-get install -y redis-server) "
            "or set ORDERLY_TEST_REDIS_SERVER to a redis-server/valkey-server binary"
        )
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(why)
        pytest.skip(why)
    return found


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class RedisServer:
    """One server process; :meth:`stop` and :meth:`start` again keep its port (a restart loses its data)."""

    def __init__(self, directory: Path) -> None:
        self.binary = server_binary()
        self.directory = directory
        self.port = _free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        """Start it (no persistence: a restart forgets everything) and wait until it answers PING."""
        for _ in range(3):  # the free port may be taken between probing and binding: another one then
            log = (self.directory / "server.log").open("ab")
            options = ["--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
            options += ["--dir", str(self.directory), "--daemonize", "no", "--protected-mode", "no"]
            self.process = subprocess.Popen(
                [self.binary, *options],
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.directory,
            )
            log.close()
            if self._wait_ready():
                return
            self.stop()
            self.port = _free_port()
        raise RuntimeError(f"{self.binary} did not start; see {self.directory / 'server.log'}")

    def _wait_ready(self) -> bool:
        client = redis.Redis(port=self.port, socket_timeout=1.0, socket_connect_timeout=1.0)
        try:
            deadline = time.monotonic() + 30.0  # a failsafe on a loaded machine, not a timing assertion
            while time.monotonic() < deadline:
                if self.process is None or self.process.poll() is not None:
                    return False
                try:
                    if client.ping():
                        return True
                except redis.RedisError:
                    time.sleep(0.02)
            return False
        finally:
            client.close()

    def stop(self) -> None:
        """Stop it at once (SIGKILL: nothing saved) and wait for it to exit."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()
