"""The client object: every one of the 253 operations is a method of Orderly and AsyncOrderly, from the operation table.

Each method is called over real HTTP against the sandbox (which checks signatures and the spec), with
arguments valued from the spec's examples; the request it sends must be its operation's.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import typing
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import Any

import pytest
from orderly_sv_client import api as sv_api

from orderly_client.api import OPERATIONS
from orderly_network import AsyncOrderly, Orderly, OrderlyError, Settings
from orderly_sandbox import Sandbox
from tests.live_support import NO_LIMITS, signature_is_valid
from tests.signing.test_every_signed_operation import SCHEMAS, SPEC, _value

ALL: list[Any] = [*OPERATIONS, *sv_api.OPERATIONS]
SETTINGS = Settings(rate_limit=NO_LIMITS)


def _is_sv(op: Any) -> bool:
    return isinstance(op, sv_api.Operation)


class _Models(dict[str, Any]):
    """The models of a generated package by name: resource modules import them for annotations only."""

    def __init__(self, package: str) -> None:
        super().__init__()
        self.models = importlib.import_module(f"{package}.models")

    def __missing__(self, key: str) -> Any:
        try:
            return getattr(self.models, key)
        except AttributeError:
            raise KeyError(key) from None


def _hints(method: Any) -> dict[str, Any]:
    return typing.get_type_hints(method, localns=_Models(method.__module__.split(".")[0]))


def _arguments(op: Any, method: Any) -> dict[str, Any]:
    """Each keyword of the method valued from the spec: parameters by their examples, body fields by the body's."""
    spec_op = SPEC.operation(op.method, op.path) if not _is_sv(op) else None
    by_name = {p.name.replace("-", "_"): p for p in spec_op.parameters} if spec_op is not None else {}
    body = SCHEMAS.example(spec_op.body_schema or {}) if spec_op is not None else {}
    hints = _hints(method)
    arguments: dict[str, Any] = {}
    for name, parameter in inspect.signature(method).parameters.items():
        if parameter.kind is not inspect.Parameter.KEYWORD_ONLY:
            continue
        if name == "x_recv_window":  # signatures are checked here, never timing
            arguments[name] = 60_000
        elif name in by_name:
            arguments[name] = _value(hints[name], SCHEMAS.example(by_name[name].schema))
        elif isinstance(body, dict) and name in body:
            arguments[name] = _value(hints[name], body[name])
        elif parameter.default is inspect.Parameter.empty:
            arguments[name] = _value(hints[name], "x")
    return arguments


def _target(root: Any, op: Any) -> Any:
    resources = root.strategy_vault if _is_sv(op) else root
    return getattr(getattr(resources, op.resource), op.verb)


def _check_sent(sandbox: Sandbox, before: int, op: Any) -> None:
    sent = list(sandbox.requests)[before:]
    assert sent, f"{op.client_method} sent nothing"
    assert sent[0].operation == f"{op.method} {op.path}"
    if op.signed:
        assert signature_is_valid(sent[0])


@pytest.fixture(scope="module")
def client(sandbox: Sandbox) -> Iterator[Orderly]:
    with Orderly(sandbox.credentials, base_url=sandbox.base_url, settings=SETTINGS) as c:
        yield c


def test_operation_table_is_complete() -> None:
    assert len(ALL) == 253
    assert len({(op.method, op.path, _is_sv(op)) for op in ALL}) == 253
    assert all(op.resource and op.verb for op in ALL)


@pytest.mark.parametrize("op", ALL, ids=[f"{op.client_method}" for op in ALL])
def test_every_operation_is_a_sync_method(op: Any, client: Orderly, sandbox: Sandbox) -> None:
    method = _target(client, op)
    before = len(sandbox.requests)
    try:
        result = method(**_arguments(op, method))
        if isinstance(result, Iterator):  # a paged operation: the first page is read on the first row
            next(result, None)
    except OrderlyError:
        pass  # the sandbox may refuse the business request; what counts is what was sent
    _check_sent(sandbox, before, op)


@pytest.mark.parametrize("op", ALL, ids=[f"{op.client_method}" for op in ALL])
def test_every_operation_is_an_async_method(op: Any, sandbox: Sandbox) -> None:
    async def call() -> None:
        async with AsyncOrderly(sandbox.credentials, base_url=sandbox.base_url, settings=SETTINGS) as aclient:
            method = _target(aclient, op)
            arguments = _arguments(op, method)
            try:
                if inspect.isasyncgenfunction(method):
                    rows: AsyncIterator[Any] = method(**arguments)
                    async for _ in rows:
                        break
                else:
                    await method(**arguments)
            except OrderlyError:
                pass

    before = len(sandbox.requests)
    asyncio.run(call())
    _check_sent(sandbox, before, op)


def test_order_day(client: Orderly, sandbox: Sandbox) -> None:
    """Create, read, edit, list, cancel: payloads, not envelopes; enum plain strings; Decimal kept exact."""
    created = client.orders.create(
        symbol="PERP_ETH_USDC", order_type="LIMIT", side="BUY", order_price="2500.5", order_quantity=Decimal("0.1")
    )
    order = client.orders.get(order_id=created.order_id)
    assert order.order_id == created.order_id
    assert order.price == Decimal("2500.5")
    listed = [o.order_id for o in client.orders.list(symbol="PERP_ETH_USDC", size=1)]
    assert created.order_id in listed  # every page read, one row a page
    raw = client.orders.with_raw_response.get(order_id=created.order_id)
    assert raw.status_code == 200 and raw.parsed is not None and raw.parsed.success
    client.orders.cancel(symbol="PERP_ETH_USDC", order_id=created.order_id)


def test_misspelt_enum_string_is_refused_before_sending(client: Orderly, sandbox: Sandbox) -> None:
    before = len(sandbox.requests)
    with pytest.raises(ValueError, match="LIMT"):
        client.orders.create(symbol="PERP_ETH_USDC", order_type="LIMT", side="BUY")  # type: ignore[arg-type]
    assert len(sandbox.requests) == before


def test_strategy_vault_error_is_an_orderly_error() -> None:
    from orderly_sv_client import errors as sv_errors

    assert issubclass(sv_errors.UnparsableResponse, OrderlyError)
    assert issubclass(sv_errors.UnexpectedStatus, OrderlyError)
