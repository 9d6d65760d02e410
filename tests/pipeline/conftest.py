"""Fixtures for the spec pipeline tests: the bundled spec, the upstream spec and the importer."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.pipeline._pipeline_support import BUNDLED_SPEC, UPSTREAM_DIR, load_importer, load_yaml


@pytest.fixture(scope="session")
def bundled_spec() -> dict[str, Any]:
    spec: dict[str, Any] = load_yaml(BUNDLED_SPEC)
    return spec


@pytest.fixture(scope="session")
def import_spec() -> ModuleType:
    """``tools/import_spec.py`` (not a package), loaded from its file."""
    return load_importer()


@pytest.fixture(scope="session")
def upstream_dir() -> Path:
    if not (UPSTREAM_DIR / "orderly.openapi.yaml").is_file():
        pytest.skip(f"upstream spec not available at {UPSTREAM_DIR}")
    return UPSTREAM_DIR


@pytest.fixture(scope="session")
def upstream_text(upstream_dir: Path) -> str:
    return (upstream_dir / "orderly.openapi.yaml").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def upstream_spec(upstream_dir: Path) -> dict[str, Any]:
    spec: dict[str, Any] = load_yaml(upstream_dir / "orderly.openapi.yaml")
    return spec


@pytest.fixture(scope="session")
def docs_tsv(upstream_dir: Path) -> Path:
    path = upstream_dir / "docs-pages.tsv"
    if not path.is_file():
        pytest.skip(f"documentation index not available at {path}")
    return path
