"""Paginated history: every order and trade of a symbol, without counting pages.

python examples/order_history.py [SYMBOL]
"""

from __future__ import annotations

import sys

from _connect import connect

from orderly_auth import OrderlyError, paginate
from orderly_client.api.private import get_v1_orders, get_v1_trades, post_v1_order
from orderly_client.models import PostOrderBody


def main(argv: list[str]) -> int:
    symbol = argv[1] if len(argv) > 1 else "PERP_ETH_USDC"
    try:
        with connect() as (client, offline):
            if offline:  # give the fresh sandbox account some history to page through
                for i in range(12):
                    body = PostOrderBody(
                        symbol=symbol, order_type="LIMIT", side="BUY", order_price=2000.0 + i, order_quantity=1
                    )
                    post_v1_order.sync(client=client, body=body)
            orders = list(paginate(get_v1_orders, client=client, symbol=symbol, size=5))
            print(f"\n{len(orders)} order(s) for {symbol}, fetched 5 per page:")
            for order in orders:
                print(f"    {order.order_id} {order.side} {order.quantity} @ {order.price} {order.status}")
            trades = list(paginate(get_v1_trades, client=client, symbol=symbol, size=50))
            print(f"\n{len(trades)} trade(s)")
    except OrderlyError as exc:
        print(f"failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
