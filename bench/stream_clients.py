"""One stream client per process against bench/ws_server.py: ours (AsyncStream) or ccxt pro's woofipro.

``throughput``: subscribe to the burst topic, and time from the first trade delivered to the last, each
decoded and delivered to the consumer, which reads its price and size. ``delay``: subscribe to the paced
topic, and take ``time.time_ns() - sent_ns`` for each trade as the consumer gets it. Prints one JSON line.

Usage: python bench/stream_clients.py (throughput|delay) (ours|ccxt|floor) --port PORT --count N
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import time
from collections.abc import AsyncGenerator, Callable
from typing import Any

from common import CLIENT_CPU, percentile, pin

ETH, BTC = "PERP_ETH_USDC", "PERP_BTC_USDC"


async def ours(port: int, topic: str, count: int) -> AsyncGenerator[tuple[Any, Any, int]]:
    """Each trade as (price, size, sent_ns)."""
    from orderly_auth.stream import AsyncStream, Message

    base = f"ws://127.0.0.1:{port}"
    stream = AsyncStream(base_url=f"http://127.0.0.1:{port}", public_url=f"{base}/ws/stream", private_url=f"{base}/p")
    # a buffer the size of the run: the bench times decoding and delivery, not the overflow policy
    async with stream, stream.subscribe(topic, buffer=count + 1) as trades:
        async for item in trades:
            if isinstance(item, Message):
                data = item.data
                yield data.price, data.size, item.raw["data"]["sent_ns"]


async def ccxt(port: int, topic: str, count: int) -> AsyncGenerator[tuple[Any, Any, int]]:
    import ccxt.pro

    exchange = ccxt.pro.woofipro({"enableRateLimit": False, "options": {"tradesLimit": count + 1}})
    # woofipro.sign() builds REST URLs from urls['api'][access]; watch_public() from urls['api']['ws'].
    exchange.urls["api"] = {
        "public": f"http://127.0.0.1:{port}",
        "private": f"http://127.0.0.1:{port}",
        "ws": {"public": f"ws://127.0.0.1:{port}/ws/stream", "private": f"ws://127.0.0.1:{port}/private"},
    }
    exchange.has["fetchCurrencies"] = False  # load_markets would ask for tokens and chains too: markets suffice
    symbol = "ETH/USDC:USDC" if topic.startswith(ETH) else "BTC/USDC:USDC"
    try:
        await exchange.load_markets()
        while True:
            for trade in await exchange.watch_trades(symbol):
                yield trade["price"], trade["amount"], trade["info"]["sent_ns"]
    finally:
        await exchange.close()


async def floor(port: int, topic: str, count: int) -> AsyncGenerator[tuple[Any, Any, int]]:
    """The floor: the websockets client and json.loads with floats, nothing else (no models, no Decimal)."""
    from websockets.asyncio.client import connect

    async with connect(f"ws://127.0.0.1:{port}/ws/stream/x", ping_interval=None, compression=None) as ws:
        await ws.send(json.dumps({"id": "1", "event": "subscribe", "topic": topic}))
        async for frame in ws:
            message = json.loads(frame)
            data = message.get("data")
            if data is not None:
                yield data["price"], data["size"], data["sent_ns"]


CLIENTS: dict[str, Callable[[int, str, int], AsyncGenerator[tuple[Any, Any, int]]]] = {
    "ours": ours,
    "ccxt": ccxt,
    "floor": floor,
}


async def throughput(client: str, port: int, count: int) -> dict[str, Any]:
    received, first = 0, 0.0
    async with contextlib.aclosing(CLIENTS[client](port, f"{ETH}@trade", count)) as trades:
        async for price, size, _ in trades:
            assert price is not None and size is not None
            if received == 0:
                first = time.perf_counter()
            received += 1
            if received == count:
                break
    elapsed = time.perf_counter() - first
    return {"messages": received, "seconds": elapsed, "msgs_per_s": (received - 1) / elapsed if elapsed else 0.0}


async def delay(client: str, port: int, count: int) -> dict[str, Any]:
    samples: list[float] = []
    async with contextlib.aclosing(CLIENTS[client](port, f"{BTC}@trade", count)) as trades:
        async for _, _, sent_ns in trades:
            samples.append((time.time_ns() - sent_ns) / 1e9)
            if len(samples) == count:
                break
    warm = sorted(samples[count // 10 :])  # the first tenth warms up both sides
    return {"median": percentile(warm, 0.5), "p99": percentile(warm, 0.99), "n": len(warm)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("workload", choices=["throughput", "delay"])
    parser.add_argument("client", choices=sorted(CLIENTS))
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--count", type=int, required=True)
    args = parser.parse_args()
    pin(CLIENT_CPU)
    run = throughput if args.workload == "throughput" else delay
    print(json.dumps(asyncio.run(run(args.client, args.port, args.count))))


if __name__ == "__main__":
    main()
