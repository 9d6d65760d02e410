"""httpx2 clients with four per-request costs taken off: for the generated functions' calls.

``httpx2.Client.request`` spends most of its time outside the network: it parses the URL three
times (merging the base URL, then once more for the query parameters), lays the headers out three
times (the merge, the body's, then Host and framing in front), and hands every response to
``http.cookiejar`` through ``urllib.request`` wrappers even when it sets no cookie. Measured on a
signed ``DELETE /v1/client/order?symbol=...&client_order_id=...``, building the request costs the
stock client about 170 us of CPU, these about 12 us. Behaviour is the same:

- the merge of the base URL with a relative path is cached per path string (a client's base URL
  is fixed; the cache is keyed on the base URL object too, so ``client.base_url = ...`` still works);
- query parameters given as a dict of strings are encoded once, by the same ``urlencode`` that
  ``httpx2.QueryParams`` uses, and set as the URL's query component without parsing the URL again
  (anything else takes httpx2's own path); ids and symbols of unreserved characters are joined as they are;
- the request's headers are laid out once, in httpx2's order (Host, the client's, the call's, the
  body's Content-Length), for bytes bodies and ASCII text headers that leave Host and framing alone;
- the cookie jar only sees responses that carry ``Set-Cookie``;
- ``send`` goes straight to httpx2's single-request step when there is nothing for its outer steps to do
  (no auth, no event hooks, redirects not followed: the generated functions' calls), then does what those
  steps would: the empty history, ``next_request`` of a redirect, reading the body, closing it on failure.

They rely on httpx2 internals (``BaseClient._merge_url``, the client's ``_cookies``, ``URL``'s
``_uri_reference``, ``Headers._list``), so they are taken only on the httpx2 versions they were checked on (2.16 and
later 2.x) and when those internals are there: elsewhere (``FAST_PATHS`` false) every call takes
httpx2's public path. The tests compare the requests of both paths with httpx2's own
(tests/transport/test_fast_clients.py). After ``close()`` a call raises :class:`ClientClosedError`.
"""

from __future__ import annotations

import contextlib
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import httpx2

from ._errors import ClientClosedError
from ._transport import OrderlyTransport

if TYPE_CHECKING:  # at run time the mixin's super() is httpx2.Client / AsyncClient: no private import
    from httpx2._client import BaseClient
else:
    BaseClient = object

__all__ = ["FAST_PATHS", "OrderlyAsyncHTTPClient", "OrderlyHTTPClient", "fast_paths_supported"]

_MAX_CACHED_URLS = 1024
# build_request's arguments (Client.request passes them all); the generated functions leave data, files, json
# and cookies None.
_ARGUMENTS = frozenset({"headers", "content", "extensions", "data", "files", "json", "cookies", "timeout"})


def fast_paths_supported(version: str = httpx2.__version__) -> bool:
    """Whether this httpx2 is one the shortcuts were checked on, with the internals they use."""
    try:
        major, minor = (int(part) for part in version.split(".")[:2])
    except ValueError:
        return False
    url = httpx2.URL("http://h/")
    reference = getattr(url, "_uri_reference", None)
    return (
        major == 2
        and minor >= 16
        and all(
            callable(getattr(client, name, None))
            for client in (httpx2.Client, httpx2.AsyncClient)
            for name in ("_merge_url", "_set_timeout", "_send_single_request", "_build_redirect_request")
        )
        and callable(getattr(reference, "_replace", None))
        and isinstance(getattr(httpx2.Headers({"a": "b"}), "_list", None), list)
    )


FAST_PATHS = fast_paths_supported()


def _with_query(url: httpx2.URL, query: str) -> httpx2.URL:
    """``url.copy_with(query=query)`` without parsing the whole URL again.

    ``query`` comes from ``urlencode``: only unreserved characters, ``%XX``, ``+``, ``=`` and ``&``,
    which httpx2's parser would keep as they are, so replacing the component is what it would do.
    """
    reference = getattr(url, "_uri_reference", None)
    if reference is None or not hasattr(reference, "_replace"):  # pragma: no cover - another httpx2
        return url.copy_with(query=query.encode("ascii"))
    merged = httpx2.URL.__new__(httpx2.URL)
    kind = type(reference)
    if getattr(kind, "_fields", None) == _URI_FIELDS:
        # reference._replace(query=query), built directly: _replace goes through a map over keyword arguments
        merged._uri_reference = tuple.__new__(kind, (*reference[:5], query, reference[6]))
    else:
        merged._uri_reference = reference._replace(query=query)
    return merged


# httpx2's parsed URL (a named tuple), field by field: the query is the sixth.
_URI_FIELDS = ("scheme", "userinfo", "host", "port", "path", "query", "fragment")


class _Cookies(httpx2.Cookies):
    """A cookie jar that skips the ``http.cookiejar`` round trip for responses without ``Set-Cookie``."""

    def extract_cookies(self, response: httpx2.Response) -> None:
        for name, _ in response.headers.raw:
            if name.lower() == b"set-cookie":
                super().extract_cookies(response)
                return


_REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})  # Response.has_redirect_location's codes


class _FastPaths(BaseClient):
    """The overrides, shared by the sync and async client."""

    _merged_urls: dict[str, tuple[httpx2.URL, httpx2.URL, bytes]]

    def _plain_send(self, request: httpx2.Request, auth: Any, follow_redirects: Any) -> bool:
        """Whether ``send`` would run no auth flow, no event hook and follow no redirect (then opens the client).

        httpx2's own ``send`` would then hand the request to ``_send_single_request`` once and only read the
        answer; anything else (an auth, a hook, ``follow_redirects``, credentials in the URL) takes it whole.
        """
        if not FAST_PATHS or auth is not httpx2.USE_CLIENT_DEFAULT or self._auth is not None:
            return False
        follow = self.follow_redirects if follow_redirects is httpx2.USE_CLIENT_DEFAULT else follow_redirects
        hooks = getattr(self, "_event_hooks", None)
        if follow or type(hooks) is not dict or hooks.get("request") or hooks.get("response"):
            return False
        if request.url.userinfo:  # httpx2 would send them as basic auth
            return False
        self._state = type(self._state).OPENED
        self._set_timeout(request)
        return True

    def _after_single(self, request: httpx2.Request, response: httpx2.Response) -> None:
        """What httpx2's redirect step does to an answer when redirects are not followed."""
        response.history = []
        if response.status_code in _REDIRECT_STATUS and response.has_redirect_location:
            with contextlib.suppress(httpx2.RemoteProtocolError):
                response.next_request = self._build_redirect_request(request, response)

    @property
    def cookies(self) -> httpx2.Cookies:
        jar = getattr(self, "_cookies", None)
        if not FAST_PATHS or jar is None:
            return super().cookies
        if type(jar) is not _Cookies:
            jar = self._cookies = _Cookies(jar)  # shares the same CookieJar
        return jar

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        if FAST_PATHS:
            self._cookies = _Cookies(cookies)
        else:
            httpx2.Client.cookies.fset(self, cookies)  # type: ignore[attr-defined]  # the shared BaseClient property

    def _merge_url(self, url: httpx2.URL | str) -> httpx2.URL:
        if not FAST_PATHS or not isinstance(url, str):
            return super()._merge_url(url)
        return self._merged(url)[0]

    def _merged(self, url: str) -> tuple[httpx2.URL, bytes]:
        """The base URL merged with ``url``, and its Host header value: cached per path string."""
        try:
            cache = self._merged_urls
        except AttributeError:
            cache = self._merged_urls = {}
        base = self.base_url
        hit = cache.get(url)
        if hit is not None and hit[0] is base:
            return hit[1], hit[2]
        merged = super()._merge_url(url)
        host = _host_header(merged)
        if len(cache) < _MAX_CACHED_URLS:
            cache[url] = (base, merged, host)
        return merged, host

    def build_request(self, method: str, url: httpx2.URL | str, *, params: Any = None, **kwargs: Any) -> httpx2.Request:
        if not (FAST_PATHS and isinstance(url, str) and "?" not in url and not self.params) or (
            params is not None and not params
        ):
            # (empty params that are not None: httpx2 then sets the URL's query, empty)
            return super().build_request(method, url, params=params, **kwargs)
        merged, host = self._merged(url)
        if params:
            query = _urlencode(params) if type(params) is dict else None
            if query is None:
                return super().build_request(method, url, params=params, **kwargs)
            # What httpx2.QueryParams(params) would encode (str(QueryParams) is urllib's urlencode).
            merged = _with_query(merged, query)
        get = kwargs.get
        if (
            kwargs.keys() <= _ARGUMENTS
            and get("data") is None
            and get("files") is None
            and get("json") is None
            and get("cookies") is None
            and get("timeout", httpx2.USE_CLIENT_DEFAULT) is httpx2.USE_CLIENT_DEFAULT
            and _no_cookies(self._cookies)
        ):
            # The generated functions' calls: what BaseClient.build_request does for them, without the merges
            # that change nothing (no cookies, no client params, the client's timeout).
            extensions = kwargs.get("extensions") or {}
            extensions = (
                {**extensions, "timeout": self.timeout.as_dict()} if "timeout" not in extensions else dict(extensions)
            )
            request = _request(
                method,
                merged,
                host=host,
                client_headers=self.headers,
                headers=kwargs.get("headers"),
                content=kwargs.get("content"),
            )
            if request is not None:
                request.extensions = extensions
                return request
            headers = kwargs.get("headers")
            return httpx2.Request(
                method,
                merged,
                headers=self._merge_headers(headers) if headers else self.headers,
                content=kwargs.get("content"),
                extensions=extensions,
            )
        return super().build_request(method, merged, **kwargs)


# Pairs of unreserved characters, ``key=value`` joined by ``&``.
_PLAIN_QUERY = re.compile(r"[A-Za-z0-9_.~-]*=[A-Za-z0-9_.~-]*(?:&[A-Za-z0-9_.~-]*=[A-Za-z0-9_.~-]*)*")


def _urlencode(params: dict[Any, Any]) -> str | None:
    """``urlencode(params)`` for a dict of text (None for anything else: httpx2's own path).

    Pairs of unreserved characters only (the usual ids and symbols) are joined as they are: checked on the
    joined text at once, where one ``&`` fewer than the pairs means no key or value held one (nor ``=``, then).
    """
    for key, value in params.items():
        if type(key) is not str or type(value) is not str:
            return None
    joined = "&".join([key + "=" + value for key, value in params.items()])
    if joined.count("&") == len(params) - 1 and _PLAIN_QUERY.fullmatch(joined) is not None:
        return joined
    return urlencode(params)


def _no_cookies(cookies: httpx2.Cookies) -> bool:
    """``not cookies``: an empty jar seen by its (stdlib) store of cookies, without iterating the jar."""
    store = getattr(cookies.jar, "_cookies", None)
    if type(store) is dict and not store:
        return True
    return not cookies


def _host_header(url: httpx2.URL) -> bytes:
    """The Host header httpx2 sends for ``url`` (an IPv6 zone is not sent)."""
    netloc = url.netloc
    if netloc.startswith(b"["):
        host, bracket, port = netloc.partition(b"]")
        netloc = host.partition(b"%")[0] + bracket + port
    return netloc


_FRAMING = frozenset({b"host", b"content-length", b"transfer-encoding"})
# The header names the generated functions pass, as httpx2 stores them: (raw name, lower-case name).
_CALL_HEADERS = {
    name: (name.encode("ascii"), name.lower().encode("ascii")) for name in ("Content-Type", "x-recv-window")
}
_EMPTY_BODY_LENGTH = frozenset({"POST", "PUT", "PATCH", "QUERY"})


def _request(
    method: str, url: httpx2.URL, *, host: bytes, client_headers: httpx2.Headers, headers: Any, content: Any
) -> httpx2.Request | None:
    """``httpx2.Request(method, url, headers=client_headers merged with headers, content=content)``, built at once.

    httpx2 builds the headers three times over (the merge, the body's, then Host and framing in front); here
    they are laid out once, in the order httpx2 lays them out: Host, ``Content-Length: 0`` for a method that
    takes a body but has none, the client's headers less those the request's replace, the request's, the
    body's ``Content-Length``. None (httpx2's own path) for anything else: a body that is not bytes, headers
    that are not ASCII text, or any header that sets Host or the framing itself.
    """
    if content is not None and type(content) is not bytes:
        return None
    entries = client_headers._list
    if not _FRAMING.isdisjoint([entry[1] for entry in entries]):
        return None
    if headers:
        if type(headers) is not dict:
            return None
        added = []
        try:
            for name, value in headers.items():
                names = _CALL_HEADERS.get(name)
                if names is None:
                    raw = name.encode("ascii")
                    names = (raw, raw.lower())
                if type(value) is not str:
                    return None
                added.append((*names, value.encode("ascii")))
        except (UnicodeEncodeError, AttributeError):
            return None
        replaced = {entry[1] for entry in added}
        if replaced & _FRAMING:
            return None
        entries = [entry for entry in entries if entry[1] not in replaced] + added
    else:
        entries = list(entries)
    method = method.upper()
    front = [(b"Host", b"host", host)] if url.host else []
    if content:
        entries.append((b"Content-Length", b"content-length", str(len(content)).encode("ascii")))
    elif method in _EMPTY_BODY_LENGTH:
        front.append((b"Content-Length", b"content-length", b"0"))
    request = httpx2.Request(method, url, stream=httpx2.ByteStream(content or b""))
    request.headers._list = front + entries if front else entries
    request.read()
    return request


def _closed(request: httpx2.Request) -> ClientClosedError:
    return ClientClosedError(f"{request.method} {request.url.path}: the client was closed; nothing was sent")


class OrderlyHTTPClient(_FastPaths, httpx2.Client):
    """``httpx2.Client`` with the fast paths of this module."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        transport = kwargs.get("transport")
        self.pipeline = transport if isinstance(transport, OrderlyTransport) else None

    def send(
        self,
        request: httpx2.Request,
        *,
        stream: bool = False,
        auth: Any = httpx2.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx2.USE_CLIENT_DEFAULT,
    ) -> httpx2.Response:
        if self.is_closed:
            raise _closed(request)
        if not self._plain_send(request, auth, follow_redirects):
            return super().send(request, stream=stream, auth=auth, follow_redirects=follow_redirects)
        response = self._send_single_request(request)
        try:
            self._after_single(request, response)
            if not stream:
                response.read()
        except BaseException:
            response.close()
            raise
        return response


class OrderlyAsyncHTTPClient(_FastPaths, httpx2.AsyncClient):
    """``httpx2.AsyncClient`` with the fast paths of this module."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        transport = kwargs.get("transport")
        self.pipeline = transport if isinstance(transport, OrderlyTransport) else None

    async def send(
        self,
        request: httpx2.Request,
        *,
        stream: bool = False,
        auth: Any = httpx2.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx2.USE_CLIENT_DEFAULT,
    ) -> httpx2.Response:
        if self.is_closed:
            raise _closed(request)
        if not self._plain_send(request, auth, follow_redirects):
            return await super().send(request, stream=stream, auth=auth, follow_redirects=follow_redirects)
        response = await self._send_single_request(request)
        try:
            self._after_single(request, response)
            if not stream:
                await response.aread()
        except BaseException:
            await response.aclose()
            raise
        return response
