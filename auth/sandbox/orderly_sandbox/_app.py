"""What the sandbox does with a request, apart from sockets: route, authenticate, limit, check, answer."""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import parse_qsl

from ._accounts import Accounts
from ._balances import STARTING_USDC, USDC, Balances
from ._errors import INVALID_PARAMETER, RATE_LIMITED, UNAUTHORIZED, UNKNOWN, ApiError
from ._handlers import HANDLERS, Bare, Call
from ._market import Market
from ._orders import OrderError
from ._ratelimit import SlidingWindows, limit_key
from ._registry import Registry
from ._responses import dumps, examples_for, failure, schemas_for, success
from ._signature import verify
from ._spec import Match, Operation, RateLimit, Spec
from ._validate import RequestValidator
from ._wallet_handlers import WALLET_HANDLERS

JSON_TYPE = "application/json"
FORM_TYPE = "application/x-www-form-urlencoded"
#: Orderly's Content-Type rule for signed requests.
CONTENT_TYPES = {"POST": JSON_TYPE, "PUT": JSON_TYPE, "GET": FORM_TYPE, "DELETE": FORM_TYPE}


@dataclass(frozen=True, slots=True)
class Incoming:
    """A request as read from the socket: raw target and body, headers by lower-case name."""

    method: str
    target: bytes
    headers: Mapping[str, list[str]]
    body: bytes

    @property
    def path(self) -> str:
        """The raw path (no query), as text."""
        return self.target.partition(b"?")[0].decode("latin-1")

    @property
    def query(self) -> str:
        """The raw query string (no ``?``), as text."""
        return self.target.partition(b"?")[2].decode("latin-1")

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (lower-case), if sent."""
        values = self.headers.get(name)
        return values[0] if values else None


@dataclass(frozen=True, slots=True)
class Reply:
    """An answer: HTTP status, body bytes, and what the sandbox concluded."""

    status: int
    body: bytes
    code: int | None = None
    message: str | None = None
    processed: bool = False
    headers: tuple[tuple[str, str], ...] = ()
    content_type: str = JSON_TYPE


class App:
    """The sandbox's state and rules: accounts, balances, the market, rate-limit windows and settings."""

    def __init__(
        self,
        spec: Spec,
        *,
        enforce_rate_limits: bool = True,
        timestamp_window_ms: int = 300_000,
        clock_offset_ms: int = 0,
        seed: int = 0,
        starting_usdc: Decimal = STARTING_USDC,
        network: str = "testnet",
    ) -> None:
        self.spec = spec
        self.schemas = schemas_for(spec)
        self.examples = examples_for(spec)
        self.validator = RequestValidator(self.schemas)
        self.accounts = Accounts()
        self.starting_usdc = starting_usdc
        self.seed = seed
        # Wallet state; it moves money in self.balances (looked up each time: reset_state replaces it).
        self.registry = Registry(self.accounts, lambda: self.balances, network)
        self.windows = SlidingWindows()
        self.enforce_rate_limits = enforce_rate_limits
        self.rate_limits: dict[str, RateLimit | None] = {}
        self.timestamp_window_ms = timestamp_window_ms
        self.clock_offset_ms = clock_offset_ms
        self.balances = Balances()
        self.market = Market(self.balances, self.now_ms, seed=seed)
        self.registry.withdrawable = self._withdrawable

    def _withdrawable(self, account_id: str, token: str) -> Decimal:
        """What the margin engine leaves withdrawable (USDC backs the margin; other tokens: the balance)."""
        if token != USDC:
            return self.balances.get(account_id, token)
        return self.market.max_withdrawable(account_id)

    def now_ms(self) -> int:
        """The server clock, in milliseconds since the epoch."""
        return int(time.time() * 1000) + self.clock_offset_ms

    def open_account(self, account_id: str) -> None:
        """Give a new account its starting USDC (no change for a known one)."""
        self.balances.open(account_id, self.starting_usdc, self.now_ms())

    def reset_state(self) -> None:
        """A fresh market (orders, positions, trades) and fresh starting balances; accounts and keys stay.

        The market's listeners (the WebSocket server) are carried over to the new market.
        """
        old = self.market
        with old.lock:
            accounts = self.balances.accounts()
            self.balances = Balances()
            self.market = Market(self.balances, self.now_ms, seed=self.seed)
            for listener in old._listeners:
                self.market.listen(listener)
            for account_id in accounts:
                self.open_account(account_id)
        self.windows.clear()

    def route(self, method: str, raw_path: str) -> Match | None:
        """The operation for a request, or None (answered 404)."""
        return self.spec.route(method, raw_path)

    def error(self, exc: ApiError, *, processed: bool = False) -> Reply:
        """The failure answer for ``exc``."""
        body = failure(exc.code, exc.message, self.now_ms())
        return Reply(exc.status, body, exc.code, exc.message, processed)

    def not_found(self, request: Incoming) -> Reply:
        """The answer to a method and path the spec does not have."""
        message = f"no operation {request.method} {request.path} in the Orderly API"
        return self.error(ApiError(UNKNOWN, message, status=404))

    def handle(self, request: Incoming, match: Match | None) -> Reply:
        """Check ``request`` as Orderly would and answer it; state changes only if every check passes."""
        if match is None:
            return self.not_found(request)
        operation = match.operation
        try:
            account_id = self._authenticate(request, operation) if operation.signed else None
            self._rate_limit(operation, account_id)
            params = self.validator.parameters(
                operation, match.path_params, parse_qsl(request.query, keep_blank_values=True)
            )
            if operation.signed:
                self._check_recv_window(request, operation)
            body = self.validator.body(operation, request.body) if request.method in ("POST", "PUT") else None
        except ApiError as exc:
            return self.error(exc)
        handler = HANDLERS.get(operation.key)
        wallet_handler = WALLET_HANDLERS.get(operation.key)
        now_ms = self.now_ms()
        if handler is None and wallet_handler is None:
            return Reply(200, self.examples.body(operation, now_ms), processed=True)
        user_id = self.accounts.user_id(account_id) if account_id else 0
        if body is not None and request.body.strip():
            body = json.loads(request.body, parse_float=Decimal)  # checked above; now with exact numbers
        call = Call(account_id or "", user_id, params, body, now_ms, lambda: self.examples.value(operation))
        market = self.market
        try:
            with market.changing():
                if wallet_handler is not None:
                    data = wallet_handler(self.registry, call)
                else:
                    assert handler is not None
                    data = handler(market, call)
        except OrderError as exc:
            return self.error(ApiError(exc.code, exc.message), processed=True)
        except ApiError as exc:
            return self.error(exc, processed=True)
        if isinstance(data, Bare):
            return Reply(200, dumps(data.value), processed=True)
        return Reply(200, success(data, now_ms), processed=True)

    def _authenticate(self, request: Incoming, operation: Operation) -> str:
        key = verify(
            method=request.method,
            target=request.target,
            body=request.body,
            headers=request.headers,
            now_ms=self.now_ms(),
            window_ms=self.timestamp_window_ms,
            lookup=self.accounts.lookup,
            scope=operation.scope,
        )
        expected = CONTENT_TYPES.get(request.method)
        given = request.header("content-type")
        media = (given or "").partition(";")[0].strip().lower()
        if expected is not None and media != expected:
            raise ApiError(
                INVALID_PARAMETER, f"Content-Type must be {expected} for a signed {request.method}, got {given!r}"
            )
        return key.account_id

    def _rate_limit(self, operation: Operation, account_id: str | None) -> None:
        if not self.enforce_rate_limits:
            return
        limit = self.rate_limits.get(operation.key, operation.rate_limit)
        if limit is None:
            return
        if not self.windows.admit(limit_key(operation, limit.scope, account_id), limit):
            raise ApiError(
                RATE_LIMITED,
                f"rate limit exceeded for {operation.key}: {limit.requests} requests per {limit.period:g} s "
                f"(per {limit.scope})",
            )

    def _check_recv_window(self, request: Incoming, operation: Operation) -> None:
        recv_window = self.validator.header(operation, "x-recv-window", request.header("x-recv-window"))
        if recv_window is None:
            return
        age = self.now_ms() - int(request.header("orderly-timestamp") or 0)
        if age > recv_window:
            raise ApiError(UNAUTHORIZED, f"request is {age} ms old, more than its x-recv-window of {recv_window:g} ms")
