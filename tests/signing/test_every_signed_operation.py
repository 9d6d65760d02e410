"""Every signed operation of the spec, called through its generated function, is signed and verified."""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import types
import typing
from collections.abc import Iterator
from typing import Any

import pytest

from orderly_auth import create_client
from orderly_client.api import OPERATIONS, Operation
from orderly_client.client import AuthenticatedClient
from orderly_client.types import Unset
from orderly_sandbox import Sandbox
from orderly_sandbox._responses import schemas_for
from orderly_sandbox._spec import Spec
from tests.live_support import NO_LIMITS, signature_is_valid

SPEC = Spec.load()
SCHEMAS = schemas_for(SPEC)
SIGNED = [op for op in OPERATIONS if op.signed]
# A realistic x-recv-window (the spec's example, a few ms, fails whenever a call is slow): the signature is
# what this test checks, never how fast the call was.
RECV_WINDOW_MS = 60_000


@pytest.fixture(scope="module")
def raw_client(sandbox: Sandbox) -> Iterator[AuthenticatedClient]:
    """Errors come back as answers here: what is checked is the signature, not the business outcome."""
    with create_client(sandbox.credentials, base_url=sandbox.base_url, rate_limit=NO_LIMITS, raise_on_error=False) as c:
        yield c


def _concrete(annotation: Any) -> Any:
    """The first type of a union that is not ``Unset``/``None``."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return next(a for a in typing.get_args(annotation) if a not in (Unset, type(None)))
    return annotation


def _value(annotation: Any, example: Any) -> Any:
    kind = _concrete(annotation)
    if inspect.isclass(kind) and issubclass(kind, enum.Enum):
        return kind(example) if example in {m.value for m in kind} else next(iter(kind))
    if hasattr(kind, "from_dict"):
        return kind.from_dict(example)
    if typing.get_origin(kind) is list:
        (item,) = typing.get_args(kind)
        return [_value(item, x) for x in (example if isinstance(example, list) else [example])]
    if kind is datetime.date:
        return datetime.date.fromisoformat(example) if isinstance(example, str) else datetime.date(2024, 1, 1)
    if kind is datetime.datetime:
        return datetime.datetime.fromisoformat(example) if isinstance(example, str) else datetime.datetime(2024, 1, 1)
    if kind is int and not isinstance(example, int):
        return 1
    if kind is float and not isinstance(example, int | float):
        return 1.0
    if kind is bool and not isinstance(example, bool):
        return True
    if kind is str and not isinstance(example, str):
        return str(example)
    return example


def _arguments(op: Operation, function: Any) -> dict[str, Any]:
    """Every parameter of the generated function, valued from the spec's schemas and examples."""
    spec_op = SPEC.operation(op.method, op.path)
    by_name = {p.name.replace("-", "_"): p for p in spec_op.parameters}
    hints = typing.get_type_hints(function)
    arguments: dict[str, Any] = {}
    for name in inspect.signature(function).parameters:
        if name == "client":
            continue
        if name == "x_recv_window":  # the schema's least value (1 ms) would make the test depend on timing
            arguments[name] = 60_000
        elif name == "body":
            arguments[name] = _value(hints[name], SCHEMAS.example(spec_op.body_schema or {}))
        elif name == "x_recv_window":
            arguments[name] = RECV_WINDOW_MS
        else:
            parameter = by_name.get(name) or by_name.get(name.rstrip("_"))
            example = SCHEMAS.example(parameter.schema) if parameter is not None else "x"
            arguments[name] = _value(hints[name], example)
    if "x_recv_window" in arguments:
        # A window no loaded machine exceeds: these tests check signatures, never timing (1 ms did fail).
        arguments["x_recv_window"] = 60_000
    return arguments


@pytest.mark.parametrize("op", SIGNED, ids=[f"{op.method} {op.path}" for op in SIGNED])
def test_signed_operation_is_verified(op: Operation, raw_client: AuthenticatedClient, sandbox: Sandbox) -> None:
    module = importlib.import_module(f"orderly_client.api.{op.module}")
    before = len(sandbox.requests)
    module.sync_detailed(client=raw_client, **_arguments(op, module.sync_detailed))
    (record,) = list(sandbox.requests)[before:]
    assert record.operation == f"{op.method} {op.path}"
    assert "orderly-signature" in record.headers
    assert signature_is_valid(record)
    assert record.code not in (-1001, -1002), record.message


def test_all_signed_operations_are_covered() -> None:
    assert len(SIGNED) == 153  # 152 upstream, 1 from the overlay
