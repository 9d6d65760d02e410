"""``Sandbox``: the local Orderly-like server, run in a background thread for tests and demos."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from orderly_auth._keys import Credentials

from ._accounts import new_key
from ._app import App
from ._balances import STARTING_USDC, USDC, Balances
from ._faults import Fault, FaultPlan
from ._log import RequestLog
from ._market import Market
from ._registry import TOKENS
from ._server import IDLE_TIMEOUT, MAX_CONNECTIONS, SandboxServer
from ._spec import RateLimit, Spec
from ._stream_faults import StreamFaults
from ._sv import with_strategy_vault
from ._ws import MAX_OUTBOX, PRIVATE_PATH, PUBLIC_PATH, StreamServer

if TYPE_CHECKING:
    from orderly_auth.stream import AsyncStream, Stream, StreamConfig

ALL_SCOPES: tuple[str, ...] = ("read", "trading", "asset")


class Sandbox:
    """A local Orderly-like server (REST and WebSocket) on loopback ports that checks requests as the real one does.

    ``with Sandbox() as sb:`` starts it on a free port (``port=0``) in a daemon thread and stops it
    on exit. ``sb.base_url`` is its REST address, ``sb.ws_public_url`` / ``sb.ws_private_url`` its
    streams (append ``/{id}`` or ``/{account_id}``), and ``sb.credentials`` a fresh account whose key
    holds every scope (more with :meth:`add_account`), with ``starting_usdc`` USDC. Signed requests are
    verified with the registered public key; requests are checked against the bundled spec.
    ``sb.market`` is a simulated market per listed symbol, seeded by ``seed``: orders match on its
    books and fill into positions and balances, which REST and the streams show. With
    ``market_interval=None`` the market moves only when the test calls ``sb.market.step()``; a number
    of seconds moves it that often from a background thread (demos). Every other operation answers
    the example built from its response schema. ``sb.requests`` logs what arrived (the latest
    ``log_limit`` when set); ``sb.inject`` plans REST faults and ``sb.stream_faults`` stream faults.
    ``ws_ping_interval`` (seconds) and ``ws_max_missed_pongs`` set the streams' heartbeat. Bounds:
    ``max_connections`` REST connections at once (one thread each; more wait), each closed after
    ``idle_timeout`` idle seconds, and ``ws_max_outbox`` messages queued for a stream client that
    does not read (then it is disconnected).
    """

    def __init__(
        self,
        port: int = 0,
        *,
        host: str = "127.0.0.1",
        enforce_rate_limits: bool = True,
        timestamp_window: float = 300.0,
        clock_offset_ms: int = 0,
        spec_path: str | Path | None = None,
        log_limit: int | None = None,
        seed: int = 0,
        market_interval: float | None = None,
        starting_usdc: Decimal | int | str = STARTING_USDC,
        ws_port: int = 0,
        ws_ping_interval: float = 10.0,
        ws_max_missed_pongs: int = 10,
        network: str = "testnet",
        max_connections: int = MAX_CONNECTIONS,
        idle_timeout: float = IDLE_TIMEOUT,
        ws_max_outbox: int = MAX_OUTBOX,
    ) -> None:
        if market_interval is not None and market_interval <= 0:
            raise ValueError(f"market_interval must be > 0 seconds or None, got {market_interval}")
        if ws_ping_interval <= 0 or ws_max_missed_pongs < 1:
            raise ValueError("ws_ping_interval must be > 0 and ws_max_missed_pongs >= 1")
        if max_connections < 1 or not idle_timeout > 0 or ws_max_outbox < 1:
            raise ValueError("max_connections and ws_max_outbox must be >= 1, idle_timeout > 0 seconds")
        self._limits = (max_connections, float(idle_timeout), ws_max_outbox)
        self._address = (host, port)
        self._settings = (enforce_rate_limits, round(timestamp_window * 1000), clock_offset_ms)
        self._app = App(
            with_strategy_vault(Spec.load(Path(spec_path) if spec_path is not None else None)),
            enforce_rate_limits=enforce_rate_limits,
            timestamp_window_ms=self._settings[1],
            clock_offset_ms=clock_offset_ms,
            seed=seed,
            starting_usdc=Decimal(str(starting_usdc)),
            network=network,
        )
        self._faults = FaultPlan()
        self.stream_faults = StreamFaults()
        self.market_interval = market_interval
        self._ws_settings = (ws_port, float(ws_ping_interval), int(ws_max_missed_pongs))
        self.requests = RequestLog(log_limit)
        self._server: SandboxServer | None = None
        self._thread: threading.Thread | None = None
        self._streams: StreamServer | None = None
        self._ticker: threading.Thread | None = None
        self._ticking = threading.Event()
        self._timer: threading.Thread | None = None
        self._timer_stop = threading.Event()
        self.credentials: Credentials = self.add_account()

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self) -> Sandbox:
        """Bind the port and serve in a daemon thread (idempotent); returns ``self``."""
        if self._server is None:
            max_connections, idle_timeout, max_outbox = self._limits
            server = SandboxServer(
                self._address,
                self._app,
                self._faults,
                self.requests,
                max_connections=max_connections,
                idle_timeout=idle_timeout,
            )
            thread = threading.Thread(
                target=server.serve_forever, kwargs={"poll_interval": 0.01}, name="orderly-sandbox", daemon=True
            )
            thread.start()
            self._server, self._thread = server, thread
            ws_port, ping_interval, max_missed = self._ws_settings
            streams = StreamServer(
                self._app,
                self.stream_faults,
                host=self._address[0],
                port=ws_port,
                ping_interval=ping_interval,
                max_missed_pongs=max_missed,
                max_outbox=max_outbox,
            )
            streams.start()
            self._streams = streams
            self._timer_stop.clear()
            self._timer = threading.Thread(target=self._fire_deadlines, name="orderly-sandbox-timer", daemon=True)
            self._timer.start()
            if self.market_interval is not None:
                self._ticking.clear()
                self._ticker = threading.Thread(target=self._tick, name="orderly-sandbox-market", daemon=True)
                self._ticker.start()
        return self

    def _tick(self) -> None:
        interval = self.market_interval
        assert interval is not None
        while not self._ticking.wait(interval):
            self._app.market.step()

    def _fire_deadlines(self) -> None:
        """The timer thread: fires cancel-all-after deadlines when they pass (woken when one is set)."""
        while not self._timer_stop.is_set():
            market = self._app.market  # a reset_state replaces it: looked up again after each wait
            with market.deadlines_changed:
                due_in = market.fire_due_cancels()
                market.deadlines_changed.wait(1.0 if due_in is None else min(due_in, 1.0))

    def stop(self) -> None:
        """Stop serving, close the port and every open connection (idempotent)."""
        server, thread = self._server, self._thread
        if server is None:
            return
        self._server = self._thread = None
        self._timer_stop.set()
        market = self._app.market
        with market.deadlines_changed:
            market.deadlines_changed.notify_all()
        if self._timer is not None:
            self._timer.join(timeout=5)
            self._timer = None
        self._ticking.set()
        if self._ticker is not None:
            self._ticker.join(timeout=5)
            self._ticker = None
        if self._streams is not None:
            self._streams.stop()
            self._streams = None
        server.stopping.set()
        server.shutdown()
        server.server_close()
        server.close_connections()
        if thread is not None:
            thread.join(timeout=5)

    close = stop

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        """True between :meth:`start` and :meth:`stop`."""
        return self._server is not None

    @property
    def open_connections(self) -> int:
        """How many REST connections it serves right now (at most ``max_connections``, one thread each)."""
        return self._server.open_connections if self._server is not None else 0

    @property
    def port(self) -> int:
        """The port it listens on (known once started)."""
        if self._server is None:
            raise RuntimeError("the sandbox is not running: use `with Sandbox() as sb:` or sb.start()")
        return self._server.server_port

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``, to give the client as its base URL."""
        host = self._address[0]
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{self.port}"

    @property
    def ws_port(self) -> int:
        """The port the WebSocket streams listen on (known once started)."""
        if self._streams is None:
            raise RuntimeError("the sandbox is not running: use `with Sandbox() as sb:` or sb.start()")
        return self._streams.port

    def _ws_url(self, path: str) -> str:
        host = self._address[0]
        shown = f"[{host}]" if ":" in host else host
        return f"ws://{shown}:{self.ws_port}{path}"

    @property
    def ws_public_url(self) -> str:
        """``ws://127.0.0.1:PORT/ws/stream``: append ``/{id}`` (any id) for the public stream."""
        return self._ws_url(PUBLIC_PATH)

    @property
    def ws_private_url(self) -> str:
        """``ws://127.0.0.1:PORT/v2/ws/private/stream``: append ``/{account_id}`` for the private stream."""
        return self._ws_url(PRIVATE_PATH)

    def async_stream(
        self, credentials: Credentials | None = None, *, config: StreamConfig | None = None
    ) -> AsyncStream:
        """An :class:`~orderly_auth.stream.AsyncStream` on this sandbox (its account unless ``credentials``)."""
        from orderly_auth.stream import AsyncStream

        return AsyncStream(
            credentials or self.credentials,
            base_url=self.base_url,
            public_url=self.ws_public_url,
            private_url=self.ws_private_url,
            config=config,
        )

    def stream(self, credentials: Credentials | None = None, *, config: StreamConfig | None = None) -> Stream:
        """A (synchronous) :class:`~orderly_auth.stream.Stream` on this sandbox (its account unless ``credentials``)."""
        from orderly_auth.stream import Stream

        return Stream(
            credentials or self.credentials,
            base_url=self.base_url,
            public_url=self.ws_public_url,
            private_url=self.ws_private_url,
            config=config,
        )

    @property
    def market(self) -> Market:
        """The simulated market: ``step(n)``, ``book(symbol)``, prices, orders, positions."""
        return self._app.market

    @property
    def balances(self) -> Balances:
        """Every account's token balances (``credit`` / ``debit`` / ``get`` / ``holdings``)."""
        return self._app.balances

    def __repr__(self) -> str:
        where = self.base_url if self.running else "not running"
        return f"Sandbox({where}, account_id={self.credentials.account_id!r})"

    # -- accounts and keys -----------------------------------------------------------------------

    def add_account(self, scopes: Iterable[str] = ALL_SCOPES, *, account_id: str | None = None) -> Credentials:
        """A new account (or ``account_id``) with a freshly generated key holding ``scopes``."""
        account_id = self._app.accounts.create(account_id)
        self._app.open_account(account_id)
        return self.add_key(account_id, scopes)

    def add_key(
        self, account_id: str, scopes: Iterable[str] = ALL_SCOPES, *, expiration_ms: int | None = None
    ) -> Credentials:
        """Another freshly generated key for an existing (or new) account, with ``scopes`` (until ``expiration_ms``)."""
        key = new_key()
        registered = self._app.accounts.register(account_id, key.orderly_key, scopes, expiration_ms)
        self._app.open_account(registered.account_id)
        return Credentials(registered.account_id, key.secret, key.orderly_key)

    def register_key(self, account_id: str, orderly_key: str, scopes: Iterable[str] = ALL_SCOPES) -> None:
        """Register a public key made elsewhere (``ed25519:``+base58) to ``account_id``."""
        registered = self._app.accounts.register(account_id, orderly_key, scopes)
        self._app.open_account(registered.account_id)

    def remove_key(self, credentials: Credentials) -> bool:
        """Revoke the key of ``credentials``: its requests are then refused with -1002."""
        return self._app.accounts.remove(credentials.account_id, credentials.orderly_key)

    # -- wallets and funds -----------------------------------------------------------------------

    @property
    def network(self) -> str:
        """Whose verifying contracts wallet messages must name: ``testnet`` (default) or ``mainnet``."""
        return self._app.registry.network

    def faucet(self, account_id: str, amount: Decimal | int | str, token: str = USDC) -> Decimal:
        """Credit ``amount`` of ``token`` to an account (offline test funds, like testnet's faucet); the new balance."""
        value = Decimal(str(amount))
        if not value.is_finite() or value <= 0:
            raise ValueError(f"faucet amount must be positive, got {amount!r}")
        if token not in TOKENS:
            raise ValueError(f"token {token!r} is not listed; tokens: {', '.join(TOKENS)}")
        with self._app.market.changing():
            now_ms = self._app.now_ms()
            self._app.balances.record(account_id, "DEPOSIT", token, value, now_ms)
            return self._app.balances.credit(account_id, token, value, now_ms)

    def add_pnl(self, account_id: str, pnl: Decimal | int | str) -> None:
        """Book PnL (negative for a loss) for the account that only a settlement (``settle_pnl``) moves into USDC."""
        with self._app.market.changing():
            self._app.registry.unsettled[account_id.lower()] += Decimal(str(pnl))

    def unsettled_pnl(self, account_id: str) -> Decimal:
        """The account's PnL booked with :meth:`add_pnl` and not settled yet."""
        with self._app.market.changing():
            return self._app.registry.unsettled[account_id.lower()]

    @property
    def registration_nonce_ttl(self) -> float:
        """How long (seconds) a registration nonce stays valid: 120 like Orderly's."""
        return self._app.registry.registration_nonce_ttl_ms / 1000

    @registration_nonce_ttl.setter
    def registration_nonce_ttl(self, seconds: float) -> None:
        self._app.registry.registration_nonce_ttl_ms = round(seconds * 1000)

    # -- behaviour for tests ---------------------------------------------------------------------

    def inject(self, method: str, path: str, fault: Fault, times: int = 1) -> None:
        """Apply ``fault`` to the next ``times`` requests for ``METHOD path`` (the spec's path template).

        Faults for one operation are used in the order they were injected.
        """
        operation = self._app.spec.operation(method, path)
        self._faults.add(operation.key, fault, times)

    def pending_faults(self) -> dict[str, list[tuple[Fault, int]]]:
        """Injected faults not used yet, by operation, with how many requests each will still hit."""
        return self._faults.pending()

    def set_rate_limit(
        self, method: str, path: str, requests: int | None, period: float = 1.0, scope: str | None = None
    ) -> None:
        """Override an operation's limit: ``requests`` per ``period`` s (``None``: unlimited).

        ``scope`` (ip/user/account/none) defaults to the spec's scope for the operation.
        """
        operation = self._app.spec.operation(method, path)
        if requests is None:
            self._app.rate_limits[operation.key] = None
            return
        if requests < 1 or period <= 0:
            raise ValueError("a rate limit needs requests >= 1 and period > 0")
        chosen = scope or (operation.rate_limit.scope if operation.rate_limit else "none")
        if chosen not in ("ip", "user", "account", "none"):
            raise ValueError(f"scope must be ip, user, account or none, got {chosen!r}")
        self._app.rate_limits[operation.key] = RateLimit(requests, float(period), chosen)
        self._app.windows.clear()

    @property
    def enforce_rate_limits(self) -> bool:
        """Whether the spec's ``x-rate-limit`` (and overrides) are enforced."""
        return self._app.enforce_rate_limits

    @enforce_rate_limits.setter
    def enforce_rate_limits(self, value: bool) -> None:
        self._app.enforce_rate_limits = value

    @property
    def clock_offset_ms(self) -> int:
        """How far the server clock is ahead of this machine's (negative: behind), for clock-skew tests."""
        return self._app.clock_offset_ms

    @clock_offset_ms.setter
    def clock_offset_ms(self, value: int) -> None:
        self._app.clock_offset_ms = int(value)

    @property
    def timestamp_window(self) -> float:
        """How far (seconds) ``orderly-timestamp`` may be from the server clock."""
        return self._app.timestamp_window_ms / 1000

    @timestamp_window.setter
    def timestamp_window(self, seconds: float) -> None:
        self._app.timestamp_window_ms = round(seconds * 1000)

    def server_time_ms(self) -> int:
        """The server clock now, as it writes it in ``timestamp``."""
        return self._app.now_ms()

    @property
    def symbols(self) -> dict[str, Decimal]:
        """The listed symbols with their mark price now."""
        market = self._app.market
        with market.lock:
            return {symbol: market.mark(symbol) for symbol in market.info}

    def orders(self, account_id: str | None = None) -> list[dict[str, Any]]:
        """The orders of ``account_id`` (default: :attr:`credentials`), oldest first, as the API shows them."""
        market = self._app.market
        with market.lock:
            orders = market.orders.orders(account_id or self.credentials.account_id)
        return [order.to_dict() for order in orders]

    def reset(self) -> None:
        """Forget the market (orders, positions, trades), balances back to the start, the log, faults,
        rate-limit history and overrides; keep accounts and keys."""
        self._app.reset_state()
        self._faults.clear()
        self.stream_faults.clear()
        self.requests.clear()
        self._app.rate_limits.clear()
        self._app.enforce_rate_limits, self._app.timestamp_window_ms, self._app.clock_offset_ms = self._settings
