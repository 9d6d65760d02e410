"""Every operation's response model reads what its schema describes and writes it back unchanged.

An instance is built from the 200 response schema of each operation (every property, required
or optional, with the spec's examples where it has them), sent through the endpoint module's own
response handling as a real ``httpx2.Response``, and written back with ``to_dict()``: the same JSON
values, numbers as exact Decimals of the text sent (``as_received``).
"""

from __future__ import annotations

import datetime
import importlib
import json
import re
import typing
from collections.abc import Callable
from typing import Any

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orderly_client import Client
from orderly_client.api import OPERATIONS, Operation
from orderly_client.types import parse_json
from tests.pipeline._pipeline_support import BUNDLED_SPEC, iter_operations, load_yaml

SPEC: dict[str, Any] = load_yaml(BUNDLED_SPEC)
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
# OpenAPI mappings whose keys are names, not keywords.
NAME_MAPS = frozenset(
    {"properties", "schemas", "parameters", "responses", "requestBodies", "headers", "content", "paths"}
)
# The key used for entries of free-form maps (``additionalProperties``); no schema declares a property of that name.
MAP_KEY = "x-map-key"
CLIENT = Client(base_url="https://sandbox.invalid", raise_on_unexpected_status=True)

# --- known failures ---------------------------------------------------------------------------------

# Operation module -> why its round trip fails (a strict xfail: fixing it fails the test until the row goes).
# None left: the generator's `data` shadowing and the importer's YAML dates are fixed.
ROUNDTRIP_XFAIL: dict[str, str] = {}


# --- schemas --------------------------------------------------------------------------------------


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def merged(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with references resolved and ``allOf`` parts merged into one object schema."""
    schema = resolve(schema)
    if "allOf" not in schema:
        return schema
    out: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    out.setdefault("type", "object")
    properties: dict[str, Any] = {}
    required: list[str] = []
    for item in schema["allOf"]:
        part = merged(item)
        properties.update(part.get("properties", {}))
        required += [r for r in part.get("required", []) if r not in required]
        for key in ("additionalProperties", "nullable"):
            if key in part:
                out[key] = part[key]
    out["properties"] = properties
    out["required"] = required
    return out


def kind(schema: dict[str, Any]) -> str:
    if "oneOf" in schema:
        return "oneOf"
    if "properties" in schema:
        return "object"
    return str(schema.get("type", "object"))


def response_schema(op: Operation) -> dict[str, Any]:
    schema: dict[str, Any] = SPEC["paths"][op.path][op.method.lower()]["responses"]["200"]["content"][
        "application/json"
    ]["schema"]
    return schema


SCALAR_DEFAULTS: dict[str, Any] = {"string": "text", "integer": 7, "number": 1.5, "boolean": True}


def build_instance(schema: dict[str, Any], map_keys: set[str]) -> Any:
    """A value for ``schema``: every property present, the spec's example where there is one.

    Objects with properties are always built property by property (their examples, when they have one,
    may leave properties out); keys of free-form maps are added to ``map_keys``.
    """
    schema = merged(schema)
    match kind(schema):
        case "oneOf":
            return build_instance(schema["oneOf"][0], map_keys)
        case "object" if "properties" in schema:
            return {name: build_instance(sub, map_keys) for name, sub in schema["properties"].items()}
        case "object":
            extra = schema.get("additionalProperties")
            if isinstance(schema.get("example"), dict):
                value = dict(schema["example"])
            elif isinstance(extra, dict):
                value = {MAP_KEY: build_instance(extra, map_keys)}
            else:
                value = {}
            map_keys.update(value)
            return value
        case "array":
            if isinstance(schema.get("example"), list) and kind(merged(schema["items"])) in SCALAR_DEFAULTS:
                return schema["example"]
            return [build_instance(schema["items"], map_keys)]
        case scalar:
            if "enum" in schema:
                return schema["example"] if schema.get("example") in schema["enum"] else schema["enum"][0]
            if "example" in schema:
                return schema["example"]
            if schema.get("format") == "date":
                return "2024-02-29"
            return SCALAR_DEFAULTS[scalar]


# --- the parsed model --------------------------------------------------------------------------


def endpoint_module(op: Operation) -> Any:
    return importlib.import_module(f"orderly_client.api.{op.module}")


def declared_models(op: Operation) -> set[type]:
    """The classes ``sync_detailed`` declares it returns: ``Response[Model]`` (or ``Response[A | B]``)."""
    (parsed,) = typing.get_args(typing.get_type_hints(endpoint_module(op).sync_detailed)["return"])
    return set(typing.get_args(parsed)) or {parsed}


def parse(op: Operation, body: Any) -> Any:
    """Parse ``body`` as the 200 response of ``op``, through the endpoint module's own response handling."""
    response = endpoint_module(op)._build_response(client=CLIENT, response=httpx2.Response(200, json=body))
    assert response.status_code == 200
    return response.parsed


def as_received(body: Any) -> Any:
    """``body`` as the client reads it off the wire: JSON numbers with a fraction or exponent are Decimals."""
    return parse_json(json.dumps(body).encode())


def unknown_keys(value: Any, where: str = "$") -> list[str]:
    """Keys a parsed model did not recognise, anywhere below ``value``."""
    out = []
    if hasattr(value, "__attrs_attrs__"):
        out += [f"{where}.{k}" for k in getattr(value, "additional_properties", {})]
        for attribute in value.__attrs_attrs__:
            if attribute.name != "additional_properties":
                out += unknown_keys(getattr(value, attribute.name), f"{where}.{attribute.name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out += unknown_keys(item, f"{where}[{index}]")
    return out


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def with_xfail(ops: list[Operation], reasons: dict[str, str]) -> list[Any]:
    return [
        pytest.param(op, id=op.module, marks=pytest.mark.xfail(strict=True, reason=reasons[op.module]))
        if op.module in reasons
        else pytest.param(op, id=op.module)
        for op in ops
    ]


# --- roundtrip of the examples ------------------------------------------------------------------


def test_every_operation_has_a_json_200_response() -> None:
    assert len(OPERATIONS) == 230  # 229 upstream, 1 from the overlay
    for op in OPERATIONS:
        assert response_schema(op), op.module


def test_map_key_is_not_a_property_name() -> None:
    def names(node: Any) -> set[str]:
        if isinstance(node, dict):
            found = set(node.get("properties", {})) if isinstance(node.get("properties"), dict) else set()
            return found.union(*(names(v) for v in node.values()))
        if isinstance(node, list):
            return set().union(*(names(v) for v in node))
        return set()

    assert MAP_KEY not in names(SPEC)


def test_xfail_list_names_real_operations() -> None:
    assert set(ROUNDTRIP_XFAIL) <= {op.module for op in OPERATIONS}


@pytest.mark.parametrize("op", with_xfail(list(OPERATIONS), ROUNDTRIP_XFAIL))
def test_response_model_roundtrip(op: Operation) -> None:
    map_keys: set[str] = set()
    body = build_instance(response_schema(op), map_keys)
    parsed = parse(op, body)
    assert type(parsed) in declared_models(op)
    ref = response_schema(op).get("$ref")
    if ref is not None:
        assert _squash(type(parsed).__name__) == _squash(ref.rsplit("/", 1)[-1])
    # Every declared property was recognised (only map entries may land in additional_properties)...
    assert [k for k in unknown_keys(parsed) if k.rsplit(".", 1)[-1] not in map_keys] == []
    # ...and comes back as it went in.
    assert parsed.to_dict() == as_received(body)


# --- roundtrip of random values of the right types ----------------------------------------------

JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
INT64 = st.integers(min_value=-(2**63), max_value=2**63 - 1)


def strategy(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Random JSON values of ``schema``'s type; optional properties sometimes left out."""
    schema = merged(schema)
    value = _strategy(schema)
    return st.none() | value if schema.get("nullable") else value


def _strategy(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    match kind(schema):
        case "oneOf":
            return st.one_of([strategy(s) for s in schema["oneOf"]])
        case "object" if "properties" in schema:
            required = set(schema.get("required", []))
            props = schema["properties"]
            return st.fixed_dictionaries(
                {k: strategy(v) for k, v in props.items() if k in required},
                optional={k: strategy(v) for k, v in props.items() if k not in required},
            )
        case "object":
            extra = schema.get("additionalProperties")
            values = strategy(extra) if isinstance(extra, dict) else JSON_SCALARS
            return st.dictionaries(st.text(max_size=8), values, max_size=3)
        case "array":
            return st.lists(strategy(schema["items"]), max_size=3)
        case _ if "enum" in schema:
            return st.sampled_from(schema["enum"])
        case "string" if schema.get("format") == "date":
            return st.dates().map(datetime.date.isoformat)
        case "string":
            return st.text(max_size=12)
        case "integer":
            return INT64
        case "number":
            return st.floats(allow_nan=False, allow_infinity=False) | INT64
        case "boolean":
            return st.booleans()
    raise AssertionError(f"no strategy for {schema}")


def _interesting(op: Operation) -> bool:
    text = json.dumps([merged(response_schema(op)), response_schema(op)], default=str)
    return any(word in text for word in ('"oneOf"', '"nullable"', '"additionalProperties"', '"enum"', '"date"'))


# A sample: every operation whose response has unions, nullable or enum values, maps or dates, and every 8th other.
SAMPLE = [op for i, op in enumerate(OPERATIONS) if _interesting(op) or i % 8 == 0]


def test_sample_is_a_sample() -> None:
    assert 20 <= len(SAMPLE) < len(OPERATIONS)


@pytest.mark.parametrize("op", with_xfail(SAMPLE, ROUNDTRIP_XFAIL))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_response_model_roundtrip_random(op: Operation, data: st.DataObject) -> None:
    body = data.draw(strategy(response_schema(op)), label="body")
    parsed = parse(op, body)
    assert type(parsed) in declared_models(op)
    assert parsed.to_dict() == as_received(body)


# --- examples against their declared types ------------------------------------------------------

JSON_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


def example_problems(value: Any, schema: dict[str, Any], where: str) -> list[str]:
    """What in ``value`` does not fit ``schema`` (types, nullability, enums; recursively)."""
    schema = resolve(schema)
    if "allOf" in schema:
        return [p for part in schema["allOf"] for p in example_problems(value, part, where)]
    if "oneOf" in schema:
        found = [example_problems(value, s, where) for s in schema["oneOf"]]
        return [] if [] in found else found[0]
    if value is None:
        return [] if schema.get("nullable") else [f"{where}: null, not nullable"]
    expected = kind(schema)
    if expected in JSON_TYPES and not JSON_TYPES[expected](value):
        return [f"{where}: {type(value).__name__} {value!r:.40} for {expected}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{where}: {value!r} not in enum"]
    out = []
    if expected == "object":
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            sub = schema.get("properties", {}).get(key, extra if isinstance(extra, dict) else None)
            if sub is not None:
                out += example_problems(item, sub, f"{where}.{key}")
    elif expected == "array":
        for index, item in enumerate(value):
            out += example_problems(item, schema["items"], f"{where}[{index}]")
    return out


def examples_below(node: Any, where: str, names: bool = False) -> list[str]:
    """Problems of every example below ``node`` (a schema, a parameter, an operation).

    The example of a parameter or a media type, and each of a media type's named ``examples``, is checked against
    its ``schema``; a schema's against itself. ``names``: ``node`` maps names to objects (``properties``...), so a
    property named ``example`` or ``default`` is a schema, not data.
    """
    out = []
    if isinstance(node, dict) and not names:
        schema = node.get("schema", node)
        if "example" in node:
            out += example_problems(node["example"], schema, where)
        if "schema" in node and isinstance(node.get("examples"), dict):
            for name, named in node["examples"].items():
                out += example_problems(named["value"], schema, f"{where}/examples/{name}")
        for key, value in node.items():
            if key not in ("example", "examples", "enum", "default"):
                out += examples_below(value, f"{where}/{key}", names=key in NAME_MAPS)
    elif isinstance(node, dict):
        for key, value in node.items():
            out += examples_below(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += examples_below(value, f"{where}/{index}")
    return out


def test_example_checker_finds_problems() -> None:
    media = {"schema": {"type": "integer"}, "example": "1", "examples": {"a": {"value": 2}, "b": {"value": "x"}}}
    assert examples_below(media, "$") == ["$: str '1' for integer", "$/examples/b: str 'x' for integer"]
    named = {"type": "object", "properties": {"example": {"type": "integer", "example": "1"}}}
    assert examples_below(named, "$") == ["$/properties/example: str '1' for integer"]
    schema = {"type": "object", "properties": {"n": {"type": "number"}, "s": {"type": "string", "enum": ["A"]}}}
    assert example_problems({"n": 1, "s": "A"}, schema, "$") == []
    assert example_problems({"n": "1", "s": "B"}, schema, "$") == ["$.n: str '1' for number", "$.s: 'B' not in enum"]
    assert example_problems([{}], schema, "$") == ["$: list [{}] for object"]
    assert example_problems(None, {"type": "integer", "nullable": True}, "$") == []
    assert example_problems(True, {"type": "integer"}, "$") == ["$: bool True for integer"]
    assert example_problems(datetime.date(2024, 1, 1), {"type": "string"}, "$") == [
        "$: date datetime.date(2024, 1, 1) for string"
    ]


EXAMPLE_ROOTS: list[str] = [f"{m.upper()} {p}" for m, p, _ in iter_operations(SPEC)] + [
    f"components/{section}/{name}" for section in ("schemas", "parameters") for name in SPEC["components"][section]
]
# Root -> why one of its examples does not fit (a strict xfail). None left: tools/import_spec.py repairs them all,
# by its rules or by a row of its CORRECTIONS table.
EXAMPLES_XFAIL: dict[str, str] = {}


def _root_node(root: str) -> Any:
    if root.startswith("components/"):
        _, section, name = root.split("/", 2)
        return SPEC["components"][section][name]
    method, path = root.split(" ", 1)
    return SPEC["paths"][path][method.lower()]


def test_examples_xfail_list_names_real_roots() -> None:
    assert set(EXAMPLES_XFAIL) <= set(EXAMPLE_ROOTS)


@pytest.mark.parametrize(
    "root",
    [
        pytest.param(r, marks=pytest.mark.xfail(strict=True, reason=EXAMPLES_XFAIL[r])) if r in EXAMPLES_XFAIL else r
        for r in EXAMPLE_ROOTS
    ],
)
def test_examples_fit_declared_types(root: str) -> None:
    """Every example of the bundled spec is a value of its schema (the importer repairs those that are not)."""
    assert examples_below(_root_node(root), root) == []


# --- values the API sends as null ---------------------------------------------------------------

# Properties upstream gives `example: null`: the importer makes them nullable (schema -> path to the property).
NULL_FROM_THE_API: dict[str, tuple[str | int, ...]] = {
    "MarketPriceChangeInfoResponse": ("data", "rows", 0, "30d"),
    "VenueWithdrawalHistoryResponse": ("data", "rows", 0, "executed_time"),
    "PositionHistoryResponse": ("data", "rows", 0, "liquidation_id"),
    "GetAccountStrategyVaultTransactionHistory": ("data", "rows", 0, "amount_change"),
}


@pytest.mark.parametrize(("name", "path"), list(NULL_FROM_THE_API.items()))
def test_null_from_the_api_survives_parsing(name: str, path: tuple[str | int, ...]) -> None:
    """A null where the API sends one is parsed as None (typed ``... | None``) and written back as null."""
    models = importlib.import_module("orderly_client.models")
    body = build_instance({"$ref": f"#/components/schemas/{name}"}, set())
    holder = body
    for key in path[:-1]:
        holder = holder[key]
    holder[path[-1]] = None
    parsed = getattr(models, name).from_dict(body)
    assert parsed.to_dict() == as_received(body)
    row = parsed
    for key in path[:-1]:
        row = row[key] if isinstance(key, int) else getattr(row, key)
    (field,) = [a.name for a in row.__attrs_attrs__ if a.name.removeprefix("field_") == path[-1]]
    assert getattr(row, field) is None
    assert type(None) in typing.get_args(typing.get_type_hints(type(row))[field])
    assert row.additional_properties == {}
