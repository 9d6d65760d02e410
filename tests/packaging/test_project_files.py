"""The files that let others use and carry on the project agree with each other: license, pins, versions."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def _pins() -> dict[str, str]:
    """requirements-dev.txt's pins: the one place the development tools' versions are written."""
    pins: dict[str, str] = {}
    for line in (ROOT / "requirements-dev.txt").read_text().splitlines():
        requirement = line.split("#", 1)[0].strip()
        if "==" in requirement:
            name, version = requirement.split("==", 1)
            pins[name.strip().lower()] = version.strip()
    return pins


def test_license_file_matches_the_metadata() -> None:
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    assert project["license"] == "Apache-2.0"
    assert project["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text()
    assert "Apache License" in text
    assert "Version 2.0, January 2004" in text
    # PEP 639: no License :: classifier beside a license expression.
    assert not [c for c in project["classifiers"] if c.startswith("License ::")]


def test_classifiers_name_every_supported_python() -> None:
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    versions = {c.rsplit(" ", 1)[1] for c in project["classifiers"] if re.fullmatch(r".*Python :: 3\.\d+", c)}
    assert versions == {"3.11", "3.12", "3.13"}
    assert project["requires-python"] == ">=3.11"


def test_project_urls_point_at_one_repository() -> None:
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    urls = project["urls"]
    assert set(urls) >= {"Homepage", "Documentation", "Repository", "Issues", "Changelog"}
    assert urls["Issues"].startswith(urls["Repository"])
    assert urls["Changelog"].startswith(urls["Repository"]) and urls["Changelog"].endswith("CHANGELOG.md")


def test_changelog_lists_the_current_version_and_its_policy() -> None:
    match = re.search(r'__version__ = "([^"]+)"', (ROOT / "auth/orderly_auth/_version.py").read_text())
    assert match is not None
    version = match.group(1)
    text = (ROOT / "CHANGELOG.md").read_text()
    assert f"## [{version}]" in text
    assert "## [Unreleased]" in text
    assert "## Version policy" in text
    assert "DeprecationWarning" in text


def test_pre_commit_pins_the_linters_of_requirements_dev() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text())
    pins = _pins()
    hooks = [hook for repo in config["repos"] for hook in repo["hooks"]]
    pinned = [dep for hook in hooks for dep in hook.get("additional_dependencies", [])]
    assert pinned, "no pinned linter in .pre-commit-config.yaml"
    for dep in pinned:
        name, version = dep.split("==")
        assert pins[name.lower()] == version, f"{dep} differs from requirements-dev.txt"
    ids = {hook["id"] for hook in hooks}
    assert {"ruff-check", "ruff-format", "mypy"} <= ids
    mypy = next(hook for hook in hooks if hook["id"] == "mypy")
    assert f"mypy=={pins['mypy']}" in mypy["name"]


def test_contributing_covers_the_rules_a_change_needs() -> None:
    text = (ROOT / "CONTRIBUTING.md").read_text()
    for needle in ("make spec generate", "tools/overlay.yaml", "tools/names.yaml", "make bench", "Regenerate:"):
        assert needle in text, needle


def _workflow(name: str) -> dict[object, object]:
    loaded = yaml.safe_load((ROOT / ".github/workflows" / name).read_text())
    assert isinstance(loaded, dict)
    return loaded


def _uses(workflow: dict[object, object]) -> list[str]:
    jobs = workflow["jobs"]
    assert isinstance(jobs, dict)
    return [step["uses"] for job in jobs.values() for step in job.get("steps", []) if "uses" in step]


def test_ci_runs_on_every_push_and_pull_request_on_every_supported_python() -> None:
    ci = _workflow("ci.yml")
    triggers = ci[True]  # YAML 1.1 reads the key `on` as True
    assert isinstance(triggers, dict)
    assert {"push", "pull_request", "workflow_call"} <= set(triggers)
    jobs = ci["jobs"]
    assert isinstance(jobs, dict)
    assert {"lint", "types", "tests"} <= set(jobs)
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    classified = {c.rsplit(" ", 1)[1] for c in project["classifiers"] if re.fullmatch(r".*Python :: 3\.\d+", c)}
    assert set(jobs["tests"]["strategy"]["matrix"]["python"]) == classified


def test_release_requires_ci() -> None:
    jobs = _workflow("release.yml")["jobs"]
    assert isinstance(jobs, dict)
    builds = " ".join(step.get("run", "") for step in jobs["build"]["steps"])
    assert "python -m build --outdir dist ." in builds
    assert "--outdir dist auth/sandbox" in builds  # the sandbox is released with the SDK, same run
    assert jobs["ci"]["uses"] == "./.github/workflows/ci.yml"
    assert jobs["build"]["needs"] == "ci"


def test_actions_are_pinned_to_full_commit_shas() -> None:
    for name in ("ci.yml", "release.yml"):
        uses = _uses(_workflow(name))
        assert uses
        for action in uses:
            assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", action), f"{name}: {action} is not pinned to a SHA"


def test_release_publishes_the_docs_site() -> None:
    jobs = _workflow("release.yml")["jobs"]
    assert isinstance(jobs, dict)
    steps = jobs["docs"]["steps"]
    assert any("make docs" in step.get("run", "") for step in steps)
    assert any(step.get("uses", "").startswith("actions/deploy-pages@") for step in steps)
