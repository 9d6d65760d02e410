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

__all__ = [
    "NAMES_FILE",
    "StaleModelNameError",
    "add_names",
    "derive_name",
    "is_model_name",
    "is_name",
    "load_model_names",
    "load_names",
    "name_models",
]

NAMES_FILE = Path(__file__).resolve().parent / "names.yaml"
METHODS = ("get", "post", "put", "delete", "patch")
_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]*")
_CLASS_NAME = re.compile(r"[A-Z][A-Za-z0-9]*")
# Where a reviewed model is: in an operation's answer, down its properties (``data.rows``) and array items (``[]``).
_PLACE = re.compile(r"(GET|POST|PUT|DELETE|PATCH) (/\S*) ((?:[a-z_][a-z0-9_]*|\[\])(?:\.[a-z_][a-z0-9_]*|\[\])*)")
_STEP = re.compile(r"\.?([a-z_][a-z0-9_]*)|\[\]")
# On a named model: the schema place it was at (``KlineResponse.data.rows[]``); tools/generate.py keeps its class name.
HOISTED_FROM = "x-orderly-hoisted-from"
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


class StaleModelNameError(ValueError):
    """A reviewed model name's place is not an inline object schema of the spec (upstream moved or named it)."""


def is_model_name(text: str) -> bool:
    """Whether ``text`` is usable as a model's class name: a PascalCase Python identifier, not a keyword."""
    return bool(_CLASS_NAME.fullmatch(text)) and not keyword.iskeyword(text)


@cache
def load_model_names(api: str, path: Path = NAMES_FILE) -> dict[str, str]:
    """The reviewed model names of one API (``main`` or ``sv``): class name to place (``GET /v1/kline data.rows[]``)."""
    table = (yaml.safe_load(path.read_text(encoding="utf-8")).get("models") or {}).get(api) or {}
    for name, place in table.items():
        if not is_model_name(name):
            raise ValueError(f"{path.name}: models: {name!r} is not a PascalCase identifier")
        if not isinstance(place, str) or not _PLACE.fullmatch(place):
            raise ValueError(f"{path.name}: models: {name}: {place!r} is not `METHOD /path field.field[]` of an answer")
    places = list(table.values())
    twice = sorted({place for place in places if places.count(place) > 1})
    if twice:
        raise ValueError(f"{path.name}: models: one place has two names: {twice}")
    return dict(table)


def _property_holder(node: dict[str, Any], name: str) -> dict[str, Any] | None:
    """The properties mapping that declares ``name``: the node's own, or that of one of its inline ``allOf`` parts."""
    for part in [node, *(p for p in node.get("allOf", []) if isinstance(p, dict) and "$ref" not in p)]:
        properties = part.get("properties")
        if isinstance(properties, dict) and name in properties:
            return properties
    return None


def _locate(spec: dict[str, Any], name: str, place: str) -> tuple[dict[str, Any], str, str] | None:
    """Where ``place`` is: holder, key and schema place (``KlineResponse.data.rows[]``); None if the operation is gone.

    The schema place is the named schema it is inside and the way down from there (references followed):
    the generator's name for it before it had a reviewed one (tools/generate.py keeps that name importing).
    """
    match = _PLACE.fullmatch(place)
    if match is None:  # load_model_names refuses it: for the type checker
        raise StaleModelNameError(f"tools/names.yaml: models: {name}: {place!r} is not a place")
    method, path, steps = match.groups()
    op = spec["paths"].get(path, {}).get(method.lower())
    if op is None:
        return None  # removed upstream: the changelog says so, and the test of the table finds the entry stale
    schemas: dict[str, Any] = spec["components"]["schemas"]
    holder: Any = op.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {})
    key, where = "schema", ""

    def stale(why: str) -> StaleModelNameError:
        return StaleModelNameError(f"tools/names.yaml: models: {name}: {place}: {why}")

    for step in _STEP.finditer(steps):
        node = holder.get(key)
        while isinstance(node, dict) and "$ref" in node:
            where = str(node["$ref"]).removeprefix("#/components/schemas/")
            node = schemas.get(where)
        if not isinstance(node, dict) or not where:
            raise stale(f"no schema under a named one at {step.group(0)!r}")
        if step.group(1) is None:
            holder, key, where = node, "items", where + "[]"
        else:
            found = _property_holder(node, step.group(1))
            if found is None:
                raise stale(f"no property {step.group(1)}")
            holder, key, where = found, step.group(1), f"{where}.{step.group(1)}"
    target = holder.get(key)
    if not isinstance(target, dict) or "$ref" in target or target.get("type", "object") != "object":
        raise stale("not an inline object schema (upstream named or moved it)")
    if target.get("nullable"):
        raise stale("nullable (a reference to a named schema would lose that)")
    return holder, key, where


def name_models(spec: dict[str, Any], api: str, path: Path = NAMES_FILE) -> None:
    """Move each reviewed model's inline schema into ``components/schemas`` under its name, a ``$ref`` in its place.

    Places inside another named one (``GET /v1/liquidations data.rows[].positions_by_perp[]``) are moved first,
    so each is still where upstream has it when its turn comes.
    """
    schemas: dict[str, Any] = spec["components"]["schemas"]

    def depth(entry: tuple[str, str]) -> int:
        match = _PLACE.fullmatch(entry[1])
        return -len(_STEP.findall(match.group(3))) if match else 0

    table = sorted(load_model_names(api, path).items(), key=depth)
    for name, place in table:
        if name in schemas:
            raise StaleModelNameError(f"tools/names.yaml: models: {name} is already a schema of the spec")
        found = _locate(spec, name, place)
        if found is None:
            continue
        holder, key, where = found
        schemas[name] = {**holder[key], HOISTED_FROM: where}
        holder[key] = {"$ref": f"#/components/schemas/{name}"}
