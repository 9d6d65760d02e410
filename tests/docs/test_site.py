"""The documentation site builds with --strict and works in a real headless Chromium: home page, an API page, search.

The site is served over loopback HTTP (its search runs in a web worker, which file:// URLs do not
allow) and Chromium is driven through the DevTools protocol on a WebSocket: each check waits for a
condition in the page, with a generous failsafe, never for a fixed time.
"""

from __future__ import annotations

import functools
import http.server
import itertools
import json
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from websockets.sync.client import ClientConnection, connect

from tests.build_once_support import build_once

pytestmark = pytest.mark.long  # the site build and a headless Chromium: scheduled first

ROOT = Path(__file__).resolve().parents[2]
FAILSAFE = 90.0  # seconds: only a failsafe against a hang; every wait ends as soon as its condition holds


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    message = "no chromium on PATH: the docs site test needs Debian's chromium package (.ci/run installs it)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built once per run (``--strict``: a warning fails the build and every test here)."""

    def build(out: Path) -> None:
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "docs/mkdocs.yml")]
        result = subprocess.run(
            [*command, "--site-dir", str(out)], capture_output=True, text=True, env=env, check=False
        )
        assert result.returncode == 0, result.stderr[-4000:]

    return build_once(tmp_path_factory, "site", build)


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class Page:
    """One Chromium tab over the DevTools protocol: navigate, evaluate, wait for a condition."""

    def __init__(self, socket: ClientConnection) -> None:
        self._socket = socket
        self._ids = itertools.count(1)

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        number = next(self._ids)
        self._socket.send(json.dumps({"id": number, "method": method, "params": params}))
        while True:
            message = json.loads(self._socket.recv(timeout=FAILSAFE))
            if message.get("id") == number:
                assert "error" not in message, message
                result: dict[str, Any] = message["result"]
                return result

    def evaluate(self, expression: str) -> Any:
        answer = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in answer, answer
        return answer["result"].get("value")

    def wait_for(self, expression: str, *, then: str | None = None) -> Any:
        """Evaluate ``expression`` until it is truthy (running ``then`` between tries); its value."""
        deadline = time.monotonic() + FAILSAFE
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            assert time.monotonic() < deadline, f"still false after {FAILSAFE}s: {expression}"
            if then:
                self.evaluate(then)
            time.sleep(0.1)

    def open(self, url: str) -> None:
        self.call("Page.navigate", url=url)
        self.wait_for(f"document.readyState === 'complete' && location.href === {json.dumps(url)}")


@pytest.fixture(scope="module")
def page(base_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Page]:
    chromium = _chromium()
    profile = tmp_path_factory.mktemp("chromium-profile")
    process = subprocess.Popen(
        [
            chromium,
            "--headless",
            "--no-sandbox",  # the tests may run as root
            "--disable-gpu",
            "--no-first-run",
            "--disable-extensions",
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",
            f"--user-data-dir={profile}",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + FAILSAFE
        while not (port_file.exists() and port_file.read_text().count("\n") >= 1):
            assert process.poll() is None, f"chromium exited with {process.returncode}"
            assert time.monotonic() < deadline, "chromium did not open its DevTools port"
            time.sleep(0.1)
        port = int(port_file.read_text().splitlines()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=FAILSAFE) as answer:
            targets = json.load(answer)
        (target,) = [t for t in targets if t["type"] == "page"]
        with connect(target["webSocketDebuggerUrl"], max_size=None, open_timeout=FAILSAFE) as socket:
            tab = Page(socket)
            tab.call("Page.enable")
            tab.call("Runtime.enable")
            yield tab
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_home_page_shows_the_readme_opening_and_the_navigation(page: Page, base_url: str) -> None:
    page.open(base_url)
    assert page.wait_for("document.querySelector('article h1') && document.querySelector('article h1').textContent")
    assert "orderly-client" in page.evaluate("document.title")
    nav = page.evaluate("Array.from(document.querySelectorAll('.md-nav__link')).map(a => a.textContent.trim())")
    for section in ("Guides", "API reference", "Project", "Errors", "Real-time streams"):
        assert section in nav


def test_api_page_documents_the_client_from_its_docstrings(page: Page, base_url: str) -> None:
    page.open(base_url + "api/client/")
    heading = page.wait_for("(document.getElementById('orderly_auth.create_client') || {}).textContent")
    assert "create_client" in heading
    text = page.evaluate("document.querySelector('article').textContent")
    assert "Credentials" in text
    assert "OrderlyClient" in text


def test_search_finds_the_sandbox(page: Page, base_url: str) -> None:
    page.open(base_url)
    typing = (
        "(() => { const input = document.querySelector('input[data-md-component=search-query]');"
        " input.focus(); input.value = 'sandbox';"
        " input.dispatchEvent(new Event('focus')); input.dispatchEvent(new Event('input', {bubbles: true})); })()"
    )
    page.evaluate(typing)
    links = page.wait_for(
        "Array.from(document.querySelectorAll('.md-search-result__item a')).map(a => a.href)", then=typing
    )
    assert any("sandbox" in link for link in links), links
    page.open(links[0])
    assert "sandbox" in page.evaluate("document.querySelector('article').textContent").lower()
