"""What changed between two versions of the API, as a Markdown report for people who use the SDK.

Usage: python tools/api_changes.py OLD NEW [OUTPUT]

OLD and NEW are specs: upstream files (imported here without the overlay, so that any two
upstream versions compare) or bundled ones (``orderly.openapi.yaml``). Listed per operation:
operations added and removed; parameters and body fields added, removed, made required or
optional; type changes (of parameters, body fields and answer fields); answer fields added and
removed; rate-limit, signing and key-scope changes. Each is marked breaking or not: a change is
breaking when code written for OLD can fail against NEW (something it sends is gone, now
required, of another type or more limited; something it reads is gone or of another type).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import import_spec
from repairs import RepairLog

__all__ = ["Change", "diff", "load_for_diff", "report"]

MAX_DEPTH = 6


@dataclass(frozen=True, order=True)
class Change:
    """One change of one operation (``operation`` is ``METHOD /path``)."""

    operation: str
    kind: str
    detail: str
    breaking: bool


def _is_bundled(spec: dict[str, Any]) -> bool:
    descriptions = {api.description for api in import_spec.APIS.values()}
    return spec.get("info", {}).get("description") in descriptions


def load_for_diff(path: Path) -> dict[str, Any]:
    """A spec file in bundled form: bundled files as they are, upstream ones imported (no overlay, no corrections)."""
    spec: dict[str, Any] = import_spec.load_yaml(path.read_text(encoding="utf-8"))
    if _is_bundled(spec):
        return spec
    return import_spec.normalise(spec, {}, corrections={}, log=RepairLog())


def _deref(spec: dict[str, Any], node: Any) -> dict[str, Any]:
    return import_spec._deref(node, spec)


def _merged(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    """``schema`` with references followed and ``allOf`` parts merged (properties and required united)."""
    resolved = _deref(spec, schema)
    if "allOf" not in resolved:
        return resolved
    out: dict[str, Any] = {k: v for k, v in resolved.items() if k != "allOf"}
    properties: dict[str, Any] = dict(out.get("properties", {}))
    required: list[str] = list(out.get("required", []))
    for part in resolved["allOf"]:
        piece = _merged(spec, part)
        properties.update(piece.get("properties", {}))
        required += [r for r in piece.get("required", []) if r not in required]
        for key in ("type", "items", "nullable"):
            if key in piece:
                out.setdefault(key, piece[key])
    out["properties"] = properties
    if required:
        out["required"] = required
    return out


def type_of(spec: dict[str, Any], schema: Any, depth: int = 0) -> str:
    """A short name of a schema's type: ``integer``, ``array of string``, ``string or null``..."""
    merged = _merged(spec, schema)
    kind = merged.get("type")
    if kind is None and merged.get("properties"):
        kind = "object"
    name = str(kind) if kind else "any"
    if kind == "array" and depth < MAX_DEPTH:
        name = f"array of {type_of(spec, merged.get('items', {}), depth + 1)}"
    if merged.get("format"):
        name += f" ({merged['format']})"
    if merged.get("nullable"):
        name += " or null"
    return name


def fields(spec: dict[str, Any], schema: Any, prefix: str = "", depth: int = 0) -> Iterator[tuple[str, str, bool]]:
    """``(dotted name, type, required)`` of every property below an object schema (``[]`` marks array items)."""
    merged = _merged(spec, schema)
    if depth >= MAX_DEPTH:
        return
    required = set(merged.get("required", []))
    for name, sub in merged.get("properties", {}).items():
        dotted = f"{prefix}{name}"
        yield dotted, type_of(spec, sub), name in required
        inner = _merged(spec, sub)
        if inner.get("properties"):
            yield from fields(spec, inner, f"{dotted}.", depth + 1)
        elif inner.get("type") == "array":
            items = _merged(spec, inner.get("items", {}))
            if items.get("properties"):
                yield from fields(spec, items, f"{dotted}[].", depth + 1)


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        f"{method.upper()} {path}": op
        for path, item in spec.get("paths", {}).items()
        for method, op in item.items()
        if method in import_spec.METHODS and isinstance(op, dict)
    }


def _params(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, tuple[str, bool]]:
    out = {}
    for raw in op.get("parameters", []):
        param = _deref(spec, raw)
        out[f"{param.get('in')} parameter `{param.get('name')}`"] = (
            type_of(spec, param.get("schema", {})),
            bool(param.get("required")),
        )
    return out


def _body(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, tuple[str, bool]] | None:
    body = _deref(spec, op.get("requestBody"))
    schema = body.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return None
    return {f"body field `{name}`": (kind, required) for name, kind, required in fields(spec, schema)}


def _answer(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, str]:
    answer = _deref(spec, op.get("responses", {}).get("200"))
    schema = answer.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return {}
    return {f"answer field `{name}`": kind for name, kind, _ in fields(spec, schema)}


def _limit(op: dict[str, Any]) -> str:
    limit = op.get("x-rate-limit")
    if not limit:
        return "none"
    return f"{limit['requests']} per {limit['period']} s ({limit['scope']})"


def _stricter(old: dict[str, Any], new: dict[str, Any]) -> bool:
    a, b = old.get("x-rate-limit"), new.get("x-rate-limit")
    if b is None:
        return False
    if a is None:
        return True
    return bool(b["requests"] * a["period"] < a["requests"] * b["period"] or b["scope"] != a["scope"])


def _compare_inputs(
    old: dict[str, tuple[str, bool]], new: dict[str, tuple[str, bool]]
) -> Iterator[tuple[str, str, bool]]:
    """Changes of what is sent: ``(kind, detail, breaking)``."""
    for key in sorted(new.keys() - old.keys()):
        kind, required = new[key]
        yield "added", f"{key} ({kind}{', required' if required else ''})", required
    for key in sorted(old.keys() - new.keys()):
        yield "removed", f"{key}", True
    for key in sorted(old.keys() & new.keys()):
        (old_kind, old_req), (new_kind, new_req) = old[key], new[key]
        if old_kind != new_kind:
            yield "type changed", f"{key}: {old_kind} → {new_kind}", True
        if new_req and not old_req:
            yield "made required", key, True
        if old_req and not new_req:
            yield "made optional", key, False


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change between two bundled specs, sorted by operation."""
    changes: list[Change] = []
    old_ops, new_ops = _operations(old), _operations(new)
    for key in sorted(new_ops.keys() - old_ops.keys()):
        changes.append(Change(key, "operation added", "", False))
    for key in sorted(old_ops.keys() - new_ops.keys()):
        changes.append(Change(key, "operation removed", "", True))
    for key in sorted(old_ops.keys() & new_ops.keys()):
        a, b = old_ops[key], new_ops[key]
        for kind, detail, breaking in _compare_inputs(_params(old, a), _params(new, b)):
            changes.append(Change(key, f"parameter {kind}", detail, breaking))
        old_body, new_body = _body(old, a), _body(new, b)
        if old_body is None and new_body is not None:
            changes.append(Change(key, "body added", "", bool(_deref(new, b.get("requestBody")).get("required"))))
        elif old_body is not None and new_body is None:
            changes.append(Change(key, "body removed", "", True))
        for kind, detail, breaking in _compare_inputs(old_body or {}, new_body or {}):
            changes.append(Change(key, f"body field {kind}", detail, breaking))
        old_answer, new_answer = _answer(old, a), _answer(new, b)
        for field in sorted(new_answer.keys() - old_answer.keys()):
            changes.append(Change(key, "answer field added", f"{field} ({new_answer[field]})", False))
        for field in sorted(old_answer.keys() - new_answer.keys()):
            changes.append(Change(key, "answer field removed", field, True))
        for field in sorted(old_answer.keys() & new_answer.keys()):
            if old_answer[field] != new_answer[field]:
                detail = f"{field}: {old_answer[field]} → {new_answer[field]}"
                changes.append(Change(key, "answer type changed", detail, True))
        if _limit(a) != _limit(b):
            changes.append(Change(key, "rate limit changed", f"{_limit(a)} → {_limit(b)}", _stricter(a, b)))
        if bool(a.get("security")) != bool(b.get("security")):
            detail = "now signed" if b.get("security") else "now public"
            changes.append(Change(key, "signing changed", detail, bool(b.get("security"))))
        elif a.get("x-orderly-scope") != b.get("x-orderly-scope"):
            detail = f"{a.get('x-orderly-scope')} → {b.get('x-orderly-scope')}"
            changes.append(Change(key, "key scope changed", detail, True))
        if _method_name(a) != _method_name(b) and _method_name(a) != "?":
            changes.append(Change(key, "method renamed", f"{_method_name(a)} → {_method_name(b)}", True))
    return changes


def _method_name(op: dict[str, Any]) -> str:
    return f"{op.get('x-orderly-resource', '?')}.{op.get('x-orderly-verb', '?')}" if "x-orderly-verb" in op else "?"


def unreviewed(spec: dict[str, Any]) -> list[str]:
    """Operations named by derivation (not in tools/names.yaml), with the client method they got."""
    ops = _operations(spec)
    derived = sorted(key for key, op in ops.items() if op.get("x-orderly-name-derived"))
    return [f"`{key}`: `client.{_method_name(ops[key])}`" for key in derived]


def report(old: dict[str, Any], new: dict[str, Any]) -> str:
    """The Markdown report of :func:`diff` between two bundled specs."""
    changes = diff(old, new)
    versions = f"{old.get('info', {}).get('version', '?')} → {new.get('info', {}).get('version', '?')}"
    title = new.get("info", {}).get("title", "API")
    lines = [f"# {title} API changes ({versions})", ""]
    derived = unreviewed(new)
    if derived:
        lines += ["Operations without a reviewed name (add them to tools/names.yaml); their derived methods:", ""]
        lines += [*(f"- {line}" for line in derived), ""]
    if not changes:
        return "\n".join([*lines, "No changes to operations, parameters, fields, types or limits.", ""])
    breaking = sum(c.breaking for c in changes)
    operations = len({c.operation for c in changes})
    counted = f"{len(changes)} change{'s' * (len(changes) != 1)} in {operations} operation{'s' * (operations != 1)}"
    lines += [f"{counted}, {breaking} breaking.", ""]
    lines += ["| operation | change | detail | breaking |", "| --- | --- | --- | --- |"]
    for change in changes:
        detail = change.detail.replace("|", "\\|")
        lines.append(f"| `{change.operation}` | {change.kind} | {detail} | {'**yes**' if change.breaking else 'no'} |")
    return "\n".join([*lines, ""])


def main(argv: list[str]) -> int:
    if len(argv) not in (3, 4):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    text = report(load_for_diff(Path(argv[1])), load_for_diff(Path(argv[2])))
    if len(argv) == 4:
        Path(argv[3]).write_text(text, encoding="utf-8")
        print(f"wrote {argv[3]}")
    else:
        print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
