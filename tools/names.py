"""Reviewed names: the resource and verb of each operation (``client.<resource>.<verb>(...)``).

``tools/names.yaml`` names every operation of both specs; :func:`add_names` writes them into a bundled
spec as ``x-orderly-resource`` and ``x-orderly-verb``. An operation the file misses gets a derived name
(:func:`derive_name`) and ``x-orderly-name-derived: true``, which the regeneration changelog lists.
"""

from __future__ import annotations

import keyword
import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

__all__ = ["NAMES_FILE", "add_names", "derive_name", "is_name", "load_names"]

NAMES_FILE = Path(__file__).resolve().parent / "names.yaml"
METHODS = ("get", "post", "put", "delete", "patch")
_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]*")
# Resource names of the docs sections, where they differ (a section name is not an identifier).
SECTION_RESOURCES = {"market data": "market", "strategy vault": "vaults"}
VERB_OF_METHOD = {"get": "get", "post": "create", "put": "edit", "delete": "cancel", "patch": "edit"}
# Path segments that say nothing about what an operation does.
_NOISE = frozenset({"v1", "v2", "public", "client"})


def is_name(text: str) -> bool:
    """Whether ``text`` is usable as a resource or verb: a lower-case Python identifier, not a keyword."""
    return bool(_IDENTIFIER.fullmatch(text)) and not keyword.iskeyword(text) and not text.startswith("with_")


@cache
def load_names(api: str, path: Path = NAMES_FILE) -> dict[tuple[str, str], tuple[str, str]]:
    """The reviewed names of one API (``main`` or ``sv``): ``(METHOD, path)`` to ``(resource, verb)``."""
    table = yaml.safe_load(path.read_text(encoding="utf-8"))[api]
    names: dict[tuple[str, str], tuple[str, str]] = {}
    for key, value in table.items():
        method, _, op_path = key.partition(" ")
        resource, _, verb = value.partition(".")
        if not (is_name(resource) and is_name(verb)):
            raise ValueError(f"{path.name}: {key}: {value!r} is not resource.verb of identifiers")
        names[(method.upper(), op_path)] = (resource, verb)
    return names


def derive_name(method: str, path: str, section: str) -> tuple[str, str]:
    """A name for an operation without a reviewed one: its docs section, the method's verb and its path's words."""
    resource = SECTION_RESOURCES.get(section, re.sub(r"\W+", "_", section.lower()).strip("_") or "other")
    plain = re.sub(r"\{[^}]*\}", "", path.lower())  # path parameters are arguments, not words
    words = [w for w in re.split(r"[^a-z0-9_]+", plain) if w and w not in _NOISE]
    verb = "_".join([VERB_OF_METHOD.get(method.lower(), method.lower()), *words])
    return resource, verb


def add_names(spec: dict[str, Any], api: str) -> list[str]:
    """Give every operation of ``spec`` its reviewed name (in place); return the operations named by derivation."""
    reviewed = load_names(api)
    derived: list[str] = []
    taken: set[tuple[str, str]] = set()
    pending: list[tuple[str, str, dict[str, Any]]] = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method not in METHODS:
                continue
            name = reviewed.get((method.upper(), path))
            if name is None:
                pending.append((method, path, op))
                continue
            op["x-orderly-resource"], op["x-orderly-verb"] = name
            op.pop("x-orderly-name-derived", None)
            taken.add(name)
    for method, path, op in pending:
        resource, verb = derive_name(method, path, op.get("x-docs-section", ""))
        candidate, n = verb, 2
        while (resource, candidate) in taken:  # a derived name never takes a reviewed one
            candidate, n = f"{verb}_{n}", n + 1
        taken.add((resource, candidate))
        op["x-orderly-resource"], op["x-orderly-verb"] = resource, candidate
        op["x-orderly-name-derived"] = True
        derived.append(f"{method.upper()} {path}")
    return derived
