"""The reviewed overlay: corrections from evidence, applied to the bundled spec after upstream.

The overlay (``tools/overlay.yaml``) is a list of entries, each one correction with its evidence:
which client or page sends what to the live API. Each change states what upstream has at its
place (an operation, parameter or field absent, a field required, parameters in the query...)
and :func:`apply_overlay` stops with :class:`StaleOverlayError` when upstream no longer has it,
so a correction upstream has made, or changed under us, is reviewed instead of applied twice.

Changes (``change:``):
- ``add-operation``: ``operation`` (``METHOD /path``) is not upstream; ``definition`` is its
  bundled form (``security: signed|public``, ``scope``, ``rate_limit``, ``docs``: the page that
  documents it when the documentation index has none, then OpenAPI keys);
- ``add-parameter``: ``operation`` has no parameter ``parameter.name``; it gets ``parameter``;
- ``add-property``: the object at ``at`` (``METHOD /path body``, ``METHOD /path answer data``
  or a JSON pointer) has no property ``name``; it gets ``schema`` (or each of ``properties``);
- ``unrequire``: at ``at``, each of ``fields`` is required upstream; none is after;
- ``query-to-body``: ``operation`` takes each of ``fields`` as a query parameter and has no
  body; they become the properties of a JSON body (required as they were).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

__all__ = ["CHANGES", "Entry", "StaleOverlayError", "apply_entry", "apply_overlay", "load_overlay"]

METHODS = ("get", "put", "post", "delete", "patch")
CHANGES = ("add-operation", "add-parameter", "add-property", "unrequire", "query-to-body")  # see _APPLY


class StaleOverlayError(ValueError):
    """An overlay entry no longer matches the upstream spec under it: review the entry."""


@dataclass(frozen=True)
class Entry:
    """One reviewed correction: what changes where, and the evidence for it."""

    id: str
    change: str
    evidence: tuple[dict[str, str], ...]
    args: dict[str, Any]

    def __str__(self) -> str:
        return f"overlay entry {self.id!r} ({self.change})"


def load_overlay(path: Path) -> list[Entry]:
    """The entries of an overlay file, checked for shape (each has an id, a known change and evidence)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    entries = []
    seen: set[str] = set()
    for item in raw:
        ident = item.get("id")
        change = item.get("change")
        evidence = item.get("evidence") or []
        if not ident or ident in seen:
            raise ValueError(f"{path}: an entry without an id, or a repeated id: {ident!r}")
        if change not in CHANGES:
            raise ValueError(f"{path}: entry {ident!r}: change {change!r} is not one of {', '.join(CHANGES)}")
        if not evidence or not all(isinstance(e, dict) and e.get("source") and e.get("sends") for e in evidence):
            raise ValueError(f"{path}: entry {ident!r}: evidence must list a source and what it sends")
        seen.add(ident)
        args = {k: v for k, v in item.items() if k not in ("id", "change", "evidence", "note")}
        entries.append(Entry(ident, change, tuple(evidence), args))
    return entries


def _split(operation: str) -> tuple[str, str]:
    method, _, path = operation.partition(" ")
    return method.lower(), path


def _operation(spec: dict[str, Any], entry: Entry, operation: str) -> dict[str, Any]:
    method, path = _split(operation)
    found = spec["paths"].get(path, {}).get(method)
    if not isinstance(found, dict):
        raise StaleOverlayError(f"{entry}: upstream has no operation {operation}")
    return found


def _deref(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = _pointer(spec, node["$ref"].removeprefix("#"))
    return node


def _pointer(spec: dict[str, Any], pointer: str) -> Any:
    node: Any = spec
    for token in pointer.split("/")[1:]:
        key = token.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or key not in node:
            raise KeyError(pointer)
        node = node[key]
    return node


def _object_at(spec: dict[str, Any], entry: Entry, at: str) -> dict[str, Any]:
    """The object schema ``at`` names: an operation's body, its answer's ``data``, or a pointer."""
    try:
        if at.startswith("/"):
            return _deref(spec, _pointer(spec, at))
        operation, _, part = at.rpartition(" body")
        if not part and operation:
            op = _operation(spec, entry, operation)
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            if not isinstance(body, dict):
                raise StaleOverlayError(f"{entry}: {operation} has no JSON body upstream")
            return _deref(spec, body)
        operation, _, part = at.rpartition(" answer data")
        if not part and operation:
            op = _operation(spec, entry, operation)
            answer = _deref(spec, op["responses"]["200"])["content"]["application/json"]["schema"]
            for piece in [_deref(spec, answer), *(_deref(spec, p) for p in _deref(spec, answer).get("allOf", []))]:
                data = piece.get("properties", {}).get("data")
                if isinstance(data, dict):
                    return _deref(spec, data)
            raise StaleOverlayError(f"{entry}: the answer of {operation} has no `data` upstream")
    except KeyError as exc:
        raise StaleOverlayError(f"{entry}: {at}: {exc} is not in the spec") from None
    raise StaleOverlayError(f"{entry}: {at!r} names no place (an operation's body or answer data, or a pointer)")


def _check_refs(spec: dict[str, Any], entry: Entry, node: Any) -> None:
    """Every reference the entry brings must resolve in the spec it is applied to."""
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            try:
                _pointer(spec, node["$ref"].removeprefix("#"))
            except KeyError:
                raise StaleOverlayError(f"{entry}: {node['$ref']} is not in the upstream spec") from None
        for value in node.values():
            _check_refs(spec, entry, value)
    elif isinstance(node, list):
        for item in node:
            _check_refs(spec, entry, item)


Describe = Callable[[str, str, dict[str, Any]], str]
Docs = dict[tuple[str, str], list[str]]


def _add_operation(spec: dict[str, Any], entry: Entry, docs: Docs, describe: Describe) -> None:
    args = entry.args
    method, path = _split(args["operation"])
    if method in spec["paths"].get(path, {}):
        raise StaleOverlayError(f"{entry}: upstream has {args['operation']} now")
    definition = dict(args["definition"])
    _check_refs(spec, entry, definition)
    signed = definition.pop("security") == "signed"
    scope = definition.pop("scope", None)
    limit = definition.pop("rate_limit", None)
    page = definition.pop("docs", None)
    op: dict[str, Any] = {**definition, "security": [{"orderly": []}] if signed else []}
    if signed:
        op["x-orderly-scope"] = scope or ("read" if method == "get" else "trading")
    if limit:
        op["x-rate-limit"] = dict(limit)
    urls = docs.get((method.upper(), path), []) or ([page] if page else [])
    if urls:
        op["externalDocs"] = {"url": urls[0]}
    op["x-overlay"] = entry.id
    op["description"] = describe(method, path, op)
    spec["paths"].setdefault(path, {})[method] = op


def _add_parameter(spec: dict[str, Any], entry: Entry, docs: Docs, describe: Describe) -> None:
    args = entry.args
    op = _operation(spec, entry, args["operation"])
    parameter = dict(args["parameter"])
    params = op.setdefault("parameters", [])
    if any(_deref(spec, p).get("name") == parameter["name"] for p in params):
        raise StaleOverlayError(f"{entry}: {args['operation']} has a parameter {parameter['name']!r} now")
    parameter["x-overlay"] = entry.id
    params.append(parameter)


def _add_property(spec: dict[str, Any], entry: Entry, docs: Docs, describe: Describe) -> None:
    args = entry.args
    target = _object_at(spec, entry, args["at"])
    properties = target.setdefault("properties", {})
    added = args["properties"] if "properties" in args else {args["name"]: args["schema"]}
    for name, schema in added.items():
        if name in properties:
            raise StaleOverlayError(f"{entry}: {args['at']} has a property {name!r} now")
        _check_refs(spec, entry, schema)
        properties[name] = {**schema, "x-overlay": entry.id}


def _unrequire(spec: dict[str, Any], entry: Entry, docs: Docs, describe: Describe) -> None:
    args = entry.args
    target = _object_at(spec, entry, args["at"])
    required = target.get("required", [])
    missing = [f for f in args["fields"] if f not in required]
    if missing:
        raise StaleOverlayError(f"{entry}: {args['at']}: {', '.join(missing)} not required upstream now")
    kept = [f for f in required if f not in args["fields"]]
    if kept:
        target["required"] = kept
    else:
        target.pop("required")
    target.setdefault("x-overlay", []).append(entry.id)


def _query_to_body(spec: dict[str, Any], entry: Entry, docs: Docs, describe: Describe) -> None:
    args = entry.args
    op = _operation(spec, entry, args["operation"])
    if "requestBody" in op:
        raise StaleOverlayError(f"{entry}: {args['operation']} has a body upstream now")
    params = op.get("parameters", [])
    moved = {p["name"]: p for p in params if p.get("in") == "query" and p.get("name") in args["fields"]}
    if set(moved) != set(args["fields"]):
        absent = sorted(set(args["fields"]) - set(moved))
        raise StaleOverlayError(f"{entry}: {args['operation']} has no query parameter {', '.join(absent)}")
    op["parameters"] = [p for p in params if p.get("name") not in moved]
    if not op["parameters"]:
        del op["parameters"]
    body: dict[str, Any] = {
        "type": "object",
        "properties": {name: moved[name].get("schema", {}) for name in args["fields"]},
    }
    required = [name for name in args["fields"] if moved[name].get("required")]
    if required:
        body["required"] = required
    op["requestBody"] = {"required": True, "content": {"application/json": {"schema": body}}, "x-overlay": entry.id}


_APPLY: dict[str, Callable[[dict[str, Any], Entry, Docs, Describe], None]] = {
    "add-operation": _add_operation,
    "add-parameter": _add_parameter,
    "add-property": _add_property,
    "unrequire": _unrequire,
    "query-to-body": _query_to_body,
}


def apply_entry(spec: dict[str, Any], entry: Entry, *, docs: Docs, describe: Describe) -> None:
    """Apply one entry to the bundled ``spec`` (in place), or raise :class:`StaleOverlayError`."""
    _APPLY[entry.change](spec, entry, docs, describe)


def apply_overlay(spec: dict[str, Any], entries: list[Entry], *, docs: Docs, describe: Describe) -> None:
    """Apply every entry in order (in place); the first stale one stops it."""
    for entry in entries:
        apply_entry(spec, entry, docs=docs, describe=describe)
