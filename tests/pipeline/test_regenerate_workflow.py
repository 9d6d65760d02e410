"""The regeneration workflow is hardened: validated inputs via env:, least permissions, pinned actions and installs."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.pipeline._pipeline_support import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "regenerate.yml"
SHA = re.compile(r"[^@\s]+@[0-9a-f]{40}")


def _workflow() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    return loaded


def _steps() -> list[tuple[str, dict[str, Any]]]:
    return [(name, step) for name, job in _workflow()["jobs"].items() for step in job["steps"]]


def test_every_action_is_pinned_to_a_full_commit_sha() -> None:
    uses = [step["uses"] for _, step in _steps() if "uses" in step]
    assert uses and all(SHA.fullmatch(action) for action in uses), uses


def test_no_expression_is_pasted_into_a_script() -> None:
    for _, step in _steps():
        assert "${{" not in step.get("run", ""), step.get("name")


def test_write_permission_only_where_the_pull_request_is_made() -> None:
    workflow = _workflow()
    assert workflow["permissions"] == {}
    jobs = workflow["jobs"]
    assert jobs["regenerate"]["permissions"] == {"contents": "read"}
    assert jobs["propose"]["permissions"] == {"contents": "write", "pull-requests": "write"}
    assert [step.get("uses", "").split("@")[0] for step in jobs["propose"]["steps"]] == [
        "actions/checkout",
        "actions/download-artifact",
        "",
        "peter-evans/create-pull-request",
    ]  # the job holding the write token runs none of the project's code
    for _, step in _steps():
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False


def test_pip_installs_are_pinned() -> None:
    constraint = _workflow()["jobs"]["regenerate"]["env"]["PIP_CONSTRAINT"]
    assert constraint.endswith("/.github/regenerate-constraints.txt")
    pins = (ROOT / ".github" / "regenerate-constraints.txt").read_text(encoding="utf-8").splitlines()
    pinned = {line.split("==")[0].lower() for line in pins if line and not line.startswith("#")}
    assert all("==" in line for line in pins if line and not line.startswith("#"))
    for needed in ("pyyaml", "openapi-python-client", "ruff", "httpx2", "attrs", "cryptography", "eth-account"):
        assert needed in pinned


def _pin_script() -> str:
    (step,) = [step for _, step in _steps() if step.get("id") == "pin"]
    assert step["env"] == {"INPUT_COMMIT": "${{ github.event.inputs.commit }}"}
    script: str = step["run"]
    return script


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
@pytest.mark.parametrize(
    "commit",
    [
        "$(touch MARKER)",
        'abc"; touch MARKER; echo "',
        "main",
        "v1.0",
        "a" * 39,
        "A" * 40,
        "a" * 40 + "\ntouch MARKER",
    ],
)
def test_the_commit_input_is_refused_unless_a_full_sha(tmp_path: Path, commit: str) -> None:
    output = tmp_path / "output"
    environment = {"PATH": os.environ["PATH"], "INPUT_COMMIT": commit, "GITHUB_OUTPUT": str(output)}
    (tmp_path / "tools").mkdir()
    shutil.copy(ROOT / "tools" / "upstream.env", tmp_path / "tools" / "upstream.env")
    done = subprocess.run(
        ["bash", "-c", _pin_script()],
        check=False,
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "40-hex" in done.stdout
    assert not (tmp_path / "MARKER").exists() and not output.exists()


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
@pytest.mark.parametrize("given", ["", "0123456789abcdef0123456789abcdef01234567"])
def test_a_full_sha_or_the_pin_is_used(tmp_path: Path, given: str) -> None:
    output = tmp_path / "output"
    environment = {"PATH": os.environ["PATH"], "INPUT_COMMIT": given, "GITHUB_OUTPUT": str(output)}
    (tmp_path / "tools").mkdir()
    shutil.copy(ROOT / "tools" / "upstream.env", tmp_path / "tools" / "upstream.env")
    subprocess.run(["bash", "-c", _pin_script()], cwd=tmp_path, env=environment, check=True, timeout=60)
    values = dict(line.split("=", 1) for line in output.read_text(encoding="utf-8").splitlines())
    pinned = re.search(r"^UPSTREAM_COMMIT=(\S+)$", (ROOT / "tools" / "upstream.env").read_text(), re.MULTILINE)
    assert pinned is not None
    assert values["commit"] == (given or pinned[1])
