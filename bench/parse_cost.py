"""Parse cost of exact numbers: a 500-row ``GET /v1/orders`` answer, Decimal models against the float ones.

Usage: python bench/parse_cost.py [--rows 500] [--json]

The float baseline is the generated code from before exact numbers (the commit in ``FLOAT_MODELS_COMMIT``,
read with ``git show``): ``json.loads`` then ``from_dict``. Ours: ``types.parse_json`` (every non-integer a
Decimal, never through float) then ``from_dict`` converting to the declared types. Medians of repeated runs.
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FLOAT_MODELS_COMMIT = "ef3281a"
FLOAT_MODULES = ("types", "order", "orders_response", "orders_response_data", "pagination_meta")


def order_row(index: int) -> dict[str, Any]:
    """One order row as the API sends it (numbers as JSON numbers)."""
    return {
        "order_id": 1_000_000 + index,
        "user_id": 10001,
        "price": 2500.5 + index / 100,
        "type": "LIMIT",
        "quantity": 0.123,
        "amount": None,
        "executed_quantity": 0.0,
        "total_executed_quantity": 0.0,
        "visible_quantity": 0.123,
        "symbol": "PERP_ETH_USDC",
        "side": "BUY",
        "status": "NEW",
        "total_fee": 0.0,
        "fee_asset": "USDC",
        "client_order_id": f"c-{index}",
        "average_executed_price": 0.0,
        "created_time": 1702989203989 + index,
        "updated_time": 1702989203989 + index,
        "realized_pnl": 0.0,
        "executed": 0.0,
        "visible": 0.123,
        "reduce_only": False,
        "order_tag": "default",
        "margin_mode": "CROSS",
    }


def answer(rows: int) -> bytes:
    data = {
        "meta": {"total": rows, "records_per_page": rows, "current_page": 1},
        "rows": [order_row(i) for i in range(rows)],
    }
    return json.dumps({"success": True, "data": data, "timestamp": 1702989203989}).encode()


def float_models(into: Path) -> Any:
    """The float ``OrdersResponse`` of ``FLOAT_MODELS_COMMIT``, as a package under ``into``."""
    package = into / "float_models"
    (package / "models").mkdir(parents=True)
    for name in ("__init__", "models/__init__"):
        (package / f"{name}.py").write_text("", encoding="utf-8")
    for module in FLOAT_MODULES:
        where = "types" if module == "types" else f"models/{module}"
        source = subprocess.run(
            ["git", "show", f"{FLOAT_MODELS_COMMIT}:generated/orderly_client/{where}.py"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        (package / f"{where}.py").write_text(source, encoding="utf-8")
    sys.path.insert(0, str(into))
    return importlib.import_module("float_models.models.orders_response").OrdersResponse


def median_seconds(first: Callable[[], Any], second: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """Median times of two functions, run alternately so that a change in the machine's load hits both alike."""
    first()
    second()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for function, into in ((first, times[0]), (second, times[1])):
            started = time.perf_counter()
            function()
            into.append(time.perf_counter() - started)
    return statistics.median(times[0]), statistics.median(times[1])


def measure(rows: int = 500, repeat: int = 41) -> dict[str, Any]:
    """Median parse times (seconds) of one answer of ``rows`` order rows, float and Decimal, and their ratio."""
    from orderly_client.models import OrdersResponse
    from orderly_client.types import parse_json

    content = answer(rows)
    with tempfile.TemporaryDirectory() as folder:
        float_response = float_models(Path(folder))
        assert float_response.from_dict(json.loads(content)).data.rows[0].price == 2500.5
        assert str(OrdersResponse.from_dict(parse_json(content)).data.rows[1].price) == "2500.51"
        floats, decimals = median_seconds(
            lambda: float_response.from_dict(json.loads(content)),
            lambda: OrdersResponse.from_dict(parse_json(content)),
            repeat,
        )
    return {"rows": rows, "bytes": len(content), "float_s": floats, "decimal_s": decimals, "ratio": decimals / floats}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=500)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = measure(args.rows)
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"{result['rows']} order rows ({result['bytes']} bytes): float models {result['float_s'] * 1e3:.2f} ms, "
            f"Decimal models {result['decimal_s'] * 1e3:.2f} ms, ratio {result['ratio']:.2f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
