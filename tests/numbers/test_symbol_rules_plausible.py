"""Symbol rules are refused when no market could have them, and computed in one fixed decimal context."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from decimal import Decimal, localcontext
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from orderly_auth import ConfigurationError, PriceFilterError, SymbolRules, create_client, symbol_rules

GOOD: dict[str, Decimal] = {
    "quote_tick": Decimal("0.01"),
    "quote_min": Decimal(0),
    "quote_max": Decimal(10_000_000),
    "base_tick": Decimal("0.001"),
    "base_min": Decimal("0.001"),
    "base_max": Decimal(1000),
    "min_notional": Decimal(10),
    "price_range": Decimal("0.03"),
}


def rules(**changes: Any) -> SymbolRules:
    return SymbolRules(symbol="PERP_ETH_USDC", **(GOOD | changes))


@pytest.mark.parametrize(
    "changes",
    [
        {"quote_tick": Decimal(1000), "quote_max": Decimal(100_000)},  # 2500.13 would round to 3000
        {"quote_tick": Decimal(0)},
        {"quote_tick": Decimal("-0.01")},
        {"base_tick": Decimal(0)},
        {"base_tick": Decimal("-1")},
        {"quote_tick": Decimal("1e-999999")},
        {"base_tick": Decimal("1e999999")},
        {"quote_tick": Decimal("0.0100000000000000000000000000000000000001")},
        {"base_min": Decimal(2000)},
        {"price_range": Decimal(5)},
        {"min_notional": Decimal(-1)},
        {"quote_max": Decimal("NaN")},
    ],
)
def test_implausible_rules_are_refused(changes: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError, match="implausible"):
        rules(**changes)


def test_the_callers_decimal_context_does_not_change_a_verdict() -> None:
    plausible = rules()
    with localcontext() as context:
        context.prec = 6
        plausible.check(price="1234567.12", quantity="1")
        with pytest.raises(PriceFilterError):
            plausible.check(price="1234567.125", quantity="1")
        assert plausible.round_price("1234567.126") == Decimal("1234567.13")
        assert plausible.round_quantity("123.4567") == Decimal("123.456")
        plausible.check(price="2500.01", quantity="0.004")  # 10.00004: above the minimum, whatever prec says


def test_an_absurd_price_is_a_typed_error() -> None:
    with pytest.raises(PriceFilterError):
        rules().check(price="1e999990", quantity="1")
    with pytest.raises(ConfigurationError):
        rules().round_price("1e999999")


def test_repr_is_total() -> None:
    half = object.__new__(SymbolRules)
    assert repr(half).startswith("SymbolRules(symbol=None")
    assert "quote_tick=Decimal('0.01')" in repr(rules())


def _row(symbol: str, quote_tick: str) -> dict[str, Any]:
    numbers = dict.fromkeys(
        [
            "price_scope",
            "std_liquidation_fee",
            "liquidator_fee",
            "claim_insurance_fund_discount",
            "cap_funding",
            "floor_funding",
            "interest_rate",
            "base_mmr",
            "base_imr",
        ],
        0.01,
    )
    return {
        "symbol": symbol,
        "quote_min": 0,
        "quote_max": 100000,
        "quote_tick": quote_tick,
        "base_min": 0.00001,
        "base_max": 20,
        "base_tick": 0.00001,
        "min_notional": 1,
        "price_range": 0.02,
        "funding_period": 8,
        "created_time": 1_575_014_255_089,
        "updated_time": 1_575_014_255_910,
        **numbers,
    }


@pytest.fixture
def info_server() -> Iterator[str]:
    """Public symbol info with one plausible and one implausible row (tick 1000)."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            rows = [_row("PERP_ETH_USDC", "0.01"), _row("PERP_BAD_USDC", "1000")]
            now = int(time.time() * 1000)
            body = json.dumps({"success": True, "data": {"rows": rows}, "timestamp": now}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


def test_one_implausible_row_is_refused_for_its_symbol_only(info_server: str) -> None:
    with create_client(base_url=info_server) as client:
        cache = symbol_rules(client)
        assert cache.get("PERP_ETH_USDC").round_price("2500.126") == Decimal("2500.13")
        with pytest.raises(ConfigurationError, match="PERP_BAD_USDC: implausible"):
            cache.get("PERP_BAD_USDC")
