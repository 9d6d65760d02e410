"""``AsyncStream``: one object for both endpoints, routing each topic to the public or private connection."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import warnings
from collections.abc import Mapping
from types import TracebackType
from typing import Any

from orderly_client.client import AuthenticatedClient

from .._client import OrderlyClient
from .._errors import ConfigurationError, MissingCredentialsError
from .._keys import Credentials
from .._signing import Clock
from ._auth import auth_event
from ._books import LocalBook
from ._config import PUBLIC_PLACEHOLDER_ID, Endpoints, StreamConfig, resolve_endpoints
from ._connection import Connection
from ._errors import StreamClosedError
from ._events import Reconciled
from ._reconcile import AccountTracker, fetch_account
from ._subscriptions import Subscription
from ._topics import _SYMBOL, check_topic, is_private, is_state, kind_of

FILTERED_KINDS = frozenset({"executionreport", "algoexecutionreport", "algoexecutionreportv2"})


log = logging.getLogger("orderly_auth.stream")

# Trades this long before the interruption are fetched too: clocks and in-flight reports overlap.
RECONCILE_MARGIN_MS = 5_000


def _symbol_filter(
    topic: str, params: Mapping[str, Any] | None
) -> tuple[frozenset[str] | None, Mapping[str, Any] | None]:
    """``params.symbol`` of the report topics as a client-side filter, and what is left for the wire.

    The server keeps one filter per topic and connection, so two subscriptions with different
    symbols would overwrite each other's: the wire subscription takes every symbol and each
    subscription keeps its own.
    """
    if not params or "symbol" not in params or kind_of(topic) not in FILTERED_KINDS:
        return None, params
    symbol = params["symbol"]
    if not isinstance(symbol, str) or not symbol.strip(","):
        raise ConfigurationError(f"params.symbol must be one or more comma-separated symbols, got {symbol!r}")
    symbols = frozenset(s.strip() for s in symbol.split(",") if s.strip())
    for one in symbols:
        if not _SYMBOL.fullmatch(one):
            raise ConfigurationError(f"bad symbol {one!r} in params.symbol")
    rest = {key: value for key, value in params.items() if key != "symbol"}
    return symbols, rest or None


class AsyncStream:
    """Orderly's public and private WebSocket streams behind one object (asyncio).

    ``credentials`` and ``network`` / ``base_url`` are those of ``create_client`` (the environment is
    read the same way); ``public_url`` / ``private_url`` override the stream endpoints (needed with a
    custom ``base_url``). Public topics go to the public connection, private ones to the private
    connection (authenticated); each opens on its first subscription. ``client`` is the REST client
    used to reconcile after a private reconnect (default: ``create_client(credentials, ...)``).

        async with AsyncStream(credentials, network="testnet") as stream:
            async with stream.subscribe("PERP_ETH_USDC@trade") as trades:
                async for item in trades:
                    ...
    """

    def __init__(
        self,
        credentials: Credentials | None = None,
        *,
        network: str | None = None,
        base_url: str | None = None,
        public_url: str | None = None,
        private_url: str | None = None,
        config: StreamConfig | None = None,
        client: AuthenticatedClient | None = None,
    ) -> None:
        if credentials is not None and not isinstance(credentials, Credentials):
            raise ConfigurationError(
                f"credentials must be an orderly_auth.Credentials, not {type(credentials).__name__}"
            )
        if config is not None and not isinstance(config, StreamConfig):
            raise ConfigurationError(f"config must be a StreamConfig, not {type(config).__name__}")
        self.credentials = credentials
        self.config = config or StreamConfig()
        self.endpoints: Endpoints = resolve_endpoints(network, base_url, public_url, private_url)
        self._client = client
        # The REST client's clock when there is one: what either side learns of the server's time, both sign with.
        self._clock = client.pipeline.clock if isinstance(client, OrderlyClient) else Clock()
        self._public: Connection | None = None
        self._private: Connection | None = None
        self._subscriptions: set[Subscription] = set()
        self._books: dict[str, list[LocalBook]] = {}
        self.tracker = AccountTracker()
        self._closed = False
        self._reconcile_lock: asyncio.Lock | None = None
        self._own_client = client is None
        self.reconciles = 0

    @classmethod
    def from_sandbox(
        cls, sandbox: Any, credentials: Credentials | None = None, *, config: StreamConfig | None = None
    ) -> AsyncStream:
        """Deprecated since 0.2, removed in 0.3: ``sandbox.async_stream(credentials, config=config)``."""
        warnings.warn(
            "AsyncStream.from_sandbox(sandbox) is deprecated: use sandbox.async_stream()",
            DeprecationWarning,
            stacklevel=2,
        )
        stream: AsyncStream = sandbox.async_stream(credentials, config=config)
        return stream

    def __repr__(self) -> str:
        account = self.credentials.account_id if self.credentials else None
        return f"<AsyncStream {self.endpoints.public} account_id={account!r}, {len(self._subscriptions)} subscriptions>"

    # -- connections -------------------------------------------------------------------------------

    def _connection(self, private: bool) -> Connection:
        if self._closed:
            raise StreamClosedError("the stream is closed")
        if private:
            if self._private is None:
                credentials = self.credentials
                if credentials is None:
                    raise MissingCredentialsError("private topics need credentials: AsyncStream(credentials, ...)")
                if self.config.reconcile and self._client is None and self.endpoints.rest is None:
                    raise ConfigurationError(
                        "the private stream reconciles over REST after a reconnect, and no REST endpoint is known "
                        "for these stream URLs: give network= or base_url= (or client=), or turn it off with "
                        "StreamConfig(reconcile=False)"
                    )
                self._private = Connection(
                    "private",
                    f"{self.endpoints.private}/{credentials.account_id}",
                    self.config,
                    authenticate=lambda request_id: auth_event(credentials, self._clock.now_ms(), request_id),
                    on_ready=self._private_ready,
                    observe=self.tracker.observe,
                    on_interrupted=self.tracker.interrupted,
                    clock=self._clock,
                )
            return self._private
        if self._public is None:
            stream_id = self.credentials.account_id if self.credentials else PUBLIC_PLACEHOLDER_ID
            self._public = Connection("public", f"{self.endpoints.public}/{stream_id}", self.config)
        return self._public

    @property
    def public(self) -> Connection | None:
        """The public connection, once a public topic was subscribed."""
        return self._public

    @property
    def private(self) -> Connection | None:
        """The private connection, once a private topic was subscribed."""
        return self._private

    async def wait_ready(self, timeout: float | None = None) -> None:
        """Wait until every opened connection is connected, authenticated and subscribed (e.g. before
        placing an order whose reports should be seen)."""
        connections = [c for c in (self._public, self._private) if c is not None]
        await asyncio.wait_for(asyncio.gather(*(c.wait_ready() for c in connections)), timeout)

    # -- subscribing -------------------------------------------------------------------------------

    def subscribe(
        self, topic: str, params: Mapping[str, Any] | None = None, *, buffer: int | None = None
    ) -> Subscription:
        """Subscribe to ``topic`` (e.g. ``PERP_ETH_USDC@trade``, ``executionreport``); call inside the event loop.

        Returns at once; the connection opens (and authenticates) in the background, and a refusal
        ends the subscription with :class:`SubscriptionError`. ``buffer`` overrides the config's size.
        """
        check_topic(topic)
        if params is not None and not isinstance(params, Mapping):
            raise ConfigurationError(f"params must be a mapping, got {type(params).__name__}")
        if buffer is not None and (isinstance(buffer, bool) or not isinstance(buffer, int) or buffer < 1):
            raise ConfigurationError(f"buffer must be a positive integer, got {buffer!r}")
        private = is_private(topic)
        state = is_state(topic)
        connection = self._connection(private)
        capacity = buffer or (self.config.state_buffer_size if state else self.config.buffer_size)
        symbols, wire_params = _symbol_filter(topic, params)
        subscription = Subscription(
            topic,
            wire_params,
            state=state,
            capacity=capacity,
            private=private,
            on_close=self._unsubscribe,
            symbols=symbols,
        )
        self._subscriptions.add(subscription)
        connection.add(topic, wire_params, subscription)
        return subscription

    def _unsubscribe(self, subscription: Subscription) -> None:
        self._subscriptions.discard(subscription)
        connection = self._private if subscription.private else self._public
        if connection is not None:
            connection.remove(subscription.topic, subscription.params, subscription)

    def book(self, symbol: str) -> LocalBook:
        """A local order book for ``symbol`` kept from ``orderbookupdate`` deltas and snapshot requests."""
        if not isinstance(symbol, str) or not _SYMBOL.fullmatch(symbol):
            raise ConfigurationError(f"bad symbol {symbol!r} (expected e.g. PERP_ETH_USDC)")
        book = LocalBook(symbol, self._connection(False), self._book_closed)
        self._books.setdefault(symbol, []).append(book)
        return book

    def _book_closed(self, book: LocalBook) -> None:
        books = self._books.get(book.symbol, [])
        if book in books:
            books.remove(book)

    # -- reconcile ---------------------------------------------------------------------------------

    def _rest_client(self) -> AuthenticatedClient:
        if self._client is None:
            from .._client import create_client

            if self.endpoints.rest is None:
                raise ConfigurationError("no REST endpoint is known for this stream's reconcile")
            self._client = create_client(self.credentials, base_url=self.endpoints.rest)
        return self._client

    async def _private_ready(self, interrupted_at_ms: int | None) -> None:
        """After each private session is subscribed: a baseline the first time, a reconcile after an outage."""
        if not self.config.reconcile:
            return
        if self._reconcile_lock is None:
            self._reconcile_lock = asyncio.Lock()
        async with self._reconcile_lock:
            # After any outage, a Reconciled (or Reconciled(error=...)), even if no baseline could be read before:
            # what the stream itself reported is then what REST is compared with.
            reconnected = interrupted_at_ms is not None
            since = interrupted_at_ms - RECONCILE_MARGIN_MS if interrupted_at_ms is not None else None
            try:
                state = await fetch_account(self._rest_client(), trades_since_ms=since)
            except Exception as exc:  # reported to subscribers, never raised into the reader
                log.warning("reconcile over REST failed: %s", exc)
                if reconnected:
                    self._deliver_private(Reconciled(error=exc))
                return
            if reconnected:
                self._deliver_private(self.tracker.reconcile(state))
            else:
                self.tracker.set_baseline(state)
            self.reconciles += 1

    def _deliver_private(self, event: Reconciled) -> None:
        for subscription in list(self._subscriptions):
            if subscription.private:
                subscription._push(event)

    # -- lifecycle ---------------------------------------------------------------------------------

    async def close(self) -> None:
        """Close both connections; every subscription ends (its iteration stops) and books close."""
        if self._closed:
            return
        self._closed = True
        connections = [c for c in (self._public, self._private) if c is not None]
        await asyncio.gather(*(c.close() for c in connections))  # both at once: at most one close_timeout
        for subscription in list(self._subscriptions):
            subscription._close_by_stream()
        self._subscriptions.clear()
        for books in list(self._books.values()):
            for book in list(books):
                with contextlib.suppress(Exception):
                    book._fail(StreamClosedError("the stream is closed"))
        self._books.clear()
        if self._client is not None and self._own_client:
            with contextlib.suppress(Exception):
                await self._client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> AsyncStream:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.close()
