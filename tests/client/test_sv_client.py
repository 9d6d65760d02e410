"""The Strategy Vault client (``create_sv_client``, ``orderly_sv_client``) against the sandbox, sync and async."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import typing
from typing import Any

import pytest
from orderly_sv_client.api import OPERATIONS
from orderly_sv_client.client import Client
from orderly_sv_client.types import Unset

from orderly_auth import SV_NETWORKS, ConfigurationError, RetryConfig, create_sv_client
from orderly_auth._sv_client import sv_routes
from orderly_sandbox import Fault, Sandbox
from tests.live_support import NO_LIMITS

MODULES = [importlib.import_module(f"orderly_sv_client.api.{op.module}") for op in OPERATIONS]
IDS = [f"{op.method} {op.path}" for op in OPERATIONS]


def _arguments(function: Any) -> dict[str, Any]:
    """The required arguments of a generated function: text ``"1"`` or the integer 1."""
    hints = typing.get_type_hints(function)
    out: dict[str, Any] = {}
    for name, parameter in inspect.signature(function).parameters.items():
        if name == "client" or parameter.default is not inspect.Parameter.empty:
            continue
        out[name] = 1 if hints[name] is int else "1"
    return out


def test_all_23_public_operations_with_limits_and_docs() -> None:
    assert len(OPERATIONS) == 23
    assert all(op.method == "GET" and not op.signed and op.scope is None for op in OPERATIONS)
    assert all(op.rate_limit is not None for op in OPERATIONS)
    assert len(sv_routes()) == 23
    for module in MODULES:
        assert "Docs: https://orderly.network/docs/strategy-vault/" in (module.sync_detailed.__doc__ or "")


def test_paging_is_integer() -> None:
    paged = [m for m in MODULES if "page" in inspect.signature(m.sync_detailed).parameters]
    assert len(paged) >= 9
    for module in paged:
        hints = typing.get_type_hints(module.sync_detailed)
        assert hints["page"] == int | Unset and hints["size"] == int | Unset


def test_hosts_per_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ORDERLY_NETWORK", raising=False)
    monkeypatch.delenv("ORDERLY_SV_BASE_URL", raising=False)
    assert SV_NETWORKS == {"mainnet": "https://api-sv.orderly.org", "testnet": "https://testnet-api-sv.orderly.org"}
    assert create_sv_client()._base_url == "https://api-sv.orderly.org"
    assert create_sv_client(network="testnet")._base_url == "https://testnet-api-sv.orderly.org"
    monkeypatch.setenv("ORDERLY_NETWORK", "testnet")
    assert create_sv_client()._base_url == "https://testnet-api-sv.orderly.org"
    with pytest.raises(ConfigurationError):
        create_sv_client(network="devnet")
    with pytest.raises(ConfigurationError):
        create_sv_client(network="testnet", base_url="http://127.0.0.1:1")


@pytest.fixture
def sv_client(sandbox: Sandbox) -> typing.Iterator[Client]:
    with create_sv_client(base_url=sandbox.base_url, rate_limit=NO_LIMITS) as client:
        yield client


@pytest.mark.parametrize("module", MODULES, ids=IDS)
def test_every_operation_sync(module: Any, sv_client: Client, sandbox: Sandbox) -> None:
    response = module.sync_detailed(client=sv_client, **_arguments(module.sync_detailed))
    assert response.status_code == 200, response.content
    assert response.parsed is not None and not isinstance(response.parsed, Unset)
    record = sandbox.requests.last
    assert record is not None and record.status == 200
    assert "orderly-signature" not in record.headers  # public: nothing is signed


def test_every_operation_async(sv_client: Client, sandbox: Sandbox) -> None:
    async def all_of_them() -> list[Any]:
        calls = [m.asyncio_detailed(client=sv_client, **_arguments(m.asyncio_detailed)) for m in MODULES]
        return list(await asyncio.gather(*calls))

    before = len(sandbox.requests)
    responses = asyncio.run(all_of_them())
    assert [r.status_code for r in responses] == [200] * 23
    assert all(r.parsed is not None for r in responses)
    seen = {r.operation for r in list(sandbox.requests)[before:]}
    assert seen == {f"{op.method} {op.path}" for op in OPERATIONS}


def test_a_missing_required_parameter_is_refused(sv_client: Client) -> None:
    """The sandbox checks Strategy Vault requests against their spec as it does the main one's."""
    from orderly_auth import InvalidRequestError

    with pytest.raises(InvalidRequestError, match="vault_id"):
        sv_client.get_httpx_client().get("/v1/public/strategy_vault/vault/performance")


@pytest.mark.parametrize("fault", [Fault.http(502), Fault.reset_after_read()], ids=["502", "reset after read"])
def test_a_read_is_resent_after_a_failure_that_may_have_been_processed(fault: Fault, sandbox: Sandbox) -> None:
    """Every Strategy Vault operation is a GET the spec marks resend-safe: retried like the main API's reads."""
    op = OPERATIONS[0]
    module = MODULES[0]
    sandbox.inject(op.method, op.path, fault)
    before = len(sandbox.requests)
    retry = RetryConfig(wait_initial=0.0, wait_max=0.0)
    with create_sv_client(base_url=sandbox.base_url, rate_limit=NO_LIMITS, retry=retry) as client:
        module.sync_detailed(client=client, **_arguments(module.sync_detailed))
    assert len(list(sandbox.requests)[before:]) == 2
