"""Quickstart: system status, a limit order by client_order_id, open orders, cancel, final state.

With no ORDERLY_* variables set, it starts the offline sandbox and runs against it. With
ORDERLY_ACCOUNT_ID and ORDERLY_SECRET set (and ORDERLY_NETWORK, default testnet), it reads from
that network, and places and cancels an order only when asked with --trade.

    python examples/quickstart.py              # offline, against the sandbox
    python examples/quickstart.py --trade      # with ORDERLY_* set: also place and cancel an order
"""

from __future__ import annotations

import argparse
import sys
import time
from decimal import Decimal

from _connect import connect

from orderly_auth import OrderlyError, paginate, symbol_rules
from orderly_client.api.private import (
    delete_v1_client_order,
    get_v1_client_order_client_order_id,
    get_v1_orders,
    post_v1_order,
)
from orderly_client.api.public import get_v1_public_futures, get_v1_public_system_info
from orderly_client.client import AuthenticatedClient
from orderly_client.models import PostOrderBody

SYMBOL = "PERP_ETH_USDC"


def step(number: int, title: str) -> None:
    print(f"\n[{number}] {title}", flush=True)


def walk_through(client: AuthenticatedClient, *, trade: bool) -> None:
    step(1, "System status (public)")
    info = get_v1_public_system_info.sync(client=client)
    print(f"    status {info.data.status} ({'up' if info.data.status == 0 else 'maintenance'}): {info.data.msg}")

    step(2, f"Market for {SYMBOL} (public)")
    futures = get_v1_public_futures.sync(client=client)
    market = next((row for row in futures.data.rows if row.symbol == SYMBOL), None)
    mark = market.mark_price if market is not None else Decimal(2000)
    print(f"    mark price {mark}")

    if not trade:
        step(3, "Open orders (signed read)")
        open_orders = list(paginate(get_v1_orders, client=client, status="INCOMPLETE", size=50))
        print(f"    {len(open_orders)} open order(s); run with --trade to place and cancel one")
        return

    client_order_id = f"quickstart-{int(time.time() * 1000)}"
    rules = symbol_rules(client).get(SYMBOL)  # tick, step and minimum notional, from the public symbol info
    price = rules.round_price(mark * Decimal("0.8"), "floor")  # Decimal: exact, rounded only where we say so
    rules.check(price=price, quantity="0.01")  # what the server would reject, before sending
    step(3, f"Place a LIMIT BUY 0.01 {SYMBOL} at {price} with client_order_id {client_order_id}")
    body = PostOrderBody(
        symbol=SYMBOL,
        order_type="LIMIT",
        side="BUY",
        order_price=price,
        order_quantity="0.01",
        client_order_id=client_order_id,
    )
    placed = post_v1_order.sync(client=client, body=body)
    print(f"    placed: order_id {placed.data.order_id}")

    step(4, "List open orders")
    for order in paginate(get_v1_orders, client=client, symbol=SYMBOL, status="INCOMPLETE", size=50):
        where = f"{order.quantity} @ {order.price}"
        print(f"    {order.order_id} {order.side} {where} {order.status} ({order.client_order_id})")

    step(5, f"Cancel by client_order_id {client_order_id}")
    cancelled = delete_v1_client_order.sync(client=client, symbol=SYMBOL, client_order_id=client_order_id)
    print(f"    {cancelled.data.status}")

    step(6, "Final state of the order")
    final = get_v1_client_order_client_order_id.sync(client=client, client_order_id=client_order_id)
    print(f"    order {final.data.order_id}: {final.data.status}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trade", action="store_true", help="with real credentials: also place and cancel an order")
    args = parser.parse_args(argv)
    try:
        with connect() as (client, offline):
            walk_through(client, trade=args.trade or offline)
    except OrderlyError as exc:
        print(f"\nfailed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print("\ndone.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
