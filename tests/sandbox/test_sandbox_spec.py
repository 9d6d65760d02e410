"""Pieces the server stands on: the spec loader, schema checks and examples, base58, the signature check."""

from __future__ import annotations

import time
from typing import Any, cast

import pytest

from orderly_auth._keys import Credentials
from orderly_sandbox._accounts import Accounts, new_key
from orderly_sandbox._errors import ApiError
from orderly_sandbox._responses import schemas_for
from orderly_sandbox._signature import verify
from orderly_sandbox._spec import JSON, Match, Spec, find_spec
from orderly_sandbox._validate import coerce

SPEC = Spec.load()
SCHEMAS = schemas_for(SPEC)


def test_spec_found_and_parsed_once() -> None:
    assert find_spec().name == "orderly.openapi.yaml"
    assert Spec.load() is SPEC
    assert len(SPEC.operations) == 230  # 229 upstream, 1 from the overlay
    assert sum(op.signed for op in SPEC.operations) == 153  # 152 upstream, 1 from the overlay


def test_dates_stay_text() -> None:
    """PyYAML would read an unquoted 2024-01-01 as a date; JSON has no dates."""
    document = SPEC.document
    example = document["components"]["schemas"]["DailyVolume"]  # the rows of GET /v1/volume/user/daily
    assert example["properties"]["date"]["example"] == "2024-01-01"


def test_routing() -> None:
    match = SPEC.route("GET", "/v1/client/order/abc%2F1")
    assert match is not None and match.operation.key == "GET /v1/client/order/{client_order_id}"
    assert match.path_params == {"client_order_id": "abc/1"}
    assert cast(Match, SPEC.route("GET", "/v1/orders")).operation.key == "GET /v1/orders"
    assert SPEC.route("PUT", "/v1/orders") is None
    assert SPEC.route("GET", "/v1/order/") is None


def test_every_example_fits_its_schema() -> None:
    for operation in SPEC.operations:
        assert SCHEMAS.check(SCHEMAS.example(operation.response_schema), operation.response_schema) is None, (
            operation.key
        )
        if operation.body_schema is not None:
            assert SCHEMAS.check(SCHEMAS.example(operation.body_schema), operation.body_schema) is None, operation.key


def test_examples_do_not_share_state() -> None:
    schema = SPEC.operation("GET", "/v1/public/futures").response_schema
    first = SCHEMAS.example(schema)
    first["data"]["rows"].clear()
    assert SCHEMAS.example(schema)["data"]["rows"]


@pytest.mark.parametrize(
    ("value", "schema", "problem"),
    [
        (1, {"type": "integer"}, None),
        (1.0, {"type": "integer"}, None),
        (1.5, {"type": "integer"}, "integer"),
        (True, {"type": "number"}, "number"),
        (None, {"type": "string"}, "null"),
        (None, {"type": "string", "nullable": True}, None),
        ("b", {"type": "string", "enum": ["a"]}, "one of"),
        ([1, "x"], {"type": "array", "items": {"type": "integer"}}, "[1]"),
        ({"a": {}}, {"type": "object", "properties": {"a": {"type": "object", "required": ["b"]}}}, "a.b: required"),
        ({"x": "1"}, {"type": "object", "additionalProperties": {"type": "number"}}, "x:"),
        (3, {"oneOf": [{"type": "string"}, {"type": "integer"}]}, None),
        ("2024-02-30", {"type": "string", "format": "date"}, "date"),
    ],
)
def test_schema_check(value: object, schema: JSON, problem: str | None) -> None:
    found = SCHEMAS.check(value, schema)
    assert (found is None) if problem is None else (problem in cast(str, found))


@pytest.mark.parametrize(
    ("text", "schema", "value"),
    [
        ("12", {"type": "integer"}, 12),
        ("-3", {"type": "integer"}, -3),
        ("1.5", {"type": "number"}, 1.5),
        ("7", {"type": "number"}, 7),
        ("TRUE", {"type": "boolean"}, True),
        ("abc", {"type": "string"}, "abc"),
    ],
)
def test_coerce(text: str, schema: JSON, value: object) -> None:
    assert coerce(text, schema) == value


@pytest.mark.parametrize(
    ("text", "kind"), [("1.0", "integer"), ("0x1", "integer"), ("inf", "number"), ("1_0", "number"), ("yes", "boolean")]
)
def test_coerce_refuses(text: str, kind: str) -> None:
    with pytest.raises(ValueError):
        coerce(text, {"type": kind})


def test_verify_directly() -> None:
    accounts = Accounts()
    account_id = accounts.create()
    key = new_key()
    accounts.register(account_id, key.orderly_key, ["read"])
    creds = Credentials(account_id, key.secret, key.orderly_key)
    now = int(time.time() * 1000)
    target, body = b"/v1/positions?x=1", b""
    headers = {
        "orderly-timestamp": [str(now)],
        "orderly-account-id": [account_id],
        "orderly-key": [key.orderly_key],
        "orderly-signature": [creds.sign(str(now).encode() + b"GET" + target + body)],
    }
    kwargs: dict[str, Any] = {
        "method": "GET",
        "target": target,
        "body": body,
        "now_ms": now,
        "window_ms": 1000,
        "lookup": accounts.lookup,
    }
    assert verify(headers=headers, scope="read", **kwargs).account_id == account_id
    with pytest.raises(ApiError) as scope:
        verify(headers=headers, scope="trading", **kwargs)
    assert scope.value.code == -1002
    with pytest.raises(ApiError) as late:
        verify(headers=headers, scope=None, **{**kwargs, "now_ms": now + 1001})
    assert late.value.code == -1002
    with pytest.raises(ApiError) as other_target:
        verify(headers=headers, scope=None, **{**kwargs, "target": b"/v1/positions?x=2"})
    assert other_target.value.code == -1002


def test_parsed_spec_is_cached_as_json_between_runs(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from orderly_sandbox import _spec

    source = tmp_path / "spec.yaml"
    source.write_text("openapi: 3.0.0\npaths: {}\ninfo: {title: t, version: 2024-01-01}\n")
    monkeypatch.setenv(_spec.CACHE_ENV, str(tmp_path / "cache"))
    first = _spec.load_document.__wrapped__(source)  # the per-process cache bypassed
    (cached,) = (tmp_path / "cache").iterdir()
    assert cached.name.startswith("spec-") and cached.suffix == ".json"
    assert first == {"openapi": "3.0.0", "paths": {}, "info": {"title": "t", "version": "2024-01-01"}}
    cached.write_text('{"from": "the cache"}')  # proves the second load reads the cache, not the YAML
    assert _spec.load_document.__wrapped__(source) == {"from": "the cache"}
    source.write_text("openapi: 3.0.1\n")  # new content: a new key, parsed again
    assert _spec.load_document.__wrapped__(source) == {"openapi": "3.0.1"}
    monkeypatch.setenv(_spec.CACHE_ENV, "")  # off
    assert _spec.cache_dir() is None
    assert _spec.load_document.__wrapped__(source) == {"openapi": "3.0.1"}
    assert len(list((tmp_path / "cache").iterdir())) == 2


def test_a_document_json_cannot_hold_is_not_cached(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from orderly_sandbox import _spec

    source = tmp_path / "spec.yaml"
    source.write_text("responses:\n  200: {description: ok}\n")  # an integer key
    monkeypatch.setenv(_spec.CACHE_ENV, str(tmp_path / "cache"))
    assert _spec.load_document.__wrapped__(source) == {"responses": {200: {"description": "ok"}}}
    assert not (tmp_path / "cache").exists()
