"""Async: place several orders at once, then cancel them all, on one shared client.

python examples/async_orders.py      # offline sandbox; with ORDERLY_* set it trades on that account!
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
from collections.abc import AsyncIterator
from decimal import Decimal

from orderly_network import AsyncOrderly, Credentials, OrderlyError

SYMBOL = "PERP_ETH_USDC"


@contextlib.asynccontextmanager
async def connect() -> AsyncIterator[AsyncOrderly]:
    """The client object: on the account in ORDERLY_* (ORDERLY_NETWORK, default testnet), else on the sandbox."""
    if os.environ.get("ORDERLY_ACCOUNT_ID") or os.environ.get("ORDERLY_SECRET"):
        base_url = os.environ.get("ORDERLY_BASE_URL")
        network = None if base_url else os.environ.get("ORDERLY_NETWORK", "testnet")
        async with AsyncOrderly(Credentials.from_env(), network=network, base_url=base_url) as client:
            yield client
        return
    from orderly_sandbox import Sandbox

    with Sandbox() as sandbox:
        print(f"No ORDERLY_* credentials set: using the offline sandbox at {sandbox.base_url}", flush=True)
        async with AsyncOrderly(sandbox.credentials, base_url=sandbox.base_url) as client:
            yield client


async def run(client: AsyncOrderly) -> None:
    placed = await asyncio.gather(
        *(
            client.orders.create(
                symbol=SYMBOL,
                order_type="LIMIT",
                side="BUY",
                order_price=Decimal(2000 + i),
                order_quantity="0.01",
                client_order_id=f"async-{i}",
            )
            for i in range(5)
        )
    )
    print(f"\nplaced {len(placed)} orders concurrently: {[order.order_id for order in placed]}")
    open_orders = [order async for order in client.orders.list(symbol=SYMBOL, status="INCOMPLETE")]
    print(f"{len(open_orders)} open")
    await client.orders.cancel_all(symbol=SYMBOL)
    left = [order async for order in client.orders.list(symbol=SYMBOL, status="INCOMPLETE")]
    print(f"cancelled all: {len(left)} open")


async def amain() -> None:
    async with connect() as client:
        await run(client)


def main() -> int:
    if "--yes" not in sys.argv and any(k in os.environ for k in ("ORDERLY_ACCOUNT_ID", "ORDERLY_SECRET")):
        print("This example places real orders: run it with --yes to do so on your account.", file=sys.stderr)
        return 2
    try:
        asyncio.run(amain())
    except OrderlyError as exc:
        print(f"failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
