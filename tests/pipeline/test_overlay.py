"""The reviewed overlay (tools/overlay.yaml, tools/overlay.py): applied after upstream, stopped when upstream moves.

Every entry names its evidence; every change states what upstream has at its place, and a
synthetic upstream that no longer has it stops the import with the entry's id.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.pipeline._pipeline_support import ROOT

OVERLAY = ROOT / "tools" / "overlay.yaml"


@pytest.fixture(scope="module")
def overlay(import_spec: ModuleType) -> ModuleType:
    return sys.modules["overlay"]


@pytest.fixture(scope="module")
def entries(overlay: ModuleType) -> list[Any]:
    found: list[Any] = overlay.load_overlay(OVERLAY)
    return found


@pytest.fixture(scope="module")
def docs(docs_tsv: Path, import_spec: ModuleType) -> dict[tuple[str, str], list[str]]:
    index: dict[tuple[str, str], list[str]] = import_spec.load_docs_index(docs_tsv)
    return index


def test_every_entry_has_evidence_and_a_known_change(entries: list[Any], overlay: ModuleType) -> None:
    assert len(entries) == 16
    for entry in entries:
        assert entry.change in overlay.CHANGES
        assert entry.evidence and all(e["source"] and e["sends"] for e in entry.evidence)


def test_every_entry_is_applied_and_marked(bundled_spec: dict[str, Any], entries: list[Any]) -> None:
    text = repr(bundled_spec)
    for entry in entries:
        assert f"'x-overlay': '{entry.id}'" in text or f"'{entry.id}'" in text, entry.id


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- {change: add-parameter, evidence: [{source: a, sends: b}]}", "without an id"),
        ("- {id: a, change: rename, evidence: [{source: a, sends: b}]}", "is not one of"),
        ("- {id: a, change: unrequire}", "evidence must list"),
        ("- {id: a, change: unrequire, evidence: [{source: a}]}", "evidence must list"),
    ],
)
def test_entries_are_checked_for_shape(overlay: ModuleType, tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "overlay.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        overlay.load_overlay(path)


def _body(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"]
    return schema


def upstream_adds_leverage(spec: dict[str, Any]) -> None:
    spec["paths"]["/v1/client/leverage"]["post"] = copy.deepcopy(spec["paths"]["/v1/client/leverages"]["post"])


def upstream_drops_leverage_body(spec: dict[str, Any]) -> None:
    del spec["components"]["schemas"]["ClientLeverageBody"]
    # (nothing referenced it: no dangling reference, but the overlay's own one would dangle)


def upstream_makes_child_orders_optional(spec: dict[str, Any]) -> None:
    _body(spec, "post", "/v1/algo/order")["required"].remove("child_orders")


def upstream_adds_balance_token(spec: dict[str, Any]) -> None:
    spec["paths"]["/v1/asset/history"]["get"]["parameters"].append(
        {"name": "balance_token", "in": "query", "schema": {"type": "string"}}
    )


def upstream_adds_order_tag(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["OrderBody"]["properties"]["order_tag"] = {"type": "string"}


def upstream_gives_mark_read_a_body(spec: dict[str, Any]) -> None:
    op = spec["paths"]["/v1/notification/inbox/mark_read_all"]["post"]
    op["requestBody"] = {"content": {"application/json": {"schema": {"type": "object"}}}}


def upstream_renames_a_query_parameter(spec: dict[str, Any]) -> None:
    for param in spec["paths"]["/v1/client/reset_orderly_key_ip_restriction"]["post"]["parameters"]:
        if param.get("name") == "reset_mode":
            param["name"] = "mode"


def upstream_removes_an_operation(spec: dict[str, Any]) -> None:
    del spec["paths"]["/v1/public/campaign/stats"]


@pytest.mark.parametrize(
    ("mutate", "entry", "why"),
    [
        (upstream_adds_leverage, "client-leverage", "upstream has POST /v1/client/leverage now"),
        (upstream_drops_leverage_body, "client-leverage", "ClientLeverageBody is not in the upstream spec"),
        (upstream_makes_child_orders_optional, "algo-order-optional-fields", "child_orders not required upstream"),
        (upstream_adds_balance_token, "asset-history-balance-token", "has a parameter 'balance_token' now"),
        (upstream_adds_order_tag, "order-tag-in-order-body", "has a property 'order_tag' now"),
        (upstream_gives_mark_read_a_body, "inbox-mark-read-all-json-body", "has a body upstream now"),
        (upstream_renames_a_query_parameter, "ip-restriction-reset-json-body", "has no query parameter reset_mode"),
        (upstream_removes_an_operation, "campaign-stats-order-tag", "upstream has no operation GET /v1/public/camp"),
    ],
)
def test_upstream_changing_under_an_entry_stops_the_import(
    *,
    mutate: Any,
    entry: str,
    why: str,
    upstream_spec: dict[str, Any],
    import_spec: ModuleType,
    overlay: ModuleType,
    entries: list[Any],
    docs: Any,
) -> None:
    spec = copy.deepcopy(upstream_spec)
    mutate(spec)
    with pytest.raises(overlay.StaleOverlayError, match=f"overlay entry '{entry}'") as raised:
        import_spec.normalise(spec, docs, overlay=entries)
    assert why in str(raised.value)


def test_the_overlay_comes_after_the_repairs(bundled_spec: dict[str, Any]) -> None:
    """The added operation is described, signed and documented like any other."""
    op = bundled_spec["paths"]["/v1/client/leverage"]["post"]
    assert op["security"] == [{"orderly": []}] and op["x-orderly-scope"] == "read"  # by design, say the docs
    assert op["externalDocs"] == {
        "url": "https://orderly.network/docs/build-on-omnichain/user-flows/wallet-authentication"
    }
    assert op["x-docs-section"] == bundled_spec["paths"]["/v1/client/leverage"]["get"]["x-docs-section"]
    body = _body(bundled_spec, "post", "/v1/notification/inbox/mark_read")
    assert body["required"] == ["flag", "ids"]
    assert body["properties"]["flag"]["type"] == "integer"  # the whole-number repair happened first


def test_applied_and_left_are_documented(entries: list[Any]) -> None:
    text = (ROOT / "docs" / "spec-corrections.md").read_text(encoding="utf-8")
    for entry in entries:
        assert f"`{entry.id}`" in text, entry.id
