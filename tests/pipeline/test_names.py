"""Reviewed names (tools/names.yaml): every operation of both specs once, identifiers, no two alike per resource."""

from __future__ import annotations

import copy
import re
from collections import Counter
from typing import Any

import pytest

from tests.pipeline._pipeline_support import BUNDLED_SPEC, ROOT, iter_operations, load_tool, load_yaml

SPECS = {"main": BUNDLED_SPEC, "sv": ROOT / "generated" / "orderly_sv.openapi.yaml"}
NAMES_FILE = ROOT / "tools" / "names.yaml"


def _entries(api: str) -> list[str]:
    """The ``METHOD /path`` keys of one API's table as written (YAML would fold a duplicate key silently)."""
    text = NAMES_FILE.read_text(encoding="utf-8")
    table = text.split(f"\n{api}:\n", 1)[1].split("\n\n", 1)[0]
    keys: list[str] = []
    for line in table.splitlines():
        match = re.match(r"  ([A-Z]+ /\S*): ", line)
        if match:
            keys.append(match.group(1))
        elif line and not line.startswith("  #") and not line.startswith("  "):
            break
    return keys


@pytest.mark.parametrize("api", sorted(SPECS))
def test_every_operation_named_once(api: str) -> None:
    spec: dict[str, Any] = load_yaml(SPECS[api])
    operations = {f"{method.upper()} {path}" for method, path, _ in iter_operations(spec)}
    entries = _entries(api)
    assert [key for key, count in Counter(entries).items() if count > 1] == []
    assert set(entries) == operations  # none missing, none stale
    assert len(operations) == {"main": 230, "sv": 23}[api]


@pytest.mark.parametrize("api", sorted(SPECS))
def test_bundled_names_are_reviewed_identifiers_without_collisions(api: str) -> None:
    names = load_tool("names")
    spec: dict[str, Any] = load_yaml(SPECS[api])
    seen: Counter[tuple[str, str]] = Counter()
    for method, path, op in iter_operations(spec):
        resource, verb = op["x-orderly-resource"], op["x-orderly-verb"]
        assert names.is_name(resource) and names.is_name(verb), (method, path)
        assert resource.isidentifier() and verb.isidentifier()
        assert not op.get("x-orderly-name-derived"), f"{method.upper()} {path} has no reviewed name"
        seen[(resource, verb)] += 1
    assert [name for name, count in seen.items() if count > 1] == []
    # with_raw_response is an attribute of every resource: no verb may take it.
    assert all(verb != "with_raw_response" for _, verb in seen)


def test_unmapped_operation_gets_a_derived_name_listed_in_the_changelog() -> None:
    names = load_tool("names")
    api_changes = load_tool("api_changes")
    old: dict[str, Any] = load_yaml(BUNDLED_SPEC)
    new = copy.deepcopy(old)
    # A new operation upstream: the review has not named it yet.
    new["paths"]["/v1/order/amend_all"] = {"post": {**copy.deepcopy(old["paths"]["/v1/order"]["post"])}}
    new["paths"]["/v1/order/amend_all"]["post"]["x-docs-section"] = "orders"
    derived = names.add_names(new, "main")
    assert derived == ["POST /v1/order/amend_all"]
    op = new["paths"]["/v1/order/amend_all"]["post"]
    assert (op["x-orderly-resource"], op["x-orderly-verb"]) == ("orders", "create_order_amend_all")
    assert op["x-orderly-name-derived"] is True
    report = api_changes.report(old, new)
    assert "`POST /v1/order/amend_all`: `client.orders.create_order_amend_all`" in report


def test_a_derived_name_never_takes_a_reviewed_one() -> None:
    names = load_tool("names")
    spec: dict[str, Any] = {
        "paths": {
            "/v1/{order_id}": {"get": {"x-docs-section": "orders"}},  # derives orders.get...
            "/v1/order/{order_id}": {"get": {"x-docs-section": "orders"}},  # ...the reviewed name of this one
        }
    }
    assert names.add_names(spec, "main") == ["GET /v1/{order_id}"]
    assert spec["paths"]["/v1/order/{order_id}"]["get"]["x-orderly-verb"] == "get"
    assert spec["paths"]["/v1/{order_id}"]["get"]["x-orderly-verb"] == "get_2"


def test_reviewed_names_must_be_identifiers(tmp_path: Any) -> None:
    names = load_tool("names")
    bad = tmp_path / "names.yaml"
    bad.write_text("main:\n  GET /v1/orders: orders.list-all\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"not resource\.verb"):
        names.load_names.__wrapped__("main", bad)
