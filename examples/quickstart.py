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

from _connect import connect_client

from orderly_network import Orderly, OrderlyError

SYMBOL = "PERP_ETH_USDC"


def step(number: int, title: str) -> None:
    print(f"\n[{number}] {title}", flush=True)


def walk_through(client: Orderly, *, trade: bool) -> None:
    step(1, "System status (public)")
    status = client.system.status()
    print(f"    status {status.status} ({'up' if status.status == 0 else 'maintenance'}): {status.msg}")

    step(2, f"Market for {SYMBOL} (public)")
    market = next((row for row in client.market.tickers().rows if row.symbol == SYMBOL), None)
    mark = market.mark_price if market is not None else Decimal(2000)
    print(f"    mark price {mark}")

    if not trade:
        step(3, "Open orders (signed read)")
        open_orders = list(client.orders.list(status="INCOMPLETE", size=50))
        print(f"    {len(open_orders)} open order(s); run with --trade to place and cancel one")
        return

    client_order_id = f"quickstart-{int(time.time() * 1000)}"
    rules = client.symbols.get(SYMBOL)  # tick, step and minimum notional, from the public symbol info
    price = rules.round_price(mark * Decimal("0.8"), "floor")  # Decimal: exact, rounded only where we say so
    rules.check(price=price, quantity="0.01")  # what the server would reject, before sending
    step(3, f"Place a LIMIT BUY 0.01 {SYMBOL} at {price} with client_order_id {client_order_id}")
    placed = client.orders.create(
        symbol=SYMBOL,
        order_type="LIMIT",
        side="BUY",
        order_price=price,
        order_quantity="0.01",
        client_order_id=client_order_id,
    )
    print(f"    placed: order_id {placed.order_id}")

    step(4, "List open orders")
    for order in client.orders.list(symbol=SYMBOL, status="INCOMPLETE", size=50):
        where = f"{order.quantity} @ {order.price}"
        print(f"    {order.order_id} {order.side} {where} {order.status} ({order.client_order_id})")

    step(5, f"Cancel by client_order_id {client_order_id}")
    cancelled = client.orders.cancel_by_client_id(symbol=SYMBOL, client_order_id=client_order_id)
    print(f"    {cancelled.status}")

    step(6, "Final state of the order")
    final = client.orders.get_by_client_id(client_order_id=client_order_id)
    print(f"    order {final.order_id}: {final.status}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trade", action="store_true", help="with real credentials: also place and cancel an order")
    args = parser.parse_args(argv)
    try:
        with connect_client() as (client, offline):
            walk_through(client, trade=args.trade or offline)
    except OrderlyError as exc:
        print(f"\nfailed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print("\ndone.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
