"""``python -m orderly_sandbox``: starts, prints its URL and a working key, stops on a signal.

``python -m orderly_auth.sandbox`` (deprecated for one release) does the same and says it is deprecated.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from typing import cast

import httpx2
import pytest

from orderly_auth._keys import Credentials


@pytest.mark.parametrize("module", ["orderly_sandbox", "orderly_auth.sandbox"])
def test_cli_serves_and_prints_a_working_key(module: str) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", module, "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None and process.stderr is not None  # both are PIPEs
        lines = [process.stdout.readline() for _ in range(11)]
        text = "".join(lines)
        url = cast("re.Match[str]", re.search(r"serving on (http://127\.0\.0\.1:\d+)", text)).group(1)
        env = dict(re.findall(r"^export (ORDERLY_\w+)=(\S+)$", text, re.MULTILINE))
        assert env["ORDERLY_BASE_URL"] == url
        credentials = Credentials.from_env(env)
        assert credentials.orderly_key == env["ORDERLY_KEY"]

        assert httpx2.get(f"{url}/v1/public/futures").json()["success"] is True
        request = httpx2.Request(
            "GET", f"{url}/v1/positions", headers={"Content-Type": "application/x-www-form-urlencoded"}
        )
        stamp = str(int(time.time() * 1000))
        request.headers.update(
            {
                "orderly-timestamp": stamp,
                "orderly-account-id": credentials.account_id,
                "orderly-key": credentials.orderly_key,
                "orderly-signature": credentials.sign(stamp.encode() + b"GET" + request.url.raw_path),
            }
        )
        with httpx2.Client() as client:
            assert client.send(request).status_code == 200

        public = cast("re.Match[str]", re.search(r"public stream:  (ws://127\.0\.0\.1:\d+/ws/stream)/\{id\}", text))
        private = cast(
            "re.Match[str]", re.search(r"private stream: (ws://127\.0\.0\.1:\d+/v2/ws/private/stream)/(\S+)", text)
        )
        assert private.group(2) == env["ORDERLY_ACCOUNT_ID"]
        from websockets.sync.client import connect  # the sandbox extra has it

        with connect(f"{public.group(1)}/cli", open_timeout=5) as stream:
            stream.send(json.dumps({"id": "1", "event": "subscribe", "topic": "markprices"}))
            assert json.loads(stream.recv(timeout=5))["success"] is True
            assert json.loads(stream.recv(timeout=10))["topic"] == "markprices"  # its market moves by itself
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert process.returncode == 0
    deprecated = "python -m orderly_auth.sandbox is deprecated: use python -m orderly_sandbox\n"
    deprecated = "" if module == "orderly_sandbox" else deprecated
    assert process.stderr.read() == deprecated
