"""Paginated history: every order and trade of a symbol, without counting pages.

python examples/order_history.py [SYMBOL]
"""

from __future__ import annotations

import sys
from decimal import Decimal

from _connect import connect_client

from orderly_network import OrderlyError


def main(argv: list[str]) -> int:
    symbol = argv[1] if len(argv) > 1 else "PERP_ETH_USDC"
    try:
        with connect_client() as (client, offline):
            if offline:  # give the fresh sandbox account some history to page through
                for i in range(12):
                    client.orders.create(
                        symbol=symbol, order_type="LIMIT", side="BUY", order_price=Decimal(2000 + i), order_quantity=1
                    )
            orders = list(client.orders.list(symbol=symbol, size=5))  # pages of 5, fetched as the loop goes
            print(f"\n{len(orders)} order(s) for {symbol}, fetched 5 per page:")
            for order in orders:
                print(f"    {order.order_id} {order.side} {order.quantity} @ {order.price} {order.status}")
            trades = list(client.trades.list(symbol=symbol, size=50))
            print(f"\n{len(trades)} trade(s)")
    except OrderlyError as exc:
        print(f"failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
