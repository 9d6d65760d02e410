"""The distributions: orderly-client (wheel and sdist: the SDK's packages, not the sandbox) and orderly-sandbox
(its own wheel and sdist, with the bundled specs), built in one run, installed together in a fresh venv,
where the smoke test and `make demo`'s examples run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.build_once_support import build_once

pytestmark = pytest.mark.long  # wheels, sdists and a fresh venv: scheduled first

ROOT = Path(__file__).resolve().parents[2]

SMOKE = """
from orderly_auth import create_client, create_sv_client
from orderly_sandbox import Sandbox
from orderly_client.api.private import get_v1_orders
from orderly_sv_client.api.public import get_v1_public_strategy_vault_vault_info
with Sandbox() as sb:
    answer = get_v1_orders.sync(client=create_client(sb.credentials, base_url=sb.base_url))
    vaults = get_v1_public_strategy_vault_vault_info.sync(client=create_sv_client(base_url=sb.base_url))
    print("ok", answer.success, vaults.success)
"""


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Both distributions, built once per run (the tests only read them)."""

    def build(out: Path) -> None:
        subprocess.run(
            [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], check=True, capture_output=True
        )
        sandbox = [
            sys.executable,
            "-m",
            "build",
            "--sdist",
            "--wheel",
            "--outdir",
            str(out),
            str(ROOT / "auth/sandbox"),
        ]
        subprocess.run(sandbox, check=True, capture_output=True)

    yield build_once(tmp_path_factory, "dist", build)


def test_sandbox_wheel_ships_the_sandbox_with_the_specs(dist: Path) -> None:
    (wheel,) = dist.glob("orderly_sandbox-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "orderly_sandbox/py.typed" in names
    assert "orderly_sandbox/_market.py" in names
    assert "orderly_sandbox/orderly.openapi.yaml" in names
    assert "orderly_sandbox/orderly_sv.openapi.yaml" in names
    assert not [n for n in names if n.startswith(("orderly_auth/", "orderly_client/", "tests/"))]
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "Name: orderly-sandbox" in text
    assert "License-Expression: Apache-2.0" in text
    assert "Requires-Dist: orderly-client==0.1.0" in text
    (sdist,) = dist.glob("orderly_sandbox-*.tar.gz")
    with tarfile.open(sdist) as archive:
        inside = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    assert {"orderly_sandbox/orderly.openapi.yaml", "orderly_sandbox/__init__.py", "pyproject.toml"} <= inside


def test_wheel_ships_the_packages_typed_with_the_specs(dist: Path) -> None:
    (wheel,) = dist.glob("orderly_client-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "orderly_client/py.typed" in names
    assert "orderly_auth/py.typed" in names
    assert "orderly_client/api/private/delete_v1_client_order.py" in names
    assert not [n for n in names if n.endswith(".yaml")]  # the spec copies went with the sandbox
    assert sorted(n for n in names if n.startswith("orderly_auth/sandbox/")) == [
        "orderly_auth/sandbox/__init__.py",  # the deprecated shim, for one release
        "orderly_auth/sandbox/__main__.py",
    ]
    assert "orderly_sv_client/py.typed" in names
    assert "orderly_sv_client/api/public/get_v1_public_strategy_vault_vault_info.py" in names
    assert not [n for n in names if n.startswith(("tests/", "tools/", "bench/", "generated/", "auth/"))]
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "Name: orderly-client" in text
    assert "Requires-Python: >=3.11" in text
    assert "License-Expression: Apache-2.0" in text
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    requires = sorted(line.split(";")[0].strip() for line in text.splitlines() if line.startswith("Requires-Dist:"))
    assert requires == [
        "Requires-Dist: attrs>=23.1",
        "Requires-Dist: click>=8.1",  # only with the cli extra
        "Requires-Dist: cryptography>=42",
        "Requires-Dist: eth-account>=0.13",  # with the cli extra (onboarding)
        "Requires-Dist: eth-account>=0.13",  # and with the wallet extra
        "Requires-Dist: httpx2>=2.16",  # the maintained httpx, no upper pin: internals sit behind a version check
        "Requires-Dist: orderly-sandbox==0.1.0",  # the sandbox extra: its own distribution, same version
        "Requires-Dist: pyarrow>=14",  # only with the parquet extra
        "Requires-Dist: redis>=5.0",  # only with the redis extra: rate limits shared on a Redis/Valkey server
        "Requires-Dist: rich>=13",  # only with the cli extra
        "Requires-Dist: websockets>=14",  # with the cli extra (live views)
        "Requires-Dist: websockets>=14",  # only with the stream extra: the stream client
    ]
    assert not [line for line in requires if line.startswith("Requires-Dist: httpx") and "httpx2" not in line]
    assert "Requires-Dist: orderly-sandbox==0.1.0; extra == 'sandbox'" in text
    assert "Requires-Dist: eth-account>=0.13; extra == 'wallet'" in text
    assert "Requires-Dist: websockets>=14; extra == 'stream'" in text
    assert "Requires-Dist: redis>=5.0; extra == 'redis'" in text
    assert "Requires-Dist: click>=8.1; extra == 'cli'" in text
    assert "Requires-Dist: rich>=13; extra == 'cli'" in text
    assert "Requires-Dist: pyarrow>=14; extra == 'parquet'" in text
    entry_points = next(name for name in zipfile.ZipFile(wheel).namelist() if name.endswith("entry_points.txt"))
    assert "orderly = orderly_auth.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_sdist_carries_sources_and_spec(dist: Path) -> None:
    (sdist,) = dist.glob("orderly_client-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    for expected in (
        "generated/orderly_client/py.typed",
        "generated/orderly_sv_client/py.typed",
        "generated/orderly_sv.openapi.yaml",
        "auth/orderly_auth/py.typed",
        "orderly.openapi.yaml",
    ):
        assert expected in names


def test_wheel_installs_and_works_in_a_fresh_venv(dist: Path, tmp_path: Path) -> None:
    (wheel,) = dist.glob("orderly_client-*.whl")
    (sandbox,) = dist.glob("orderly_sandbox-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    # What `pip install orderly-client[sandbox]` does, with the sandbox's wheel of this run meeting the pin.
    install = [str(python), "-m", "pip", "install", "--quiet", f"{wheel}[sandbox,stream,wallet]", str(sandbox)]
    subprocess.run(install, check=True)
    result = subprocess.run(
        [str(python), "-c", SMOKE], check=False, capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok True True"
    # `make demo` from the installed distributions (not the checkout: the examples run from a copy).
    examples = shutil.copytree(ROOT / "examples", tmp_path / "examples")
    env = {k: v for k, v in os.environ.items() if not k.startswith("ORDERLY_")}
    for name in ("quickstart.py", "onboarding.py", "live_stream.py"):
        demo = subprocess.run(
            [str(python), str(examples / name)],
            check=False,
            capture_output=True,
            text=True,
            cwd=tmp_path,
            timeout=300,
            env=env,
        )
        assert demo.returncode == 0, f"{name}: {demo.stderr[-3000:]}"
