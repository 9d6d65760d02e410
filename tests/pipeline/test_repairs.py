"""Repairs by kind (tools/repairs.py), tested with synthetic mutations of the bundled upstream input.

Each mutation is a defect of a known kind in a new place or a new shape: the importer must repair
it by its rule, record it, and hand the generator a spec it turns into code with zero warnings;
what no rule covers stops the import with a message that says where.
"""

from __future__ import annotations

import copy
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.pipeline._pipeline_support import load_tool

SCHEMAS = "#/components/schemas/"
LEVERAGE = "/v1/client/leverage"


@pytest.fixture(scope="module")
def repairs(import_spec: ModuleType) -> ModuleType:
    return sys.modules["repairs"]


@pytest.fixture(scope="module")
def docs(docs_tsv: Path, import_spec: ModuleType) -> dict[tuple[str, str], list[str]]:
    index: dict[tuple[str, str], list[str]] = import_spec.load_docs_index(docs_tsv)
    return index


def imported(import_spec: ModuleType, spec: dict[str, Any], docs: Any) -> tuple[dict[str, Any], Any]:
    log = sys.modules["repairs"].RepairLog()
    out: dict[str, Any] = import_spec.normalise(spec, docs, log=log)
    return out, log


def response_ref(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["paths"][path][method]["responses"]["200"]["content"]["application/json"]["schema"]
    return schema


def replace_refs(node: Any, old: str, new: str) -> None:
    if isinstance(node, dict):
        if node.get("$ref") == SCHEMAS + old:
            node["$ref"] = SCHEMAS + new
        for value in node.values():
            replace_refs(value, old, new)
    elif isinstance(node, list):
        for item in node:
            replace_refs(item, old, new)


def all_refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [r for value in node.values() for r in all_refs(value)]
    if isinstance(node, list):
        return [r for item in node for r in all_refs(item)]
    return []


# --- the mutations ------------------------------------------------------------------------------


def dangling_ref(spec: dict[str, Any]) -> None:
    """A new answer referring to a schema nobody defined, and a new ``meta`` referring to another."""
    response_ref(spec, "get", "/v1/positions")["$ref"] = SCHEMAS + "PositionsListResponseV9"
    history = spec["components"]["schemas"]["PositionHistoryResponse"]
    history.setdefault("properties", {})["meta"] = {"$ref": SCHEMAS + "MetaInfo"}


def earlier_upstream_rename(spec: dict[str, Any]) -> None:
    """As in an earlier upstream version: the schema is GetMultiLevelAdminConfigResponse, its users say
    GetMultiLevelConfigResponse."""
    replace_refs(spec["paths"], "GetMultiLevelAdminConfigResponse", "GetMultiLevelConfigResponse")


def renamed_schema(spec: dict[str, Any]) -> None:
    """A schema renamed where it is defined, not where it is used."""
    schemas = spec["components"]["schemas"]
    schemas["PositionHistoryListResponse"] = schemas.pop("PositionHistoryResponse")


def operation_added_and_removed(spec: dict[str, Any]) -> None:
    del spec["paths"]["/v1/public/system_info"]
    spec["paths"]["/v1/public/vault_summary"] = {
        "get": {
            "summary": "A new operation",
            "tags": ["public"],
            "description": "**Limit: 5 requests per 1 second per IP address**\n\n`GET /v1/public/vault_summary`\n",
            "parameters": [
                {"name": "vault_id", "in": "query", "required": True, "schema": {"type": "string"}},
                {"name": "page", "in": "query", "required": False, "schema": {"type": "number"}},
            ],
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": {"$ref": SCHEMAS + "EmptyDataResponse"}}},
                }
            },
        }
    }


NEW_WORDING = "Rate limit: 12 requests every 2 seconds per user"


def new_rate_limit_wording(spec: dict[str, Any]) -> None:
    op = spec["paths"]["/v1/positions"]["get"]
    op["description"] = f"{NEW_WORDING}\n\n`GET /v1/positions`\n"


def misspelt_auth_header(spec: dict[str, Any]) -> None:
    for param in spec["paths"]["/v1/volume/broker/daily"]["get"]["parameters"]:
        if param.get("name") == "orderly-timestamp":
            param["name"] = "Orderly_Timestmp"


def whole_number_parameter(spec: dict[str, Any]) -> None:
    spec["paths"]["/v1/position_history"]["get"]["parameters"].insert(
        0, {"name": "trade_count", "in": "query", "required": False, "schema": {"type": "number"}}
    )


def required_alternatives(spec: dict[str, Any]) -> None:
    """As in an earlier upstream version: "one of these two fields is required", as an anyOf of required lists."""
    body = spec["paths"]["/v1/referral/create"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["max_rebate_rate"] = {"type": "number", "deprecated": True}
    body["required"] = [f for f in body["required"] if f != "bonus_max_rebate_rate"]
    body["anyOf"] = [{"required": ["bonus_max_rebate_rate"]}, {"required": ["max_rebate_rate"]}]


MUTATIONS = [
    required_alternatives,
    dangling_ref,
    earlier_upstream_rename,
    renamed_schema,
    operation_added_and_removed,
    new_rate_limit_wording,
    misspelt_auth_header,
    whole_number_parameter,
]


# --- each is repaired by its rule --------------------------------------------------------------


def test_dangling_refs_are_repaired_by_evidence(
    upstream_spec: dict[str, Any], import_spec: ModuleType, docs: Any
) -> None:
    spec = copy.deepcopy(upstream_spec)
    dangling_ref(spec)
    out, log = imported(import_spec, spec, docs)
    # Nothing says what PositionsListResponseV9 was: an open object keeps the answer.
    assert response_ref(out, "get", "/v1/positions") == {"type": "object"}
    # Every other `meta` is a PaginationMeta: so is this one, as is upstream's MetaData.
    assert out["components"]["schemas"]["PositionHistoryResponse"]["properties"]["meta"] == {
        "$ref": SCHEMAS + "PaginationMeta"
    }
    found = {r.what.split(":")[0] for r in log.of_kind("dangling-ref")}
    assert found == {"`PositionsListResponseV9` is undefined", "`MetaInfo` is undefined", "`MetaData` is undefined"}
    assert all(ref.removeprefix(SCHEMAS) in out["components"]["schemas"] for ref in all_refs(out) if SCHEMAS in ref)


def test_the_earlier_upstream_defect_is_repaired(
    upstream_spec: dict[str, Any], import_spec: ModuleType, docs: Any
) -> None:
    spec = copy.deepcopy(upstream_spec)
    earlier_upstream_rename(spec)
    users = [r for r in all_refs(spec["paths"]) if r == SCHEMAS + "GetMultiLevelConfigResponse"]
    assert users, "the mutation found no user of GetMultiLevelAdminConfigResponse"
    out, log = imported(import_spec, spec, docs)
    assert SCHEMAS + "GetMultiLevelConfigResponse" not in all_refs(out)
    assert all_refs(out).count(SCHEMAS + "GetMultiLevelAdminConfigResponse") == len(users)
    (what,) = {r.what for r in log.of_kind("dangling-ref") if "GetMultiLevel" in r.what}
    assert "renamed" in what


def test_a_renamed_schema_is_followed(upstream_spec: dict[str, Any], import_spec: ModuleType, docs: Any) -> None:
    spec = copy.deepcopy(upstream_spec)
    renamed_schema(spec)
    out, log = imported(import_spec, spec, docs)
    assert response_ref(out, "get", "/v1/position_history") == {"$ref": SCHEMAS + "PositionHistoryListResponse"}
    assert any("`PositionHistoryResponse` is undefined: `PositionHistoryListResponse`" in r.what for r in log.repairs)


def test_an_operation_added_and_one_removed(upstream_spec: dict[str, Any], import_spec: ModuleType, docs: Any) -> None:
    spec = copy.deepcopy(upstream_spec)
    operation_added_and_removed(spec)
    out, _ = imported(import_spec, spec, docs)
    assert "/v1/public/system_info" not in out["paths"]
    new = out["paths"]["/v1/public/vault_summary"]["get"]
    assert new["security"] == [] and new["x-rate-limit"] == {"requests": 5, "period": 1, "scope": "ip"}
    assert new["parameters"][1]["schema"] == {"type": "integer", "x-upstream-type": "number"}
    assert "externalDocs" not in new  # no documentation page names it yet


def test_a_new_rate_limit_wording_is_read(upstream_spec: dict[str, Any], import_spec: ModuleType, docs: Any) -> None:
    spec = copy.deepcopy(upstream_spec)
    new_rate_limit_wording(spec)
    out, log = imported(import_spec, spec, docs)
    assert out["paths"]["/v1/positions"]["get"]["x-rate-limit"] == {"requests": 12, "period": 2, "scope": "user"}
    (repair,) = log.of_kind("rate-limit")
    assert repair.where == "GET /v1/positions"


@pytest.mark.parametrize(
    ("wording", "limit"),
    [
        ("**Limit: 10 calls/sec**", (10, 1, "none")),
        ("Rate limit: 5 req/s per IP", (5, 1, "ip")),
        ("At most 100 requests per minute, per account", (100, 60, "account")),
    ],
)
def test_other_wordings(wording: str, limit: tuple[int, int, str], repairs: ModuleType) -> None:
    log = repairs.RepairLog()
    found = repairs.read_limit_wording(f"{wording}\n\n`GET /x`", "GET /x", log)
    assert (found["requests"], found["period"], found["scope"]) == limit
    assert len(log.repairs) == 1


@pytest.mark.parametrize(
    "wording", ["Rate limit: twelve requests a second", "**Limit: 10 per burst**", "Rate-limited per account"]
)
def test_an_unreadable_rate_limit_stops_the_import(
    wording: str, upstream_spec: dict[str, Any], import_spec: ModuleType, repairs: ModuleType, docs: Any
) -> None:
    spec = copy.deepcopy(upstream_spec)
    spec["paths"]["/v1/positions"]["get"]["description"] = f"{wording}\n\n`GET /v1/positions`\n"
    with pytest.raises(repairs.UnrepairableSpecError, match=r"GET /v1/positions: a rate limit in words no rule reads"):
        imported(import_spec, spec, docs)


def test_a_misspelt_auth_header_is_recognised(
    upstream_spec: dict[str, Any], import_spec: ModuleType, docs: Any
) -> None:
    spec = copy.deepcopy(upstream_spec)
    misspelt_auth_header(spec)
    out, log = imported(import_spec, spec, docs)
    op = out["paths"]["/v1/volume/broker/daily"]["get"]
    assert op["security"] == [{"orderly": []}]
    assert not [p for p in op["parameters"] if p.get("in") == "header"]
    assert any(r.what.startswith("`Orderly_Timestmp` is the signing header `orderly-timestamp`") for r in log.repairs)


def test_required_alternatives_are_kept_as_data(
    upstream_spec: dict[str, Any], import_spec: ModuleType, docs: Any
) -> None:
    spec = copy.deepcopy(upstream_spec)
    required_alternatives(spec)
    out, log = imported(import_spec, spec, docs)
    body = out["paths"]["/v1/referral/create"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert "anyOf" not in body
    assert body["x-required-one-of"] == [["bonus_max_rebate_rate"], ["max_rebate_rate"]]
    (repair,) = log.of_kind("required-alternatives")
    assert repair.where == "POST /v1/referral/create"


def test_a_new_whole_number_parameter(upstream_spec: dict[str, Any], import_spec: ModuleType, docs: Any) -> None:
    spec = copy.deepcopy(upstream_spec)
    whole_number_parameter(spec)
    out, log = imported(import_spec, spec, docs)
    (param,) = [p for p in out["paths"]["/v1/position_history"]["get"]["parameters"] if p["name"] == "trade_count"]
    assert param["schema"] == {"type": "integer", "x-upstream-type": "number"}
    assert any(r.where == "GET /v1/position_history" and "`trade_count`" in r.what for r in log.repairs)


@pytest.mark.parametrize(
    ("name", "whole"),
    [
        ("order_id", True),
        ("page", True),
        ("start_t", True),
        ("period_number", True),
        ("price", False),
        ("lower_boundary", False),
        ("quantity", False),
        ("amount", False),
    ],
)
def test_whole_number_names(repairs: ModuleType, name: str, whole: bool) -> None:
    assert repairs.is_whole_number_name(name) is whole


def test_a_dangling_parameter_reference_stops_the_import(
    upstream_spec: dict[str, Any], import_spec: ModuleType, repairs: ModuleType, docs: Any
) -> None:
    spec = copy.deepcopy(upstream_spec)
    spec["paths"]["/v1/positions"]["get"]["parameters"].append({"$ref": "#/components/parameters/broker_idd"})
    with pytest.raises(repairs.UnrepairableSpecError, match=r"GET /v1/positions: '#/components/parameters/broker_idd'"):
        imported(import_spec, spec, docs)


def test_the_summary_names_each_repair(upstream_spec: dict[str, Any], import_spec: ModuleType, docs: Any) -> None:
    _, log = imported(import_spec, copy.deepcopy(upstream_spec), docs)
    summary = log.summary()
    assert summary.startswith("# Repairs of the upstream spec\n")
    assert "## References to undefined schemas" in summary
    assert "`MetaData` is undefined: `PaginationMeta`, the schema of the other `meta` properties (4 times" in summary
    assert set(log.counts()) == {"dangling-ref", "auth-header", "whole-number", "example"}


# --- all at once, through the generator ---------------------------------------------------------


@pytest.mark.long  # the importer or generator on the whole spec: scheduled first
def test_every_mutation_at_once_generates_without_a_warning(
    upstream_spec: dict[str, Any], import_spec: ModuleType, docs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = copy.deepcopy(upstream_spec)
    for mutate in MUTATIONS:
        mutate(spec)
    out, log = imported(import_spec, spec, docs)
    kinds = {"dangling-ref", "auth-header", "whole-number", "rate-limit", "example", "required-alternatives"}
    assert kinds <= set(log.counts())
    bundled = tmp_path / "mutated.openapi.yaml"
    bundled.write_text(import_spec.dump(out), encoding="utf-8")
    # The generator's formatting hooks run the venv's ruff, as `make generate` does.
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    problems = load_tool("generate").generate(bundled, tmp_path / "orderly_client")
    assert problems == []
    api = tmp_path / "orderly_client" / "api"
    assert (api / "public" / "get_v1_public_vault_summary.py").is_file()
    assert not (api / "public" / "get_v1_public_system_info.py").exists()
