"""Per-step CPU cost of our call path, each step timed alone (no network): where a call's time goes.

Usage: python bench/steps.py   (prints JSON: a list of [step, microseconds])
"""

from __future__ import annotations

import json
import logging
import time
import timeit
from typing import Any, cast

import httpx2
from common import CLIENT_CPU, CLIENT_ORDER_ID, ORDER, SYMBOL, keys, pin

from orderly_auth import Credentials, Orderly, RateLimitConfig, Settings, _httpx_clients, create_client
from orderly_auth._http11_messages import ResponseParser, request_head
from orderly_auth._httpx_clients import OrderlyHTTPClient
from orderly_auth._ratelimit import SlidingWindowLimiter
from orderly_auth._signing import sign_request, signing_message
from orderly_auth._transport import OrderlyTransport, _Call, _server_timestamp, default_routes
from orderly_client.api.private import delete_v1_client_order
from orderly_client.models.post_order_body import PostOrderBody

URL = "http://127.0.0.1:8080"
PARAMS = {"symbol": SYMBOL, "client_order_id": CLIENT_ORDER_ID}


def measure(stmt: str, context: dict[str, Any], number: int = 5000) -> float:
    """Best of 5 runs, in microseconds per call."""
    return min(timeit.repeat(stmt, number=number, repeat=5, globals=context)) / number * 1e6


def main() -> None:
    pin(CLIENT_CPU)
    logging.getLogger("orderly_auth").setLevel(logging.ERROR)  # the fixed body's timestamp ages: no clock warnings
    account_id, _, secret = keys()
    credentials = Credentials(account_id, secret)
    body = b'{"success":true,"data":{"status":"CANCEL_SENT"},"timestamp":%d}' % int(time.time() * 1000)
    raw = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%b" % (len(body), body)

    class NoNetwork(httpx2.BaseTransport):
        def handle_request(self, request: httpx2.Request) -> httpx2.Response:
            return httpx2.Response(
                200, headers=[(b"content-type", b"application/json")], stream=httpx2.ByteStream(body)
            )

    stock = httpx2.Client(base_url=URL, transport=NoNetwork())
    fast = OrderlyHTTPClient(base_url=URL, transport=NoNetwork())
    request = stock.build_request("DELETE", "/v1/client/order", params=PARAMS)
    response = httpx2.Response(200, content=body, request=request)
    off = OrderlyTransport(credentials=credentials, rate_limit=RateLimitConfig(enabled=False), server=URL)
    try:
        call: Any = _Call(off, request)
    except Exception:  # private API changed: that step shows n/a
        call = None
    limiter = SlidingWindowLimiter(10**9, 1.0)

    def limiter_step() -> None:
        if hasattr(limiter, "release"):  # acquire/release: a slot is held until the answer is in
            limiter.acquire()
            limiter.release()
        else:
            cast(Any, limiter).reserve()  # the limiter API before acquire/release

    now = int(time.time() * 1000)
    parsed = ResponseParser("DELETE")
    parsed.feed(raw)
    # Both whole-call rows go through create_client's client (fast-path httpx2 client + OrderlyTransport) over
    # NoNetwork; the second switches the fast paths off, i.e. httpx2's public path (what other httpx2 versions get).
    sdk = create_client(credentials, base_url=URL, rate_limit=RateLimitConfig(enabled=False), transport=NoNetwork())

    # The client object on the same pipeline: its row minus the create_client row is the object layer's cost.
    no_limits = Settings(rate_limit=RateLimitConfig(enabled=False), transport=NoNetwork())
    client_object = Orderly(credentials, base_url=URL, settings=no_limits)

    def cancel_public_path() -> None:
        _httpx_clients.FAST_PATHS = False
        try:
            delete_v1_client_order.sync(client=sdk, symbol=SYMBOL, client_order_id=CLIENT_ORDER_ID)
        finally:
            _httpx_clients.FAST_PATHS = True

    context: dict[str, Any] = {
        "_Call": _Call,
        "request_head": request_head,
        "_server_timestamp": _server_timestamp,
        "sign_request": sign_request,
        "signing_message": signing_message,
        "ResponseParser": ResponseParser,
        "PostOrderBody": PostOrderBody,
        "ORDER": ORDER,
        "PARAMS": PARAMS,
        "SYMBOL": SYMBOL,
        "routes": default_routes(),
        "off": off,
        "request": request,
        "response": response,
        "credentials": credentials,
        "message": signing_message(now, "DELETE", request.url.raw_path, b""),
        "limiter_step": limiter_step,
        "body": body,
        "raw": raw,
        "call": call,
        "now": now,
        "parsed": parsed,
        "stock": stock,
        "fast": fast,
        "sdk": sdk,
        "cancel_public_path": cancel_public_path,
        "r": response,
        "cancel": delete_v1_client_order.sync,
        "delete_v1_client_order": delete_v1_client_order,
        "ID": CLIENT_ORDER_ID,
        "client_object": client_object,
    }
    steps = [
        ("route lookup (fixed path, dict)", "routes.lookup('DELETE', '/v1/client/order')"),
        ("route lookup (templated path, regex)", "routes.lookup('GET', '/v1/order/123')"),
        ("_Call(): route + limiter lookup (limiter off)", "_Call(off, request)"),
        ("rate limiter: take a slot (limiter on)", "limiter_step()"),
        ("signing message (timestamp+method+target+body)", "signing_message(now, 'DELETE', request.url.raw_path, b'')"),
        ("ed25519 sign + URL-safe base64", "credentials.sign(message)"),
        ("sign_request(): message, signature, 5 headers", "sign_request(request, credentials, now)"),
        ("response timestamp peek", "_server_timestamp(body)"),
        ("_Call.on_response() for a success", "call.on_response(response, now, now)"),
        ("generated _build_response (JSON + models)", "delete_v1_client_order._build_response(client=sdk, response=r)"),
        ("PostOrderBody.from_dict + to_dict", "PostOrderBody.from_dict(ORDER).to_dict()"),
        ("httpx2 build_request (stock client)", "stock.build_request('DELETE', '/v1/client/order', params=PARAMS)"),
        ("httpx2 build_request (fast-path client)", "fast.build_request('DELETE', '/v1/client/order', params=PARAMS)"),
        ("httpx2 Client.send(pre-built), no network (stock)", "stock.send(request)"),
        ("httpx2 Client.send(pre-built), no network (fast-path)", "fast.send(request)"),
        ("httpx2 cookie jar extract_cookies(response) (stock)", "stock.cookies.extract_cookies(response)"),
        ("HTTP11: serialise request head", "request_head(request)"),
        ("HTTP11: parse a response (one read)", "p = ResponseParser('DELETE'); p.feed(raw)"),
        ("HTTP11: build the httpx2.Response", "parsed.response()"),
        (
            "whole sync call, no network, create_client (fast paths on)",
            "cancel(client=sdk, symbol=SYMBOL, client_order_id=ID)",
        ),
        ("whole sync call, no network, create_client, fast paths off (public httpx2)", "cancel_public_path()"),
        (
            "whole sync call, no network, Orderly client object (client.orders.cancel_by_client_id)",
            "client_object.orders.cancel_by_client_id(symbol=SYMBOL, client_order_id=ID)",
        ),
    ]
    print(json.dumps([[label, _measure_or_none(stmt, context)] for label, stmt in steps]))


def _measure_or_none(stmt: str, context: dict[str, Any]) -> float | None:
    """None when a step's internals changed under us (they are private): the report shows n/a."""
    try:
        return measure(stmt, context)
    except Exception:
        return None


if __name__ == "__main__":
    main()
