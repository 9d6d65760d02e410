"""Request checks against the spec: query, path and header parameters, and the JSON body.

As on Orderly's server, a number in a body may be sent as a JSON number or as numeric text
(``"order_price": "0.3"``, what ccxt sends): the checked body holds the number either way. The
other way round, a whole JSON number where the spec types a string is taken as its digits (the
official connector sends a registration's ``timestamp`` as a number; the live server accepts it).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from ._errors import INVALID_PARAMETER, UNKNOWN_PARAMETER, ApiError
from ._schema import Schemas
from ._spec import JSON, Operation, Parameter

_INTEGER = re.compile(r"[+-]?\d+")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def coerce(text: str, schema: JSON) -> Any:
    """The typed value of a parameter sent as ``text``; ``ValueError`` when it is not of the type."""
    kind = schema.get("type")
    if kind == "integer":
        if not _INTEGER.fullmatch(text):
            raise ValueError(f"expected an integer, got {text!r}")
        return int(text)
    if kind == "number":
        if not _NUMBER.fullmatch(text):
            raise ValueError(f"expected a number, got {text!r}")
        number = float(text)
        return int(number) if number.is_integer() and _INTEGER.fullmatch(text) else number
    if kind == "boolean":
        lowered = text.lower()
        if lowered not in ("true", "false"):
            raise ValueError(f"expected true or false, got {text!r}")
        return lowered == "true"
    return text


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not valid JSON")


class RequestValidator:
    """Checks a request's parameters and body against its operation in the spec."""

    def __init__(self, schemas: Schemas) -> None:
        self.schemas = schemas

    def _typed(self, parameter: Parameter, texts: list[str]) -> Any:
        schema = self.schemas.flatten(parameter.schema)
        try:
            if schema.get("type") == "array":
                items = self.schemas.flatten(schema.get("items", {}))
                if len(texts) == 1:  # comma-separated (``order_ids=1,2,3``): each item checked, the text kept
                    problem = self.schemas.check([coerce(t, items) for t in texts[0].split(",")], schema, "")
                    if problem:
                        raise ValueError(problem.removeprefix("value").lstrip(": "))
                    return texts[0]
                value: Any = [coerce(text, items) for text in texts]
            elif len(texts) > 1:
                raise ValueError("given more than once")
            else:
                value = coerce(texts[0], schema)
        except ValueError as exc:
            raise ApiError(INVALID_PARAMETER, f"parameter {parameter.name}: {exc}") from None
        problem = self.schemas.check(value, schema, f"parameter {parameter.name}")
        if problem:
            raise ApiError(INVALID_PARAMETER, problem)
        return value

    def parameters(
        self, operation: Operation, path_params: Mapping[str, str], query: Iterable[tuple[str, str]]
    ) -> dict[str, Any]:
        """The path and query parameters, typed; -1004 for unknown or missing ones, -1005 for bad values."""
        declared = operation.parameters_in("query")
        given: dict[str, list[str]] = {}
        for name, text in query:
            if name not in declared:
                raise ApiError(UNKNOWN_PARAMETER, f"unknown parameter {name!r} for {operation.key}")
            given.setdefault(name, []).append(text)
        values: dict[str, Any] = {}
        for name, parameter in declared.items():
            if name in given:
                values[name] = self._typed(parameter, given[name])
            elif parameter.required:
                raise ApiError(UNKNOWN_PARAMETER, f"missing required parameter {name!r} for {operation.key}")
        for name, parameter in operation.parameters_in("path").items():
            values[name] = self._typed(parameter, [path_params[name]])
        return values

    def header(self, operation: Operation, name: str, text: str | None) -> Any:
        """A declared header parameter, typed (None when absent); -1005 when malformed."""
        parameter = operation.parameters_in("header").get(name)
        if parameter is None or text is None:
            return None
        return self._typed(parameter, [text])

    def numbers_from_text(self, value: Any, schema: JSON) -> Any:
        """``value`` with numeric text made the number it spells wherever ``schema`` declares a number."""
        node = self.schemas.flatten(schema)
        kind = node.get("type")
        if isinstance(value, str) and kind in ("number", "integer"):
            try:
                return coerce(value.strip(), node) if value.strip() == value else value
            except ValueError:
                return value  # not a number: the schema check says so
        if kind == "string" and isinstance(value, int) and not isinstance(value, bool) and "enum" not in node:
            return str(value)  # a whole number as its digits; the pattern (if any) is still checked
        if isinstance(value, dict):
            properties: JSON = node.get("properties", {})
            extra: Any = node.get("additionalProperties")
            return {
                name: self.numbers_from_text(item, properties.get(name, extra))
                if name in properties or isinstance(extra, dict)
                else item
                for name, item in value.items()
            }
        items = node.get("items")
        if isinstance(value, list) and isinstance(items, dict):
            return [self.numbers_from_text(item, items) for item in value]
        return value

    def body(self, operation: Operation, raw: bytes) -> Any:
        """The JSON body, checked against the operation's schema (None when it declares none); -1005 if bad."""
        schema = operation.body_schema
        if not raw.strip():
            if schema is None:
                return None
            if operation.body_required or self.schemas.flatten(schema).get("required"):
                raise ApiError(INVALID_PARAMETER, f"{operation.key} needs a JSON body")
            return {}
        try:
            value = json.loads(raw, parse_constant=_reject_constant)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ApiError(INVALID_PARAMETER, f"body is not valid JSON: {exc}") from None
        if schema is None:
            return value
        value = self.numbers_from_text(value, schema)
        problem = self.schemas.check(value, schema, "body")
        if problem:
            raise ApiError(INVALID_PARAMETER, problem)
        return value
