"""The stream bench server: Orderly's public WebSocket protocol (subscribe ack, ping/pong) and the one
REST call ccxt needs first (``/v1/public/info``), on one loopback port, in its own process.

Subscribing to ``PERP_ETH_USDC@trade`` starts a burst of ``--burst`` trades sent as fast as the socket
takes them (throughput); ``PERP_BTC_USDC@trade`` starts ``--paced`` trades, one every ``--gap-us``
(delay). Every trade carries ``sent_ns`` (``time.time_ns()`` when it was handed to the socket) and
the last one ``last: true``. Prints ``READY <port>`` when listening.

Usage: python bench/ws_server.py --burst 20000 --paced 2000 --gap-us 1000 [--cpu 1]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
import time
from http import HTTPStatus
from typing import Any

from common import pin
from websockets.asyncio.server import ServerConnection, serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

SYMBOLS = ("PERP_ETH_USDC", "PERP_BTC_USDC")


def _market(symbol: str) -> dict[str, Any]:
    return {
        "symbol": symbol,
        "quote_min": 0,
        "quote_max": 1000000,
        "quote_tick": 0.01,
        "base_min": 0.0001,
        "base_max": 1000,
        "base_tick": 0.0001,
        "min_notional": 1,
        "price_range": 0.02,
        "price_scope": 0.4,
        "created_time": 1684140107326,
        "updated_time": 1685345968053,
    }


INFO = json.dumps(
    {"success": True, "timestamp": 1, "data": {"rows": [_market(s) for s in SYMBOLS]}}, separators=(",", ":")
).encode()


def http(connection: ServerConnection, request: Request) -> Response | None:
    """Plain HTTP GETs (ccxt's load_markets) get the market list; WebSocket upgrades go on."""
    if request.headers.get("Upgrade", "").lower() == "websocket":
        return None
    if request.path.split("?")[0] == "/v1/public/info":
        headers = Headers([("Content-Type", "application/json"), ("Content-Length", str(len(INFO)))])
        return Response(HTTPStatus.OK.value, "OK", headers, INFO)
    return connection.respond(HTTPStatus.NOT_FOUND, "not found\n")


def trade(symbol: str, n: int, last: bool) -> str:
    price = f"{3000 + (n % 500) / 100:.2f}"
    side = "BUY" if n % 2 else "SELL"
    tail = ',"last":true' if last else ""
    return (
        f'{{"topic":"{symbol}@trade","ts":{time.time_ns() // 1_000_000},"data":{{"symbol":"{symbol}",'
        f'"price":{price},"size":0.0125,"side":"{side}","n":{n},"sent_ns":{time.time_ns()}{tail}}}}}'
    )


async def burst(ws: ServerConnection, symbol: str, count: int) -> None:
    with contextlib.suppress(ConnectionClosed):
        for n in range(count):
            await ws.send(trade(symbol, n, n == count - 1))


async def paced(ws: ServerConnection, symbol: str, count: int, gap_s: float) -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    with contextlib.suppress(ConnectionClosed):
        for n in range(count):
            delay = start + n * gap_s - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            await ws.send(trade(symbol, n, n == count - 1))


async def handle(ws: ServerConnection, args: argparse.Namespace) -> None:
    tasks: set[asyncio.Task[None]] = set()
    try:
        with contextlib.suppress(ConnectionClosed):  # clients end runs by closing, some with 1011 (ccxt)
            await serve_one(ws, args, tasks)
    finally:
        for task in tasks:
            task.cancel()


async def serve_one(ws: ServerConnection, args: argparse.Namespace, tasks: set[asyncio.Task[None]]) -> None:
    """Answer pings, subscriptions and auth; a subscription to a bench topic starts its trades."""
    async for text in ws:
        message = json.loads(text)
        event = message.get("event")
        if event == "ping":
            await ws.send(json.dumps({"event": "pong", "ts": time.time_ns() // 1_000_000}))
        elif event in ("subscribe", "unsubscribe", "auth"):
            ack = {"id": message.get("id"), "event": event, "success": True, "ts": time.time_ns() // 1_000_000}
            await ws.send(json.dumps(ack))
            if event == "subscribe" and message.get("topic") == "PERP_ETH_USDC@trade":
                tasks.add(asyncio.create_task(burst(ws, "PERP_ETH_USDC", args.burst)))
            elif event == "subscribe" and message.get("topic") == "PERP_BTC_USDC@trade":
                tasks.add(asyncio.create_task(paced(ws, "PERP_BTC_USDC", args.paced, args.gap_us / 1e6)))


async def main(args: argparse.Namespace) -> None:
    async with serve(
        lambda ws: handle(ws, args), "127.0.0.1", 0, process_request=http, ping_interval=None, compression=None
    ) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        print(f"READY {port}", flush=True)
        await asyncio.Future()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--burst", type=int, default=20000)
    parser.add_argument("--paced", type=int, default=2000)
    parser.add_argument("--gap-us", type=float, default=1000)
    parser.add_argument("--cpu", type=int)
    arguments = parser.parse_args()
    if arguments.cpu is not None:
        pin(arguments.cpu)
    try:
        asyncio.run(main(arguments))
    except KeyboardInterrupt:
        sys.exit(0)
