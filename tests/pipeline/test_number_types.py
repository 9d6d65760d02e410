"""The bundled spec's type decisions (tools/import_spec.py): one type per kind of value, whatever upstream says.

Money and ratios are ``number`` (Decimal in the generated models), whole numbers ``integer`` (int), each kind of
id one type everywhere, the closed sets of orders one shared enum.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from orderly_client.models import Order, PostOrderBody, Symbol, Trade


def _typed(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every (name, schema) of a property or parameter of the spec."""
    stack: list[Any] = [spec]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("properties"), dict):
                yield from ((k, v) for k, v in node["properties"].items() if isinstance(v, dict))
            if isinstance(node.get("name"), str) and isinstance(node.get("schema"), dict):
                yield node["name"], node["schema"]
            stack += [v for k, v in node.items() if k not in ("example", "examples", "enum", "default")]
        elif isinstance(node, list):
            stack += node


def test_whole_numbers_are_integers_and_money_is_number(bundled_spec: dict[str, Any], import_spec: ModuleType) -> None:
    kinds: dict[str, Counter[str]] = {}
    for name, schema in _typed(bundled_spec):
        if schema.get("type") in ("number", "integer"):
            kinds.setdefault(name, Counter())[schema["type"]] += 1
    for name, found in kinds.items():
        if import_spec.is_whole_number_name(name):
            assert set(found) == {"integer"}, name
        assert len(found) == 1, f"{name} is declared {dict(found)}"
    for name in ("order_price", "executed_price", "mark_price", "min_notional", "base_tick", "fee", "realized_pnl"):
        assert set(kinds[name]) == {"number"}, name
    for name in ("order_id", "created_time", "timestamp", "total", "current_page", "seq", "match_id"):
        assert set(kinds[name]) == {"integer"}, name


def test_each_id_kind_has_one_type(bundled_spec: dict[str, Any], import_spec: ModuleType) -> None:
    for name, schema in _typed(bundled_spec):
        if name in import_spec.ID_TYPES and "type" in schema:
            assert schema["type"] == import_spec.ID_TYPES[name], name


@pytest.mark.parametrize("name", ["order_ids", "client_order_ids"])
def test_id_lists_are_comma_separated_arrays(bundled_spec: dict[str, Any], name: str) -> None:
    (param,) = [
        p
        for p in bundled_spec["paths"][f"/v1/{'client/' if 'client' in name else ''}batch-order"]["delete"][
            "parameters"
        ]
        if p["name"] == name
    ]
    assert (param["style"], param["explode"], param["schema"]["type"]) == ("form", False, "array")


def test_the_generated_models_carry_the_decisions() -> None:
    hints = {cls: cls.__annotations__ for cls in (Order, PostOrderBody, Symbol, Trade)}
    assert hints[Order]["price"] == "Decimal" and hints[Order]["order_id"] == "int"
    assert hints[Order]["type_"] == "OrderType" and hints[Order]["status"] == "OrderState"
    assert hints[PostOrderBody]["order_price"] == "Decimal | Unset" and hints[PostOrderBody]["side"] == "OrderSide"
    assert hints[Symbol]["min_notional"] == "Decimal" and hints[Symbol]["base_max"] == "Decimal"
    assert hints[Trade]["realized_pnl"] == "Decimal | None | Unset" and hints[Trade]["match_id"] == "int | Unset"


def test_closed_sets_are_shared_enums(bundled_spec: dict[str, Any], import_spec: ModuleType) -> None:
    schemas = bundled_spec["components"]["schemas"]
    for closed in import_spec.CLOSED_SETS:
        assert schemas[closed.name] == {"type": "string", "enum": list(closed.values)}
    refs = Counter(schema["$ref"].rsplit("/", 1)[-1] for _, schema in _typed(bundled_spec) if "$ref" in schema)
    assert refs["OrderType"] >= 5 and refs["OrderSide"] >= 5 and refs["MarginMode"] >= 10
