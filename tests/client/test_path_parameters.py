"""Path parameters that would change the path (``..``, ``.``, empty, slashes) are refused before anything is sent."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import re
from typing import Any

import pytest

from orderly_auth import PathParameterError
from orderly_client.api import OPERATIONS, Operation
from orderly_client.api.private import get_v1_client_order_client_order_id
from orderly_client.client import AuthenticatedClient
from orderly_client.errors import path_segment
from orderly_sandbox import Sandbox

BAD = ["..", ".", "", "a/b", "../../v1/orders", "/", "a\\b", "..\\x"]
TEMPLATED = [op for op in OPERATIONS if "{" in op.path]


def _sent_since(sandbox: Sandbox, before: int) -> list[str]:
    return [f"{r.method} {r.target}" for r in list(sandbox.requests)[before:]]


@pytest.mark.parametrize("value", BAD)
def test_client_order_id_that_would_change_the_path_is_not_sent(
    value: str, sandbox: Sandbox, client: AuthenticatedClient
) -> None:
    before = len(sandbox.requests)
    with pytest.raises(PathParameterError) as info:
        get_v1_client_order_client_order_id.sync(value, client=client)
    assert isinstance(info.value, ValueError)
    assert info.value.name == "client_order_id"
    assert "client_order_id" in str(info.value)
    assert _sent_since(sandbox, before) == []


def test_async_functions_refuse_too(sandbox: Sandbox, client: AuthenticatedClient) -> None:
    before = len(sandbox.requests)

    async def run() -> None:
        with pytest.raises(PathParameterError):
            await get_v1_client_order_client_order_id.asyncio("..", client=client)

    asyncio.run(run())
    assert _sent_since(sandbox, before) == []


@pytest.mark.parametrize("op", TEMPLATED, ids=lambda op: f"{op.method} {op.path}")
def test_every_templated_operation_refuses_dot_segments(
    op: Operation, sandbox: Sandbox, client: AuthenticatedClient
) -> None:
    module = importlib.import_module(f"orderly_client.api.{op.module}")
    names = re.findall(r"\{([^}]+)\}", op.path)
    signature = inspect.signature(module.sync_detailed)
    required = [
        name
        for name, p in signature.parameters.items()
        if p.default is inspect.Parameter.empty and name != "client" and name not in names
    ]
    assert required == [], f"{op.module} needs more than its path parameters: {required}"
    before = len(sandbox.requests)
    for bad in ("..", "."):
        for position in range(len(names)):
            args: dict[str, Any] = {name: ("PERP_ETH_USDC" if name == "symbol" else "1") for name in names}
            args[names[position]] = bad
            with pytest.raises(PathParameterError):
                module.sync_detailed(client=client, **args)
    assert _sent_since(sandbox, before) == []


def test_ordinary_values_are_encoded_as_one_segment() -> None:
    assert path_segment("client_order_id", "my-1") == "my-1"
    assert path_segment("order_id", 123) == "123"
    assert path_segment("client_order_id", "a..b") == "a..b"
    assert path_segment("client_order_id", "...") == "..."
    assert path_segment("client_order_id", "a?b#c%d") == "a%3Fb%23c%25d"


def test_a_good_value_still_reaches_the_server(sandbox: Sandbox, client: AuthenticatedClient) -> None:
    before = len(sandbox.requests)
    try:
        get_v1_client_order_client_order_id.sync("no-such-order", client=client)
    except Exception as exc:  # -1006: the sandbox has no such order
        assert getattr(exc, "code", None) == -1006
    assert _sent_since(sandbox, before) == ["GET /v1/client/order/no-such-order"]
