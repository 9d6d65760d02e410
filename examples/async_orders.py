"""Async: place several orders at once, then cancel them all, on one shared client.

python examples/async_orders.py      # offline sandbox; with ORDERLY_* set it trades on that account!
"""

from __future__ import annotations

import asyncio
import sys

from _connect import connect

from orderly_auth import OrderlyError, apaginate
from orderly_client.api.private import delete_v1_orders, get_v1_orders, post_v1_order
from orderly_client.client import AuthenticatedClient
from orderly_client.models import PostOrderBody

SYMBOL = "PERP_ETH_USDC"


async def run(client: AuthenticatedClient) -> None:
    bodies = [
        PostOrderBody(
            symbol=SYMBOL,
            order_type="LIMIT",
            side="BUY",
            order_price=2000.0 + i,
            order_quantity=0.01,
            client_order_id=f"async-{i}",
        )
        for i in range(5)
    ]
    placed = await asyncio.gather(*(post_v1_order.asyncio(client=client, body=body) for body in bodies))
    print(f"\nplaced {len(placed)} orders concurrently: {[p.data.order_id for p in placed if p is not None]}")
    open_orders = [order async for order in apaginate(get_v1_orders, client=client, symbol=SYMBOL, status="INCOMPLETE")]
    print(f"{len(open_orders)} open")
    await delete_v1_orders.asyncio(client=client, symbol=SYMBOL)
    left = [order async for order in apaginate(get_v1_orders, client=client, symbol=SYMBOL, status="INCOMPLETE")]
    print(f"cancelled all: {len(left)} open")


def main() -> int:
    if "--yes" not in sys.argv and any(k in __import__("os").environ for k in ("ORDERLY_ACCOUNT_ID", "ORDERLY_SECRET")):
        print("This example places real orders: run it with --yes to do so on your account.", file=sys.stderr)
        return 2
    try:
        with connect() as (client, _offline):
            asyncio.run(run(client))
    except OrderlyError as exc:
        print(f"failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
