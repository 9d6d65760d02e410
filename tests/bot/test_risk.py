"""Risk numbers against the sandbox's margin engine, at the boundaries: the order at the computed maximum
quantity is accepted and one step more refused (-1101); the mark at the computed liquidation price is the
point where the collateral meets the maintenance margin."""

from __future__ import annotations

import asyncio
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

import pytest

from orderly_auth import InsufficientMarginError, OrderlyClient
from orderly_auth.bot import AccountRisk, afetch_account_risk, fetch_account_risk
from orderly_client.api.private import delete_v1_order, get_v1_positions, post_v1_client_leverage, post_v1_order
from orderly_client.models import ClientLeverageBody, PostOrderBody
from orderly_sandbox import Sandbox
from tests.bot.bot_support import client_for

ETH, BTC, SOL = "PERP_ETH_USDC", "PERP_BTC_USDC", "PERP_SOL_USDC"


def _limit(client: OrderlyClient, symbol: str, side: str, quantity: Decimal, price: Decimal) -> int:
    body = PostOrderBody(symbol=symbol, order_type="LIMIT", side=side, order_quantity=quantity, order_price=price)
    return post_v1_order.sync(client=client, body=body).data.order_id


def _market(client: OrderlyClient, symbol: str, side: str, quantity: str) -> None:
    body = PostOrderBody(symbol=symbol, order_type="MARKET", side=side, order_quantity=Decimal(quantity))
    post_v1_order.sync(client=client, body=body)


def _resting(sandbox: Sandbox, symbol: str, side: str) -> Decimal:
    """A price that rests (does not cross) and is inside the sandbox's price range."""
    mark = sandbox.market.mark(symbol)
    tick = sandbox.market.info[symbol].quote_tick
    factor = Decimal("0.98") if side == "BUY" else Decimal("1.02")
    return (mark * factor / tick).to_integral_value(ROUND_FLOOR) * tick


def _agrees_with_the_engine(sandbox: Sandbox, risk: AccountRisk) -> None:
    market, account = sandbox.market, sandbox.credentials.account_id
    with market.lock:
        assert risk.total_collateral == market.total_collateral(account)
        assert risk.initial_margin == market.initial_margin(account)
        assert risk.free_collateral == market.free_collateral(account)
        assert risk.maintenance_margin == market.maintenance_margin(account)


def _boundary(sandbox: Sandbox, client: OrderlyClient, symbol: str, side: str) -> None:
    risk = fetch_account_risk(client)
    _agrees_with_the_engine(sandbox, risk)
    price = _resting(sandbox, symbol, side)
    quantity = risk.max_order_qty(symbol, side, price)
    step = risk.rules[symbol].base_tick
    assert quantity > 0 and quantity == risk.max_order_qty(symbol, side)  # the margin values orders at mark
    with pytest.raises(InsufficientMarginError):
        _limit(client, symbol, side, quantity + step, price)
    _limit(client, symbol, side, quantity, price)  # accepted
    after = fetch_account_risk(client)
    _agrees_with_the_engine(sandbox, after)
    assert after.max_order_qty(symbol, side) < step or not after.accepts(symbol, side, step)


def test_max_order_qty_is_the_engines_boundary(sandbox: Sandbox) -> None:
    client = client_for(sandbox)
    _market(client, SOL, "BUY", "3")  # a position in another symbol takes margin too
    _boundary(sandbox, client, ETH, "BUY")  # then an open order of that size sits in the book
    _boundary(sandbox, client, ETH, "SELL")  # selling first nets against the open buy
    post_v1_client_leverage.sync(client=client, body=ClientLeverageBody(leverage=25))
    _boundary(sandbox, client, BTC, "SELL")  # at another leverage and symbol


def _liquidation_boundary(sandbox: Sandbox, client: OrderlyClient, symbol: str) -> None:
    market, account = sandbox.market, sandbox.credentials.account_id
    risk = fetch_account_risk(client)
    price = risk.liquidation_price(symbol)
    assert price is not None and price > 0
    quantity = risk.positions[symbol].quantity
    tick = market.info[symbol].quote_tick
    # long: safe at or above the price, under water a tick below; short: the mirror image
    safe = (price / tick).to_integral_value(ROUND_CEILING if quantity > 0 else ROUND_FLOOR) * tick
    beyond = safe - tick if quantity > 0 else safe + tick
    original = market.mark(symbol)
    try:
        market.set_mark(symbol, safe)
        with market.lock:
            assert market.total_collateral(account) >= market.maintenance_margin(account)
        moved = fetch_account_risk(client)
        assert moved.marks[symbol] == safe and moved.total_collateral >= moved.maintenance_margin
        market.set_mark(symbol, beyond)
        with market.lock:
            assert market.total_collateral(account) < market.maintenance_margin(account)
        market.set_mark(symbol, price)  # at the price itself: collateral equals the maintenance margin
        with market.lock:
            gap = market.total_collateral(account) - market.maintenance_margin(account)
        assert abs(gap) < Decimal("1e-12")
    finally:
        market.set_mark(symbol, original)


def test_liquidation_price_is_where_the_engine_meets_maintenance_margin(sandbox: Sandbox) -> None:
    client = client_for(sandbox)
    post_v1_client_leverage.sync(client=client, body=ClientLeverageBody(leverage=20))
    _market(client, ETH, "BUY", "50")  # long, near the account's limit
    _market(client, SOL, "SELL", "40")  # and a short elsewhere: its maintenance margin counts
    _liquidation_boundary(sandbox, client, ETH)
    _liquidation_boundary(sandbox, client, SOL)
    risk = fetch_account_risk(client)
    _agrees_with_the_engine(sandbox, risk)
    shown = {row.symbol: row.est_liq_price for row in get_v1_positions.sync(client=client).data.rows}
    assert shown == {ETH: risk.liquidation_price(ETH), SOL: risk.liquidation_price(SOL)}  # the server's own figure
    assert risk.margin_ratio is not None and risk.margin_ratio > 0
    figures = risk.position(ETH)
    assert figures.maintenance_margin == figures.notional * figures.mmr
    assert risk.max_withdrawable == max(
        Decimal(0), min(risk.usdc, risk.free_collateral - max(Decimal(0), risk.unsettled_pnl))
    )


def test_async_and_tracker_refresh(sandbox: Sandbox) -> None:
    client = client_for(sandbox)
    order_id = _limit(client, ETH, "BUY", Decimal("1"), _resting(sandbox, ETH, "BUY"))

    async def main() -> AccountRisk:
        risk = await afetch_account_risk(client)
        await client.aclose()
        return risk

    risk = asyncio.run(main())
    assert risk == fetch_account_risk(client)
    assert risk.positions[ETH].pending_long == 1
    assert risk.max_order_qty(ETH, "BUY", Decimal("0.01")) == 0  # at that price the order is below min_notional
    _agrees_with_the_engine(sandbox, risk)
    delete_v1_order.sync(client=client, symbol=ETH, order_id=order_id)
    assert fetch_account_risk(client).initial_margin == 0
