"""One client under test per process: sequential latency, async throughput, or the signature check.

Usage: python bench/clients.py {latency,throughput,check} CLIENT --url URL [--n N] [--seconds S]

Prints one JSON object. Every client sends the same two signed requests: ``DELETE
/v1/client/order?symbol=PERP_ETH_USDC&client_order_id=...`` and ``POST /v1/order`` with the
same order. The process runs pinned to one CPU (the server has the other).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

from common import CLIENT_CPU, CLIENT_ORDER_ID, ORDER, SPECIAL_ORDER_ID, SYMBOL, keys, pin, summary

ACCOUNT_ID, ORDERLY_KEY, SECRET = keys()

SyncCall = Callable[[str], Any]
AsyncCall = Callable[[str], Awaitable[Any]]


class Client:
    """``delete(client_order_id)`` and ``post()``, sync or async, plus ``close()``."""

    is_async = False
    # Every client defines these two; their results are awaitables when is_async.
    delete: Callable[[str], Any]
    post: Callable[[str], Any]

    def __init__(self, url: str) -> None:
        self.url = url

    def close(self) -> Any:
        return None


# Ours ---------------------------------------------------------------------------------------------


def _transports(variant: str) -> dict[str, Any]:
    """Keyword arguments of create_client for a transport variant.

    ``default``: create_client's own connection layer (proxies routed as httpx2 routes them, direct requests
    on the lean HTTP/1.1 pool, the environment honoured);
    ``http11``: the lean HTTP/1.1 transports given explicitly (``orderly_auth.http11``, no routing);
    ``httpx2``: httpx2's own transports passed directly (for the floor client).
    """
    if variant == "default":
        return {}
    if variant == "httpx2":
        import httpx2

        return {"transport": httpx2.HTTPTransport(), "async_transport": httpx2.AsyncHTTPTransport()}
    if variant == "http11":
        from orderly_auth.http11 import AsyncHTTP11Transport, HTTP11Transport

        return {"transport": HTTP11Transport(), "async_transport": AsyncHTTP11Transport()}
    raise ValueError(variant)


class Ours(Client):
    def __init__(self, url: str, variant: str, is_async: bool) -> None:
        super().__init__(url)
        from orderly_auth import Credentials, RateLimitConfig, create_client
        from orderly_client.api.private import delete_v1_client_order, post_v1_order
        from orderly_client.models.post_order_body import PostOrderBody

        self.is_async = is_async
        self.client = create_client(
            Credentials(ACCOUNT_ID, SECRET),
            base_url=url,
            rate_limit=RateLimitConfig(enabled=False),
            **_transports(variant),
        )
        self._delete = delete_v1_client_order
        self._post = post_v1_order
        self._body = PostOrderBody

    def body(self) -> Any:
        return self._body.from_dict(ORDER)

    def delete(self, client_order_id: str) -> Any:
        if self.is_async:
            return self._delete.asyncio(client=self.client, symbol=SYMBOL, client_order_id=client_order_id)
        return self._delete.sync(client=self.client, symbol=SYMBOL, client_order_id=client_order_id)

    def post(self, _: str = "") -> Any:
        if self.is_async:
            return self._post.asyncio(client=self.client, body=self.body())
        return self._post.sync(client=self.client, body=self.body())

    def close(self) -> Any:
        if self.is_async:
            return self.client.aclose()
        self.client.close()
        return None


# The floor: httpx2 with a pre-built request and one signature ---------------------------------------


class Floor(Client):
    """httpx2's own client sending a pre-built request; per call only a timestamp and one signature."""

    def __init__(self, url: str, variant: str, is_async: bool) -> None:
        super().__init__(url)
        import httpx2
        from common import b58decode
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        self.is_async = is_async
        transports = _transports(variant)
        if is_async:
            self.http: Any = httpx2.AsyncClient(base_url=url, transport=transports.get("async_transport"))
        else:
            self.http = httpx2.Client(base_url=url, transport=transports.get("transport"))
        self.key = Ed25519PrivateKey.from_private_bytes(b58decode(SECRET.removeprefix("ed25519:")))
        common = {"orderly-account-id": ACCOUNT_ID, "orderly-key": ORDERLY_KEY}
        self.requests = {
            "delete": self.http.build_request(
                "DELETE",
                "/v1/client/order",
                params={"symbol": SYMBOL, "client_order_id": CLIENT_ORDER_ID},
                headers={**common, "Content-Type": "application/x-www-form-urlencoded"},
            ),
            "post": self.http.build_request(
                "POST",
                "/v1/order",
                content=json.dumps(ORDER, separators=(",", ":")).encode(),
                headers={**common, "Content-Type": "application/json"},
            ),
        }
        self.prefix = {name: (r.method.encode(), r.url.raw_path, r.content) for name, r in self.requests.items()}

    def _signed(self, name: str) -> Any:
        request = self.requests[name]
        method, target, body = self.prefix[name]
        timestamp = str(int(time.time() * 1000))
        signature = self.key.sign(timestamp.encode() + method + target + body)
        request.headers["orderly-timestamp"] = timestamp
        request.headers["orderly-signature"] = base64.urlsafe_b64encode(signature).decode()
        return request

    def delete(self, _: str) -> Any:
        return self._send(self._signed("delete"))

    def post(self, _: str = "") -> Any:
        return self._send(self._signed("post"))

    def _send(self, request: Any) -> Any:
        if self.is_async:
            return self._send_async(request)
        response = self.http.send(request)
        response.raise_for_status()
        return response.json()

    async def _send_async(self, request: Any) -> Any:
        response = await self.http.send(request)
        response.raise_for_status()
        return response.json()

    def close(self) -> Any:
        return self.http.aclose() if self.is_async else self.http.close()


# Orderly's connector ------------------------------------------------------------------------------


class Connector(Client):
    def __init__(self, url: str, is_async: bool) -> None:
        super().__init__(url)
        from orderly_evm_connector.rest import Rest, RestAsync

        self.is_async = is_async
        cls = RestAsync if is_async else Rest
        self.rest = cls(
            orderly_key=ORDERLY_KEY, orderly_secret=SECRET, orderly_account_id=ACCOUNT_ID, orderly_api_url=url
        )

    def delete(self, client_order_id: str) -> Any:
        return self.rest.cancel_order_by_client_order_id(client_order_id=client_order_id, symbol=SYMBOL)

    def post(self, _: str = "") -> Any:
        return self.rest.create_order(**ORDER)


# ccxt woofipro ------------------------------------------------------------------------------------


class Ccxt(Client):
    def __init__(self, url: str, is_async: bool) -> None:
        super().__init__(url)
        if is_async:
            import ccxt.async_support as ccxt
        else:
            import ccxt
        self.is_async = is_async
        self.exchange = ccxt.woofipro(
            {
                "apiKey": ORDERLY_KEY,
                "secret": SECRET,
                "accountId": ACCOUNT_ID,
                "enableRateLimit": False,
                "options": {"brokerId": ORDER["order_tag"]},
            }
        )
        # woofipro.sign() builds every URL as urls['api'][access] + '/' + version + '/' + path.
        self.exchange.urls["api"] = {"public": url, "private": url}
        self.order = {key: value for key, value in ORDER.items() if key != "order_tag"}

    def delete(self, client_order_id: str) -> Any:
        return self.exchange.v1PrivateDeleteClientOrder({"symbol": SYMBOL, "client_order_id": client_order_id})

    def post(self, _: str = "") -> Any:
        return self.exchange.v1PrivatePostOrder(dict(self.order))

    def close(self) -> Any:
        return self.exchange.close() if self.is_async else None


# Registry -----------------------------------------------------------------------------------------

CLIENTS: dict[str, Callable[[str], Client]] = {
    "ours-sync": lambda url: Ours(url, "default", False),
    "ours-async": lambda url: Ours(url, "default", True),
    "ours-sync-lean": lambda url: Ours(url, "http11", False),
    "ours-async-lean": lambda url: Ours(url, "http11", True),
    "floor-sync": lambda url: Floor(url, "httpx2", False),
    "floor-async": lambda url: Floor(url, "httpx2", True),
    "floor-sync-http11": lambda url: Floor(url, "http11", False),
    "floor-async-http11": lambda url: Floor(url, "http11", True),
    "connector": lambda url: Connector(url, False),
    "connector-async": lambda url: Connector(url, True),
    "ccxt-sync": lambda url: Ccxt(url, False),
    "ccxt-async": lambda url: Ccxt(url, True),
}


# Workloads ----------------------------------------------------------------------------------------


def latency(client: Client, n: int, warmup: int) -> dict[str, Any]:
    """Sequential calls, one at a time: the per-call seconds of DELETE and POST."""
    if client.is_async:
        return asyncio.run(_latency_async(client, n, warmup))
    clock = time.perf_counter
    results: dict[str, Any] = {}
    for name in ("delete", "post"):
        call: SyncCall = getattr(client, name)
        samples = []
        for _ in range(warmup):
            call(CLIENT_ORDER_ID)
        cpu = time.process_time()
        for _ in range(n):
            started = clock()
            call(CLIENT_ORDER_ID)
            samples.append(clock() - started)
        results[f"{name}_cpu"] = (time.process_time() - cpu) / n
        results[name] = [round(x, 8) for x in samples]
    client.close()
    return results


async def _latency_async(client: Client, n: int, warmup: int) -> dict[str, Any]:
    clock = time.perf_counter
    results: dict[str, Any] = {}
    for name in ("delete", "post"):
        call: AsyncCall = getattr(client, name)
        samples = []
        for _ in range(warmup):
            await call(CLIENT_ORDER_ID)
        cpu = time.process_time()
        for _ in range(n):
            started = clock()
            await call(CLIENT_ORDER_ID)
            samples.append(clock() - started)
        results[f"{name}_cpu"] = (time.process_time() - cpu) / n
        results[name] = [round(x, 8) for x in samples]
    closing = client.close()
    if closing is not None:
        await closing
    return results


async def _throughput(client: Client, in_flight: int, seconds: float, rounds: int) -> dict[str, Any]:
    clock = time.perf_counter

    async def worker(stop: float, samples: list[float]) -> None:
        while clock() < stop:
            started = clock()
            await client.delete(CLIENT_ORDER_ID)
            samples.append(clock() - started)

    async def round_(duration: float) -> tuple[float, list[float], float]:
        samples: list[float] = []
        started = clock()
        cpu = time.process_time()
        await asyncio.gather(*(worker(started + duration, samples) for _ in range(in_flight)))
        return len(samples) / (clock() - started), samples, (time.process_time() - cpu) / max(1, len(samples))

    await round_(min(1.0, seconds / 2))  # warm-up: open the connections
    rates = []
    cpus = []
    latencies: list[float] = []
    for _ in range(rounds):
        rate, samples, cpu_per_call = await round_(seconds)
        rates.append(rate)
        cpus.append(cpu_per_call)
        latencies += samples
    closing = client.close()
    if closing is not None:
        await closing
    rates.sort()
    return {
        "calls_per_s": rates[len(rates) // 2],
        "rounds": rates,
        "cpu_per_call": min(cpus),
        "latency": summary(latencies),
    }


def throughput(client: Client, in_flight: int, seconds: float, rounds: int) -> dict[str, Any]:
    """DELETEs with ``in_flight`` requests outstanding: calls per second, and per-call latency under load."""
    if not client.is_async:
        raise SystemExit("throughput is measured for async clients only")
    return asyncio.run(_throughput(client, in_flight, seconds, rounds))


CHECK_CASES = (("delete", CLIENT_ORDER_ID), ("post", ""), ("delete", SPECIAL_ORDER_ID))


def _record(outcome: dict[str, Any], index: int, result: Any, error: Exception | None) -> None:
    name = ("delete", "post", "delete_special")[index]
    if error is None:
        outcome[name] = {"ok": True, "result": repr(result)[:200]}
    else:
        outcome[name] = {"ok": False, "error": f"{type(error).__name__}: {str(error)[:200]}"}


def check(client: Client) -> dict[str, Any]:
    """One DELETE, one POST and one DELETE with a client_order_id that needs encoding; errors recorded."""
    if client.is_async:
        return asyncio.run(_check_async(client))
    outcome: dict[str, Any] = {}
    for index, (name, argument) in enumerate(CHECK_CASES):
        try:
            _record(outcome, index, getattr(client, name)(argument), None)
        except Exception as exc:  # any client error is a finding, not a crash
            _record(outcome, index, None, exc)
    client.close()
    return outcome


async def _check_async(client: Client) -> dict[str, Any]:
    outcome: dict[str, Any] = {}
    for index, (name, argument) in enumerate(CHECK_CASES):
        try:
            _record(outcome, index, await getattr(client, name)(argument), None)
        except Exception as exc:  # any client error is a finding, not a crash
            _record(outcome, index, None, exc)
    closing = client.close()
    if closing is not None:
        await closing
    return outcome


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("latency", "throughput", "check"))
    parser.add_argument("client", choices=sorted(CLIENTS))
    parser.add_argument("--url", required=True)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--warmup", type=int, default=300)
    parser.add_argument("--in-flight", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    pin(CLIENT_CPU)
    client = CLIENTS[args.client](args.url)
    if args.mode == "latency":
        result = latency(client, args.n, args.warmup)
    elif args.mode == "throughput":
        result = throughput(client, args.in_flight, args.seconds, args.rounds)
    else:
        result = check(client)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
