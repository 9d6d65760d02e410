"""Running the installed ``orderly`` command as a subprocess against a sandbox it serves itself."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import attrs

#: Generous failsafes only: every wait is on an event or a line, never a fixed sleep.
TIMEOUT = 180.0


def orderly_command() -> str:
    """The installed console script (the venv's ``orderly``), failing loudly if the cli extra is not installed."""
    scripts = Path(sysconfig.get_path("scripts"))
    for candidate in (scripts / "orderly", Path(sys.executable).parent / "orderly"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("orderly")
    if found is None:
        raise RuntimeError("the `orderly` command is not installed: pip install -e '.[cli]'")
    return found


@attrs.frozen
class ServedSandbox:
    """A sandbox served by ``orderly sandbox`` in a child process: its URLs and its test account's environment."""

    process: subprocess.Popen[str]
    base_url: str
    ws_public_url: str
    ws_private_url: str
    account_env: Mapping[str, str]

    def env(self, config_dir: Path, *, account: bool = True, **extra: str) -> dict[str, str]:
        """An environment for the command: this sandbox, a private profile folder, the test account unless not."""
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith("ORDERLY_") and key not in ("COLUMNS", "LINES")
        }
        env.update(
            ORDERLY_CONFIG=str(config_dir / "config.toml"),
            ORDERLY_SECRET_STORE="file",
            ORDERLY_BASE_URL=self.base_url,
            ORDERLY_WS_PUBLIC_URL=self.ws_public_url,
            ORDERLY_WS_PRIVATE_URL=self.ws_private_url,
        )
        if account:
            env.update(self.account_env)
        env.update(extra)
        return env


@contextmanager
def served_sandbox(*extra: str) -> Iterator[ServedSandbox]:
    """``orderly sandbox --port 0`` in a child process until the block ends (then SIGTERM, waited for)."""
    process = subprocess.Popen(
        [orderly_command(), "sandbox", "--port", "0", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines: list[str] = []
        while len(lines) < 11:
            line = process.stdout.readline()
            if not line:
                raise RuntimeError(f"orderly sandbox ended early: {process.stderr.read() if process.stderr else ''}")
            lines.append(line)
        text = "".join(lines)
        env = dict(re.findall(r"^export (ORDERLY_\w+)=(\S+)$", text, re.MULTILINE))
        public = re.search(r"public stream:\s+(ws://\S+)/\{id\}", text)
        private = re.search(r"private stream:\s+(ws://\S+)/0x", text)
        assert public is not None and private is not None, text
        yield ServedSandbox(
            process,
            env.pop("ORDERLY_BASE_URL"),
            public.group(1),
            private.group(1),
            env,
        )
    finally:
        process.terminate()
        process.wait(timeout=TIMEOUT)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def run(
    env: Mapping[str, str], *args: str, stdin: str | None = None, timeout: float = TIMEOUT
) -> subprocess.CompletedProcess[str]:
    """Run ``orderly *args`` to its end, output captured (stdin closed unless given: no prompt can hang)."""
    return subprocess.run(
        [orderly_command(), *args],
        env=dict(env),
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def run_json(env: Mapping[str, str], *args: str) -> Any:
    """``orderly --json *args``, which must succeed; its JSON document."""
    done = run(env, "--json", *args)
    assert done.returncode == 0, (done.returncode, done.stdout, done.stderr)
    return json.loads(done.stdout)
