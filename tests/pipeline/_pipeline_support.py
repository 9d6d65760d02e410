"""Shared helpers of the spec pipeline tests (fixtures are in conftest.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
BUNDLED_SPEC = ROOT / "orderly.openapi.yaml"
UPSTREAM_DIR = ROOT.parent / "shared" / "upstream"
METHODS = ("get", "put", "post", "delete", "patch")


def load_yaml(path: Path) -> Any:
    """Load a spec as the importer does: safe YAML, dates left as text (see tools/import_spec.py)."""
    return load_spec_text(path.read_text(encoding="utf-8"))


def load_spec_text(text: str) -> Any:
    """Safe YAML without implicit dates, like the importer's loader."""
    return yaml.load(text, Loader=_NoDates)


class _NoDates(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's safe loader (for speed) with the importer's one change: no implicit dates."""


_NoDates.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def iter_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """``(method, path, operation)`` for every operation of a spec, method in lower case."""
    return [(m, p, op) for p, item in spec["paths"].items() for m, op in item.items() if m in METHODS]
