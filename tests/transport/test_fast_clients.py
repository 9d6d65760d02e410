"""``OrderlyHTTPClient`` / ``OrderlyAsyncHTTPClient`` build the very requests ``httpx2.Client`` / ``AsyncClient`` build.

They take shortcuts through httpx2 internals (a cache of merged URLs, query strings encoded once, cookie
extraction only when a response sets one), so they are compared with the stock clients on generated
inputs: the same URL, the same headers, the same body, the same bytes on the wire (as the lean
transport serialises them), or the same exception. Cookies a real server sets are kept and sent back.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orderly_auth import ConfigurationError, _httpx_clients
from orderly_auth._http11_messages import request_head
from orderly_auth._httpx_clients import OrderlyAsyncHTTPClient, OrderlyHTTPClient, fast_paths_supported
from orderly_auth.http11 import AsyncHTTP11Transport, HTTP11Transport
from tests.transport.scripted_server import ScriptedServer

BASES = [
    "https://api.orderly.org",
    "https://api.orderly.org/",
    "http://h:8080/sub/path",
    "http://h/x/",
    "http://127.0.0.1:1",
    "http://h/api?k=v",
]
RESERVED = ":/?#[]@!$&'()*+,;=% \"<>\\^`{|}~-._"
API_PATHS = [
    "/v1/order",
    "v1/order",
    "/v1/client/order",
    "/v1/order/12",
    "/v1/orders?status=OPEN",
    "/a%20b",
    "/ü/€",
    "",
    "/",
    "https://other.example/v1/order",
]

chars = st.one_of(st.sampled_from(RESERVED), st.characters(codec="utf-8"))
words = st.text(alphabet=chars, max_size=10)
paths = st.one_of(st.sampled_from(API_PATHS), words, words.map(lambda word: "/v1/" + word))
scalars = st.one_of(words, st.integers(), st.booleans(), st.none(), st.floats(allow_nan=False, allow_infinity=False))
params = st.one_of(
    st.none(),
    st.dictionaries(words, words, max_size=4),  # the fast path: a dict of strings
    st.dictionaries(words, st.one_of(scalars, st.lists(scalars, max_size=3)), max_size=4),
    st.lists(st.tuples(words, words), max_size=4),
    words,  # a query string
)
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False), words),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(words, inner, max_size=3)),
    max_leaves=8,
)
bodies = st.one_of(
    st.just({}),
    json_values.map(lambda value: {"json": value}),
    st.binary(max_size=40).map(lambda data: {"content": data}),
    st.dictionaries(words, words, max_size=3).map(lambda data: {"data": data}),
)
methods = st.sampled_from(["GET", "DELETE", "POST", "PUT", "PATCH", "delete"])
# Request headers as the generated functions pass them (a dict of text), with names that replace the client's
# (any case), framing headers and values httpx2 refuses to encode.
header_names = st.sampled_from(
    [
        "Content-Type",
        "content-type",
        "x-recv-window",
        "User-Agent",
        "accept",
        "Host",
        "Content-Length",
        "Transfer-Encoding",
        "X-Ü",
    ]
)
header_values = st.one_of(st.sampled_from(["application/json", "5000", "ü", ""]), st.text(max_size=5))
request_headers = st.one_of(st.none(), st.dictionaries(header_names, header_values, max_size=3))

# one client of each kind per base URL, kept across examples (their URL caches fill up as in real use)
SYNC = {base: (httpx2.Client(base_url=base), OrderlyHTTPClient(base_url=base)) for base in BASES}
ASYNC = {base: (httpx2.AsyncClient(base_url=base), OrderlyAsyncHTTPClient(base_url=base)) for base in BASES}


def _built(build: Callable[[], httpx2.Request]) -> tuple[Any, ...]:
    """Everything that reaches the server, or the exception instead."""
    try:
        request = build()
    except Exception as exc:
        return ("raised", type(exc), str(exc))
    content = request.read() if hasattr(request, "read") else b""
    wire: bytes | tuple[str, str]
    try:
        wire = request_head(request) + content
    except (httpx2.LocalProtocolError, ConfigurationError) as exc:
        wire = ("unsendable", str(exc))
    return (
        request.method,
        str(request.url),
        request.url,
        request.url.raw_path,
        request.headers.raw,
        dict(request.headers),
        content,
        type(request.stream),
        request.extensions,
        wire,
    )


@settings(max_examples=400, deadline=None)
@given(base=st.sampled_from(BASES), method=methods, path=paths, params=params, body=bodies, headers=request_headers)
def test_same_requests_as_httpx(
    base: str, method: str, path: str, *, params: Any, body: dict[str, Any], headers: dict[str, str] | None
) -> None:
    extra: dict[str, Any] = {"extensions": {"orderly_operation": "x"}} if headers else {}
    for stock, fast in (SYNC[base], ASYNC[base]):
        expected = _built(lambda: stock.build_request(method, path, params=params, headers=headers, **body, **extra))  # noqa: B023
        got = _built(lambda: fast.build_request(method, path, params=params, headers=headers, **body, **extra))  # noqa: B023
        assert got == expected


@pytest.mark.parametrize(
    "params",
    [
        {"symbol": "PERP_ETH_USDC", "client_order_id": "bench-1"},
        {"a": "b&c=d"},
        {"a&b": "c"},
        {"a=b": "c"},
        {"a": "b=c"},
        {"": ""},
        {"a": "", "": "b"},
        {"k": "v", "k2": "v&"},
        {"k": "v&k2=v2"},
        {"k": "a b", "x": "~._-"},
        {"k": "é"},
    ],
)
def test_plain_queries_as_httpx_encodes_them(params: dict[str, str]) -> None:
    """Ids and symbols are joined as they are only when httpx2 would encode them so: ``&`` and ``=`` in a key or
    value never pass for a separator."""
    for stock, fast in (SYNC[BASES[0]], ASYNC[BASES[0]]):
        expected = _built(lambda: stock.build_request("DELETE", "/v1/client/order", params=params))  # noqa: B023
        assert _built(lambda: fast.build_request("DELETE", "/v1/client/order", params=params)) == expected  # noqa: B023


_OPTIONS: dict[str, Any] = {"base_url": "https://api.orderly.org", "headers": {"orderly-account-id": "0xabc"}}
WITH_OPTIONS = [
    (httpx2.Client(params={"k": "v"}, **_OPTIONS), OrderlyHTTPClient(params={"k": "v"}, **_OPTIONS)),
    (httpx2.Client(**_OPTIONS), OrderlyHTTPClient(**_OPTIONS)),
]


@settings(max_examples=100, deadline=None)
@given(path=paths, params=st.dictionaries(words, words, min_size=1, max_size=3))
def test_same_requests_with_client_params_and_headers(path: str, params: dict[str, str]) -> None:
    """Client-level params (merged by httpx2) and headers: the fast path must step aside or agree."""
    for stock, fast in WITH_OPTIONS:
        expected = _built(lambda: stock.build_request("GET", path, params=params))  # noqa: B023
        assert _built(lambda: fast.build_request("GET", path, params=params)) == expected  # noqa: B023


def test_base_url_change_is_not_served_from_the_cache() -> None:
    fast = OrderlyHTTPClient(base_url="http://one/api/")
    assert fast.build_request("GET", "v1/order", params={"a": "1"}).url == httpx2.URL("http://one/api/v1/order?a=1")
    fast.base_url = "http://two/"
    assert fast.build_request("GET", "v1/order", params={"a": "1"}).url == httpx2.URL("http://two/v1/order?a=1")
    assert fast.build_request("GET", "v1/order").url == httpx2.URL("http://two/v1/order")


def test_url_cache_is_bounded() -> None:
    fast = OrderlyHTTPClient(base_url="http://h")
    for i in range(3000):
        assert fast.build_request("GET", f"/p/{i}", params={"i": str(i)}).url == httpx2.URL(f"http://h/p/{i}?i={i}")
    assert len(fast._merged_urls) <= 1024


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(method=methods, path=st.sampled_from(["/echo", "echo", "/echo/ü", "/echo/a b"]), params=params, body=bodies)
def test_same_bytes_reach_the_server(
    server: ScriptedServer, method: str, path: str, params: Any, body: dict[str, Any]
) -> None:
    with (
        httpx2.Client(base_url=server.url("/"), transport=HTTP11Transport()) as stock,
        OrderlyHTTPClient(base_url=server.url("/"), transport=HTTP11Transport()) as fast,
    ):
        seen = []
        for client in (stock, fast):
            before = len(server.requests)
            client.request(method, path, params=params, **body)
            assert len(server.requests) == before + 1
            seen.append(server.requests[-1].raw)
        assert seen[0] == seen[1]


# Cookies -----------------------------------------------------------------------------------------


def test_cookies_set_by_the_server_are_kept_and_sent(server: ScriptedServer) -> None:
    def cookies_sent(client: httpx2.Client) -> list[str]:
        with client:
            answers = [client.get("/cookies").text]
            client.get("/set-cookie")  # two Set-Cookie headers, one spelled in lower case
            answers.append(client.get("/cookies").text)
            answers.append(str(sorted(client.cookies.items())))
            client.cookies.clear()
            answers.append(client.get("/cookies").text)
            return answers

    stock = cookies_sent(httpx2.Client(base_url=server.url("/"), transport=HTTP11Transport()))
    fast = cookies_sent(OrderlyHTTPClient(base_url=server.url("/"), transport=HTTP11Transport()))
    assert fast == stock
    assert fast[1] == "session=abc; other=2" and fast[3] == ""


def test_async_cookies_set_by_the_server_are_kept_and_sent(server: ScriptedServer) -> None:
    async def cookies_sent(client: httpx2.AsyncClient) -> list[str]:
        async with client:
            answers = [(await client.get("/cookies")).text]
            await client.get("/set-cookie")
            answers.append((await client.get("/cookies")).text)
            client.cookies = {"replaced": "1"}
            answers.append((await client.get("/cookies")).text)
            return answers

    base = server.url("/")
    stock = asyncio.run(cookies_sent(httpx2.AsyncClient(base_url=base, transport=AsyncHTTP11Transport())))
    fast = asyncio.run(cookies_sent(OrderlyAsyncHTTPClient(base_url=base, transport=AsyncHTTP11Transport())))
    assert fast == stock
    assert fast[1] == "session=abc; other=2" and fast[2] == "replaced=1"


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_cookies_given_to_the_constructor_and_per_client(kind: str) -> None:
    def app(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, text=request.headers.get("cookie", ""))

    if kind == "sync":
        one = OrderlyHTTPClient(base_url="http://h", cookies={"a": "1"}, transport=httpx2.MockTransport(app))
        two = OrderlyHTTPClient(base_url="http://h", transport=httpx2.MockTransport(app))
        texts = [one.get("/").text, two.get("/").text]
    else:

        async def both() -> list[str]:
            one = OrderlyAsyncHTTPClient(base_url="http://h", cookies={"a": "1"}, transport=httpx2.MockTransport(app))
            two = OrderlyAsyncHTTPClient(base_url="http://h", transport=httpx2.MockTransport(app))
            return [(await one.get("/")).text, (await two.get("/")).text]

        texts = asyncio.run(both())
    assert texts == ["a=1", ""], "cookie jars are not shared between clients"


def test_json_body_is_what_httpx_sends() -> None:
    value = {"symbol": "PERP_ETH_USDC", "order_price": 1.5, "ü": ["€", None, True]}
    stock = httpx2.Client(base_url="http://h").build_request("POST", "/v1/order", json=value)
    fast = OrderlyHTTPClient(base_url="http://h").build_request("POST", "/v1/order", json=value)
    assert fast.content == stock.content and json.loads(fast.content) == value


# The public fallback ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "supported"),
    [("2.16.2", True), ("2.17.0", True), ("2.15.9", False), ("3.0.0", False), ("0.28.1", False), ("dev", False)],
)
def test_shortcuts_only_on_checked_versions(version: str, supported: bool) -> None:
    assert fast_paths_supported(version) is supported


def test_shortcuts_are_on_for_the_installed_httpx2() -> None:
    assert _httpx_clients.FAST_PATHS is fast_paths_supported()


@settings(max_examples=150, deadline=None)
@given(base=st.sampled_from(BASES), method=methods, path=paths, params=params, body=bodies)
def test_public_fallback_builds_the_same_requests(
    base: str, method: str, path: str, params: Any, body: dict[str, Any]
) -> None:
    """With the shortcuts off (another httpx2), every call takes httpx2's public path: same requests."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_httpx_clients, "FAST_PATHS", False)
        for stock, fast in (SYNC[base], ASYNC[base]):
            expected = _built(lambda: stock.build_request(method, path, params=params, **body))  # noqa: B023
            assert _built(lambda: fast.build_request(method, path, params=params, **body)) == expected  # noqa: B023


def test_public_fallback_keeps_cookies(server: ScriptedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_httpx_clients, "FAST_PATHS", False)
    with OrderlyHTTPClient(base_url=server.url("/"), transport=HTTP11Transport()) as client:
        client.get("/set-cookie")
        assert client.get("/cookies").text == "session=abc; other=2"
        client.cookies = {"replaced": "1"}
        assert client.get("/cookies").text == "replaced=1"
        assert type(client.cookies) is httpx2.Cookies  # the jar was never swapped for the shortcut's


# send: the single-request shortcut ----------------------------------------------------------------------------

ANSWERS: dict[str, Callable[[], httpx2.Response]] = {
    "/ok": lambda: httpx2.Response(200, json={"success": True}),
    "/cookie": lambda: httpx2.Response(200, headers={"Set-Cookie": "session=abc; Path=/"}, text="set"),
    "/moved": lambda: httpx2.Response(302, headers={"Location": "/ok"}),
    "/see-other": lambda: httpx2.Response(303, headers={"Location": "https://other.example/x?y=1"}),
    "/bad-location": lambda: httpx2.Response(301, headers={"Location": "http://[::1"}),
    "/no-location": lambda: httpx2.Response(307),
    "/error": lambda: httpx2.Response(500, text="no"),
}
SEND_CASES: list[dict[str, Any]] = [
    {},
    {"auth": ("user", "secret")},
    {"follow_redirects": True},
    {"event_hooks": True},
    {"userinfo": True},
    {"stream": True},
]


def _seen(request: httpx2.Request) -> httpx2.Response:
    answer = ANSWERS.get(request.url.path, ANSWERS["/ok"])()
    answer.headers["X-Authorization-Seen"] = request.headers.get("Authorization", "-")
    answer.headers["X-Cookie-Seen"] = request.headers.get("Cookie", "-")
    return answer


def _outcome(response: httpx2.Response, calls: list[str], client: Any) -> dict[str, Any]:
    if not response.is_closed:
        response.read()
    return {
        "status": response.status_code,
        "headers": response.headers.multi_items(),
        "content": response.content,
        "url": str(response.url),
        "history": [(r.status_code, str(r.url)) for r in response.history],
        "next": None
        if response.next_request is None
        else (response.next_request.method, str(response.next_request.url)),
        "elapsed": response.elapsed is not None,
        "request": response.request.headers.multi_items(),
        "hooks": list(calls),
        "cookies": sorted(client.cookies.items()),
    }


def _make(cls: Any, case: dict[str, Any], calls: list[str], is_async: bool) -> Any:
    kwargs: dict[str, Any] = {
        "transport": httpx2.MockTransport(_seen),
        "follow_redirects": case.get("follow_redirects", False),
    }
    base = "http://user:pw@h" if case.get("userinfo") else "http://h"
    if "auth" in case:
        kwargs["auth"] = case["auth"]
    if case.get("event_hooks"):

        def hook(kind: str) -> Any:
            if is_async:

                async def record(item: Any) -> None:
                    calls.append(kind)

                return record
            return lambda item: calls.append(kind)

        kwargs["event_hooks"] = {"request": [hook("request")], "response": [hook("response")]}
    return cls(base_url=base, **kwargs)


@pytest.mark.parametrize("path", sorted(ANSWERS))
@pytest.mark.parametrize("case", SEND_CASES, ids=lambda case: ",".join(case) or "plain")
def test_send_answers_as_httpx_does(path: str, case: dict[str, Any]) -> None:
    """Sync: the same answer, history, next request, cookies and hooks as httpx2.Client, on every kind of answer."""
    results = []
    for cls in (httpx2.Client, OrderlyHTTPClient):
        calls: list[str] = []
        client = _make(cls, case, calls, is_async=False)
        with client:
            try:
                response = client.send(client.build_request("GET", path), stream=case.get("stream", False))
            except httpx2.HTTPError as exc:  # following a Location that is no URL
                results.append({"error": type(exc).__name__, "message": str(exc)})
                continue
            results.append(_outcome(response, calls, client))
            results[-1]["cookie_sent"] = client.get("/ok").headers["X-Cookie-Seen"]  # a cookie set is sent back
    assert results[1] == results[0]


@pytest.mark.parametrize("path", sorted(ANSWERS))
@pytest.mark.parametrize("case", SEND_CASES, ids=lambda case: ",".join(case) or "plain")
def test_async_send_answers_as_httpx_does(path: str, case: dict[str, Any]) -> None:
    async def outcome(cls: Any) -> dict[str, Any]:
        calls: list[str] = []
        client = _make(cls, case, calls, is_async=True)
        async with client:
            try:
                response = await client.send(client.build_request("GET", path), stream=case.get("stream", False))
            except httpx2.HTTPError as exc:  # following a Location that is no URL
                return {"error": type(exc).__name__, "message": str(exc)}
            if not response.is_closed:
                await response.aread()
            result = _outcome(response, calls, client)
            result["cookie_sent"] = (await client.get("/ok")).headers["X-Cookie-Seen"]
            return result

    assert asyncio.run(outcome(OrderlyAsyncHTTPClient)) == asyncio.run(outcome(httpx2.AsyncClient))


def test_send_closes_the_answer_when_reading_it_fails() -> None:
    """A body that breaks while read: the error is httpx2's, and the stream is closed (the connection let go)."""
    closed: list[bool] = []

    class Broken(httpx2.SyncByteStream):
        def __iter__(self) -> Any:
            yield b"part"
            raise httpx2.ReadError("cut")

        def close(self) -> None:
            closed.append(True)

    client = OrderlyHTTPClient(
        base_url="http://h", transport=httpx2.MockTransport(lambda r: httpx2.Response(200, stream=Broken()))
    )
    with pytest.raises(httpx2.ReadError):
        client.get("/ok")
    assert closed == [True]


@pytest.mark.parametrize("cls", [httpx2.Client, OrderlyHTTPClient])
def test_send_with_stream_leaves_the_body_unread(cls: Any) -> None:
    class Parts(httpx2.SyncByteStream):
        def __iter__(self) -> Any:
            yield b"a"
            yield b"b"

    with cls(
        base_url="http://h", transport=httpx2.MockTransport(lambda r: httpx2.Response(200, stream=Parts()))
    ) as client:
        response = client.send(client.build_request("GET", "/ok"), stream=True)
        assert not response.is_closed and response.history == [] and response.next_request is None
        assert response.read() == b"ab" and response.elapsed is not None
