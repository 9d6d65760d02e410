"""``OrderlyTransport``: signing, rate limits, retries, size caps and errors around httpx2's own transports.

httpx2 applies ``auth`` once, before the transport; a retry inside a transport would resend the
old signature. So the transport signs, and signs each attempt afresh. One :class:`_Call` holds
the decisions for one request; the sync and async loops only do the waiting and the I/O.

The operation a request is for comes from the ``orderly_operation`` extension the generated
function sets; requests built by hand are matched by URL. Answers are read whole here, capped
in size as sent and once decoded, so that whatever goes wrong raises an :class:`OrderlyError`.
"""

from __future__ import annotations

import json
import logging
import math
import random
import re
import time
import traceback
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import httpx2

from ._config import operation_server
from ._errors import (
    ClientClosedError,
    ConnectError,
    MissingCredentialsError,
    OutcomeUnknownError,
    RateLimitBackendError,
    ResponseDecodingError,
    ResponseError,
    ResponseTooLargeError,
    TransportError,
    api_error,
)
from ._keys import Credentials
from ._order_ids import PLACING, ClientOrderIds, assign_client_order_ids, default_client_order_ids
from ._ratelimit import (
    GLOBAL_REGISTRY,
    LimiterUnavailableError,
    RateLimitConfig,
    RateLimiterRegistry,
    SlidingWindowLimiter,
    check_wait,
    limiter_key,
)
from ._ratelimit import RateLimit as LimiterRate
from ._repr import total_repr
from ._retry import (
    Decision,
    Outcome,
    RetryConfig,
    classify_exception,
    classify_response,
    decide,
    parse_retry_after,
    resend_safe,
)
from ._routes import Route, RouteTable
from ._signing import Clock, sign_request

logger = logging.getLogger("orderly_auth")

_AUTH_CODES = frozenset({-1001, -1002})
# Any JSON spacing; a match is confirmed by parsing (it must be the top-level field).
_SUCCESS_FALSE = re.compile(rb'"success"\s*:\s*false')
_TIMESTAMP = b'"timestamp":'
_TIMESTAMP_VALUE = re.compile(rb'"timestamp": *([0-9]+)')
OPERATION_EXTENSION = "orderly_operation"
# ``(content, data)``: a JSON body's bytes and what they were written from (the generated functions set it); the data
# is read only while the request's body is still those bytes (an event hook may have replaced them).
JSON_EXTENSION = "orderly_json"
DEFAULT_MAX_RESPONSE_SIZE = 32 * 1024 * 1024
_PROBE_SLICE = 4096

_DEFAULT_ROUTES: RouteTable | None = None


def default_routes() -> RouteTable:
    """The route table of the bundled spec, built once per process."""
    global _DEFAULT_ROUTES  # noqa: PLW0603
    if _DEFAULT_ROUTES is None:
        _DEFAULT_ROUTES = RouteTable()
    return _DEFAULT_ROUTES


def _now_ms() -> int:
    return int(time.time() * 1000)


def _server_timestamp(body: bytes) -> int | None:
    """The ``timestamp`` field of an Orderly answer, found without parsing the whole body."""
    at = body.rfind(_TIMESTAMP, max(0, len(body) - 64))
    if at < 0:
        return None
    found = _TIMESTAMP_VALUE.match(body, at)
    return int(found.group(1)) if found is not None else None


def _mentions_success_false(body: bytes) -> bool:
    """``_SUCCESS_FALSE.search(body)``, tried only where ``"success"`` stands (a scan of a large body is slow)."""
    at = body.find(b'"success"')
    while at >= 0:
        if _SUCCESS_FALSE.match(body, at):
            return True
        at = body.find(b'"success"', at + 9)
    return False


def _failed(status: int, body: bytes) -> bool:
    """Whether an answer is an error: an error status, or ``"success": false`` at the top level."""
    if status >= 400:
        return True
    if not _mentions_success_false(body):
        return False
    try:
        parsed = json.loads(body)
    except ValueError:
        return False
    return isinstance(parsed, dict) and parsed.get("success") is False


def _read_by_hand_works() -> bool:
    """Whether a read httpx2 Response keeps its body in ``_content`` (checked once, on this httpx2)."""
    probe = httpx2.Response(200, stream=httpx2.ByteStream(b"x"))
    if hasattr(probe, "_content"):
        return False
    probe.read()
    return getattr(probe, "_content", None) == b"x" and probe.is_closed and probe.is_stream_consumed


_READ_BY_HAND = _read_by_hand_works()


def _content_encoding(headers: httpx2.Headers) -> str | None:
    """``headers.get("content-encoding")``: read off httpx2's list of (raw name, lower-case name, value) when it
    is stored so, for an answer without one (the usual answer) in one pass of comparisons."""
    stored = getattr(headers, "_list", None)
    if type(stored) is list:
        for entry in stored:
            if type(entry) is not tuple or len(entry) != 3:
                break
            if entry[1] == b"content-encoding":
                break
        else:
            return None
    return headers.get("content-encoding")


class _Slices(httpx2.SyncByteStream):
    """Bytes in small slices, so that decoding them can be stopped soon after it passes a cap."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def __iter__(self) -> Iterator[bytes]:
        data = self._data
        for start in range(0, len(data), _PROBE_SLICE):
            yield data[start : start + _PROBE_SLICE]


def _client_order_id(request: httpx2.Request) -> str | None:
    """The ``client_order_id`` of a request body, for the outcome-unknown error."""
    if b"client_order_id" not in request.content:
        return None
    try:
        body = json.loads(request.content)
    except ValueError:
        return None
    value = body.get("client_order_id") if isinstance(body, dict) else None
    return str(value) if value is not None else None


def _json_data(request: httpx2.Request) -> Any:
    """What the request's JSON body was written from (the ``orderly_json`` extension), None if unknown or stale."""
    known = request.extensions.get(JSON_EXTENSION)
    if type(known) is tuple and len(known) == 2 and type(known[0]) is bytes and known[0] == request.content:
        return known[1]
    return None


def _clear_locals(exc: BaseException | None) -> None:
    """Drop the locals of the finished frames below a failed attempt, down its chain of causes.

    They hold the signed request head (signature, key, account id), which the error would
    otherwise keep alive for any traceback printed with its locals.
    """
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        traceback.clear_frames(exc.__traceback__)  # frames still running are skipped
        exc = exc.__cause__ or exc.__context__


def _to_operation_server(request: httpx2.Request, server: str | None) -> None:
    """Send ``request`` to ``server`` (an operation's own host, e.g. the testnet faucet's), path kept."""
    if server is None:
        return
    target = httpx2.URL(server)
    request.url = request.url.copy_with(scheme=target.scheme, host=target.host, port=target.port)
    request.headers["Host"] = target.netloc.decode("ascii")


class _Call:
    """One logical request across its attempts: what to sign, whether to retry, what to raise."""

    __slots__ = (
        "attempt",
        "limiter",
        "method",
        "order_ids",
        "path",
        "request",
        "resigned",
        "route",
        "started",
        "transport",
        "wait_budget",
    )

    def __init__(self, transport: OrderlyTransport, request: httpx2.Request) -> None:
        self.transport = transport
        self.request = request
        self.method = request.method
        raw = request.url.raw_path
        cut = raw.find(b"?")
        self.path = (raw if cut < 0 else raw[:cut]).decode("ascii")
        self.route = transport.routes.operation(request.extensions.get(OPERATION_EXTENSION))
        if self.route is None:  # a request built by hand: found by its URL
            lookup_path = self.path
            if transport.base_path and lookup_path.startswith(transport.base_path):
                lookup_path = lookup_path[len(transport.base_path) :]
            self.route = transport.routes.lookup(self.method, lookup_path)
        if self.route is not None and self.route.servers:
            _to_operation_server(request, operation_server(self.route.servers, transport.server, self.route.operation))
        if self.route is not None and self.route.signed and transport.credentials is None:
            raise MissingCredentialsError(
                f"{self.route.operation} is a signed operation: create the client with credentials"
            )
        operation = self.route.operation if self.route is not None else None
        data = _json_data(request) if operation in PLACING else None
        self.order_ids = assign_client_order_ids(request, operation, transport.order_ids, data)
        self.limiter = transport.limiter_for(self.route)
        self.attempt = 0
        self.resigned = False
        self.started = transport.monotonic()
        pool_timeout = request.extensions.get("timeout", {}).get("pool")
        self.wait_budget = transport.rate_limit.wait_budget(pool_timeout, transport.retry.timeout)

    def acquire(self) -> float:
        """Take a rate-limit slot for the next attempt: 0.0 when taken, else seconds to wait and ask again.

        Raises ``RateLimitWaitError``, nothing sent, when the wait would pass the call's budget.
        """
        if self.limiter is None:
            return 0.0
        try:
            wait = self.limiter.acquire()
        except LimiterUnavailableError as exc:
            raise self._backend_error(exc) from None
        return self._check(wait)

    async def aacquire(self) -> float:
        """:meth:`acquire` for asyncio: a shared limiter asks its server without blocking the loop."""
        limiter = self.limiter
        if limiter is None:
            return 0.0
        try:
            wait = await limiter.aacquire() if limiter.shared else limiter.acquire()
        except LimiterUnavailableError as exc:
            raise self._backend_error(exc) from None
        return self._check(wait)

    def _backend_error(self, exc: LimiterUnavailableError) -> RateLimitBackendError:
        return RateLimitBackendError(
            f"not sent: {exc} and on_backend_error='refuse'", method=self.method, path=self.path, wait=math.inf
        )

    def _check(self, wait: float) -> float:
        if wait > 0 and self.limiter is not None:
            waited = self.transport.monotonic() - self.started
            check_wait(
                self.transport.rate_limit,
                wait,
                waited=waited,
                budget=self.wait_budget,
                method=self.method,
                path=self.path,
                limiter=self.limiter,
            )
        return wait

    def release(self) -> None:
        """The attempt that held a slot is over."""
        if self.limiter is not None:
            self.limiter.release()

    async def arelease(self) -> None:
        """:meth:`release` for asyncio."""
        limiter = self.limiter
        if limiter is not None:
            if limiter.shared:
                await limiter.arelease()
            else:
                limiter.release()

    def sign(self) -> None:
        """Count and sign this attempt with a fresh timestamp (signed operations, or any request off the spec)."""
        self.attempt += 1
        transport = self.transport
        credentials = transport.credentials
        if credentials is None or (self.route is not None and not self.route.signed):
            return
        if transport.recv_window is not None and "x-recv-window" not in self.request.headers:
            self.request.headers["x-recv-window"] = str(transport.recv_window)
        sign_request(self.request, credentials, transport.clock.now_ms())

    def on_exception(self, exc: httpx2.TransportError) -> Decision:
        """Decide about an attempt that got no answer; raise the final error if it is not retried."""
        _clear_locals(exc)
        outcome = classify_exception(exc)
        decision = self._decide(outcome, None)
        self._log_attempt(type(exc).__name__, decision)
        if decision.retry:
            return decision
        if outcome is Outcome.FINAL:
            raise TransportError(f"{self.method} {self.path}: {exc!r}", method=self.method, path=self.path) from exc
        if outcome is Outcome.NOT_SENT:
            raise ConnectError(
                f"{self.method} {self.path}: not sent ({exc!r}); {decision.reason}",
                method=self.method,
                path=self.path,
            ) from exc
        if not self._resend_safe():
            raise self._unknown(f"no answer ({type(exc).__name__})", None) from exc
        raise TransportError(
            f"{self.method} {self.path}: no answer ({exc!r}); {decision.reason}", method=self.method, path=self.path
        ) from exc

    def on_response(self, response: httpx2.Response, sent_ms: int, received_ms: int) -> Decision | None:
        """Decide about an answer: None when it is final (returned or raised), else the retry."""
        body = response.content
        transport = self.transport
        server_ms = _server_timestamp(body)
        clock_moved = server_ms is not None and transport.clock.observe(server_ms, sent_ms, received_ms)
        if clock_moved:
            logger.warning(
                "local clock is %d ms off the server's: signing with corrected time", transport.clock.offset_ms
            )
        status = response.status_code
        if not _failed(status, body):
            self._log_attempt(status, None)
            return None
        code, message, parsed = self._error_fields(body, status)
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        outcome = classify_response(status, code)
        if outcome is Outcome.RATE_LIMITED and self.limiter is not None and self.route is not None:
            period = self.route.rate_limit.period if self.route.rate_limit is not None else 1.0
            self.limiter.penalize(retry_after if retry_after is not None else period)
        if clock_moved and code in _AUTH_CODES and not self.resigned:
            # Refused for its timestamp, not processed: resend once, signed with the corrected clock.
            self.resigned = True
            decision = Decision(retry=True, delay=0.0, reason="signed again with the server's time")
        else:
            decision = self._decide(outcome, retry_after)
        self._log_attempt(status, decision)
        if decision.retry:
            return decision  # the body was read whole, so the connection is already released
        if not transport.raise_errors:
            return None
        if outcome is Outcome.SERVER_ERROR and not self._resend_safe():
            raise self._unknown(f"HTTP {status} ({message})", status)
        raise api_error(status_code=status, code=code, message=message, method=self.method, path=self.path, body=parsed)

    def add_raw(self, received: bytearray, part: bytes, status: int) -> None:
        """Add a part of the answer as sent; raise when it grows past the cap."""
        received += part
        self.check_size(len(received), status)

    def check_size(self, size: int, status: int) -> None:
        """Raise when the answer as sent, ``size`` bytes so far, is past the cap."""
        if size > self.transport.max_response_size:
            raise self._unreadable(
                ResponseTooLargeError, status, f"answer over {self.transport.max_response_size} bytes as sent"
            )

    def whole_body(self, answer: httpx2.Response) -> bytes | None:
        """The body of an answer whose stream holds it whole (``httpx2.ByteStream``, as the default pool answers),
        taken as it is and checked against the cap; None for any other stream, read part by part. Such a stream
        holds nothing to release once read."""
        stream = answer.stream
        if type(stream) is httpx2.ByteStream:
            body = getattr(stream, "_stream", None)
            if type(body) is bytes:
                self.check_size(len(body), answer.status_code)
                return body
        return None

    def decoded(self, response: httpx2.Response, raw: bytes) -> httpx2.Response:
        """The answer with its body decoded (as its Content-Encoding says) and read, within the size cap.

        An encoded body is first decoded in small slices and counted, so a small compressed answer
        cannot fill memory; then httpx2 decodes it for the response it hands back.
        """
        status = response.status_code
        encoding = _content_encoding(response.headers)
        if encoding is None and _READ_BY_HAND:
            # Not encoded: the body is the bytes as sent, on the answer itself (its stream was read and closed).
            # Set as read() would leave it (a decoder pass is ~20 us).
            response._content = raw
            response.is_stream_consumed = response.is_closed = True
            return response
        final = httpx2.Response(
            status, headers=response.headers, stream=httpx2.ByteStream(raw), extensions=response.extensions
        )
        cap = self.transport.max_response_size
        try:
            if (encoding or "identity").strip().lower() not in ("", "identity"):
                probe = httpx2.Response(status, headers=response.headers, stream=_Slices(raw))
                size = 0
                for part in probe.iter_bytes():
                    size += len(part)
                    if size > cap:
                        raise self._unreadable(ResponseTooLargeError, status, f"answer over {cap} bytes once decoded")
            final.read()
        except httpx2.DecodingError as exc:
            raise self._unreadable(ResponseDecodingError, status, f"answer could not be decoded ({exc})") from exc
        return final

    def canned(self, response: httpx2.Response) -> httpx2.Response:
        """An answer its transport read and decoded already (``httpx2.MockTransport``), within the size cap."""
        try:
            size = len(response.content)
        except httpx2.ResponseNotRead:
            raise self._unreadable(
                ResponseDecodingError, response.status_code, "answer already streamed by its transport"
            ) from None
        cap = self.transport.max_response_size
        if size > cap:
            raise self._unreadable(ResponseTooLargeError, response.status_code, f"answer over {cap} bytes once decoded")
        return response

    def _unreadable(self, cls: type[ResponseError], status: int, what: str) -> Exception:
        """The error for an answer that came but cannot be read: outcome unknown unless resending is safe."""
        if not self._resend_safe():
            return self._unknown(f"HTTP {status}, {what}", status)
        message = f"{self.method} {self.path}: HTTP {status}, {what}"
        return cls(message, method=self.method, path=self.path, status_code=status)

    def _resend_safe(self) -> bool:
        return resend_safe(self.method, self.route.resend_safe if self.route is not None else None)

    def _decide(self, outcome: Outcome, retry_after: float | None) -> Decision:
        transport = self.transport
        return decide(
            method=self.method,
            outcome=outcome,
            attempt=self.attempt,
            elapsed=transport.monotonic() - self.started,
            config=transport.retry,
            retry_after=retry_after,
            rng=transport.rng,
            operation_resend_safe=self.route.resend_safe if self.route is not None else None,
        )

    @staticmethod
    def _error_fields(body: bytes, status: int) -> tuple[int | None, str, Any]:
        try:
            parsed = json.loads(body)
        except ValueError:
            return None, body[:200].decode("utf-8", "replace") or f"HTTP {status}", None
        if not isinstance(parsed, dict):
            return None, f"HTTP {status}", parsed
        code = parsed.get("code")
        return (code if isinstance(code, int) else None), str(parsed.get("message") or f"HTTP {status}"), parsed

    def _unknown(self, what: str, status: int | None) -> OutcomeUnknownError:
        ids = self.order_ids or tuple(cid for cid in [_client_order_id(self.request)] if cid is not None)
        if len(ids) == 1:
            hint = f"look the order up by client_order_id {ids[0]!r} (GET /v1/client/order/{{client_order_id}})"
        elif ids:
            hint = f"look each order up by its client_order_id ({', '.join(ids)})"
        else:
            hint = "look the result up before trying again"
        return OutcomeUnknownError(
            f"{self.method} {self.path}: {what}; it may have been processed, so it was not resent: {hint}",
            method=self.method,
            path=self.path,
            client_order_id=ids[0] if len(ids) == 1 else None,
            client_order_ids=ids,
            status_code=status,
        )

    def _log_attempt(self, status: object, decision: Decision | None) -> None:
        if decision is not None and decision.retry:
            logger.info(
                "%s %s -> %s (attempt %d): retrying in %.3f s: %s",
                self.method,
                self.path,
                status,
                self.attempt,
                decision.delay,
                decision.reason,
            )
        elif logger.isEnabledFor(logging.DEBUG):
            elapsed_ms = (self.transport.monotonic() - self.started) * 1000
            logger.debug("%s %s -> %s (attempt %d, %.1f ms)", self.method, self.path, status, self.attempt, elapsed_ms)


class OrderlyTransport(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """Wraps httpx2's sync and async transports with signing, rate limits, retries and errors.

    One instance serves an ``httpx2.Client`` and an ``httpx2.AsyncClient`` at once. It keeps no
    per-request state, so threads and tasks can share it.
    """

    def __init__(
        self,
        *,
        credentials: Credentials | None = None,
        retry: RetryConfig | None = None,
        rate_limit: RateLimitConfig | None = None,
        registry: RateLimiterRegistry | None = None,
        raise_errors: bool = True,
        recv_window: int | None = None,
        clock: Clock | None = None,
        server: str = "",
        sync_transport: httpx2.BaseTransport | None = None,
        async_transport: httpx2.AsyncBaseTransport | None = None,
        routes: RouteTable | None = None,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        rng: Callable[[], float] = random.random,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        order_ids: ClientOrderIds | None = None,
    ) -> None:
        self.credentials = credentials
        #: Assigns the ``client_order_id`` of every order sent without one (see ``_order_ids``).
        self.order_ids = order_ids if order_ids is not None else default_client_order_ids()
        self.retry = retry or RetryConfig()
        self.rate_limit = rate_limit or RateLimitConfig()
        self.registry = registry if registry is not None else GLOBAL_REGISTRY  # an empty registry is falsy
        self.raise_errors = raise_errors
        self.recv_window = recv_window
        self.clock = clock or Clock()
        self.server = server.rstrip("/")
        self.base_path = httpx2.URL(self.server).path.rstrip("/") if self.server else ""
        self.routes = routes if routes is not None else default_routes()
        self.sleep = sleep
        self.async_sleep = async_sleep
        self.monotonic = monotonic
        self.rng = rng
        self.max_response_size = max_response_size
        self._sync = sync_transport
        self._async = async_transport
        self._limiters: dict[str, SlidingWindowLimiter] = {}
        self._sync_closed = False
        self._async_closed = False

    def limiter_for(self, route: Route | None) -> SlidingWindowLimiter | None:
        """The limiter for a route's documented limit, shared as its scope says; None when unlimited."""
        if route is None or route.rate_limit is None or not self.rate_limit.enabled:
            return None
        cached = self._limiters.get(route.operation)
        if cached is not None:
            return cached
        limit = route.rate_limit
        account = self.credentials.account_id if self.credentials is not None else None
        key = limiter_key(limit.scope, route.operation, account if route.signed else None, server=self.server)
        limiter = self.registry.limiter(key, LimiterRate(limit.requests, limit.period), self.rate_limit)
        self._limiters[route.operation] = limiter
        return limiter

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        if self._sync_closed:
            raise ClientClosedError(f"{request.method} {request.url.path}: the client was closed; nothing was sent")
        if self._sync is None:
            self._sync = httpx2.HTTPTransport()
        call = _Call(self, request)
        while True:
            while (wait := call.acquire()) > 0:
                self.sleep(wait)
            sent_ms = _now_ms()
            try:
                call.sign()
                answer = self._sync.handle_request(request)
                body: bytes | None = None
                if not answer.is_stream_consumed:  # else a canned answer (httpx2.MockTransport), read already
                    body = call.whole_body(answer)
                    if body is None:
                        # The stream itself, not iter_raw(): no chunking, and the answer is bound to no request yet.
                        raw = bytearray()
                        try:
                            for part in answer.stream:  # type: ignore[union-attr]
                                call.add_raw(raw, part, answer.status_code)
                        finally:
                            answer.close()
                        body = bytes(raw)
            except httpx2.TransportError as exc:
                call.release()
                decision = call.on_exception(exc)
            except BaseException:
                call.release()
                raise
            else:
                call.release()
                response = call.canned(answer) if body is None else call.decoded(answer, body)
                retry = call.on_response(response, sent_ms, _now_ms())
                if retry is None:
                    return response
                decision = retry
            if decision.delay > 0:
                self.sleep(decision.delay)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        if self._async_closed:
            raise ClientClosedError(f"{request.method} {request.url.path}: the client was closed; nothing was sent")
        if self._async is None:
            self._async = httpx2.AsyncHTTPTransport()
        if self.async_sleep is None:
            import asyncio  # here, not at import: most programs never load it

            self.async_sleep = asyncio.sleep
        call = _Call(self, request)
        while True:
            while call.limiter is not None and (wait := await call.aacquire()) > 0:
                await self.async_sleep(wait)
            sent_ms = _now_ms()
            try:
                call.sign()
                answer = await self._async.handle_async_request(request)
                body = None
                if not answer.is_stream_consumed:  # else a canned answer (httpx2.MockTransport), read already
                    body = call.whole_body(answer)
                    if body is None:
                        raw = bytearray()
                        try:
                            async for part in answer.stream:  # type: ignore[union-attr]
                                call.add_raw(raw, part, answer.status_code)
                        finally:
                            await answer.aclose()
                        body = bytes(raw)
            except httpx2.TransportError as exc:
                await call.arelease()
                decision = call.on_exception(exc)
            except BaseException:
                await call.arelease()
                raise
            else:
                if call.limiter is not None:
                    await call.arelease()
                response = call.canned(answer) if body is None else call.decoded(answer, body)
                retry = call.on_response(response, sent_ms, _now_ms())
                if retry is None:
                    return response
                decision = retry
            if decision.delay > 0:
                await self.async_sleep(decision.delay)

    @property
    def connections(self) -> str:
        """What sends the requests: the sync and the async connection layer."""
        return f"{self._sync!r} / {self._async!r}"

    @property
    def closed(self) -> bool:
        """Whether both sides (sync and async) were closed."""
        return self._sync_closed and self._async_closed

    def close(self) -> None:
        """Close the sync connections; later sync calls raise :class:`ClientClosedError`."""
        self._sync_closed = True
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        """Close the async connections; later async calls raise :class:`ClientClosedError`."""
        self._async_closed = True
        if self._async is not None:
            await self._async.aclose()

    def __repr__(self) -> str:
        return total_repr(self, ("credentials", "retry", "rate_limit"))  # total: a half-built one still prints
