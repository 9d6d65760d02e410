"""The Strategy Vault API in the sandbox: its bundled spec, served on the same port as the main one.

The live Strategy Vault API has its own host; the sandbox answers its operations beside the main
spec's (their paths never meet), so ``create_sv_client(base_url=sb.base_url)`` works like
``create_client``. Its schemas are renamed ``sv.<Name>`` in the merged document: the two specs
share schema names (``BasicResponse``) that need not agree.
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

from ._spec import JSON, Spec, load_document

__all__ = ["SV_PREFIX", "SV_SPEC_NAME", "find_sv_spec", "with_strategy_vault"]

SV_SPEC_NAME = "orderly_sv.openapi.yaml"
SV_PREFIX = "sv."
_SCHEMAS = "#/components/schemas/"


def find_sv_spec() -> Path | None:
    """The Strategy Vault spec shipped in the wheel next to this module, else the checkout's, else None."""
    here = Path(__file__).resolve()
    for candidate in (here.parent / SV_SPEC_NAME, here.parents[3] / "generated" / SV_SPEC_NAME):
        if candidate.is_file():
            return candidate
    return None


def _renamed(node: Any) -> Any:
    """``node`` with every schema reference pointing at its ``sv.`` name."""
    if isinstance(node, dict):
        out = {key: _renamed(value) for key, value in node.items()}
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_SCHEMAS):
            out["$ref"] = _SCHEMAS + SV_PREFIX + ref.removeprefix(_SCHEMAS)
        return out
    if isinstance(node, list):
        return [_renamed(item) for item in node]
    return node


def merge(main: JSON, sv: JSON) -> JSON:
    """One document with the operations of both; ``ValueError`` if a path is in both."""
    shared = set(main["paths"]) & set(sv["paths"])
    if shared:
        raise ValueError(f"the Strategy Vault spec repeats paths of the main spec: {sorted(shared)}")
    merged = copy.copy(main)
    merged["paths"] = {**main["paths"], **_renamed(sv["paths"])}
    components = dict(main.get("components", {}))
    schemas = dict(components.get("schemas", {}))
    for name, schema in sv.get("components", {}).get("schemas", {}).items():
        schemas[SV_PREFIX + name] = _renamed(schema)
    components["schemas"] = schemas
    merged["components"] = components
    return merged


@functools.cache
def _merged_spec(main: Spec, sv_path: Path) -> Spec:
    return Spec(merge(main.document, load_document(sv_path)))


def with_strategy_vault(main: Spec, sv_path: Path | None = None) -> Spec:
    """``main`` with the Strategy Vault operations added (``main`` itself when no SV spec is found)."""
    path = sv_path or find_sv_spec()
    if path is None:
        return main
    return _merged_spec(main, path)
