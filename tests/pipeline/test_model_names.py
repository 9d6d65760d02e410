"""Reviewed model names (tools/names.yaml ``models``): the rows and payloads a trader touches have names.

Each is a class of the generated package, a schema of the bundled spec, importable from
``orderly_network.models`` and what the resource methods return; the old place-made class names
still import, with a DeprecationWarning; a place upstream no longer has stops the import.
"""

from __future__ import annotations

import copy
import importlib
import re
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from orderly_client import models as generated_models
from tests.pipeline._pipeline_support import BUNDLED_SPEC, ROOT, load_tool, load_yaml

NAMES_FILE = ROOT / "tools" / "names.yaml"
PACKAGE = ROOT / "generated" / "orderly_client"
# The resources a trader uses: none of their methods may answer a model named for its place.
TRADER_RESOURCES = ["orders", "algo_orders", "trades", "positions", "assets", "account"]
TRADER_RESOURCES += ["market", "funding", "liquidations", "keys", "system"]


def _table_entries() -> list[tuple[str, str]]:
    """The ``models: main:`` entries as written (YAML would fold a duplicate key silently)."""
    text = NAMES_FILE.read_text(encoding="utf-8").split("\nmodels:\n  main:\n", 1)[1]
    return re.findall(r"^    ([A-Za-z0-9_]+): (.+)$", text, flags=re.MULTILINE)


def _reviewed() -> dict[str, str]:
    table: dict[str, str] = load_tool("names").load_model_names("main")
    return table


def _former_names() -> dict[str, str]:
    former: dict[str, str] = generated_models._FORMER_NAMES
    return former


def test_the_reviewed_names_are_unique_identifiers_of_unique_places() -> None:
    names = load_tool("names")
    entries = _table_entries()
    assert len(entries) >= 25
    assert [name for name, count in Counter(n for n, _ in entries).items() if count > 1] == []
    assert [place for place, count in Counter(p for _, p in entries).items() if count > 1] == []
    assert dict(entries) == _reviewed()
    for name, _ in entries:
        assert names.is_model_name(name) and name.isidentifier(), name
    assert not names.is_model_name("class") and not names.is_model_name("kline") and not names.is_model_name("K-1")


def test_every_reviewed_model_is_generated_bundled_and_importable_from_orderly_network() -> None:
    spec: dict[str, Any] = load_yaml(BUNDLED_SPEC)
    network_models = importlib.import_module("orderly_network.models")
    for name in _reviewed():
        assert isinstance(spec["components"]["schemas"][name]["x-orderly-hoisted-from"], str), name
        assert name in generated_models.__all__, name
        cls = getattr(network_models, name)
        assert cls is getattr(generated_models, name) and cls.__name__ == name


def test_no_place_made_model_is_left_in_the_trader_resources() -> None:
    """A row or payload a trader's method answers has a reviewed name: a new one upstream fails here, by name."""
    made = re.compile(r"\b[A-Z]\w*(?:ResponseData\w*|Item)\b")
    answers = set()  # what the methods return (payloads, rows), and the models of the payloads' fields
    for resource in TRADER_RESOURCES:
        text = (PACKAGE / "resources" / f"{resource}.py").read_text(encoding="utf-8")
        answers |= {name for returned in re.findall(r"\) -> (.+):\n", text) for name in re.findall(r"\w+", returned)}
    found = [name for name in sorted(answers) if made.fullmatch(name) and name.endswith("Item")]
    for payload in sorted(answers):
        module = generated_models._MODULE_OF.get(payload)
        if module is None:
            continue
        text = (PACKAGE / "models" / f"{module.lstrip('.')}.py").read_text(encoding="utf-8")
        fields = re.findall(r"^    \w+: (.+)$", text, flags=re.MULTILINE)
        found += [f"{payload}: {n}" for f in fields for n in made.findall(f) if n.endswith("Item")]
    assert found == [], "give these a reviewed name in tools/names.yaml (models):\n" + "\n".join(found)


def test_the_resource_methods_answer_the_reviewed_names() -> None:
    from orderly_client.models import ClientHoldingResponseData, KlineResponseData, PositionHistoryResponseData
    from orderly_client.resources.market import Market

    assert Market.orderbook.__annotations__["return"] == "Orderbook"
    assert KlineResponseData.__annotations__["rows"] == "list[Kline]"
    assert ClientHoldingResponseData.__annotations__["holding"] == "list[Holding]"
    assert PositionHistoryResponseData.__annotations__["rows"] == "list[PositionHistoryRecord] | Unset"


def test_old_class_names_import_with_a_deprecation_warning() -> None:
    former = _former_names()
    reviewed = _reviewed()
    assert set(reviewed) <= set(former.values())
    for old, new in former.items():
        assert old not in generated_models.__all__ and old not in generated_models._MODULE_OF
        with pytest.warns(DeprecationWarning, match=f"{old} is now {new}"):
            cls = getattr(generated_models, old)
        assert cls is getattr(generated_models, new)
    with pytest.warns(DeprecationWarning, match="KlineResponseDataRowsItem is now Kline"):
        from orderly_client.models import KlineResponseDataRowsItem
    with pytest.warns(DeprecationWarning, match="ClientHoldingResponseDataHoldingItem is now Holding"):
        from orderly_network.models import ClientHoldingResponseDataHoldingItem
    assert KlineResponseDataRowsItem.__name__ == "Kline" and ClientHoldingResponseDataHoldingItem.__name__ == "Holding"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        from orderly_network.models import Kline  # the new name: no warning

        assert Kline.__name__ == "Kline"
    with pytest.raises(AttributeError):
        generated_models.NoSuchModelRowsItem  # noqa: B018


def test_the_old_names_are_the_generators_own() -> None:
    """The old names are what the generator made of each place (so old code keeps importing, not a guess)."""
    generate = load_tool("generate")
    former = _former_names()
    schemas = load_yaml(BUNDLED_SPEC)["components"]["schemas"]
    for name in _reviewed():
        old = generate.place_class_name(schemas[name]["x-orderly-hoisted-from"], "field_")
        assert former[old] == name, (name, old)
    assert generate.place_class_name("KlineResponse.data.rows[]", "field_") == "KlineResponseDataRowsItem"
    assert generate.place_class_name("DailyVolumeResponse.data[]", "field_") == "DailyVolumeResponseDataItem"


def _answering(path: str, answer: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    """A spec of one ``GET path`` whose answer is the schema ``answer``, beside ``schemas``."""
    content = {"application/json": {"schema": answer}}
    return {
        "paths": {path: {"get": {"responses": {"200": {"content": content}}}}},
        "components": {"schemas": copy.deepcopy(schemas)},
    }


def test_a_place_upstream_no_longer_has_stops_the_import(tmp_path: Path) -> None:
    names = load_tool("names")
    table = tmp_path / "names.yaml"
    table.write_text("models:\n  main:\n    Kline: GET /v1/kline data.rows[]\n", encoding="utf-8")
    row = {"type": "object", "properties": {"open": {"type": "number"}}}
    listing = {"type": "object", "properties": {"rows": {"type": "array", "items": row}}}
    answer = {"allOf": [{"$ref": "#/components/schemas/Basic"}, {"properties": {"data": listing}}]}
    ref = {"$ref": "#/components/schemas/KlineResponse"}
    spec = _answering("/v1/kline", ref, {"KlineResponse": answer})
    names.name_models(spec, "main", table)
    schemas = spec["components"]["schemas"]
    assert schemas["Kline"] == {**row, "x-orderly-hoisted-from": "KlineResponse.data.rows[]"}
    assert schemas["KlineResponse"]["allOf"][1]["properties"]["data"]["properties"]["rows"]["items"] == {
        "$ref": "#/components/schemas/Kline"
    }
    # upstream renamed the answer's schema: followed (the place is the operation's, not a schema name)
    renamed = _answering("/v1/kline", {"$ref": "#/components/schemas/Bars"}, {"Bars": answer})
    names.name_models(renamed, "main", table)
    assert renamed["components"]["schemas"]["Kline"]["x-orderly-hoisted-from"] == "Bars.data.rows[]"
    # the operation is gone: nothing to name (the table's test finds the entry stale)
    gone = _answering("/v1/candles", ref, {"KlineResponse": answer})
    names.name_models(gone, "main", table)
    assert "Kline" not in gone["components"]["schemas"]
    # upstream renamed the field, named the row itself, answers inline, or the name is taken: each stops, by entry
    field = {"type": "object", "properties": {"data": {"type": "object", "properties": {"bars": listing}}}}
    named = {"type": "object", "properties": {"data": {"$ref": "#/components/schemas/KlineData"}}}
    data_named = {"KlineResponse": named, "KlineData": {"type": "object", "properties": {"rows": {"type": "array"}}}}
    for broken, message in [
        (_answering("/v1/kline", ref, {"KlineResponse": field}), "Kline: GET /v1/kline data.rows[]: no property rows"),
        (_answering("/v1/kline", ref, data_named), "Kline: GET /v1/kline data.rows[]: not an inline object schema"),
        (_answering("/v1/kline", answer, {}), "Kline: GET /v1/kline data.rows[]: no schema under a named one"),
        (_answering("/v1/kline", ref, {"KlineResponse": answer, "Kline": row}), "Kline is already a schema"),
    ]:
        with pytest.raises(names.StaleModelNameError, match=re.escape(message)):
            names.name_models(broken, "main", table)


def test_a_bad_entry_in_the_table_fails_clearly(tmp_path: Path) -> None:
    names = load_tool("names")
    bad = tmp_path / "names.yaml"
    for text, message in [
        ("models:\n  main:\n    kline: GET /v1/kline data.rows[]\n", "not a PascalCase identifier"),
        ("models:\n  main:\n    Kline: KlineResponse.data.rows[]\n", "is not `METHOD /path field.field[]`"),
        ("models:\n  main:\n    Kline: GET /v1/kline data/rows\n", "is not `METHOD /path field.field[]`"),
        ("models:\n  main:\n    A: GET /v1/x data\n    B: GET /v1/x data\n", "one place has two names"),
    ]:
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(ValueError, match=re.escape(message)):
            names.load_model_names.__wrapped__("main", bad)
