"""``create_client``: the generated client, wired to sign, pace, retry and raise."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from orderly_client.client import AuthenticatedClient

from ._config import resolve_base_url
from ._errors import ConfigurationError
from ._keys import Credentials, describe_value
from ._ratelimit import RateLimitConfig, RateLimiterRegistry
from ._retry import RetryConfig
from ._routes import RouteTable
from ._signing import Clock
from ._transport import OrderlyTransport
from ._version import __version__

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
USER_AGENT = f"orderly-client-python/{__version__}"


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ConfigurationError(
            f"timeout must be a positive number of seconds or an httpx.Timeout, got {describe_value(value)}"
        )
    return httpx.Timeout(float(value))


def create_client(
    credentials: Credentials | None = None,
    *,
    network: str | None = None,
    base_url: str | None = None,
    timeout: float | httpx.Timeout | None = None,
    retry: RetryConfig | None = None,
    rate_limit: RateLimitConfig | None = None,
    recv_window: int | None = None,
    raise_on_error: bool = True,
    headers: Mapping[str, str] | None = None,
    limits: httpx.Limits | None = None,
    proxy: str | None = None,
    verify: bool | str = True,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    rate_limiters: RateLimiterRegistry | None = None,
    validate_orders: bool = False,
) -> AuthenticatedClient:
    """A generated ``AuthenticatedClient`` for Orderly, usable by every generated function, sync and async.

    Signed operations are signed with ``credentials`` (without them they raise
    ``MissingCredentialsError`` before sending); public ones work either way. ``network``
    (``mainnet``/``testnet``) or ``base_url`` choose the server, else ``ORDERLY_NETWORK`` /
    ``ORDERLY_BASE_URL``, else mainnet. Errors raise :class:`OrderlyAPIError` subclasses unless
    ``raise_on_error=False``, which hands back the raw answer (use the ``*_detailed`` functions).
    ``transport`` / ``async_transport`` replace the connection layer (``limits``, ``proxy`` and
    ``verify`` configure the default one and cannot be combined with them). The default is this
    package's lean HTTP/1.1 keep-alive pool (``HTTP11Transport`` / ``AsyncHTTP11Transport``);
    with a ``proxy`` it is httpx's own. ``validate_orders=True`` checks every order against its
    symbol's tick, step and minimum notional before sending (:func:`orderly_auth.symbol_rules`).
    """
    if credentials is not None and not isinstance(credentials, Credentials):
        raise ConfigurationError(f"credentials must be an orderly_auth.Credentials, not {type(credentials).__name__}")
    if recv_window is not None and (
        isinstance(recv_window, bool) or not isinstance(recv_window, int) or recv_window <= 0
    ):
        raise ConfigurationError(
            f"recv_window must be a positive number of milliseconds, got {describe_value(recv_window)}"
        )
    url = resolve_base_url(network, base_url)
    sync_client, async_client, httpx_timeout, all_headers = http_clients(
        url,
        credentials=credentials,
        timeout=timeout,
        retry=retry,
        rate_limit=rate_limit,
        recv_window=recv_window,
        raise_on_error=raise_on_error,
        headers=headers,
        limits=limits,
        proxy=proxy,
        verify=verify,
        transport=transport,
        async_transport=async_transport,
        rate_limiters=rate_limiters,
    )
    client = AuthenticatedClient(base_url=url, timeout=httpx_timeout, headers=all_headers)
    client.set_httpx_client(sync_client)
    client.set_async_httpx_client(async_client)
    if validate_orders:
        _validate_orders(client)
    return client


def _validate_orders(client: AuthenticatedClient) -> None:
    """Check each order against its symbol's rules before it is sent (request hooks of both httpx clients)."""
    from ._symbols import symbol_rules

    rules = symbol_rules(client)
    client.get_httpx_client().event_hooks["request"].append(rules.check_request)
    client.get_async_httpx_client().event_hooks["request"].append(rules.acheck_request)


def http_clients(
    url: str,
    *,
    credentials: Credentials | None,
    timeout: float | httpx.Timeout | None,
    retry: RetryConfig | None,
    rate_limit: RateLimitConfig | None,
    recv_window: int | None,
    raise_on_error: bool,
    headers: Mapping[str, str] | None,
    limits: httpx.Limits | None,
    proxy: str | None,
    verify: bool | str,
    transport: httpx.BaseTransport | None,
    async_transport: httpx.AsyncBaseTransport | None,
    rate_limiters: RateLimiterRegistry | None,
    routes: RouteTable | None = None,
) -> tuple[httpx.Client, httpx.AsyncClient, httpx.Timeout, dict[str, str]]:
    """The sync and async httpx clients of a generated client for ``url``, on one :class:`OrderlyTransport`.

    Shared by :func:`create_client` and ``create_sv_client``; ``routes``: the operations of the API
    (default: the main spec's), for their rate limits and which requests may be resent.
    """
    # Here, not at import: the async transport brings asyncio, which many programs never load.
    from ._http11 import DEFAULT_LIMITS, AsyncHTTP11Transport, HTTP11Transport
    from ._httpx_clients import OrderlyAsyncHTTPClient, OrderlyHTTPClient

    custom = {"limits": limits, "proxy": proxy, "verify": verify if verify is not True else None}
    given = [name for name, value in custom.items() if value is not None]
    if given and (transport is not None or async_transport is not None):
        raise ConfigurationError(
            f"{', '.join(given)} configure httpx's transport; set them on your own transport instead"
        )
    httpx_timeout = _timeout(timeout)
    pool = limits or DEFAULT_LIMITS
    if proxy is not None:  # the lean transports talk to the server directly, never through a proxy
        try:
            transport = transport or httpx.HTTPTransport(limits=pool, proxy=proxy, verify=verify)
            async_transport = async_transport or httpx.AsyncHTTPTransport(limits=pool, proxy=proxy, verify=verify)
        except (ValueError, TypeError, httpx.InvalidURL):  # httpx quotes the URL, which may hold a secret
            raise ConfigurationError(f"proxy is not a usable proxy URL: {describe_value(proxy)}") from None
    else:
        transport = transport or HTTP11Transport(limits=pool, verify=verify)
        async_transport = async_transport or AsyncHTTP11Transport(limits=pool, verify=verify)
    orderly = OrderlyTransport(
        credentials=credentials,
        retry=retry,
        rate_limit=rate_limit,
        registry=rate_limiters,
        raise_errors=raise_on_error,
        recv_window=recv_window,
        clock=Clock(),
        server=url,
        sync_transport=transport,
        async_transport=async_transport,
        routes=routes,
    )
    all_headers = {"User-Agent": USER_AGENT, **(headers or {})}
    return (
        OrderlyHTTPClient(base_url=url, timeout=httpx_timeout, headers=all_headers, transport=orderly),
        OrderlyAsyncHTTPClient(base_url=url, timeout=httpx_timeout, headers=all_headers, transport=orderly),
        httpx_timeout,
        all_headers,
    )
