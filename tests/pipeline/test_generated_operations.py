"""The generated client has exactly one endpoint module per operation of the bundled spec.

Two independent views of the generated code are checked against the spec: the ``OPERATIONS``
table in ``orderly_client.api`` and the endpoint modules themselves, whose HTTP method and URL
are read from the source of their ``_get_kwargs``.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import orderly_client.api
from orderly_client import AuthenticatedClient, Client
from orderly_client.api import OPERATIONS, RateLimit
from tests.pipeline._pipeline_support import iter_operations

EXPECTED_OPERATIONS = 230  # 229 upstream, 1 added by the overlay (POST /v1/client/leverage)
EXPECTED_SIGNED = 153  # 152 upstream, 1 from the overlay
API_DIR = Path(orderly_client.api.__file__).parent
ENDPOINT_FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
# The request-signing headers, compared without case or separators ("orderly-key", "orderly_key", "OrderlyKey").
AUTH_HEADERS = frozenset({"orderlytimestamp", "orderlyaccountid", "orderlykey", "orderlysignature"})


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def expected_module(method: str, path: str, tag: str) -> str:
    """``<tag>.<method>_<path>``: the module name the generator derives when there is no operationId."""
    return f"{tag}.{method.lower()}_{re.sub(r'[^a-z0-9]+', '_', path.lower()).strip('_')}"


def spec_operations(spec: dict[str, Any]) -> dict[tuple[str, str], str]:
    """``(METHOD, path)`` -> expected module, for every operation of the spec."""
    out = {}
    for method, path, op in iter_operations(spec):
        (tag,) = op["tags"]
        out[(method.upper(), path)] = expected_module(method, path, tag)
    return out


def module_files() -> list[Path]:
    return sorted(p for p in API_DIR.glob("*/*.py") if p.name != "__init__.py")


def read_get_kwargs(source: str) -> tuple[str, str]:
    """The ``method`` and ``url`` that ``_get_kwargs`` in ``source`` puts in its request, URL as a template."""
    tree = ast.parse(source)
    (func,) = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_get_kwargs"]
    found: dict[str, str] = {}
    for node in ast.walk(func):
        if not isinstance(node, ast.Dict):
            continue
        for key, value in zip(node.keys, node.values, strict=True):
            if not (isinstance(key, ast.Constant) and key.value in ("method", "url")):
                continue
            if isinstance(value, ast.Constant):
                assert isinstance(value.value, str)
                found[key.value] = value.value
            elif (
                isinstance(value, ast.Call)
                and isinstance(value.func, ast.Attribute)
                and value.func.attr == "format"
                and isinstance(value.func.value, ast.Constant)
            ):
                # "/v1/order/{order_id}".format(order_id=quote(str(order_id), safe=""))
                assert isinstance(value.func.value.value, str)
                found[key.value] = value.func.value.value
            else:
                raise AssertionError(f"unexpected {key.value} expression: {ast.dump(value)}")
    return found["method"], found["url"]


def test_spec_has_the_expected_operations(bundled_spec: dict[str, Any]) -> None:
    ops = spec_operations(bundled_spec)
    assert len(ops) == EXPECTED_OPERATIONS
    # Module names must not collide, or one operation would overwrite another.
    assert len(set(ops.values())) == len(ops)


def test_operations_table_matches_spec(bundled_spec: dict[str, Any]) -> None:
    table = [(op.method, op.path, op.module) for op in OPERATIONS]
    assert len(table) == len(set(table)), "OPERATIONS lists an operation twice"
    expected = {(m, p, mod) for (m, p), mod in spec_operations(bundled_spec).items()}
    assert set(table) == expected


def test_module_files_match_spec(bundled_spec: dict[str, Any]) -> None:
    """Walk the generated package: each endpoint module sends the method and URL of its operation."""
    found = {}
    for path in module_files():
        method, url = read_get_kwargs(path.read_text(encoding="utf-8"))
        found[f"{path.parent.name}.{path.stem}"] = (method.upper(), url)
    expected = {mod: key for key, mod in spec_operations(bundled_spec).items()}
    assert found == expected


def test_every_table_entry_is_importable() -> None:
    for op in OPERATIONS:
        importlib.import_module(f"orderly_client.api.{op.module}")


@pytest.fixture(params=[op.module for op in OPERATIONS])
def endpoint(request: pytest.FixtureRequest) -> ModuleType:
    return importlib.import_module(f"orderly_client.api.{request.param}")


def test_endpoint_functions(endpoint: ModuleType) -> None:
    for name in ENDPOINT_FUNCTIONS:
        func = getattr(endpoint, name, None)
        assert inspect.isfunction(func), f"{endpoint.__name__}.{name} missing"
        assert inspect.iscoroutinefunction(func) == name.startswith("asyncio"), name


def spec_parameters(spec: dict[str, Any], module: str) -> list[dict[str, Any]]:
    """The parameters of the operation ``module`` implements, references resolved."""
    (op,) = [o for o in OPERATIONS if f"orderly_client.api.{o.module}" == module]
    params = spec["paths"][op.path][op.method.lower()].get("parameters", [])
    refs = spec["components"].get("parameters", {})
    return [refs[p["$ref"].rsplit("/", 1)[-1]] if "$ref" in p else p for p in params]


def headers_set(source: str) -> set[str]:
    """Names of the headers a module's code sets: ``headers["x-recv-window"] = ...``."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if (
                    isinstance(target, ast.Subscript)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "headers"
                    and isinstance(target.slice, ast.Constant)
                ):
                    assert isinstance(target.slice.value, str)
                    out.add(target.slice.value)
    return out


def test_no_auth_header_arguments(endpoint: ModuleType, bundled_spec: dict[str, Any]) -> None:
    """Signing headers are added by orderly_auth; no generated function asks the caller for them.

    A query parameter may share a name with a header (``GET /v1/client/orderly_key_ip_restriction``
    takes the key to look up as ``?orderly_key=``): only a name the spec declares outside the headers
    is allowed.
    """
    allowed = {_squash(p["name"]) for p in spec_parameters(bundled_spec, endpoint.__name__) if p["in"] != "header"}
    for name, func in inspect.getmembers(endpoint, inspect.isfunction):
        if func.__module__ != endpoint.__name__:
            continue
        params = [p for p in inspect.signature(func).parameters if _squash(p) in AUTH_HEADERS - allowed]
        assert params == [], f"{endpoint.__name__}.{name} takes {params}"


def test_headers_are_the_spec_headers(endpoint: ModuleType, bundled_spec: dict[str, Any]) -> None:
    """An endpoint sets exactly its spec's header parameters (and a content type), none of the signing headers."""
    assert endpoint.__file__ is not None
    sent = headers_set(Path(endpoint.__file__).read_text(encoding="utf-8")) - {"Content-Type"}
    assert {h for h in sent if _squash(h) in AUTH_HEADERS} == set()
    declared = {p["name"] for p in spec_parameters(bundled_spec, endpoint.__name__) if p["in"] == "header"}
    assert sent == declared


def test_auth_header_check_catches_every_spelling() -> None:
    for name in ("orderly_timestamp", "orderly-account-id", "OrderlyKey", "orderly_signature", "ORDERLY-KEY"):
        assert _squash(name) in AUTH_HEADERS
    assert _squash("orderly_key_id") not in AUTH_HEADERS


def test_operations_table_matches_security_scope_and_limits(bundled_spec: dict[str, Any]) -> None:
    by_key = {(m.upper(), p): op for m, p, op in iter_operations(bundled_spec)}
    signed = 0
    for op in OPERATIONS:
        spec_op = by_key[(op.method, op.path)]
        assert op.signed == bool(spec_op["security"]), op.module
        assert op.scope == spec_op.get("x-orderly-scope"), op.module
        limit = spec_op.get("x-rate-limit")
        expected = None if limit is None else RateLimit(limit["requests"], limit["period"], limit["scope"])
        assert op.rate_limit == expected, op.module
        signed += op.signed
        # A signed operation always names the key scope it needs; a public one never does.
        assert (op.scope is not None) == op.signed, op.module
    assert signed == EXPECTED_SIGNED


def test_signed_endpoints_require_an_authenticated_client() -> None:
    """The ``client`` argument of a signed operation is an AuthenticatedClient; a public one takes either."""
    for op in OPERATIONS:
        module = importlib.import_module(f"orderly_client.api.{op.module}")
        for name in ENDPOINT_FUNCTIONS:
            hint = typing.get_type_hints(getattr(module, name))["client"]
            accepted = set(typing.get_args(hint)) or {hint}
            want = {AuthenticatedClient} if op.signed else {AuthenticatedClient, Client}
            assert accepted == want, f"{op.module}.{name}: {hint}"
