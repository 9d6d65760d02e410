"""What importing one endpoint loads: its own models only, no asyncio, no sandbox, no YAML, no wallet layer.

The import-time budget itself is measured by bench/import_cost.py; this pins the structure that
keeps it (lazy ``models/__init__.py``, asyncio and the transports loaded on first use).
"""

from __future__ import annotations

import importlib
import json
import pathlib
import re
import subprocess
import sys

import pytest

CODE = """
import json, sys
import orderly_auth
import orderly_client.api.private.delete_v1_client_order
print(json.dumps(sorted(sys.modules)))
"""


def _loaded() -> list[str]:
    out = subprocess.run([sys.executable, "-c", CODE], check=True, capture_output=True, text=True).stdout
    modules: list[str] = json.loads(out)
    return modules


def test_one_endpoint_loads_only_its_models() -> None:
    models = [m for m in _loaded() if m.startswith("orderly_client.models.")]
    assert models == ["orderly_client.models.delete_order_response"]  # nested models load when parsing


def test_heavy_or_optional_modules_stay_unloaded() -> None:
    loaded = set(_loaded())
    heavy = ("asyncio", "yaml", "orderly_sandbox", "orderly_auth._http11", "orderly_client.api.public")
    # The extras load only when imported: streams (websockets) and wallet flows (eth-account); the shared
    # rate limits (redis) only when a client is configured with a backend.
    for name in (*heavy, "websockets", "orderly_auth.stream", "orderly_auth.wallet", "eth_account", "redis"):
        assert name not in loaded, name


CLIENT_OBJECT = """
import json, sys
from orderly_network import Orderly
client = Orderly(base_url="http://127.0.0.1:9")
client.orders
print(json.dumps(sorted(sys.modules)))
"""


def test_the_client_object_loads_the_resources_it_uses_only() -> None:
    out = subprocess.run([sys.executable, "-c", CLIENT_OBJECT], check=True, capture_output=True, text=True).stdout
    loaded: list[str] = json.loads(out)
    resources = [m for m in loaded if m.startswith("orderly_client.resources.")]
    assert resources == ["orderly_client.resources.orders"]
    # Its operations load on their first call: no endpoint module or model yet.
    assert not [m for m in loaded if m.startswith(("orderly_client.api.private.", "orderly_client.models."))]
    for name in ("orderly_sv_client.resources", "yaml", "orderly_auth.sandbox", "websockets", "eth_account"):
        assert name not in loaded, name


SYNC_CALL = """
import json, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

class Answer(BaseHTTPRequestHandler):
    def do_GET(self):
        body = b'{"success":true,"data":{"status":0,"msg":"ok"},"timestamp":1}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Answer)
threading.Thread(target=server.serve_forever, daemon=True).start()
from orderly_auth import RateLimitConfig, create_client
from orderly_client.api.public import get_v1_public_system_info
client = create_client(base_url=f"http://127.0.0.1:{server.server_port}", rate_limit=RateLimitConfig(enabled=False))
answer = get_v1_public_system_info.sync_detailed(client=client)
print(json.dumps([answer.status_code, sorted(sys.modules)]))
"""


def test_a_sync_call_on_the_default_layer_never_loads_asyncio() -> None:
    """Sync requests go through the blocking lean pool: asyncio and the async pool load at the first async call."""
    out = subprocess.run([sys.executable, "-c", SYNC_CALL], check=True, capture_output=True, text=True).stdout
    status, loaded = json.loads(out)
    assert status == 200
    assert "orderly_auth._http11" in loaded  # the request went through the lean pool
    assert "asyncio" not in loaded
    assert "orderly_auth._http11_async" not in loaded


NESTED = re.compile(r"^ +(\w+) = _models\.(\w+)$", re.M)
TYPED = re.compile(r"from \.\.models\.(\w+) import \(?\s*(\w+)")


@pytest.mark.parametrize("package", ["orderly_client", "orderly_sv_client"])
def test_nested_models_come_from_the_package_as_an_import_would_give_them(package: str) -> None:
    """A model takes the models it holds from its package (lazily, once) rather than by an import in each call: every
    such name is the class its module defines, the one the type checker sees in its TYPE_CHECKING import."""
    models = importlib.import_module(f"{package}.models")
    seen = 0
    for path in sorted(pathlib.Path(str(models.__file__)).parent.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        typed = {name: module for module, name in TYPED.findall(text)}
        for local, name in NESTED.findall(text):
            assert local == name and name in typed, (path.name, name)
            assert getattr(models, name) is getattr(importlib.import_module(f"{package}.models.{typed[name]}"), name)
            seen += 1
    assert seen > 0
