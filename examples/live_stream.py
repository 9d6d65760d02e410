"""Live streams: a local order book kept from snapshot + deltas, and the account's own fills as they happen.

With no ORDERLY_* variables set, it starts the offline sandbox (its market moving on its own), places a
few orders over REST and shows the book and the fills from the streams. With ORDERLY_ACCOUNT_ID and
ORDERLY_SECRET set (and ORDERLY_NETWORK, default testnet) it follows that network's book and the
account's execution reports for a while, placing nothing.

    python examples/live_stream.py
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator

from orderly_auth.stream import AsyncStream, ExecutionReport, LocalBook, Message, StreamInterrupted, StreamRestored
from orderly_network import AsyncOrderly, Credentials

SYMBOL = "PERP_ETH_USDC"


def show_book(book: LocalBook) -> None:
    bids, asks = book.depth(3)
    best_bid, best_ask = bids[0], asks[0]
    print(
        f"  book ts={book.ts}  bid {best_bid[1]} @ {best_bid[0]}  |  ask {best_ask[1]} @ {best_ask[0]}"
        f"  (spread {best_ask[0] - best_bid[0]}, top-3 bid size {sum(q for _, q in bids)})",
        flush=True,
    )


@contextlib.asynccontextmanager
async def connect() -> AsyncIterator[tuple[AsyncStream, AsyncOrderly | None]]:
    """A stream (and the client object when it may trade): the sandbox, or the network in the environment."""
    if os.environ.get("ORDERLY_ACCOUNT_ID") or os.environ.get("ORDERLY_SECRET"):
        credentials = Credentials.from_env()
        network = os.environ.get("ORDERLY_NETWORK", "testnet")
        print(f"Following {SYMBOL} and the fills of {credentials.account_id} on {network}", flush=True)
        async with AsyncOrderly(credentials, network=network) as client, client.stream() as stream:
            yield stream, None  # it follows, placing nothing
        return
    from orderly_sandbox import Sandbox

    with Sandbox(seed=1, market_interval=0.1) as sandbox:
        print(f"No ORDERLY_* credentials set: using the offline sandbox at {sandbox.base_url}", flush=True)
        print(f"  streams: {sandbox.ws_public_url}/..., {sandbox.ws_private_url}/...", flush=True)
        client = AsyncOrderly(sandbox.credentials, base_url=sandbox.base_url)
        stream = client.stream(public_url=sandbox.ws_public_url, private_url=sandbox.ws_private_url)
        async with client, stream:
            yield stream, client


async def trade(client: AsyncOrderly) -> None:
    """Three orders that fill at once against the sandbox's book, a moment apart."""
    for side in ("BUY", "SELL", "BUY"):
        await asyncio.sleep(0.3)
        placed = await client.orders.create(symbol=SYMBOL, order_type="MARKET", side=side, order_quantity="0.05")
        print(f"  placed a MARKET {side} over REST: order {placed.order_id}", flush=True)


async def main() -> None:
    async with connect() as (stream, client):
        book = stream.book(SYMBOL)
        fills = stream.subscribe("executionreport")
        print(f"\n[1] Local {SYMBOL} book (snapshot + orderbookupdate deltas, prevTs-checked)", flush=True)
        await book.wait_valid(timeout=30)
        for _ in range(5):
            show_book(book)
            await book.changed(timeout=30)
        print("\n[2] The account's own fills (executionreport)", flush=True)
        await stream.wait_ready(timeout=30)  # authenticated and subscribed before any order goes out
        trader = asyncio.ensure_future(trade(client)) if client is not None else None
        seen = 0
        wanted = 3 if client is not None else 0
        with contextlib.suppress(TimeoutError):
            while seen < wanted or (client is None and seen == 0):
                item = await asyncio.wait_for(fills.get(), 30 if client is not None else 15)
                if isinstance(item, Message) and isinstance(item.data, ExecutionReport):
                    report = item.data
                    if report.is_fill:
                        seen += 1
                        print(
                            f"  fill: order {report.order_id} {report.side} {report.executed_quantity} @ "
                            f"{report.executed_price} (fee {report.fee} {report.fee_asset}), status {report.status}",
                            flush=True,
                        )
                elif isinstance(item, StreamInterrupted | StreamRestored):
                    print(f"  {item}", flush=True)
        if trader is not None:
            await trader
        print("\n[3] The book after those trades", flush=True)
        show_book(book)
        print(f"\n{seen} fill(s) seen; book resyncs: {book.sync.resyncs}, gaps repaired: {book.sync.gaps}", flush=True)


if __name__ == "__main__":
    asyncio.run(main())
