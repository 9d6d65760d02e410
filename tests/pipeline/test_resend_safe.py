"""The importer's resend rule (``x-orderly-resend-safe``) and how it reaches the generated ``OPERATIONS``."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from orderly_client.api import OPERATIONS
from tests.pipeline._pipeline_support import iter_operations


def _query(name: str, *, required: bool = True, kind: str = "string") -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "schema": {"type": kind}}


@pytest.mark.parametrize(
    ("method", "params", "expected"),
    [
        ("get", [], True),
        ("get", [_query("symbol", required=False)], True),
        ("post", [_query("order_id")], False),
        ("put", [_query("order_id")], False),
        ("patch", [], False),
        # A DELETE that names one object by a required id: a repeat finds it gone.
        ("delete", [_query("symbol"), _query("order_id", kind="integer")], True),
        ("delete", [_query("symbol"), _query("client_order_id")], True),
        ("delete", [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}], True),
        # Filters and lists: cancel all, all of a symbol, batch cancels.
        ("delete", [], False),
        ("delete", [_query("symbol", required=False)], False),
        ("delete", [_query("symbol"), _query("algo_type", required=False)], False),
        ("delete", [_query("order_ids")], False),
        ("delete", [_query("client_order_ids")], False),
        ("delete", [_query("order_id", required=False)], False),
        ("delete", [_query("order_id", kind="array")], False),
        ("delete", [_query("order_id"), _query("order_ids", required=False)], False),
        # A signing header that ends in _id (upstream spells one orderly_account_id) names nothing.
        ("delete", [{"name": "orderly_account_id", "in": "header", "required": True}], False),
    ],
)
def test_rule(import_spec: ModuleType, method: str, params: list[dict[str, Any]], expected: bool) -> None:
    assert import_spec.resend_safe(method, {"parameters": params}, {}) is expected


def test_rule_follows_parameter_references(import_spec: ModuleType) -> None:
    components = {"OrderId": _query("order_id"), "Symbol": _query("symbol", required=False)}
    one = {"parameters": [{"$ref": "#/components/parameters/OrderId"}]}
    filtered = {"parameters": [{"$ref": "#/components/parameters/Symbol"}]}
    assert import_spec.resend_safe("delete", one, components) is True
    assert import_spec.resend_safe("delete", filtered, components) is False


def test_a_delete_with_a_body_is_not_resend_safe(import_spec: ModuleType) -> None:
    op = {"parameters": [_query("order_id")], "requestBody": {"content": {}}}
    assert import_spec.resend_safe("delete", op, {}) is False


def test_every_bundled_operation_carries_the_flag(bundled_spec: dict[str, Any]) -> None:
    for method, path, op in iter_operations(bundled_spec):
        assert isinstance(op.get("x-orderly-resend-safe"), bool), f"{method} {path}"


def test_generated_operations_carry_the_spec_flag(bundled_spec: dict[str, Any]) -> None:
    flags = {f"{m.upper()} {p}": op["x-orderly-resend-safe"] for m, p, op in iter_operations(bundled_spec)}
    assert {f"{op.method} {op.path}": op.resend_safe for op in OPERATIONS} == flags


def test_bundled_deletes_are_classified_as_expected() -> None:
    unsafe = sorted(op.path for op in OPERATIONS if op.method == "DELETE" and not op.resend_safe)
    assert unsafe == ["/v1/algo/orders", "/v1/batch-order", "/v1/client/batch-order", "/v1/orders"]


def test_mark_resend_safe_covers_every_operation(import_spec: ModuleType) -> None:
    spec: dict[str, Any] = {
        "paths": {
            "/v1/orders": {"get": {}, "delete": {"parameters": [_query("symbol", required=False)]}},
            "/v1/order": {"post": {}, "delete": {"parameters": [{"$ref": "#/components/parameters/OrderId"}]}},
        },
        "components": {"parameters": {"OrderId": _query("order_id")}},
    }
    import_spec.mark_resend_safe(spec)
    flags = {(m, p): op["x-orderly-resend-safe"] for p, item in spec["paths"].items() for m, op in item.items()}
    assert flags == {
        ("get", "/v1/orders"): True,
        ("delete", "/v1/orders"): False,
        ("post", "/v1/order"): False,
        ("delete", "/v1/order"): True,
    }
