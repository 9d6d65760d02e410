"""Every operation of the spec answers, and its answer parses with the generated model and fits the schema."""

from __future__ import annotations

import importlib
import typing
from typing import TYPE_CHECKING, Any

import pytest

from orderly_client.api import OPERATIONS
from orderly_client.api import Operation as GeneratedOperation
from orderly_sandbox._responses import schemas_for
from orderly_sandbox._spec import Operation, Spec

if TYPE_CHECKING:
    from tests.sandbox.conftest import Api

SPEC = Spec.load()
#: Answered from wallet state: an example body carries no valid wallet signature and an example address
#: no registered wallet, so they are refused; their successes (parsed by the generated models) are in
#: tests/wallet, driven by real signed flows.
WALLET_STATEFUL = {
    "POST /v1/register_account",
    "POST /v1/orderly_key",
    "POST /v1/withdraw_request",
    "POST /v1/settle_pnl",
    "POST /v2/internal_transfer",
    "POST /v1/delegate_signer",
    "POST /v1/delegate_orderly_key",
    "POST /v1/delegate_withdraw_request",
    "POST /v1/delegate_settle_pnl",
    "POST /v1/sv_operation_request",
    "GET /v1/get_account",
    "GET /v1/get_orderly_key",
    "POST /v1/faucet/usdc",  # credits the registered account of the wallet: the example's is not
}
SCHEMAS = schemas_for(SPEC)
SYMBOL = "PERP_ETH_USDC"
ORDER = {"symbol": SYMBOL, "side": "BUY", "order_type": "LIMIT", "order_price": 2000, "order_quantity": 1}


def _model(module_name: str) -> Any:
    """The model the generated endpoint parses a 200 answer into (from ``Response[Model]``).

    One operation also documents a 400 answer: ``Response[Model200 | Model400]``, 200's first.
    """
    module = importlib.import_module(f"orderly_client.api.{module_name}")
    response_type = typing.get_type_hints(module.sync_detailed)["return"]
    (model,) = typing.get_args(response_type)
    members = typing.get_args(model)
    return members[0] if members else model


def _text(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _request(api: Api, operation: Operation) -> tuple[str, list[tuple[str, str]], Any]:
    """Path, query and body for ``operation``: required parameters from the schema's examples, and
    a freshly placed order for the operations that look one up or change it."""
    order: dict[str, Any] = {}
    if any(name in operation.key for name in ("/order", "/batch-order")) and operation.method != "POST":
        order = api.place(client_order_id=f"all-{operation.method}-{len(api.sandbox.orders())}")
    trade_id = None
    if "{trade_id}" in operation.path:  # a trade of the account: a market order that filled
        api.place(order_type="MARKET", order_price=None, order_quantity=0.01)
        trade_id = api.ok("GET", "/v1/trades")["rows"][0]["id"]
    special = {
        "trade_id": trade_id,
        "type": "1m",  # kline interval
        "resolution": "1m",  # kline history interval
        "symbol": SYMBOL,
        "order_id": order.get("order_id"),
        "client_order_id": order.get("client_order_id"),
        "order_ids": order.get("order_id"),
        "client_order_ids": order.get("client_order_id"),
    }
    path = operation.path
    query: list[tuple[str, str]] = []
    for parameter in operation.parameters:
        if not parameter.required or parameter.location == "header":
            continue
        value = special.get(parameter.name)
        if value is None:
            value = SCHEMAS.example(parameter.schema)
        if parameter.location == "path":
            path = path.replace("{" + parameter.name + "}", _text(value))
        else:
            query += [(parameter.name, _text(item)) for item in (value if isinstance(value, list) else [value])]
    body: Any = None
    if operation.key == "POST /v1/order":
        body = ORDER
    elif operation.key == "POST /v1/batch-order":
        body = {"orders": [ORDER, {**ORDER, "order_price": 1999}]}
    elif operation.key == "PUT /v1/order":
        body = {
            "order_id": str(order["order_id"]),
            "symbol": SYMBOL,
            "side": "BUY",
            "order_type": "LIMIT",
            "order_price": 1990,
        }
    elif operation.body_schema is not None:
        body = SCHEMAS.example(operation.body_schema)
    return path, query, body


def test_sandbox_serves_exactly_the_generated_operations() -> None:
    assert len(OPERATIONS) == 230  # 229 upstream, 1 from the overlay
    assert {f"{op.method} {op.path}" for op in OPERATIONS} == set(SPEC.by_key)
    for op in OPERATIONS:
        served = SPEC.by_key[f"{op.method} {op.path}"]
        assert (served.signed, served.scope) == (op.signed, op.scope)


@pytest.mark.parametrize("generated", OPERATIONS, ids=lambda op: f"{op.method} {op.path}")
def test_operation_answers_and_parses(api: Api, generated: GeneratedOperation) -> None:
    operation = SPEC.operation(generated.method, generated.path)
    path, query, body = _request(api, operation)
    kwargs: dict[str, Any] = {"params": query}
    if body is not None:
        kwargs["json_body"] = body
    response = (
        api.call(operation.method, path, **kwargs) if operation.signed else api.public(operation.method, path, **kwargs)
    )
    if operation.key in WALLET_STATEFUL:
        assert response.status_code == 400, response.text
        assert response.json()["code"] in (-1005, -1006)
        return
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    payload = response.json()
    assert SCHEMAS.check(payload, operation.response_schema, "answer") is None
    if "timestamp" in SCHEMAS.flatten(operation.response_schema).get("properties", {}):
        assert payload["success"] is True
        assert abs(payload["timestamp"] - api.sandbox.server_time_ms()) < 60_000
    parsed = _model(generated.module).from_dict(payload)
    assert parsed is not None
    record = api.sandbox.requests.last
    assert (record.operation, record.verdict, record.processed) == (operation.key, "accepted", True)
