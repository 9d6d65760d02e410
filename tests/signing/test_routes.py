"""The route table: every spec operation is found by its method and encoded path."""

from __future__ import annotations

import re

import pytest

from orderly_auth._routes import RouteTable
from orderly_client.api import OPERATIONS


def _concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "some%2Fvalue", path)


def test_every_operation_is_found() -> None:
    table = RouteTable()
    assert len(table) == len(OPERATIONS) == 230  # 229 upstream, 1 from the overlay
    for op in OPERATIONS:
        route = table.lookup(op.method, _concrete(op.path))
        assert route is not None, op
        assert route.operation == f"{op.method} {op.path}"
        assert route.signed is op.signed


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("GET", "/v1/order/123", "GET /v1/order/{order_id}"),
        ("GET", "/v1/order/123/trades", "GET /v1/order/{order_id}/trades"),
        ("GET", "/v1/client/order/my-id", "GET /v1/client/order/{client_order_id}"),
        ("GET", "/v1/algo/client/order/x", "GET /v1/algo/client/order/{client_order_id}"),
        ("DELETE", "/v1/client/order", "DELETE /v1/client/order"),
        ("GET", "/v1/positions", "GET /v1/positions"),
    ],
)
def test_lookup(method: str, path: str, expected: str) -> None:
    route = RouteTable().lookup(method, path)
    assert route is not None
    assert route.operation == expected


@pytest.mark.parametrize(
    ("method", "path"), [("GET", "/v1/nope"), ("PATCH", "/v1/order"), ("GET", "/v1/order/1/2/3"), ("GET", "/v1/order/")]
)
def test_unknown_paths(method: str, path: str) -> None:
    assert RouteTable().lookup(method, path) is None
