"""The sandbox is its own distribution, orderly-sandbox, in lockstep with orderly-client; the old names warn."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
import tomllib
import warnings
from pathlib import Path

import pytest

import orderly_auth
import orderly_auth.stream
import orderly_sandbox

ROOT = Path(__file__).resolve().parents[2]


def _version() -> str:
    match = re.search(r'__version__ = "([^"]+)"', (ROOT / "auth/orderly_auth/_version.py").read_text())
    assert match is not None
    return match.group(1)


def test_released_in_lockstep_at_the_sdk_version() -> None:
    version = _version()
    sandbox = tomllib.loads((ROOT / "auth/sandbox/pyproject.toml").read_text())["project"]
    sdk = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert sandbox["version"] == version
    assert f"orderly-client=={version}" in sandbox["dependencies"]
    assert sdk["optional-dependencies"]["sandbox"] == [f"orderly-sandbox=={version}"]
    assert sandbox["license"] == sdk["license"]
    assert (ROOT / "auth/sandbox/LICENSE").read_text() == (ROOT / "LICENSE").read_text()


def test_the_sdk_package_does_not_carry_the_sandbox() -> None:
    package = Path(orderly_auth.__file__).parent
    shim = sorted(p.name for p in (package / "sandbox").iterdir() if p.suffix == ".py")
    assert shim == ["__init__.py", "__main__.py"]
    assert Path(orderly_sandbox.__file__).parent == ROOT / "auth/sandbox/orderly_sandbox"


def test_the_stream_package_does_not_refer_to_the_sandbox() -> None:
    stream = Path(orderly_auth.stream.__file__).parent
    for path in stream.glob("*.py"):
        text = path.read_text()
        assert "import Sandbox" not in text and ".sandbox" not in text and "orderly_sandbox" not in text, path


def test_the_sandbox_signs_nothing_with_the_sdk() -> None:
    """Its signature and message checks are its own: a server reusing the client's signing could not catch it."""
    for path in Path(orderly_sandbox.__file__).parent.glob("*.py"):
        text = path.read_text()
        assert "orderly_auth._signing" not in text and "OrderlyAuth" not in text, path


def test_the_old_import_still_works_for_one_release_with_a_warning() -> None:
    sys.modules.pop("orderly_auth.sandbox", None)
    with pytest.warns(DeprecationWarning, match="import orderly_sandbox"):
        old = importlib.import_module("orderly_auth.sandbox")
    assert old.Sandbox is orderly_sandbox.Sandbox
    assert set(old.__all__) == set(orderly_sandbox.__all__)


def test_from_sandbox_is_deprecated_and_gives_the_sandbox_stream() -> None:
    with orderly_sandbox.Sandbox() as sandbox:
        with pytest.warns(DeprecationWarning, match=r"sandbox\.async_stream\(\)"):
            stream = orderly_auth.stream.AsyncStream.from_sandbox(sandbox)
        assert stream.endpoints.public == sandbox.async_stream().endpoints.public
        with pytest.warns(DeprecationWarning, match=r"sandbox\.stream\(\)"):
            sync = orderly_auth.stream.Stream.from_sandbox(sandbox)
        sync.close()


def test_import_orderly_auth_does_not_load_the_sandbox() -> None:
    code = "import sys, orderly_auth, orderly_auth.stream; print('orderly_sandbox' in sys.modules)"
    with warnings.catch_warnings():
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
