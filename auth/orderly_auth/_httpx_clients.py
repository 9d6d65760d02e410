"""httpx clients with three per-request costs taken off: for the generated functions' calls.

``httpx.Client.request`` spends most of its time outside the network: it parses the URL three
times (merging the base URL, then once more for the query parameters), and hands every response
to ``http.cookiejar`` through ``urllib.request`` wrappers even when it sets no cookie. Measured on a
signed ``DELETE /v1/client/order?symbol=...&client_order_id=...`` the stock ``AsyncClient`` costs
about 85 us of CPU a call, these about 30 us. Behaviour is the same:

- the merge of the base URL with a relative path is cached per path string (a client's base URL
  is fixed; the cache is keyed on the base URL object too, so ``client.base_url = ...`` still works);
- query parameters given as a dict of strings are encoded once, by the same ``urlencode`` that
  ``httpx.QueryParams`` uses, and set as the URL's query component without parsing the URL again
  (anything else takes httpx's own path);
- the cookie jar only sees responses that carry ``Set-Cookie``.

They rely on httpx internals (``BaseClient._merge_url``, the client's ``_cookies``, ``URL``'s
``_uri_reference``): httpx is pinned below 0.29, and the tests must compare their requests with
httpx's own (tests/transport/test_fast_clients.py does).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import httpx
from httpx._client import BaseClient

__all__ = ["OrderlyAsyncHTTPClient", "OrderlyHTTPClient"]

_MAX_CACHED_URLS = 1024


def _with_query(url: httpx.URL, query: str) -> httpx.URL:
    """``url.copy_with(query=query)`` without parsing the whole URL again.

    ``query`` comes from ``urlencode``: only unreserved characters, ``%XX``, ``+``, ``=`` and ``&``,
    which httpx's parser would keep as they are, so replacing the component is what it would do.
    """
    reference = getattr(url, "_uri_reference", None)
    if reference is None or not hasattr(reference, "_replace"):  # pragma: no cover - another httpx
        return url.copy_with(query=query.encode("ascii"))
    merged = httpx.URL.__new__(httpx.URL)
    merged._uri_reference = reference._replace(query=query)
    return merged


class _Cookies(httpx.Cookies):
    """A cookie jar that skips the ``http.cookiejar`` round trip for responses without ``Set-Cookie``."""

    def extract_cookies(self, response: httpx.Response) -> None:
        for name, _ in response.headers.raw:
            if name.lower() == b"set-cookie":
                super().extract_cookies(response)
                return


class _FastPaths(BaseClient):
    """The overrides, shared by the sync and async client."""

    _merged_urls: dict[str, tuple[httpx.URL, httpx.URL]]

    @property
    def cookies(self) -> httpx.Cookies:
        jar = self._cookies
        if type(jar) is not _Cookies:
            jar = self._cookies = _Cookies(jar)  # shares the same CookieJar
        return jar

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._cookies = _Cookies(cookies)

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        if not isinstance(url, str):
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

    def build_request(self, method: str, url: httpx.URL | str, *, params: Any = None, **kwargs: Any) -> httpx.Request:
        if (
            params
            and isinstance(url, str)
            and "?" not in url
            and isinstance(params, dict)
            and not self.params
            and all(type(key) is str and type(value) is str for key, value in params.items())
        ):
            # What httpx.QueryParams(params) would encode (str(QueryParams) is urllib's urlencode).
            url = _with_query(self._merge_url(url), urlencode(params))
            params = None
        return super().build_request(method, url, params=params, **kwargs)


class OrderlyHTTPClient(_FastPaths, httpx.Client):
    """``httpx.Client`` with the fast paths of this module."""


class OrderlyAsyncHTTPClient(_FastPaths, httpx.AsyncClient):
    """``httpx.AsyncClient`` with the fast paths of this module."""
