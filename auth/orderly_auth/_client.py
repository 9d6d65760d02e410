"""``OrderlyClient`` and ``create_client``: the generated client, owning a pipeline that signs, paces and raises."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

import attrs
import httpx2
from attrs import define, evolve, field

from orderly_client.client import AuthenticatedClient

from ._config import check_headers, resolve_base_url
from ._errors import ConfigurationError
from ._keys import Credentials, describe_value
from ._order_ids import ClientOrderIds
from ._ratelimit import RateLimitConfig, RateLimiterRegistry
from ._retry import RetryConfig
from ._routes import RouteTable
from ._settings import Settings
from ._signing import Clock
from ._transport import DEFAULT_MAX_RESPONSE_SIZE, OrderlyTransport
from ._version import __version__

if TYPE_CHECKING:
    from ._symbols import SymbolRulesCache

__all__ = ["OrderlyClient", "Settings", "create_client"]

DEFAULT_TIMEOUT = httpx2.Timeout(10.0, connect=5.0)
USER_AGENT = f"orderly-client-python/{__version__}"


@define(repr=False)
class OrderlyClient(AuthenticatedClient):
    """The client ``create_client`` returns: every generated function takes it, sync and async.

    It owns its pipeline (an :class:`OrderlyTransport`: signing, rate limits, retries, typed errors,
    connections). Every client derived from it (``with_headers``, ``with_timeout``, ``with_cookies``,
    ``copy.copy``, ``attrs.evolve``) shares that pipeline, so it signs, paces, retries and raises
    the same way; closing any of them closes the connections they share.
    """

    _pipeline: OrderlyTransport = field(kw_only=True, alias="pipeline")
    order_rules: SymbolRulesCache | None = field(default=None, kw_only=True)
    """With ``validate_orders=True``: each order is checked against its symbol's rules before it is sent."""

    @property
    def pipeline(self) -> OrderlyTransport:
        """The signing transport every request of this client goes through."""
        return self._pipeline

    @property
    def server(self) -> str:
        """The REST base URL."""
        return self._base_url

    @property
    def account_id(self) -> str | None:
        """The account requests are signed for, or None for a client of public operations only."""
        credentials = self._pipeline.credentials
        return credentials.account_id if credentials is not None else None

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client like this one with these headers added (checked: no framing headers); this one is unchanged."""
        return evolve(self, headers={**self._headers, **check_headers(headers)})

    def _settings(self, *, is_async: bool) -> dict[str, Any]:
        if "transport" in self._httpx_args:
            raise ConfigurationError("httpx_args must not hold a transport: pass it to create_client(transport=...)")
        settings: dict[str, Any] = {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "follow_redirects": self._follow_redirects,
            "transport": self._pipeline,
            **self._httpx_args,
        }
        rules = self.order_rules
        if rules is not None:  # a hook of every httpx2 client built, so derived clients check orders too
            hooks = dict(settings.get("event_hooks") or {})
            hooks["request"] = [*hooks.get("request", ()), rules.acheck_request if is_async else rules.check_request]
            settings["event_hooks"] = hooks
        return settings

    def get_httpx_client(self) -> httpx2.Client:
        """The sync httpx2 client, built on this client's pipeline when first asked for."""
        if self._client is None:
            from ._httpx_clients import OrderlyHTTPClient  # here, not at import: `import orderly_auth` stays light

            self._client = OrderlyHTTPClient(**self._settings(is_async=False))
        return self._client

    def get_async_httpx_client(self) -> httpx2.AsyncClient:
        """The async httpx2 client, built on this client's pipeline when first asked for."""
        if self._async_client is None:
            from ._httpx_clients import OrderlyAsyncHTTPClient

            self._async_client = OrderlyAsyncHTTPClient(**self._settings(is_async=True))
        return self._async_client

    def set_httpx_client(self, client: httpx2.Client) -> Self:
        """Replace the sync httpx2 client: only with one sending through this client's pipeline."""
        from ._httpx_clients import OrderlyHTTPClient

        if not isinstance(client, OrderlyHTTPClient) or client.pipeline is not self._pipeline:
            raise ConfigurationError(
                "an OrderlyClient sends through its own pipeline: give create_client a transport= instead"
            )
        self._client = client
        return self

    def set_async_httpx_client(self, async_client: httpx2.AsyncClient) -> Self:
        """Replace the async httpx2 client: only with one sending through this client's pipeline."""
        from ._httpx_clients import OrderlyAsyncHTTPClient

        if not isinstance(async_client, OrderlyAsyncHTTPClient) or async_client.pipeline is not self._pipeline:
            raise ConfigurationError(
                "an OrderlyClient sends through its own pipeline: give create_client an async_transport= instead"
            )
        self._async_client = async_client
        return self

    def close(self) -> None:
        """Close the sync connections (shared with every derived client); later sync calls raise ClientClosedError."""
        if self._client is not None:
            self._client.close()
        self._pipeline.close()

    async def aclose(self) -> None:
        """Close the async connections (shared with every derived client); later async calls raise ClientClosedError."""
        if self._async_client is not None:
            await self._async_client.aclose()
        await self._pipeline.aclose()

    def __copy__(self) -> Self:
        return evolve(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> Self:
        # The pipeline (connections, limiters, clock) is shared, never duplicated; the settings are copied.
        return evolve(
            self,
            headers=copy.deepcopy(self._headers, memo),
            cookies=copy.deepcopy(self._cookies, memo),
            httpx_args=copy.deepcopy(self._httpx_args, memo),
        )

    def __repr__(self) -> str:
        pipeline = getattr(self, "_pipeline", None)
        if pipeline is None or not hasattr(self, "_cookies"):  # total: a half-built client still prints
            return f"OrderlyClient(server={getattr(self, '_base_url', None)!r}, half-built)"
        return (
            f"OrderlyClient(server={self._base_url!r}, account_id={self.account_id!r}, timeout={self._timeout!r}, "
            f"retry={pipeline.retry!r}, rate_limit={pipeline.rate_limit!r}, raise_on_error={pipeline.raise_errors!r}, "
            f"recv_window={pipeline.recv_window!r}, headers={sorted(self._headers)!r}, "
            f"cookies={sorted(self._cookies)!r}, connections={pipeline.connections!r})"
        )


def _timeout(value: float | httpx2.Timeout | None) -> httpx2.Timeout:
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx2.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ConfigurationError(
            f"timeout must be a positive number of seconds or an httpx2.Timeout, got {describe_value(value)}"
        )
    return httpx2.Timeout(float(value))


def create_client(
    credentials: Credentials | None = None,
    *,
    network: str | None = None,
    base_url: str | None = None,
    settings: Settings | None = None,
    timeout: float | httpx2.Timeout | None = None,
    retry: RetryConfig | None = None,
    rate_limit: RateLimitConfig | None = None,
    recv_window: int | None = None,
    raise_on_error: bool = True,
    headers: Mapping[str, str] | None = None,
    limits: httpx2.Limits | None = None,
    proxy: str | None = None,
    verify: bool | str = True,
    trust_env: bool = True,
    transport: httpx2.BaseTransport | None = None,
    async_transport: httpx2.AsyncBaseTransport | None = None,
    rate_limiters: RateLimiterRegistry | None = None,
    max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    validate_orders: bool = False,
    client_order_ids: ClientOrderIds | str | None = None,
) -> OrderlyClient:
    """An :class:`OrderlyClient` for Orderly, usable by every generated function, sync and async.

    Signed operations are signed with ``credentials`` (without them they raise
    ``MissingCredentialsError`` before sending); public ones work either way. ``network``
    (``mainnet``/``testnet``) or ``base_url`` choose the server, else ``ORDERLY_NETWORK`` /
    ``ORDERLY_BASE_URL``, else mainnet. ``settings`` (a :class:`Settings`) holds the other options
    at once; each keyword below, when given, changes its field. ``rate_limit`` defaults to
    ``RateLimitConfig.from_env()``: the documented limits, shared on the Redis/Valkey server
    ``ORDERLY_RATE_LIMIT_BACKEND`` names, if any. Errors raise :class:`OrderlyError`
    subclasses unless ``raise_on_error=False``, which hands back the raw answer (use the ``*_detailed``
    functions). Answers larger than ``max_response_size`` bytes, as sent or decoded, raise ``ResponseTooLargeError``.

    The connection layer honours the environment as httpx2 does (``HTTPS_PROXY`` / ``HTTP_PROXY`` /
    ``NO_PROXY``, ``SSL_CERT_FILE``; ``trust_env=False`` ignores it): a request through a proxy goes through
    httpx2's proxy transport, a direct one through the lean HTTP/1.1 pool of :mod:`orderly_auth.http11`;
    ``limits``, ``proxy``, ``verify`` and ``trust_env`` configure it. ``transport`` / ``async_transport``
    replace it (your own transport, ``httpx2.HTTPTransport()`` for httpx2's); a ``transport`` that is
    async too (``httpx2.MockTransport``) serves async calls as well unless ``async_transport`` is given.

    Every order sent without a ``client_order_id`` gets one (``POST /v1/order``, ``/v1/batch-order``,
    ``/v1/algo/order``): ``client_order_ids`` is the generator (a :class:`ClientOrderIds`) or its
    prefix (default: a process-wide one with prefix ``oc``).
    """
    chosen = merge_settings(
        settings,
        timeout=timeout,
        retry=retry,
        rate_limit=rate_limit,
        recv_window=recv_window,
        raise_on_error=raise_on_error,
        headers=headers,
        limits=limits,
        proxy=proxy,
        verify=verify,
        trust_env=trust_env,
        transport=transport,
        async_transport=async_transport,
        rate_limiters=rate_limiters,
        max_response_size=max_response_size,
        validate_orders=validate_orders,
        client_order_ids=client_order_ids,
    )
    return client_from_settings(credentials, resolve_base_url(network, base_url), chosen)


def merge_settings(settings: Settings | None, **keywords: Any) -> Settings:
    """``settings`` (default: ``Settings()``) with the keywords that differ from their defaults applied."""
    if settings is not None and not isinstance(settings, Settings):
        raise ConfigurationError(f"settings must be an orderly_auth.Settings, not {type(settings).__name__}")
    base = settings if settings is not None else Settings()
    defaults = {field.name: field.default for field in attrs.fields(Settings)}
    defaults["headers"] = None  # the keyword's default (the field holds them as pairs)
    given = {name: value for name, value in keywords.items() if value is not defaults[name]}
    return base.replace(**given) if given else base


def client_from_settings(credentials: Credentials | None, url: str, settings: Settings) -> OrderlyClient:
    """The :class:`OrderlyClient` of :func:`create_client`, for a resolved ``url``."""
    if credentials is not None and not isinstance(credentials, Credentials):
        raise ConfigurationError(f"credentials must be an orderly_auth.Credentials, not {type(credentials).__name__}")
    pipeline, httpx_timeout, all_headers = build_pipeline(url, credentials=credentials, settings=settings)
    client = OrderlyClient(
        base_url=url,
        timeout=httpx_timeout,
        headers=all_headers,
        raise_on_unexpected_status=settings.raise_on_error,
        pipeline=pipeline,
    )
    if settings.validate_orders:
        from ._symbols import symbol_rules

        client.order_rules = symbol_rules(client)
    return client


def build_pipeline(
    url: str,
    *,
    credentials: Credentials | None,
    settings: Settings,
    routes: RouteTable | None = None,
) -> tuple[OrderlyTransport, httpx2.Timeout, dict[str, str]]:
    """The pipeline (an :class:`OrderlyTransport` on the connection layer), timeout and headers of a client for ``url``.

    Shared by :func:`create_client` and ``create_sv_client``; ``routes``: the operations of the API
    (default: the main spec's), for their rate limits and which requests may be resent.
    """
    transport, async_transport, proxy = settings.transport, settings.async_transport, settings.proxy
    custom = {
        "limits": settings.limits,
        "proxy": proxy,
        "verify": settings.verify if settings.verify is not True else None,
        "trust_env": settings.trust_env if settings.trust_env is not True else None,
    }
    given = [name for name, value in custom.items() if value is not None]
    if given and (transport is not None or async_transport is not None):
        raise ConfigurationError(
            f"{', '.join(given)} configure the default connection layer; set them on your own transport instead"
        )
    from ._connections import DEFAULT_LIMITS, AsyncDefaultTransport, DefaultTransport

    httpx_timeout = _timeout(settings.timeout)
    all_headers = {"User-Agent": USER_AGENT, **dict(settings.headers)}
    pool = settings.limits or DEFAULT_LIMITS
    if proxy is not None:
        try:
            httpx2.Proxy(proxy)
        except (ValueError, TypeError, httpx2.InvalidURL):  # httpx2 quotes the URL, which may hold a secret
            raise ConfigurationError(f"proxy is not a usable proxy URL: {describe_value(proxy)}") from None
    verify, trust_env = settings.verify, settings.trust_env
    pipeline = OrderlyTransport(
        credentials=credentials,
        retry=settings.retry,
        rate_limit=settings.rate_limit if settings.rate_limit is not None else RateLimitConfig.from_env(),
        registry=settings.rate_limiters,
        raise_errors=settings.raise_on_error,
        recv_window=settings.recv_window,
        clock=Clock(),
        server=url,
        sync_transport=transport or DefaultTransport(verify=verify, trust_env=trust_env, proxy=proxy, limits=pool),
        async_transport=async_transport
        or (transport if isinstance(transport, httpx2.AsyncBaseTransport) else None)  # one that serves both
        or AsyncDefaultTransport(verify=verify, trust_env=trust_env, proxy=proxy, limits=pool),
        max_response_size=settings.max_response_size,
        routes=routes,
        order_ids=settings.client_order_ids,
    )
    return pipeline, httpx_timeout, all_headers
