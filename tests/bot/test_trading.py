"""Trading helpers against the sandbox: close a position (market, limit), close all, cancel a symbol's orders."""

from __future__ import annotations

import asyncio
from decimal import Decimal

from orderly_auth.bot import (
    acancel_symbol_orders,
    aclose_all_positions,
    cancel_symbol_orders,
    close_all_positions,
    close_position,
)
from orderly_client.api.private import post_v1_order
from orderly_client.models import PostOrderBody
from orderly_sandbox import Sandbox
from tests.bot.bot_support import client_for

ETH, SOL, BTC = "PERP_ETH_USDC", "PERP_SOL_USDC", "PERP_BTC_USDC"


def _order(sandbox: Sandbox, symbol: str, side: str, quantity: str, order_type: str = "MARKET") -> None:
    body = PostOrderBody(symbol=symbol, order_type=order_type, side=side, order_quantity=Decimal(quantity))
    if order_type == "LIMIT":
        factor = Decimal("0.98") if side == "BUY" else Decimal("1.02")
        body.order_price = (sandbox.market.mark(symbol) * factor).quantize(sandbox.market.info[symbol].quote_tick)
    post_v1_order.sync(client=client_for(sandbox), body=body)


def _qty(sandbox: Sandbox, symbol: str) -> Decimal:
    return sandbox.market.position(sandbox.credentials.account_id, symbol).quantity


def test_close_one_position_at_market_and_at_a_limit(sandbox: Sandbox) -> None:
    client = client_for(sandbox)
    assert close_position(client, ETH) is None  # flat: nothing sent
    _order(sandbox, ETH, "BUY", "0.5")
    closed = close_position(client, ETH)
    assert closed is not None and closed.position_qty == Decimal("0.5") and closed.side == "SELL"
    assert closed.order_type == "MARKET" and closed.client_order_id and _qty(sandbox, ETH) == 0
    _order(sandbox, SOL, "SELL", "2")
    ask = (sandbox.market.mark(SOL) * Decimal("0.99")).quantize(Decimal("0.01"))  # a BUY limit that rests
    limit = close_position(client, SOL, price=ask)
    assert limit is not None and limit.side == "BUY" and limit.order_type == "LIMIT" and limit.price == ask
    [resting] = [o for o in sandbox.orders() if o["order_id"] == limit.order_id]
    assert resting["reduce_only"] is True and resting["status"] == "NEW" and Decimal(resting["quantity"]) == 2


def test_close_all_and_cancel_a_symbols_orders(sandbox: Sandbox) -> None:
    client = client_for(sandbox)
    _order(sandbox, ETH, "BUY", "0.3")
    _order(sandbox, SOL, "SELL", "1")
    _order(sandbox, ETH, "BUY", "0.1", "LIMIT")
    _order(sandbox, ETH, "SELL", "0.1", "LIMIT")
    _order(sandbox, BTC, "BUY", "0.001", "LIMIT")
    closed = close_all_positions(client)
    assert [(c.symbol, c.position_qty) for c in closed] == [(ETH, Decimal("0.3")), (SOL, Decimal("-1"))]
    assert _qty(sandbox, ETH) == 0 and _qty(sandbox, SOL) == 0
    cancelled = cancel_symbol_orders(client, ETH)
    assert len(cancelled.orders) == 2 and all(cid for _, cid in cancelled.orders)
    still = [o for o in sandbox.orders() if o["status"] == "NEW"]
    assert [o["symbol"] for o in still] == [BTC]  # the other symbol's order stays

    async def main() -> None:
        assert (await acancel_symbol_orders(client, BTC)).orders[0][0] == still[0]["order_id"]
        assert await aclose_all_positions(client) == []
        await client.aclose()

    asyncio.run(main())
    assert not [o for o in sandbox.orders() if o["status"] == "NEW"]
