"""The API changelog (tools/api_changes.py, `make api-changes`): between the bundled upstream input and a
mutated copy it lists exactly the mutations, each marked breaking or not."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.pipeline._pipeline_support import ROOT, load_tool

SCHEMAS = "#/components/schemas/"


@pytest.fixture(scope="module")
def api_changes(import_spec: ModuleType) -> ModuleType:
    return load_tool("api_changes")


def mutate(spec: dict[str, Any]) -> None:
    """One of each kind of change the report lists."""
    paths = spec["paths"]
    # operations added and removed
    paths["/v1/public/vault_summary"] = {
        "get": {
            "description": "**Limit: 5 requests per 1 second**",
            "responses": {
                "200": {"content": {"application/json": {"schema": {"$ref": SCHEMAS + "EmptyDataResponse"}}}}
            },
        }
    }
    del paths["/v1/public/system_info"]
    # parameters added (optional, required), removed, made required, retyped
    history = paths["/v1/position_history"]["get"]["parameters"]
    history.insert(0, {"name": "margin_mode", "in": "query", "schema": {"type": "string"}})
    history.insert(0, {"name": "account_type", "in": "query", "required": True, "schema": {"type": "string"}})
    trades = paths["/v1/trades"]["get"]["parameters"]
    trades[:] = [p for p in trades if p.get("name") != "symbol"]
    for param in paths["/v1/orders"]["get"]["parameters"]:
        if param.get("name") == "symbol":
            param["required"] = True
        if param.get("name") == "order_tag":
            param["schema"] = {"type": "integer"}
    # body fields added, made required, retyped, removed
    order = spec["components"]["schemas"]["ClaimInsuranceFundBody"]
    order["properties"]["reason"] = {"type": "string"}
    order["required"].append("limit_price")
    order["properties"]["qty_request"] = {"type": "string"}
    del order["properties"]["symbol"]
    order["required"].remove("symbol")
    # rate limits: one stricter, one looser
    positions = paths["/v1/positions"]["get"]
    positions["description"] = positions["description"].replace(
        "30 requests per 10 second", "10 requests per 10 second"
    )
    kline = paths["/v1/kline"]["get"]
    kline["description"] = kline["description"].replace("Limit: 10 requests", "Limit: 20 requests")


EXPECTED = {
    ("GET /v1/public/vault_summary", "operation added", "", False),
    ("GET /v1/public/system_info", "operation removed", "", True),
    ("GET /v1/position_history", "parameter added", "query parameter `margin_mode` (string)", False),
    ("GET /v1/position_history", "parameter added", "query parameter `account_type` (string, required)", True),
    ("GET /v1/trades", "parameter removed", "query parameter `symbol`", True),
    ("GET /v1/orders", "parameter made required", "query parameter `symbol`", True),
    ("GET /v1/orders", "parameter type changed", "query parameter `order_tag`: string → integer", True),
    ("POST /v1/claim_insurance_fund", "body field added", "body field `reason` (string)", False),
    ("POST /v1/claim_insurance_fund", "body field made required", "body field `limit_price`", True),
    ("POST /v1/claim_insurance_fund", "body field type changed", "body field `qty_request`: number → string", True),
    ("POST /v1/claim_insurance_fund", "body field removed", "body field `symbol`", True),
    ("GET /v1/positions", "rate limit changed", "30 per 10 s (user) → 10 per 10 s (user)", True),
    ("GET /v1/kline", "rate limit changed", "10 per 1 s (none) → 20 per 1 s (none)", False),
}


@pytest.mark.long  # the importer or generator on the whole spec: scheduled first
def test_exactly_the_mutations(upstream_spec: dict[str, Any], api_changes: ModuleType, import_spec: ModuleType) -> None:
    old_text = import_spec.dump(import_spec.normalise(copy.deepcopy(upstream_spec), {}, corrections={}))
    mutated = copy.deepcopy(upstream_spec)
    mutate(mutated)
    new = import_spec.normalise(mutated, {}, corrections={})
    changes = api_changes.diff(import_spec.load_yaml(old_text), new)
    found = {(c.operation, c.kind, c.detail, c.breaking) for c in changes}
    assert found == EXPECTED
    assert len(changes) == len(EXPECTED)


def test_a_renamed_schema_is_no_api_change(upstream_spec: dict[str, Any], api_changes: ModuleType) -> None:
    """Renaming a schema (definition and uses) changes nothing on the wire: nothing is listed."""
    renamed = copy.deepcopy(upstream_spec)
    schemas = renamed["components"]["schemas"]
    schemas["PositionHistoryListResponse"] = schemas.pop("PositionHistoryResponse")
    renamed["paths"]["/v1/position_history"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": SCHEMAS + "PositionHistoryListResponse"
    }
    import_spec = load_tool("import_spec")
    old = import_spec.normalise(copy.deepcopy(upstream_spec), {}, corrections={})
    new = import_spec.normalise(renamed, {}, corrections={})
    assert api_changes.diff(old, new) == []


@pytest.mark.long  # the importer or generator on the whole spec: scheduled first
def test_make_api_changes_between_upstream_files(
    upstream_dir: Path, upstream_spec: dict[str, Any], tmp_path: Path
) -> None:
    """The command line on two upstream files: a Markdown table, one row per mutation."""
    import yaml

    mutated = copy.deepcopy(upstream_spec)
    mutate(mutated)
    new = tmp_path / "new.yaml"
    new.write_text(yaml.safe_dump(mutated, sort_keys=False), encoding="utf-8")
    out = tmp_path / "changes.md"
    tool = ROOT / "tools" / "api_changes.py"
    subprocess.run(
        [sys.executable, str(tool), str(upstream_dir / "orderly.openapi.yaml"), str(new), str(out)], check=True
    )
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Orderly API changes (1.0.0 → 1.0.0)\n")
    assert f"{len(EXPECTED)} changes in 8 operations, 9 breaking." in text
    rows = [line for line in text.splitlines() if line.startswith("| `")]
    assert len(rows) == len(EXPECTED)
    assert "| `GET /v1/public/system_info` | operation removed |  | **yes** |" in rows
    assert "| `GET /v1/kline` | rate limit changed | 10 per 1 s (none) → 20 per 1 s (none) | no |" in rows


def test_no_change_says_so(bundled_spec: dict[str, Any], api_changes: ModuleType) -> None:
    assert api_changes.diff(bundled_spec, bundled_spec) == []
    assert "No changes to operations" in api_changes.report(bundled_spec, bundled_spec)
