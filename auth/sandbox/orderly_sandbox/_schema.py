"""JSON-schema work on the spec's (OpenAPI 3.0) schemas: resolve, merge ``allOf``, validate, make examples."""

from __future__ import annotations

import copy
import datetime
import math
import re
from typing import Any

from ._spec import JSON, resolve

_PATTERN_GUESSES = ("A", "a", "AB_1", "abc", "0", "1", "x-1", "2024-01-01")


def _type_of(schema: JSON) -> str | None:
    declared = schema.get("type")
    if isinstance(declared, str):
        return declared
    if "properties" in schema or "additionalProperties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return None


def describe(value: object) -> str:
    """The JSON type name of ``value``, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


class Schemas:
    """Schemas of one spec document, flattened once each and checked or exemplified on demand."""

    def __init__(self, document: JSON) -> None:
        self.document = document
        # id(schema) -> (schema, flattened): holding the schema keeps its id from being reused.
        self._flat: dict[int, tuple[JSON, JSON]] = {}

    def flatten(self, schema: JSON) -> JSON:
        """``schema`` with ``$ref`` followed and ``allOf`` merged into one object schema."""
        if "$ref" not in schema and "allOf" not in schema:
            return schema
        cached = self._flat.get(id(schema))
        if cached is not None:
            return cached[1]
        node = resolve(self.document, schema)
        if "allOf" in node:
            merged: JSON = {"type": "object", "properties": {}, "required": []}
            for part in node["allOf"]:
                flat = self.flatten(part)
                for key, value in flat.items():
                    if key == "properties":
                        merged["properties"].update(value)
                    elif key == "required":
                        merged["required"] += [name for name in value if name not in merged["required"]]
                    elif key != "type":
                        merged[key] = value
            for key, value in node.items():
                if key not in ("allOf", "properties", "required"):
                    merged[key] = value
            merged["properties"].update(node.get("properties", {}))
            merged["required"] += [name for name in node.get("required", []) if name not in merged["required"]]
            node = merged
        self._flat[id(schema)] = (schema, node)
        return node

    # -- validation ----------------------------------------------------------------------------

    def check(self, value: object, schema: JSON, where: str = "") -> str | None:
        """The first way ``value`` breaks ``schema``, as ``"where: problem"``, or None when it fits."""
        node = self.flatten(schema)
        label = where or "value"
        if value is None:
            if node.get("nullable") or (_type_of(node) is None and "oneOf" not in node and "anyOf" not in node):
                return None
            return f"{label}: must not be null"
        alternatives = node.get("oneOf") or node.get("anyOf")
        if alternatives:
            problems = [self.check(value, option, where) for option in alternatives]
            if all(problems):
                return problems[0]
        if "enum" in node and value not in node["enum"]:
            allowed = "/".join(str(option) for option in node["enum"])
            return f"{label}: {value!r} is not one of {allowed}"
        kind = _type_of(node)
        checker = _CHECKS.get(kind) if kind else None
        return checker(self, value, node, label) if checker else None

    def _check_object(self, value: object, node: JSON, label: str) -> str | None:
        if not isinstance(value, dict):
            return f"{label}: expected an object, got {describe(value)}"
        prefix = f"{label}." if label != "value" else ""
        for name in node.get("required", ()):
            if name not in value:
                return f"{prefix}{name}: required"
        properties: JSON = node.get("properties", {})
        extra = node.get("additionalProperties")
        for name, item in value.items():
            if name in properties:
                problem = self.check(item, properties[name], f"{prefix}{name}")
            elif isinstance(extra, dict):
                problem = self.check(item, extra, f"{prefix}{name}")
            else:
                problem = None  # Unknown fields are ignored, as Orderly's server does.
            if problem:
                return problem
        return None

    def _check_array(self, value: object, node: JSON, label: str) -> str | None:
        if not isinstance(value, list):
            return f"{label}: expected an array, got {describe(value)}"
        if "minItems" in node and len(value) < node["minItems"]:
            return f"{label}: at least {node['minItems']} items"
        if "maxItems" in node and len(value) > node["maxItems"]:
            return f"{label}: at most {node['maxItems']} items"
        items = node.get("items")
        if isinstance(items, dict):
            for index, item in enumerate(value):
                problem = self.check(item, items, f"{label}[{index}]")
                if problem:
                    return problem
        return None

    def _check_string(self, value: object, node: JSON, label: str) -> str | None:
        if not isinstance(value, str):
            return f"{label}: expected a string, got {describe(value)}"
        if "minLength" in node and len(value) < node["minLength"]:
            return f"{label}: at least {node['minLength']} characters"
        if "maxLength" in node and len(value) > node["maxLength"]:
            return f"{label}: at most {node['maxLength']} characters"
        if "pattern" in node and not re.search(node["pattern"], value):
            return f"{label}: {value!r} does not match {node['pattern']}"
        if node.get("format") == "date":
            try:
                datetime.date.fromisoformat(value)
            except ValueError:
                return f"{label}: {value!r} is not a date (YYYY-MM-DD)"
        return None

    def _check_number(self, value: object, node: JSON, label: str) -> str | None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"{label}: expected a number, got {describe(value)}"
        if isinstance(value, float) and not math.isfinite(value):
            return f"{label}: must be finite"
        if node.get("type") == "integer" and isinstance(value, float) and not value.is_integer():
            return f"{label}: expected an integer, got {value!r}"
        if "minimum" in node and value < node["minimum"]:
            return f"{label}: must be at least {node['minimum']}"
        if "maximum" in node and value > node["maximum"]:
            return f"{label}: must be at most {node['maximum']}"
        return None

    def _check_boolean(self, value: object, node: JSON, label: str) -> str | None:
        if not isinstance(value, bool):
            return f"{label}: expected a boolean, got {describe(value)}"
        return None

    # -- examples -------------------------------------------------------------------------------

    def example(self, schema: JSON) -> Any:
        """A value that fits ``schema``: every property present, the spec's ``example`` where it fits."""
        node = self.flatten(schema)
        if "example" in node and self._is_leaf(node) and self.check(node["example"], node) is None:
            return copy.deepcopy(node["example"])  # callers may change it; the spec must not change
        alternatives = node.get("oneOf") or node.get("anyOf")
        if alternatives:
            return self.example(alternatives[0])
        if "enum" in node:
            return next((option for option in node["enum"] if option is not None), None)
        kind = _type_of(node)
        if kind == "object":
            return self._example_object(node)
        if kind == "array":
            items = node.get("items")
            return [self.example(items)] if isinstance(items, dict) else []
        return _default(node)

    def _is_leaf(self, node: JSON) -> bool:
        """True when a spec ``example`` can stand for the whole value (no properties to fill in)."""
        kind = _type_of(node)
        if kind == "object":
            return not node.get("properties")
        if kind == "array":
            items = node.get("items")
            return not isinstance(items, dict) or self._is_leaf(self.flatten(items))
        return True

    def _example_object(self, node: JSON) -> JSON:
        stated = node.get("example")
        given: JSON = stated if isinstance(stated, dict) else {}
        result: JSON = {}
        for name, prop in node.get("properties", {}).items():
            flat = self.flatten(prop)
            if "example" not in flat and name in given and self.check(given[name], flat) is None:
                result[name] = copy.deepcopy(given[name])
            else:
                result[name] = self.example(prop)
        for name in node.get("required", ()):
            # Required but never declared (a spec slip, e.g. a misspelt property): present, untyped.
            result.setdefault(name, copy.deepcopy(given.get(name)))
        return result


def _default(node: JSON) -> Any:
    kind = _type_of(node)
    if kind in ("integer", "number"):
        value = node.get("minimum", 1)
        if "maximum" in node:
            value = min(value, node["maximum"])
        return int(value) if kind == "integer" else float(value)
    if kind == "boolean":
        return False
    if kind == "string":
        if node.get("format") == "date":
            return "2024-01-01"
        minimum = int(node.get("minLength", 0))
        pattern = node.get("pattern")
        candidates = _PATTERN_GUESSES if pattern else ("string",)
        for candidate in candidates:
            text = candidate.ljust(minimum, candidate[-1])
            if pattern is None or re.search(pattern, text):
                return text
        return "string"
    return None


_CHECKS = {
    "object": Schemas._check_object,
    "array": Schemas._check_array,
    "string": Schemas._check_string,
    "number": Schemas._check_number,
    "integer": Schemas._check_number,
    "boolean": Schemas._check_boolean,
}
