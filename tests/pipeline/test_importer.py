"""tools/import_spec.py: what it keeps, what it drops and how it reads limits and scopes.

Tests that need Orderly's published spec skip when ``../shared/upstream`` is not there; the parser
tests run everywhere.
"""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.pipeline._pipeline_support import (
    BUNDLED_SPEC,
    inline_named_models,
    iter_operations,
    load_importer,
    load_tool,
)

AUTH_HEADERS = frozenset({"orderlytimestamp", "orderlyaccountid", "orderlykey", "orderlysignature"})
VERBATIM = frozenset({"example", "examples", "enum", "default"})
EXPECTED_OPERATIONS = 229
EXPECTED_SIGNED = 152

# Every rate-limit phrase of the upstream file (bold markers removed), with what it means.
# "per user per IP address" is counted per user, as the importer documents.
LIMIT_PHRASES: dict[str, tuple[int, int, str]] = {
    "Limit 10 requests per 1 seconds": (10, 1, "none"),
    "Limit 10 requests per 60 seconds": (10, 60, "none"),
    "Limit 60 requests per 60 seconds": (60, 60, "none"),
    "Limit: 1 request per 1 second per IP address": (1, 1, "ip"),
    "Limit: 1 request per 1 second": (1, 1, "none"),
    "Limit: 1 request per 60 seconds": (1, 60, "none"),
    "Limit: 1 request per second per account": (1, 1, "account"),
    "Limit: 1 request per second": (1, 1, "none"),
    "Limit: 1 requests per 1 second per IP address": (1, 1, "ip"),
    "Limit: 1 requests per 1 second": (1, 1, "none"),
    "Limit: 1 requests per second": (1, 1, "none"),
    "Limit: 10 request per 1 second": (10, 1, "none"),
    "Limit: 10 requests per 1 minute per IP address": (10, 60, "ip"),
    "Limit: 10 requests per 1 second per IP address": (10, 1, "ip"),
    "Limit: 10 requests per 1 second per user per IP address": (10, 1, "user"),
    "Limit: 10 requests per 1 second per user": (10, 1, "user"),
    "Limit: 10 requests per 1 second": (10, 1, "none"),
    "Limit: 10 requests per 1 seconds": (10, 1, "none"),
    "Limit: 10 requests per 60 seconds": (10, 60, "none"),
    "Limit: 10 requests per second per IP address": (10, 1, "ip"),
    "Limit: 10 requests per second per account": (10, 1, "account"),
    "Limit: 10 requests per second per user": (10, 1, "user"),
    "Limit: 10 requests per second": (10, 1, "none"),
    "Limit: 20 requests per 1 second": (20, 1, "none"),
    "Limit: 20 requests per 60 second per user": (20, 60, "user"),
    "Limit: 30 requests per 1 second per IP address": (30, 1, "ip"),
    "Limit: 30 requests per 10 second per user": (30, 10, "user"),
    "Limit: 5 request per 10 second per IP address": (5, 10, "ip"),
    "Limit: 5 requests per 1 second": (5, 1, "none"),
    "Limit: 5 requests per 60 second per user": (5, 60, "user"),
}

# The operations whose upstream description states no limit.
UNLIMITED = {
    ("get", "/v1/client/leverages"),
    ("get", "/v1/public/vault_balance"),
    ("post", "/v1/faucet/usdc"),
    ("post", "/v1/referral/edit_description"),
    ("get", "/v1/account_sv_transaction_history"),
    ("get", "/v1/admin/asset/convert_history"),
    ("get", "/v1/public/broker/order_enum"),
}

# Every upstream line that mentions a scope, with the key scope it states (None: not a key scope).
SCOPE_PHRASES: dict[str, str | None] = {
    "Note: This endpoint requires `trading` scope in orderly key.": "trading",
    "Note: This endpoint requires trading scope in orderly key.": "trading",
    "Orderly key must has `asset` scope to access this endpoint.": "asset",
    "Scope: Only each Builder’s admin wallet can call this endpoint.": None,  # noqa: RUF001
    "Scope: Only each builder_id's admin wallet can call this endpoint.": None,
    "Scope: Only each builder_id’s admin wallet can call this endpoint": None,  # noqa: RUF001
    "Scope: Only each builder’s admin can create the referral code for accounts that are related to the builder_id": (  # noqa: RUF001
        None
    ),
    "Scope: Only each builder’s admin wallet can call this endpoint.": None,  # noqa: RUF001
}

LIMIT_LINE = re.compile(r"\brequests?\s+per\b", re.IGNORECASE)
SCOPE_LINE = re.compile(r"\bscope\b", re.IGNORECASE)


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def description_lines(spec: dict[str, Any], pattern: re.Pattern[str]) -> dict[tuple[str, str], list[str]]:
    """Lines of each operation's description that match ``pattern``, without bold markers."""
    out = {}
    for method, path, op in iter_operations(spec):
        lines = (op.get("description") or "").splitlines()
        out[(method, path)] = [line.strip().strip("*").strip() for line in lines if pattern.search(line)]
    return out


def resolve_parameter(param: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in param:
        resolved: dict[str, Any] = spec["components"]["parameters"][param["$ref"].rsplit("/", 1)[-1]]
        return resolved
    return param


def is_auth_header(param: dict[str, Any]) -> bool:
    return param.get("in") == "header" and _squash(param.get("name", "")) in AUTH_HEADERS


def leaves(node: Any, spec: dict[str, Any], path: tuple[Any, ...] = ()) -> dict[tuple[Any, ...], Any]:
    """Every fact of a spec by location, prose left out.

    Locations of parameters use ``(in, name)`` instead of list positions, so that removing the
    signing headers does not move the others; example/enum/default values are single facts.
    """
    out: dict[tuple[Any, ...], Any] = {}
    if isinstance(node, dict):
        for key, value in node.items():
            if key in VERBATIM:
                out[(*path, key)] = value
            elif key == "description" and isinstance(value, str):
                continue
            elif key == "parameters" and isinstance(value, list):
                for param in value:
                    resolved = resolve_parameter(param, spec)
                    if not is_auth_header(resolved):
                        out.update(leaves(param, spec, (*path, key, resolved["in"], resolved["name"])))
            else:
                out.update(leaves(value, spec, (*path, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out.update(leaves(value, spec, (*path, index)))
    else:
        out[path] = node
    return out


def walk(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    """Every ``(location, node)`` below ``node``, itself included."""
    out = [(path, node)]
    if isinstance(node, dict):
        for key, value in node.items():
            out += walk(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += walk(value, (*path, index))
    return out


def overlay_entries(import_spec: ModuleType) -> Any:
    """The reviewed overlay the bundled spec is made with (tools/overlay.yaml)."""
    return import_spec.overlay_mod.load_overlay(import_spec.TOOLS / import_spec.MAIN_API.overlay)


@pytest.fixture(scope="session")
def normalised(upstream_spec: dict[str, Any], docs_tsv: Path, import_spec: ModuleType) -> dict[str, Any]:
    """What `make spec` bundles: upstream normalised, then the overlay."""
    docs = import_spec.load_docs_index(docs_tsv)
    result: dict[str, Any] = import_spec.normalise(
        copy.deepcopy(upstream_spec), docs, overlay=overlay_entries(import_spec)
    )
    return result


@pytest.fixture(scope="session")
def upstream_only(upstream_spec: dict[str, Any], docs_tsv: Path, import_spec: ModuleType) -> dict[str, Any]:
    """Upstream normalised without the overlay: what these tests hold to "nothing of substance is lost"
    (the overlay's own changes are tested in test_overlay.py)."""
    result = import_spec.normalise(copy.deepcopy(upstream_spec), import_spec.load_docs_index(docs_tsv))
    return inline_named_models(result)  # the reviewed model names moved schemas: put back for place-by-place tests


@pytest.fixture(scope="module")
def bundled_inline(bundled_spec: dict[str, Any]) -> dict[str, Any]:
    """The bundled spec with the reviewed models back where upstream has them (test_model_names.py tests those)."""
    return inline_named_models(bundled_spec)


# --- the whole file ---------------------------------------------------------------------------


@pytest.mark.long  # the importer or generator on the whole spec: scheduled first
def test_output_is_deterministic_and_committed(
    upstream_dir: Path, upstream_text: str, upstream_spec: dict[str, Any], docs_tsv: Path, import_spec: ModuleType
) -> None:
    """Same input, same bytes; and the committed spec is what the importer makes of the upstream file."""
    upstream = import_spec.load_yaml(upstream_text)  # as tools/import_spec.py reads it
    pristine = copy.deepcopy(upstream)
    docs = import_spec.load_docs_index(docs_tsv)
    entries = overlay_entries(import_spec)
    first = import_spec.dump(import_spec.normalise(upstream, docs, overlay=entries))
    second = import_spec.dump(import_spec.normalise(upstream, docs, overlay=entries))
    assert upstream == pristine, "normalise() changed its input"
    third = import_spec.dump(
        import_spec.normalise(copy.deepcopy(upstream_spec), import_spec.load_docs_index(docs_tsv), overlay=entries)
    )
    assert first == second == third
    if hasattr(import_spec, "import_file"):  # what `make spec` writes
        assert import_spec.import_file(upstream_dir / "orderly.openapi.yaml", docs_tsv) == first
    assert first.encode("utf-8") == BUNDLED_SPEC.read_bytes(), "orderly.openapi.yaml is stale: run `make spec`"


def test_bundled_spec_reads_back_as_normalised(normalised: dict[str, Any], bundled_spec: dict[str, Any]) -> None:
    """The dump loses nothing: the committed file loads to exactly what normalise() returned."""
    assert bundled_spec == normalised


# --- nothing of substance is lost ---------------------------------------------------------------


def test_paths_and_operations_survive(upstream_spec: dict[str, Any], upstream_only: dict[str, Any]) -> None:
    assert list(upstream_only["paths"]) == list(upstream_spec["paths"])
    ours = {(m, p) for m, p, _ in iter_operations(upstream_only)}
    assert ours == {(m, p) for m, p, _ in iter_operations(upstream_spec)}
    assert len(ours) == EXPECTED_OPERATIONS


def test_parameters_survive_except_auth_headers(upstream_spec: dict[str, Any], upstream_only: dict[str, Any]) -> None:
    for method, path, op in iter_operations(upstream_spec):
        theirs = [resolve_parameter(p, upstream_spec) for p in op.get("parameters", [])]
        ours = [resolve_parameter(p, upstream_only) for p in upstream_only["paths"][path][method].get("parameters", [])]
        expected = [(p["in"], p["name"]) for p in theirs if not is_auth_header(p)]
        assert [(p["in"], p["name"]) for p in ours] == expected, f"{method} {path}"
    kept = {k for k, v in upstream_spec["components"]["parameters"].items() if not is_auth_header(v)}
    assert set(upstream_only["components"]["parameters"]) == kept


def test_component_schemas_survive(
    upstream_spec: dict[str, Any], bundled_spec: dict[str, Any], import_spec: ModuleType
) -> None:
    closed = list(dict.fromkeys(c.name for c in import_spec.CLOSED_SETS))
    # and, last, the inline schemas given a reviewed name (tools/names.yaml models), the generator names them so
    schemas = bundled_spec["components"]["schemas"]
    named = [name for name, schema in schemas.items() if "x-orderly-hoisted-from" in schema]
    assert sorted(named) == sorted(load_tool("names").load_model_names("main"))
    assert list(schemas) == list(upstream_spec["components"]["schemas"]) + closed + named


# What the importer adds: operation facts from the prose and the docs index, the security scheme,
# and the original type of a retyped schema.
ADDED = frozenset(
    {"x-rate-limit", "x-orderly-scope", "externalDocs", "x-docs-pages", "securitySchemes", "x-upstream-type"}
    | {"x-docs-section"}
    | {"x-orderly-resend-safe"}
    | {"x-orderly-resource", "x-orderly-verb"}  # the reviewed names (tools/names.yaml)
)
# Retyping the importer does by rule: whole numbers (ids, timestamps, counts), text properties upstream calls
# numbers, money upstream calls integer in one place and number in others, and one type per kind of id.
RETYPED = frozenset(
    {("number", "integer"), ("number", "string"), ("integer", "number"), ("string", "integer"), ("integer", "string")}
)


def pointer_location(spec: dict[str, Any], pointer: str) -> tuple[Any, ...]:
    """A JSON pointer as a location of :func:`leaves` (list positions as ints)."""
    node: Any = spec
    out: list[Any] = []
    for token in pointer.split("/")[1:]:
        key: Any = token.replace("~1", "/").replace("~0", "~")
        key = int(key) if isinstance(node, list) else key
        node = node[key]
        out.append(key)
    return tuple(out)


def same_value(old: Any, new: Any) -> bool:
    """``new`` is ``old`` written as another JSON type and nothing else: '10'/10, '1.5'/1.5, 'False'/false, 1/'1'."""
    if isinstance(old, dict) and isinstance(new, dict):
        return list(old) == list(new) and all(same_value(old[k], new[k]) for k in old)
    if isinstance(old, list) and isinstance(new, list):
        return len(old) == len(new) and all(same_value(a, b) for a, b in zip(old, new, strict=True))
    if old == new and type(old) is type(new):
        return True
    if isinstance(old, str) and isinstance(new, bool):
        return old.lower() == str(new).lower()
    pair = (old, new) if isinstance(old, str) else (new, old)
    text, number = pair
    if not isinstance(text, str) or not isinstance(number, int | float) or isinstance(number, bool):
        return False
    try:
        return Decimal(text) == Decimal(repr(number)) and "_" not in text and text.strip() == text
    except ArithmeticError:
        return False


def test_same_value() -> None:
    assert same_value("10", 10) and same_value("1.5", 1.5) and same_value("False", False) and same_value(1, "1")
    assert same_value({"a": ["1", 2]}, {"a": [1, 2]})
    assert not same_value("10", 11) and not same_value("", 0) and not same_value("yes", True)
    assert not same_value(0.03, None) and not same_value({"a": 1}, {"b": 1}) and not same_value("0.1x", 0.1)


def test_every_fact_survives(
    upstream_spec: dict[str, Any], upstream_only: dict[str, Any], import_spec: ModuleType
) -> None:
    """Every value of the upstream file (types, names, formats, enums, examples...) is in ours, at the same place.

    The only changes allowed are the ones the importer is there to make: the title, the references to the
    undefined MetaData schema, types it corrects (each with ``x-upstream-type`` keeping the original), examples
    its rules make fit their schema (the same value in another JSON type; ``''`` on a parameter it can not be a
    value of; ``nullable`` where the example is null), and what a row of its CORRECTIONS table changes.
    """
    theirs = leaves(upstream_spec, upstream_spec)
    ours = leaves(upstream_only, upstream_only)
    rows = {pointer_location(upstream_spec, p): c for p, (c, _) in import_spec.CORRECTIONS.items()}

    def row(k: tuple[Any, ...]) -> Any:
        return next((c for r, c in rows.items() if k[: len(r)] == r), None)

    def empty_param_example(k: tuple[Any, ...], v: Any) -> bool:
        if v != "" or k[-1] != "example" or len(k) < 4 or k[-4] != "parameters":
            return False
        kind, enum = ours.get((*k[:-1], "schema", "type")), ours.get((*k[:-1], "schema", "enum"), [""])
        return kind != "string" or "" not in enum

    closed_refs = {f"#/components/schemas/{c.name}" for c in import_spec.CLOSED_SETS}

    def reshaped(k: tuple[Any, ...]) -> bool:
        """Below a place the importer gave a shared enum, or a comma-separated id list parameter."""
        return any(
            ours.get((*k[:i], "$ref")) in closed_refs or ours.get((*k[:i], "explode")) is False
            for i in range(len(k) + 1)
        ) or k[:3] in {("components", "schemas", c.name) for c in import_spec.CLOSED_SETS}

    theirs = {k: v for k, v in theirs.items() if not reshaped(k)}
    ours = {k: v for k, v in ours.items() if not reshaped(k)}
    lost = {k: v for k, v in theirs.items() if k not in ours}
    changed = {k: (v, ours[k]) for k, v in theirs.items() if k in ours and ours[k] != v}
    # Same value, different JSON type (True == 1, 1 == 1.0): a change all the same.
    changed |= {k: (v, ours[k]) for k, v in theirs.items() if k in ours and type(ours[k]) is not type(v)}
    added = [k for k in ours if k not in theirs]
    # The four signing-header definitions go, and examples a rule or a row removes.
    dropped = {k: v for k, v in lost.items() if empty_param_example(k, v) or row(k) is not None}
    assert {k[:3] for k in lost if k not in dropped} == {
        ("components", "parameters", n) for n in _auth_parameter_names(upstream_spec)
    }
    assert {v for k, v in dropped.items() if row(k) is None} == {""}
    assert changed.pop(("info", "title")) == (upstream_spec["info"]["title"], "Orderly")
    repaired = ("#/components/schemas/MetaData", "#/components/schemas/PaginationMeta")
    retyped = {k: v for k, v in changed.items() if k[-1] == "type" and ours.get((*k[:-1], "x-upstream-type")) == v[0]}
    for k, pair in retyped.items():
        correction = row(k[:-1])
        by_row = isinstance(correction, import_spec.Retype) and pair == (correction.was, correction.now)
        assert by_row or pair in RETYPED, k
    examples = {k: v for k, v in changed.items() if k[-1] == "example"}
    assert {k: v for k, v in examples.items() if row(k) is None and not same_value(*v)} == {}
    assert {k: v for k, v in changed.items() if v != repaired and k not in retyped and k not in examples} == {}
    assert repaired in changed.values()
    # Added: facts of the operations, `nullable` where upstream's example is null, and what rows put there.
    recorded = {
        ("components", "schemas", n, "properties", f) for n, fs in import_spec.RECORDED_FIELDS.items() for f in fs
    }
    recorded_nulls = {
        ("components", "schemas", n, "properties", f, "nullable")
        for n, fs in import_spec.RECORDED_NULLS.items()
        for f in fs
    }
    recorded_required = {("components", "schemas", n, "required") for n in import_spec.RECORDED_REQUIRED}
    added = [k for k in added if k[:5] not in recorded and k not in recorded_nulls and k[:4] not in recorded_required]
    for k in added:
        if k[-1] == "nullable" and row(k) is None:
            assert theirs.get((*k[:-1], "example"), "no example") is None, k
        else:
            assert ADDED & set(k) or row(k) is not None, k
    # No x-upstream-type without a retyping.
    assert {k[:-1] for k in added if k[-1] == "x-upstream-type"} == {k[:-1] for k in retyped}


def _in_a_closed_set(values: Any, import_spec: ModuleType) -> bool:
    return any(isinstance(values, list) and set(values) <= set(c.values) for c in import_spec.CLOSED_SETS)


def _auth_parameter_names(spec: dict[str, Any]) -> set[str]:
    return {k for k, v in spec["components"]["parameters"].items() if is_auth_header(v)}


def test_examples_and_enums_survive(
    upstream_spec: dict[str, Any], bundled_inline: dict[str, Any], import_spec: ModuleType
) -> None:
    """Independently of locations: every example and enum of the upstream file is in ours, as often.

    Allowed to go: the examples of the signing headers (defined in components or inline), and the examples the
    importer changes at their place (test_every_fact_survives says which and why).
    """

    def values(spec: dict[str, Any], key: str) -> Counter[str]:
        found: Counter[str] = Counter()
        nodes = walk(spec)
        auth = [path for path, node in nodes if isinstance(node, dict) and is_auth_header(node)]
        for path, node in nodes:
            if any(path[: len(a)] == a for a in auth):
                continue
            # Data below an example (an example object with an "example" key) is not a schema's example.
            if isinstance(node, dict) and key in node and not set(path) & VERBATIM:
                found[json.dumps(node[key], sort_keys=True, default=repr)] += 1
        return found

    theirs = leaves(upstream_spec, upstream_spec)
    bundled_spec = bundled_inline
    ours = leaves(bundled_spec, bundled_spec)
    changed_here = Counter(
        json.dumps(v, sort_keys=True, default=repr)
        for k, v in theirs.items()
        if k[-1] == "example" and (k not in ours or ours[k] != v or type(ours[k]) is not type(v))
    )
    for key in ("example", "enum"):
        lost = values(upstream_spec, key) - values(bundled_spec, key)
        assert sum(values(upstream_spec, key).values()) > 0
        if key == "enum":  # an inline enum that a shared one of CLOSED_SETS stands for now
            lost = Counter({v: n for v, n in lost.items() if not _in_a_closed_set(json.loads(v), import_spec)})
        assert lost - (changed_here if key == "example" else Counter()) == Counter(), f"{key} values lost"


# --- signing headers ----------------------------------------------------------------------------


def test_auth_headers_gone_everywhere(bundled_spec: dict[str, Any]) -> None:
    for path, node in walk(bundled_spec):
        # The one place that names them: the security scheme that stands for all four.
        if isinstance(node, dict) and path[:2] != ("components", "securitySchemes"):
            assert not is_auth_header(node), path
            ref = node.get("$ref", "")
            assert not (isinstance(ref, str) and _squash(ref.rsplit("/", 1)[-1]) in AUTH_HEADERS), path


def test_security_exactly_on_signed_operations(upstream_spec: dict[str, Any], upstream_only: dict[str, Any]) -> None:
    signed = set()
    for method, path, op in iter_operations(upstream_spec):
        if any(is_auth_header(resolve_parameter(p, upstream_spec)) for p in op.get("parameters", [])):
            signed.add((method, path))
    assert len(signed) == EXPECTED_SIGNED
    for method, path, op in iter_operations(upstream_only):
        if (method, path) in signed:
            assert op["security"] == [{"orderly": []}], f"{method} {path}"
        else:
            # Explicitly empty: public, whatever a global default says.
            assert op["security"] == [], f"{method} {path}"
    scheme = upstream_only["components"]["securitySchemes"]
    assert list(scheme) == ["orderly"]
    assert scheme["orderly"]["type"] == "apiKey"
    assert "security" not in upstream_only


def test_an_operation_with_some_auth_headers_is_signed(import_spec: ModuleType) -> None:
    """Upstream has operations with only three of the four headers, inline or by reference, in two spellings."""
    components = {"k": {"name": "orderly-key", "in": "header", "schema": {"type": "string"}}}
    op = {
        "description": "x",
        "parameters": [
            {"$ref": "#/components/parameters/k"},
            {"name": "orderly_signature", "in": "header", "schema": {"type": "string"}},
            {"name": "orderly-account-id", "in": "header", "schema": {"type": "string"}},
            {"name": "orderly_key", "in": "query", "schema": {"type": "string"}},
        ],
        "responses": {},
    }
    out = import_spec.normalise_operation("get", "/v1/x", op, components, {})
    assert out["security"] == [{"orderly": []}]
    assert out["x-orderly-scope"] == "read"
    # A query parameter that happens to share a header's name stays.
    assert out["parameters"] == [{"name": "orderly_key", "in": "query", "schema": {"type": "string"}}]


# --- MetaData -----------------------------------------------------------------------------------


def test_metadata_refs_repaired(upstream_spec: dict[str, Any], bundled_spec: dict[str, Any]) -> None:
    upstream_refs = [p for p, n in walk(upstream_spec) if n == "#/components/schemas/MetaData" and p[-1] == "$ref"]
    assert upstream_refs, "upstream no longer refers to MetaData: drop the repair"
    assert "MetaData" not in upstream_spec["components"]["schemas"]
    for path in upstream_refs:
        node: Any = bundled_spec
        for key in path:
            node = node[key]
        assert node == "#/components/schemas/PaginationMeta", path
    # Every reference of the bundled spec resolves.
    for path, node in walk(bundled_spec):
        if path and path[-1] == "$ref":
            _, section, kind, name = node.split("/")
            assert name in bundled_spec[section][kind], path


# --- no upstream prose --------------------------------------------------------------------------


def test_no_upstream_prose(upstream_spec: dict[str, Any], bundled_spec: dict[str, Any]) -> None:
    sentences = set()
    for path, node in walk(upstream_spec):
        if not path or path[-1] != "description" or not isinstance(node, str) or set(path) & VERBATIM:
            continue
        for part in re.split(r"(?<=[.!?:])\s+|\n+", node):
            sentence = part.strip()
            # "`GET /v1/order`" is a fact (our descriptions state it too), not prose.
            if len(sentence) >= 50 and not re.fullmatch(r"`[A-Z]+ /\S+`", sentence):
                sentences.add(sentence)
    assert len(sentences) > 100
    # Every string of ours, keys included.
    ours = "\n".join(str(p[-1]) if p else "" for p, _ in walk(bundled_spec))
    ours += "\n".join(n for _, n in walk(bundled_spec) if isinstance(n, str))
    leaked = sorted(s for s in sentences if s in ours)
    assert leaked == []


def test_descriptions_are_built_from_facts(bundled_spec: dict[str, Any], import_spec: ModuleType) -> None:
    for method, path, op in iter_operations(bundled_spec):
        assert op["description"] == import_spec.describe(method, path, op)


# --- rate limits --------------------------------------------------------------------------------


def test_limit_phrases_are_exactly_the_listed_ones(upstream_spec: dict[str, Any]) -> None:
    """A new wording upstream fails here: add it to LIMIT_PHRASES with what it means."""
    found = description_lines(upstream_spec, LIMIT_LINE)
    assert {line for lines in found.values() for line in lines} == set(LIMIT_PHRASES)
    assert all(len(lines) <= 1 for lines in found.values()), "an operation states two limits"
    assert {op for op, lines in found.items() if not lines} == UNLIMITED


@pytest.mark.parametrize("phrase", sorted(LIMIT_PHRASES))
def test_parse_rate_limit_phrase(phrase: str, import_spec: ModuleType) -> None:
    requests, period, scope = LIMIT_PHRASES[phrase]
    expected = {"requests": requests, "period": period, "scope": scope}
    assert import_spec.parse_rate_limit(phrase) == expected
    # As it stands in a description: bold, between paragraphs.
    assert import_spec.parse_rate_limit(f"Get things.\n\n**{phrase}**\n\nSome more text.\n") == expected


def test_bundled_limits_match_upstream_phrases(upstream_spec: dict[str, Any], bundled_spec: dict[str, Any]) -> None:
    found = description_lines(upstream_spec, LIMIT_LINE)
    for (method, path), lines in found.items():
        op = bundled_spec["paths"][path][method]
        if not lines:
            assert "x-rate-limit" not in op, f"{method} {path}"
            continue
        requests, period, scope = LIMIT_PHRASES[lines[0]]
        assert op["x-rate-limit"] == {"requests": requests, "period": period, "scope": scope}, f"{method} {path}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Limit: 3 requests per 2 seconds", (3, 2, "none")),
        ("limit: 3 REQUESTS PER 2 MINUTES PER ACCOUNT", (3, 120, "account")),
        ("**Limit:  7  requests  per  minute**", (7, 60, "none")),
        ("Limit 1 request per 5 minutes per IP address", (1, 300, "ip")),
        ("Limit: 2 requests per second per IP address per user", (2, 1, "user")),
        ("Limit: 100 requests per 1 second per user.", (100, 1, "user")),
        ("First.\nLimit: 1 request per 1 second\nLimit: 9 requests per 9 seconds", (1, 1, "none")),
    ],
)
def test_parse_rate_limit_synthetic(text: str, expected: tuple[int, int, str], import_spec: ModuleType) -> None:
    requests, period, scope = expected
    assert import_spec.parse_rate_limit(text) == {"requests": requests, "period": period, "scope": scope}


@pytest.mark.parametrize(
    "text",
    [
        "",
        "No limit is documented.",
        "There is no limit to the number of times it can be changed.",
        "Limit: ten requests per second",
        "Limit: 10 requests per hour",
        "Rate: 10 requests per second",
        "Each order in the request counts as one order toward the overall create order rate limit.",
    ],
)
def test_parse_rate_limit_none(text: str, import_spec: ModuleType) -> None:
    assert import_spec.parse_rate_limit(text) is None


# --- key scopes ---------------------------------------------------------------------------------


def test_scope_phrases_are_exactly_the_listed_ones(upstream_spec: dict[str, Any]) -> None:
    """A new wording upstream fails here: add it to SCOPE_PHRASES with what it means."""
    found = description_lines(upstream_spec, SCOPE_LINE)
    assert {line for lines in found.values() for line in lines} == set(SCOPE_PHRASES)


@pytest.mark.parametrize("phrase", sorted(SCOPE_PHRASES))
def test_parse_scope_phrase(phrase: str, import_spec: ModuleType) -> None:
    assert import_spec.parse_scope(phrase) == SCOPE_PHRASES[phrase]
    assert (
        import_spec.parse_scope(f"Do a thing.\n\n{phrase}\n\n**Limit: 1 request per second**")
        == (SCOPE_PHRASES[phrase])
    )


def test_bundled_scopes_match_upstream_phrases(upstream_spec: dict[str, Any], bundled_spec: dict[str, Any]) -> None:
    """A stated scope wins; otherwise reads need ``read`` and everything else ``trading``."""
    found = description_lines(upstream_spec, SCOPE_LINE)
    stated_count = 0
    for (method, path), lines in found.items():
        op = bundled_spec["paths"][path][method]
        stated = {SCOPE_PHRASES[line] for line in lines} - {None}
        assert len(stated) <= 1
        if not op["security"]:
            assert "x-orderly-scope" not in op, f"{method} {path}"
            assert not stated, f"{method} {path}: public, but states a key scope"
            continue
        stated_count += bool(stated)
        default = "read" if method == "get" else "trading"
        assert op["x-orderly-scope"] == (stated.pop() if stated else default), f"{method} {path}"
    assert stated_count == 13


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("requires `read` scope", "read"),
        ("This endpoint REQUIRES Trading SCOPE.", "trading"),
        ("Orderly key must have `asset` scope", "asset"),
        ("Orderly key must has asset scope", "asset"),
        ("requires `admin` scope", None),
        ("Scope: Only each builder's admin wallet can call this endpoint.", None),
        ("", None),
    ],
)
def test_parse_scope_synthetic(text: str, expected: str | None, import_spec: ModuleType) -> None:
    assert import_spec.parse_scope(text) == expected


# --- documentation links ------------------------------------------------------------------------


def test_external_docs_from_index(upstream_only: dict[str, Any], docs_tsv: Path, import_spec: ModuleType) -> None:
    docs = import_spec.load_docs_index(docs_tsv)
    for method, path, op in iter_operations(upstream_only):
        urls = docs.get((method.upper(), path), [])
        assert op.get("externalDocs") == ({"url": urls[0]} if urls else None), f"{method} {path}"
        # Pages beyond the first are listed too, all of them in index order.
        assert op.get("x-docs-pages") == (urls if len(urls) > 1 else None), f"{method} {path}"
    assert any(len(urls) > 1 for urls in docs.values())


# --- examples -----------------------------------------------------------------------------------


def test_yaml_1_2_floats(import_spec: ModuleType) -> None:
    """An exponent without a sign is a number in YAML 1.2 and JSON (YAML 1.1 makes it text); quoted stays text."""
    loaded = import_spec.load_yaml("a: 1.0008662996861E7\nb: 1e3\nc: '1.0E7'\nd: 1.5e+2\ne: 2024-01-01\nf: 10\n")
    assert loaded == {"a": 10008662.996861, "b": 1000.0, "c": "1.0E7", "d": 150.0, "e": "2024-01-01", "f": 10}
    assert [type(v) for v in loaded.values()] == [float, float, str, float, str, int]


def _param(kind: str, example: Any, **schema: Any) -> dict[str, Any]:
    return {"name": "p", "in": "query", "example": example, "schema": {"type": kind, **schema}}


@pytest.mark.parametrize(
    ("param", "expected"),
    [
        # `example: ''` goes where '' is not a value of the parameter...
        (_param("integer", ""), None),
        (_param("number", ""), None),
        (_param("boolean", ""), None),
        (_param("array", "", items={"type": "string"}), None),
        (_param("string", "", enum=["A", "B"]), None),
        # ...and stays where it is one.
        (_param("string", ""), ""),
        (_param("string", "", enum=["", "A"]), ""),
        # Text that spells a value of the type exactly becomes that value.
        (_param("integer", "10"), 10),
        (_param("integer", "-3"), -3),
        (_param("number", "1000"), 1000),
        (_param("number", "1.5"), 1.5),
        (_param("number", "1.0008662996861E7"), 10008662.996861),
        (_param("boolean", "False"), False),
        (_param("boolean", "true"), True),
        # Anything else is left for the tests to report (the importer does not guess).
        (_param("integer", "010"), "010"),
        (_param("integer", "1.5"), "1.5"),
        (_param("integer", " 1"), " 1"),
        (_param("number", "0.10000000000000000000001"), "0.10000000000000000000001"),
        (_param("boolean", "yes"), "yes"),
        (_param("string", "10"), "10"),
        (_param("string", 10), 10),
        (_param("integer", 10), 10),
    ],
)
def test_parameter_examples_fit(param: dict[str, Any], expected: Any, import_spec: ModuleType) -> None:
    spec = {
        "paths": {"/x": {"get": {"parameters": [param]}}},
        "components": {"parameters": {"c": copy.deepcopy(param)}},
    }
    import_spec.fit_examples(spec)
    for fitted in (spec["paths"]["/x"]["get"]["parameters"][0], spec["components"]["parameters"]["c"]):
        assert fitted.get("example", None) == expected
        assert type(fitted.get("example", None)) is type(expected)


def test_bundled_parameter_examples(upstream_spec: dict[str, Any], upstream_only: dict[str, Any]) -> None:
    """On the real file: the examples the parameter rules change, by kind of change."""
    changes: Counter[tuple[str, str]] = Counter()
    for method, path, op in iter_operations(upstream_spec):
        ours = {(p.get("in"), p.get("name")): p for p in upstream_only["paths"][path][method].get("parameters", [])}
        for param in op.get("parameters", []):
            mine = ours.get((param.get("in"), param.get("name")), {})
            if (
                "example" in param
                and not is_auth_header(param)
                and mine.get("example", "(dropped)") != param["example"]
            ):
                changes[(repr(param["example"]), repr(mine.get("example", "(dropped)")))] += 1
    assert changes == {
        ("''", "'(dropped)'"): 124,
        ("'10'", "10"): 1,
        ("'1000'", "1000"): 2,
        ("'5000'", "5000"): 1,
        ("'False'", "False"): 2,
    }


def test_property_examples_fit(import_spec: ModuleType) -> None:
    """Schema examples, at any depth: numerals and booleans spelled as text, numbers of a retyped text property."""
    spec: dict[str, Any] = {
        "components": {
            "schemas": {
                "Row": {
                    "type": "object",
                    "properties": {"n": {"type": "integer"}, "id": {"$ref": "#/components/schemas/Id"}},
                },
                "Id": {"type": "string", "x-upstream-type": "number"},
                "Top": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Base"},
                        {
                            "type": "object",
                            "properties": {
                                "rows": {"type": "array", "items": {"$ref": "#/components/schemas/Row"}},
                                "when": {"type": "number", "example": "1711534302938"},
                                "ok": {"type": "boolean", "example": "True"},
                                "text": {"type": "string", "example": 1},
                                "retyped": {"type": "string", "x-upstream-type": "number", "example": 1.5},
                                "map": {"type": "object", "additionalProperties": {"type": "number"}},
                            },
                        },
                    ],
                    "example": {"code": "0", "rows": [{"n": "3", "id": 7}], "map": {"a": "2.5"}, "other": "4"},
                },
                "Base": {"type": "object", "properties": {"code": {"type": "integer"}}},
            }
        }
    }
    import_spec.fit_examples(spec)
    schemas = spec["components"]["schemas"]
    assert schemas["Top"]["example"] == {"code": 0, "rows": [{"n": 3, "id": "7"}], "map": {"a": 2.5}, "other": "4"}
    fields = schemas["Top"]["allOf"][1]["properties"]
    assert fields["when"]["example"] == 1711534302938
    assert fields["ok"]["example"] is True
    assert fields["text"]["example"] == 1  # not retyped by the importer: no rule, left for the tests to report
    assert fields["retyped"]["example"] == "1.5"


def test_null_example_makes_nullable(import_spec: ModuleType) -> None:
    spec: dict[str, Any] = {
        "components": {
            "schemas": {
                "A": {
                    "type": "object",
                    "properties": {
                        "t": {"type": "number", "example": None},
                        "u": {"type": "number", "example": None, "nullable": True},
                        "r": {"$ref": "#/components/schemas/B", "example": None},
                    },
                },
                "B": {"type": "string"},
            }
        }
    }
    import_spec.fit_examples(spec)
    properties = spec["components"]["schemas"]["A"]["properties"]
    assert properties["t"] == {"type": "number", "example": None, "nullable": True}
    assert properties["u"] == {"type": "number", "example": None, "nullable": True}
    # Beside a reference, `nullable` would mean nothing: left alone (and reported by the example tests).
    assert properties["r"] == {"$ref": "#/components/schemas/B", "example": None}
    assert spec["components"]["schemas"]["B"] == {"type": "string"}


# Every upstream `example: null` on a schema that is not nullable: each is a value the API really sends as null,
# so the rule applies. A new one upstream fails here: check it is one too, or correct it in CORRECTIONS.
NULL_EXAMPLES = {
    "MarketPriceChangeInfoResponse/allOf/1/properties/data/properties/rows/items/properties/30d",
    "VenueWithdrawalHistoryResponse/allOf/1/properties/data/properties/rows/items/properties/executed_time",
    "VenueWithdrawalHistoryResponse/allOf/1/properties/data/properties/rows/items/properties/trigger_by",
    "PositionHistoryResponse/allOf/1/properties/data/properties/rows/items/properties/liquidation_id",
}


def test_bundled_null_examples_are_nullable(upstream_spec: dict[str, Any], bundled_inline: dict[str, Any]) -> None:
    found = {
        "/".join(map(str, path[2:]))
        for path, node in walk(upstream_spec["components"]["schemas"], ("components", "schemas"))
        if isinstance(node, dict) and "example" in node and node["example"] is None and not set(path) & VERBATIM
        if not node.get("nullable")
    }
    assert found == NULL_EXAMPLES
    for where in found:
        node = bundled_inline["components"]["schemas"]
        for key in where.split("/"):
            node = node[int(key)] if isinstance(node, list) else node[key]
        assert node["nullable"] is True, where
        assert node["example"] is None, where


# --- the corrections table ----------------------------------------------------------------------


CORRECTION_ROWS = list(load_importer().CORRECTIONS)


def test_corrections_have_reasons(import_spec: ModuleType) -> None:
    assert CORRECTION_ROWS
    for pointer, (correction, why) in import_spec.CORRECTIONS.items():
        assert pointer.startswith("/"), pointer
        assert isinstance(why, str) and 20 <= len(why) <= 110 and "\n" not in why, pointer
        kinds = {"Retype", "DropExample", "RewordExample", "MoveExample", "SplitExample"}
        assert type(correction).__name__ in kinds, pointer


@pytest.mark.parametrize("pointer", CORRECTION_ROWS, ids=lambda p: "/".join(p.rsplit("/", 2)[-2:]))
def test_correction_applies(
    pointer: str, upstream_spec: dict[str, Any], bundled_inline: dict[str, Any], import_spec: ModuleType
) -> None:
    """The row names what upstream has at its place, the bundled spec has it corrected, and a second
    application finds the upstream fact gone (which is how a stale row stops the import)."""
    correction, _why = import_spec.CORRECTIONS[pointer]
    before = import_spec.resolve_pointer(upstream_spec, pointer)
    after = import_spec.resolve_pointer(bundled_inline, pointer)
    match type(correction).__name__:
        case "Retype":
            assert before["type"] == correction.was
            assert (after["type"], after["x-upstream-type"]) == (correction.now, correction.was)
            assert after.get("nullable", False) == correction.nullable or before.get("nullable") is True
        case "DropExample":
            assert before["example"] == correction.was
            assert "example" not in after
        case "RewordExample":
            assert before["example"] == correction.was
            assert after["example"] == correction.now
        case "MoveExample":
            target = import_spec.resolve_pointer(after, f"/{correction.to}")
            assert "example" not in after
            assert "example" not in import_spec.resolve_pointer(before, f"/{correction.to}")
            assert same_value(before["example"], target["example"])
        case "SplitExample":
            assert "example" not in after["schema"]
            values = [named["value"] for named in after["examples"].values()]
            assert same_value(before["schema"]["example"], values)
            assert list(after["examples"]) == [v[correction.by] for v in values]
        case other:
            raise AssertionError(f"untested kind of correction: {other}")
    with pytest.raises(import_spec.StaleCorrectionError, match=re.escape(pointer)):
        import_spec.apply_correction(copy.deepcopy(bundled_inline), pointer, correction)


@pytest.mark.parametrize("pointer", CORRECTION_ROWS, ids=lambda p: "/".join(p.rsplit("/", 2)[-2:]))
def test_stale_correction_stops_the_import(
    pointer: str, upstream_spec: dict[str, Any], docs_tsv: Path, import_spec: ModuleType
) -> None:
    """Upstream without the place a row corrects (fixed, moved, renamed): normalise() refuses, naming the row."""
    upstream = copy.deepcopy(upstream_spec)
    parent_pointer, last = pointer.rsplit("/", 1)
    parent = import_spec.resolve_pointer(upstream, parent_pointer)
    del parent[last.replace("~1", "/").replace("~0", "~")]
    with pytest.raises(import_spec.StaleCorrectionError, match=re.escape(pointer)):
        import_spec.normalise(upstream, import_spec.load_docs_index(docs_tsv))


@pytest.mark.parametrize(
    ("node", "correction"),
    [
        ({"type": "integer"}, ("Retype", "string", "number")),
        ({"type": "string", "x-upstream-type": "number"}, ("Retype", "string", "number")),
        ({"type": "integer", "example": 3}, ("DropExample", 0.03)),
        ({"type": "integer", "example": 1}, ("DropExample", True)),
        ({"type": "integer"}, ("DropExample", 0.03)),
        ({"type": "object", "properties": {"rows": {"type": "array"}}}, ("MoveExample", "properties/rows")),
        ({"example": [], "properties": {"rows": {"example": []}}}, ("MoveExample", "properties/rows")),
        ({"example": [], "properties": {}}, ("MoveExample", "properties/rows")),
        ({"schema": {"example": {"a": 1}}}, ("SplitExample", "a")),
        ({"schema": {"example": [{"a": "x"}, {"a": "x"}]}}, ("SplitExample", "a")),
        ({"schema": {"example": [{"a": "x"}]}, "example": {}}, ("SplitExample", "a")),
    ],
)
def test_correction_that_does_not_match_is_stale(
    node: dict[str, Any], correction: tuple[Any, ...], import_spec: ModuleType
) -> None:
    kind, *args = correction
    spec = {"components": {"schemas": {"X": node}}}
    with pytest.raises(import_spec.StaleCorrectionError, match="/components/schemas/X"):
        import_spec.apply_corrections(spec, {"/components/schemas/X": (getattr(import_spec, kind)(*args), "why")})


def test_corrections_on_a_synthetic_spec(import_spec: ModuleType) -> None:
    spec: dict[str, Any] = {
        "a": {"type": "string", "example": 5},
        "b": {"type": "integer", "example": 0.5},
        "c": {"example": [{"x": 1}], "properties": {"rows": {"type": "array"}}},
        "d": {"schema": {"type": "object", "example": [{"k": "P"}, {"k": "Q"}]}},
    }
    import_spec.apply_corrections(
        spec,
        {
            "/a": (import_spec.Retype("string", "integer", nullable=True), "why"),
            "/b": (import_spec.DropExample(0.5), "why"),
            "/c": (import_spec.MoveExample("properties/rows"), "why"),
            "/d": (import_spec.SplitExample("k"), "why"),
        },
    )
    assert spec == {
        "a": {"type": "integer", "example": 5, "x-upstream-type": "string", "nullable": True},
        "b": {"type": "integer"},
        "c": {"properties": {"rows": {"type": "array", "example": [{"x": 1}]}}},
        "d": {"schema": {"type": "object"}, "examples": {"P": {"value": {"k": "P"}}, "Q": {"value": {"k": "Q"}}}},
    }


# --- names that are keywords --------------------------------------------------------------------


def test_properties_named_like_keywords_are_schemas(import_spec: ModuleType) -> None:
    """A property named ``default``, ``example`` or ``enum`` is a schema: its prose goes, its types are fixed."""
    prose = "A long upstream sentence about what this property means, which must not be bundled."
    spec: dict[str, Any] = {
        "openapi": "3.0.1",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "S": {
                    "type": "object",
                    "properties": {
                        name: {
                            "type": "object",
                            "description": prose,
                            "properties": {"symbol": {"type": "number", "description": prose}},
                            "example": {"description": prose, "symbol": "PERP_BTC_USDC"},
                        }
                        for name in ("default", "example", "enum", "description")
                    },
                    "default": {"description": prose},
                    "example": {"default": {"description": prose}},
                }
            }
        },
    }
    out = import_spec.normalise(spec, {}, corrections={})["components"]["schemas"]["S"]
    for name in ("default", "example", "enum", "description"):
        assert out["properties"][name] == {
            "type": "object",
            "properties": {"symbol": {"type": "string", "x-upstream-type": "number"}},
            "example": {"description": prose, "symbol": "PERP_BTC_USDC"},  # data, kept as it is
        }, name
    assert out["default"] == {"description": prose}
    assert out["example"] == {"default": {"description": prose}}


def test_bundled_property_named_default(bundled_spec: dict[str, Any]) -> None:
    durations = bundled_spec["components"]["schemas"]["TvConfigResponse"]["properties"]["d"]["properties"]["durations"]
    assert durations["items"]["properties"]["default"] == {"type": "boolean"}
