"""The SDK's own CPU cost per call: ours minus the floor, both on one in-process transport that answers at once.

Usage: python bench/overhead.py [--calls N] [--repeats R] [--profile sync|async]

No network and no server: a transport hands back a fixed answer (a fresh timestamp, an unread stream, as
a real transport returns it). The floor sends a pre-built request with one fresh signature through
``httpx2.Client`` / ``AsyncClient.send`` and parses the JSON (no model); ours calls the generated
functions (``delete_v1_client_order`` / ``post_v1_order``) on a ``create_client`` client, the limiter
off. What is left after subtracting is the SDK's own work: request building, signing bookkeeping,
retry bookkeeping, answer checks and models. CPU time (``time.process_time``) over many calls, ours
and the floor interleaved, minimum of the repeats: robust to other work on the machine.
Prints JSON: per endpoint and side, ``ours_us``, ``floor_us`` and ``overhead_us``.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import cProfile
import json
import logging
import pstats
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx2
from common import CLIENT_CPU, CLIENT_ORDER_ID, ORDER, SYMBOL, b58decode, keys, pin

ACCOUNT_ID, ORDERLY_KEY, SECRET = keys()
URL = "http://127.0.0.1:8080"
ANSWERS = {
    "DELETE": b'{"success":true,"data":{"status":"CANCEL_SENT"},"timestamp":%d}',
    "POST": b'{"success":true,"data":{"order_id":13,"client_order_id":"bench-1","order_type":"LIMIT",'
    b'"order_price":1800.5,"order_quantity":0.01,"order_amount":null},"timestamp":%d}',
}
HEADERS = [(b"content-type", b"application/json")]


class _Stream(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """One unread body, as a connection's stream: read once, then closed."""

    def __init__(self, body: bytes) -> None:
        self._body = body

    def __iter__(self) -> Iterator[bytes]:
        yield self._body

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._body


class Canned(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """Answers every request at once with its method's fixed answer, stamped with the time now."""

    def _answer(self, request: httpx2.Request) -> httpx2.Response:
        body = ANSWERS[request.method] % int(time.time() * 1000)
        return httpx2.Response(200, headers=HEADERS, stream=_Stream(body))

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        return self._answer(request)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        return self._answer(request)


def ours(is_async: bool) -> dict[str, Callable[[], Any]]:
    """The generated functions on a ``create_client`` client over :class:`Canned`."""
    from orderly_auth import Credentials, RateLimitConfig, create_client
    from orderly_client.api.private import delete_v1_client_order, post_v1_order
    from orderly_client.models.post_order_body import PostOrderBody

    client = create_client(
        Credentials(ACCOUNT_ID, SECRET), base_url=URL, rate_limit=RateLimitConfig(enabled=False), transport=Canned()
    )
    delete = delete_v1_client_order.asyncio if is_async else delete_v1_client_order.sync
    post = post_v1_order.asyncio if is_async else post_v1_order.sync
    return {
        "delete": lambda: delete(client=client, symbol=SYMBOL, client_order_id=CLIENT_ORDER_ID),
        "post": lambda: post(client=client, body=PostOrderBody.from_dict(ORDER)),
    }


def floor(is_async: bool) -> dict[str, Callable[[], Any]]:
    """httpx2's client sending a pre-built request: per call one timestamp, one signature, the JSON parsed."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    http: Any = (httpx2.AsyncClient if is_async else httpx2.Client)(base_url=URL, transport=Canned())
    key = Ed25519PrivateKey.from_private_bytes(b58decode(SECRET.removeprefix("ed25519:")))
    common = {"orderly-account-id": ACCOUNT_ID, "orderly-key": ORDERLY_KEY}
    requests = {
        "delete": http.build_request(
            "DELETE",
            "/v1/client/order",
            params={"symbol": SYMBOL, "client_order_id": CLIENT_ORDER_ID},
            headers={**common, "Content-Type": "application/x-www-form-urlencoded"},
        ),
        "post": http.build_request(
            "POST",
            "/v1/order",
            content=json.dumps(ORDER, separators=(",", ":")).encode(),
            headers={**common, "Content-Type": "application/json"},
        ),
    }

    def signed(name: str) -> httpx2.Request:
        request: httpx2.Request = requests[name]
        timestamp = str(int(time.time() * 1000))
        signature = key.sign(timestamp.encode() + request.method.encode() + request.url.raw_path + request.content)
        request.headers["orderly-timestamp"] = timestamp
        request.headers["orderly-signature"] = base64.urlsafe_b64encode(signature).decode()
        return request

    def send(name: str) -> Any:
        response = http.send(signed(name))
        response.raise_for_status()
        return response.json()

    async def asend(name: str) -> Any:
        response = await http.send(signed(name))
        response.raise_for_status()
        return response.json()

    call = asend if is_async else send
    return {"delete": lambda: call("delete"), "post": lambda: call("post")}


def _cpu_per_call(call: Callable[[], Any], calls: int, is_async: bool, loop: asyncio.AbstractEventLoop) -> float:
    """CPU seconds per call over ``calls`` calls in a row."""
    if is_async:

        async def run() -> float:
            started = time.process_time()
            for _ in range(calls):
                await call()
            return time.process_time() - started

        return loop.run_until_complete(run()) / calls
    started = time.process_time()
    for _ in range(calls):
        call()
    return (time.process_time() - started) / calls


def measure(calls: int, repeats: int) -> dict[str, Any]:
    """Ours and the floor, interleaved repeat by repeat; the minimum CPU time per call of each."""
    loop = asyncio.new_event_loop()
    results: dict[str, Any] = {}
    for side, is_async in (("sync", False), ("async", True)):
        clients = {"ours": ours(is_async), "floor": floor(is_async)}
        for name in ("delete", "post"):
            best = {"ours": float("inf"), "floor": float("inf")}
            for client in clients.values():  # warm-up: caches, connections, first-call imports
                _cpu_per_call(client[name], max(50, calls // 10), is_async, loop)
            for _ in range(repeats):
                for who, client in clients.items():
                    best[who] = min(best[who], _cpu_per_call(client[name], calls, is_async, loop))
            results[f"{side} {name}"] = {
                "ours_us": best["ours"] * 1e6,
                "floor_us": best["floor"] * 1e6,
                "overhead_us": (best["ours"] - best["floor"]) * 1e6,
            }
    loop.close()
    return results


def profile(side: str, calls: int) -> None:
    """cProfile of our DELETE and POST calls on one side, the 30 most costly functions (own time) printed."""
    is_async = side == "async"
    loop = asyncio.new_event_loop()
    client = ours(is_async)
    for name in ("delete", "post"):
        _cpu_per_call(client[name], 200, is_async, loop)
    profiler = cProfile.Profile()
    profiler.enable()
    for name in ("delete", "post"):
        _cpu_per_call(client[name], calls, is_async, loop)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
    loop.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--profile", choices=("sync", "async"))
    args = parser.parse_args()
    pin(CLIENT_CPU)
    logging.getLogger("orderly_auth").setLevel(logging.ERROR)
    if args.profile:
        profile(args.profile, args.calls)
        return
    print(json.dumps(measure(args.calls, args.repeats)))


if __name__ == "__main__":
    main()
