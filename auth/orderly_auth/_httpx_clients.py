"""httpx2 clients with three per-request costs taken off: for the generated functions' calls.

``httpx2.Client.request`` spends most of its time outside the network: it parses the URL three
times (merging the base URL, then once more for the query parameters), and hands every response
to ``http.cookiejar`` through ``urllib.request`` wrappers even when it sets no cookie. Measured on a
signed ``DELETE /v1/client/order?symbol=...&client_order_id=...`` the stock ``AsyncClient`` costs
about 85 us of CPU a call, these about 30 us. Behaviour is the same:

- the merge of the base URL with a relative path is cached per path string (a client's base URL
  is fixed; the cache is keyed on the base URL object too, so ``client.base_url = ...`` still works);
- query parameters given as a dict of strings are encoded once, by the same ``urlencode`` that
  ``httpx2.QueryParams`` uses, and set as the URL's query component without parsing the URL again
  (anything else takes httpx2's own path);
- the cookie jar only sees responses that carry ``Set-Cookie``.

They rely on httpx2 internals (``BaseClient._merge_url``, the client's ``_cookies``, ``URL``'s
``_uri_reference``), so they are taken only on the httpx2 versions they were checked on (2.16 and
later 2.x) and when those internals are there: elsewhere (``FAST_PATHS`` false) every call takes
httpx2's public path. The tests compare the requests of both paths with httpx2's own
(tests/transport/test_fast_clients.py). After ``close()`` a call raises :class:`ClientClosedError`.
"""

from __future__ import annotations

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
# build_request's arguments (Client.request passes them all); the generated functions leave _UNUSED as None.
_ARGUMENTS = frozenset({"headers", "content", "extensions", "data", "files", "json", "cookies", "timeout"})
_UNUSED = ("data", "files", "json", "cookies")


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
        and callable(getattr(httpx2.Client, "_merge_url", None))
        and callable(getattr(reference, "_replace", None))
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
    merged._uri_reference = reference._replace(query=query)
    return merged


class _Cookies(httpx2.Cookies):
    """A cookie jar that skips the ``http.cookiejar`` round trip for responses without ``Set-Cookie``."""

    def extract_cookies(self, response: httpx2.Response) -> None:
        for name, _ in response.headers.raw:
            if name.lower() == b"set-cookie":
                super().extract_cookies(response)
                return


class _FastPaths(BaseClient):
    """The overrides, shared by the sync and async client."""

    _merged_urls: dict[str, tuple[httpx2.URL, httpx2.URL]]

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
        try:
            cache = self._merged_urls
        except AttributeError:
            cache = self._merged_urls = {}
        base = self.base_url
        hit = cache.get(url)
        if hit is not None and hit[0] is base:
            return hit[1]
        merged = super()._merge_url(url)
        if len(cache) < _MAX_CACHED_URLS:
            cache[url] = (base, merged)
        return merged

    def build_request(self, method: str, url: httpx2.URL | str, *, params: Any = None, **kwargs: Any) -> httpx2.Request:
        if not (FAST_PATHS and isinstance(url, str) and "?" not in url and not self.params) or (
            params is not None and not params
        ):
            # (empty params that are not None: httpx2 then sets the URL's query, empty)
            return super().build_request(method, url, params=params, **kwargs)
        if params:
            if not (
                isinstance(params, dict)
                and all(type(key) is str and type(value) is str for key, value in params.items())
            ):
                return super().build_request(method, url, params=params, **kwargs)
            # What httpx2.QueryParams(params) would encode (str(QueryParams) is urllib's urlencode).
            merged = _with_query(self._merge_url(url), urlencode(params))
        else:
            merged = self._merge_url(url)
        if (
            kwargs.keys() <= _ARGUMENTS
            and all(kwargs.get(name) is None for name in _UNUSED)
            and kwargs.get("timeout", httpx2.USE_CLIENT_DEFAULT) is httpx2.USE_CLIENT_DEFAULT
            and not self._cookies
        ):
            # The generated functions' calls: what BaseClient.build_request does for them, without the merges
            # that change nothing (no cookies, no client params, the client's timeout).
            extensions = kwargs.get("extensions") or {}
            headers = kwargs.get("headers")
            if "timeout" not in extensions:
                extensions = {**extensions, "timeout": self.timeout.as_dict()}
            return httpx2.Request(
                method,
                merged,
                headers=self._merge_headers(headers) if headers else self.headers,
                content=kwargs.get("content"),
                extensions=extensions,
            )
        return super().build_request(method, merged, **kwargs)


def _closed(request: httpx2.Request) -> ClientClosedError:
    return ClientClosedError(f"{request.method} {request.url.path}: the client was closed; nothing was sent")


class OrderlyHTTPClient(_FastPaths, httpx2.Client):
    """``httpx2.Client`` with the fast paths of this module."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        transport = kwargs.get("transport")
        self.pipeline = transport if isinstance(transport, OrderlyTransport) else None

    def send(self, request: httpx2.Request, **kwargs: Any) -> httpx2.Response:
        if self.is_closed:
            raise _closed(request)
        return super().send(request, **kwargs)


class OrderlyAsyncHTTPClient(_FastPaths, httpx2.AsyncClient):
    """``httpx2.AsyncClient`` with the fast paths of this module."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        transport = kwargs.get("transport")
        self.pipeline = transport if isinstance(transport, OrderlyTransport) else None

    async def send(self, request: httpx2.Request, **kwargs: Any) -> httpx2.Response:
        if self.is_closed:
            raise _closed(request)
        return await super().send(request, **kwargs)
