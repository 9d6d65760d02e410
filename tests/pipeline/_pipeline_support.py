"""Shared helpers of the spec pipeline tests (fixtures are in conftest.py)."""

from __future__ import annotations

import copy
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
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
    """libyaml's safe loader (for speed) with the importer's changes: no implicit dates, YAML 1.2 floats."""


_NoDates.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
# YAML 1.2 floats that YAML 1.1 reads as text (``1.0E7``: an exponent without a sign), as the importer reads them.
_NoDates.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[eE][-+]?[0-9]+$"),
    list("-+0123456789."),
)


def iter_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """``(method, path, operation)`` for every operation of a spec, method in lower case."""
    return [(m, p, op) for p, item in spec["paths"].items() for m, op in item.items() if m in METHODS]


def load_importer() -> ModuleType:
    """``tools/import_spec.py`` (not a package), loaded once from its file."""
    module = sys.modules.get("import_spec")
    if module is not None:
        return module
    # Its sibling modules (repairs, overlay, api_changes) are imported by bare name, as when it runs as a script.
    if str(ROOT / "tools") not in sys.path:
        sys.path.insert(0, str(ROOT / "tools"))
    spec = importlib.util.spec_from_file_location("import_spec", ROOT / "tools" / "import_spec.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Registered before it runs: its dataclasses look their module up in sys.modules.
    sys.modules["import_spec"] = module
    spec.loader.exec_module(module)
    return module


def load_tool(name: str) -> ModuleType:
    """Another module of tools/ (``generate``, ``api_changes``...), imported as the importer imports them."""
    load_importer()  # puts tools/ on sys.path
    return importlib.import_module(name)


def inline_named_models(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of a bundled spec with each reviewed model (tools/names.yaml ``models``) back where upstream has it.

    For the tests that compare the bundled spec with upstream place by place; the names are tested in
    test_model_names.py.
    """
    spec = copy.deepcopy(spec)
    schemas = spec["components"]["schemas"]
    named = [name for name, schema in schemas.items() if "x-orderly-hoisted-from" in schema]
    for name in reversed(named):  # the importer moved the deepest first: put back the shallowest first
        schema = schemas.pop(name)
        root, *steps = re.findall(r"[^.\[\]]+|\[\]", schema.pop("x-orderly-hoisted-from"))
        holder, key = schemas, root
        for step in steps:
            node = holder[key]
            if step == "[]":
                holder, key = node, "items"
                continue
            parts = [node, *(p for p in node.get("allOf", []) if "$ref" not in p)]
            holder, key = next(p["properties"] for p in parts if step in p.get("properties", {})), step
        if holder[key] != {"$ref": f"#/components/schemas/{name}"}:
            raise AssertionError(f"{name} is not referenced where it was")
        holder[key] = schema
    return spec
