"""Orderly-shaped answers as compact JSON bytes: successes, failures and the spec's example answers."""

from __future__ import annotations

import functools
import json
from decimal import Decimal
from typing import Any

from ._schema import Schemas
from ._spec import Operation, Spec

_encode = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode


def _with_decimals(value: Any) -> str:
    """JSON text of ``value`` where a Decimal is a JSON number in plain positional notation (``0.00001``)."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dict):
        return "{" + ",".join(f"{_encode(str(key))}:{_with_decimals(item)}" for key, item in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(_with_decimals(item) for item in value) + "]"
    return _encode(value)


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON; Decimal values are written as exact JSON numbers (money in the market is Decimal)."""
    try:
        return _encode(value).encode("utf-8")
    except TypeError:
        return _with_decimals(value).encode("utf-8")


def success(data: Any, now_ms: int) -> bytes:
    """``{"success": true, "data": ..., "timestamp": <server ms>}``."""
    return dumps({"success": True, "data": data, "timestamp": now_ms})


def failure(code: int, message: str, now_ms: int) -> bytes:
    """``{"success": false, "code": ..., "message": ..., "timestamp": <server ms>}``."""
    return dumps({"success": False, "code": code, "message": message, "timestamp": now_ms})


class Examples:
    """The ``200`` answer of each operation built from its response schema, encoded once and stamped per request."""

    def __init__(self, schemas: Schemas) -> None:
        self.schemas = schemas
        self._encoded: dict[str, tuple[bytes, bool]] = {}

    def value(self, operation: Operation) -> Any:
        """The example answer as a Python value (``success`` true, no ``timestamp``)."""
        value = self.schemas.example(operation.response_schema)
        if isinstance(value, dict):
            if "success" in value:
                value["success"] = True
            value.pop("timestamp", None)
        return value

    def body(self, operation: Operation, now_ms: int) -> bytes:
        """The example answer, with ``timestamp`` set to the server time when its schema has one."""
        cached = self._encoded.get(operation.key)
        if cached is None:
            value = self.value(operation)
            flat = self.schemas.flatten(operation.response_schema)
            stamped = isinstance(value, dict) and "timestamp" in flat.get("properties", {})
            cached = self._encoded[operation.key] = (dumps(value), stamped)
        encoded, stamped = cached
        if not stamped:
            return encoded
        separator = b"" if encoded == b"{}" else b","
        return b'%s%s"timestamp":%d}' % (encoded[:-1], separator, now_ms)


@functools.cache
def schemas_for(spec: Spec) -> Schemas:
    """The schema helper for a spec, shared by every sandbox using it."""
    return Schemas(spec.document)


@functools.cache
def examples_for(spec: Spec) -> Examples:
    """The example answers for a spec, shared by every sandbox using it."""
    return Examples(schemas_for(spec))
