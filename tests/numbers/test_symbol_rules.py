"""Symbol rules from the public symbol info: rounding to tick and step, and order checks before sending."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest

from orderly_auth import (
    OrderValueTooSmallError,
    PriceFilterError,
    QuantityFilterError,
    SymbolRules,
    create_client,
    symbol_rules,
)
from orderly_client.api.private import post_v1_order
from orderly_client.client import AuthenticatedClient
from orderly_client.models import PostOrderBody
from orderly_sandbox import Sandbox

RULES = SymbolRules(
    symbol="PERP_ETH_USDC",
    quote_tick=Decimal("0.01"),
    quote_min=Decimal(0),
    quote_max=Decimal(100000),
    base_tick=Decimal("0.001"),
    base_min=Decimal("0.001"),
    base_max=Decimal(1000),
    min_notional=Decimal(10),
    price_range=Decimal("0.03"),
)


def test_rounding_to_tick_and_step() -> None:
    assert RULES.round_price("2500.125") == Decimal("2500.12")  # nearest, half to even
    assert RULES.round_price(2500.129, "floor") == Decimal("2500.12")
    assert RULES.round_price("2500.121", "ceil") == Decimal("2500.13")
    assert RULES.round_quantity("0.0019") == Decimal("0.001")  # floor by default: never more than asked
    assert RULES.round_quantity(0.0011, "ceil") == Decimal("0.002")
    assert RULES.round_quantity("1.2345", "nearest") == Decimal("1.234")


def test_checks_raise_what_the_server_would() -> None:
    RULES.check(price="2500.12", quantity="0.004")
    with pytest.raises(PriceFilterError) as price:
        RULES.check(price="2500.125", quantity=1)
    assert price.value.code == -1103
    with pytest.raises(QuantityFilterError) as quantity:
        RULES.check(price=2500, quantity="0.0015")
    assert quantity.value.code == -1104
    with pytest.raises(QuantityFilterError):
        RULES.check(quantity=2000)
    with pytest.raises(OrderValueTooSmallError) as small:
        RULES.check(price="2500", quantity="0.003")
    assert small.value.code == -1102


def test_rules_are_cached_per_client_and_refreshed_on_demand(client: AuthenticatedClient, sandbox: Sandbox) -> None:
    cache = symbol_rules(client)
    assert symbol_rules(client) is cache
    before = len(sandbox.requests)
    eth = cache.get("PERP_ETH_USDC")
    cache.get("PERP_BTC_USDC")
    assert len(sandbox.requests) == before + 1  # one fetch for every symbol
    assert eth.base_min == Decimal("0.001") and isinstance(eth.quote_tick, Decimal)
    cache.refresh()
    assert len(sandbox.requests) == before + 2


def test_validate_orders_refuses_an_order_before_sending(sandbox: Sandbox) -> None:
    client = create_client(sandbox.credentials, base_url=sandbox.base_url, validate_orders=True)
    body = PostOrderBody(
        symbol="PERP_ETH_USDC", order_type="LIMIT", side="BUY", order_price="2500.005", order_quantity=1
    )
    with pytest.raises(PriceFilterError):
        post_v1_order.sync(client=client, body=body)
    assert not [r for r in sandbox.requests if r.method == "POST" and r.path == "/v1/order"]
    small = PostOrderBody(
        symbol="PERP_ETH_USDC", order_type="LIMIT", side="BUY", order_price=2500, order_quantity="0.001"
    )

    async def place() -> None:
        await post_v1_order.asyncio(client=client, body=small)

    with pytest.raises(OrderValueTooSmallError):
        asyncio.run(place())
    good = PostOrderBody(symbol="PERP_ETH_USDC", order_type="LIMIT", side="BUY", order_price="2500.1", order_quantity=1)
    assert post_v1_order.sync(client=client, body=good).data.order_id > 0
