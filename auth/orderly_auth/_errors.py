"""Exceptions raised by orderly_auth and by every generated function called through its client.

OrderlyError (defined in orderly_client.errors, so that the generated errors derive from it too)
├── ConfigurationError (ValueError)     bad input, raised before anything is sent
│   ├── KeyFormatError                  a secret or key that cannot be parsed
│   │   └── KeyMismatchError            the parts of a key pair disagree
│   └── AccountIdError                  an account id that is not 0x + 64 hex digits
├── MissingCredentialsError             a signed operation called without credentials
├── ClientClosedError (RuntimeError)    a call through a client that was closed; nothing was sent
├── TransportError                      no answer from the server
│   └── ConnectError                    the request never reached the server
├── OutcomeUnknownError                 a POST, PUT or bulk cancel that may have been processed
├── ResponseError                       an answer came but could not be read (for POST/PUT: OutcomeUnknownError)
│   ├── ResponseDecodingError           a corrupt Content-Encoding
│   └── ResponseTooLargeError           larger than the client's cap, on the wire or decoded
├── UnexpectedStatus                    (orderly_client.errors) an undocumented status, when asked to raise
├── UnparsableResponse                  (orderly_client.errors) an answer that does not fit its model
└── OrderlyAPIError                     the server answered ``success: false`` or an error status
    ├── ServerError                     -1000, HTTP 5xx
    ├── AuthenticationError             -1001, -1002, HTTP 401
    ├── RateLimitError                  -1003, HTTP 429
    │   └── RateLimitWaitError          not sent: the client-side wait would be too long
    │       └── RateLimitBackendError   not sent: the shared limiter's server could not be asked
    ├── InvalidRequestError             -1004, -1005
    ├── NotFoundError                   -1006
    ├── DuplicateError                  -1007
    ├── SettlementError                 -1008, -1009
    ├── TryAgainError                   -1011, -1012
    ├── OrderRejectedError              -1101 .. -1105
    │   ├── InsufficientMarginError     -1101
    │   ├── OrderValueTooSmallError     -1102
    │   ├── PriceFilterError            -1103
    │   ├── QuantityFilterError         -1104
    │   └── PriceDeviationError         -1105
    └── LiquidationError                -1201, -1202
"""

from __future__ import annotations

from typing import Any

from orderly_client import errors as _generated

# The base lives with the generated errors (so that they derive from it too); it is this module's as well.
OrderlyError = _generated.OrderlyError


class ConfigurationError(OrderlyError, ValueError):
    """Bad configuration or input, found before any request is sent."""


class KeyFormatError(ConfigurationError):
    """A secret or Orderly key that cannot be parsed. The message never contains the secret."""


class KeyMismatchError(KeyFormatError):
    """The public key given (or embedded in a 64-byte export) does not belong to the secret."""


class AccountIdError(ConfigurationError):
    """An account id that is not ``0x`` followed by 64 hex digits."""


class MissingCredentialsError(OrderlyError):
    """A signed operation was called on a client without credentials; nothing was sent."""


class TransportError(OrderlyError):
    """The server gave no answer (timeout, refused or dropped connection)."""

    def __init__(self, message: str, *, method: str, path: str) -> None:
        super().__init__(message)
        self.method = method
        self.path = path


class ConnectError(TransportError):
    """The request certainly never reached the server."""


class ClientClosedError(OrderlyError, RuntimeError):
    """The client (or the client it was derived from, which shares its connections) was closed."""


class ResponseError(OrderlyError):
    """The server answered, but the answer could not be read; the request was not resent.

    Raised for requests that are safe to look at again (GET, DELETE); a POST or PUT whose answer
    cannot be read raises :class:`OutcomeUnknownError` instead.
    """

    def __init__(self, message: str, *, method: str, path: str, status_code: int) -> None:
        super().__init__(message)
        self.method = method
        self.path = path
        self.status_code = status_code


class ResponseDecodingError(ResponseError):
    """The answer's ``Content-Encoding`` could not be decoded (corrupt gzip, deflate, ...)."""


class ResponseTooLargeError(ResponseError):
    """The answer is larger than the client's ``max_response_size``, as sent or once decoded."""


class OutcomeUnknownError(OrderlyError):
    """A request that changes state may have been processed, and was not resent.

    Resending could act twice (a second order). Look the outcome up instead, e.g. the order by
    its ``client_order_id`` (``GET /v1/client/order/{client_order_id}``), or in one call with
    ``orderly_auth.bot.resolve_outcome(client, error)``. An order request always carries ids (the
    pipeline assigns one to each order sent without): ``client_order_ids`` holds every order's, in
    the order sent (a batch's too); ``client_order_id`` is the id of a single order, else None.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        path: str,
        client_order_id: str | None = None,
        status_code: int | None = None,
        client_order_ids: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message)
        self.method = method
        self.path = path
        self.client_order_id = client_order_id
        self.client_order_ids = client_order_ids or ((client_order_id,) if client_order_id is not None else ())
        self.status_code = status_code


class OrderlyAPIError(OrderlyError):
    """The server answered with ``success: false`` or an error status."""

    def __init__(
        self,
        message: str,
        *,
        code: int | None,
        status_code: int,
        method: str,
        path: str,
        body: Any = None,
    ) -> None:
        super().__init__(f"{method} {path}: HTTP {status_code}, code {code}: {message}")
        self.code = code
        self.message = message
        self.status_code = status_code
        self.method = method
        self.path = path
        self.body = body


class ServerError(OrderlyAPIError):
    """Unknown server error (-1000) or an HTTP 5xx."""


class AuthenticationError(OrderlyAPIError):
    """Key or signature rejected (-1001, -1002): wrong format, unknown, expired, or lacking scope."""


class RateLimitError(OrderlyAPIError):
    """Rate limit exceeded (-1003, HTTP 429)."""


class RateLimitWaitError(RateLimitError):
    """Raised before sending: the call would have had to wait longer than it may for its rate limit.

    Nothing reached the server. ``wait`` is the seconds the call would have had to wait for its
    turn; ``status_code`` and ``code`` are the 429 / -1003 the server would have answered.
    """

    def __init__(self, message: str, *, method: str, path: str, wait: float) -> None:
        super().__init__(message, code=-1003, status_code=429, method=method, path=path)
        self.args = (f"{method} {path}: {message}",)  # no "HTTP 429": the server never saw it
        self.wait = wait


class RateLimitBackendError(RateLimitWaitError):
    """Raised before sending: the shared rate-limit server (Redis/Valkey) did not answer in time.

    Only with ``RateLimitConfig(on_backend_error="refuse")``; ``wait`` is ``inf`` (unknown).
    """


class InvalidRequestError(OrderlyAPIError):
    """Unknown parameter (-1004) or a parameter in the wrong format or range (-1005)."""


class NotFoundError(OrderlyAPIError):
    """The data does not exist (-1006), e.g. cancelling an order that is already closed."""


class DuplicateError(OrderlyAPIError):
    """The data already exists or the request repeats one (-1007)."""


class SettlementError(OrderlyAPIError):
    """A settlement refused (-1008, -1009)."""


class TryAgainError(OrderlyAPIError):
    """Not processed because of a passing internal problem (-1011, -1012): try again shortly."""


class OrderRejectedError(OrderlyAPIError):
    """An order rejected by the risk or filter checks (-1101 .. -1105)."""


class InsufficientMarginError(OrderRejectedError):
    """Risk exposure too high or margin insufficient (-1101)."""


class OrderValueTooSmallError(OrderRejectedError):
    """Order value below the minimum (-1102)."""


class PriceFilterError(OrderRejectedError):
    """Price out of range or off the tick size (-1103)."""


class QuantityFilterError(OrderRejectedError):
    """Quantity out of range or off the step size (-1104)."""


class PriceDeviationError(OrderRejectedError):
    """Price too far from the mid price (-1105)."""


class LiquidationError(OrderlyAPIError):
    """A liquidation request refused (-1201, -1202)."""


ERROR_CODES: dict[int, type[OrderlyAPIError]] = {
    -1000: ServerError,
    -1001: AuthenticationError,
    -1002: AuthenticationError,
    -1003: RateLimitError,
    -1004: InvalidRequestError,
    -1005: InvalidRequestError,
    -1006: NotFoundError,
    -1007: DuplicateError,
    -1008: SettlementError,
    -1009: SettlementError,
    -1011: TryAgainError,
    -1012: TryAgainError,
    -1101: InsufficientMarginError,
    -1102: OrderValueTooSmallError,
    -1103: PriceFilterError,
    -1104: QuantityFilterError,
    -1105: PriceDeviationError,
    -1201: LiquidationError,
    -1202: LiquidationError,
}

_STATUS_CLASSES: dict[int, type[OrderlyAPIError]] = {401: AuthenticationError, 429: RateLimitError}


def api_error(
    *, status_code: int, code: int | None, message: str, method: str, path: str, body: Any = None
) -> OrderlyAPIError:
    """The most specific error for an answer: by Orderly code first, then by HTTP status."""
    cls = ERROR_CODES.get(code) if code is not None else None
    if cls is None:
        cls = _STATUS_CLASSES.get(status_code) or (ServerError if status_code >= 500 else OrderlyAPIError)
    return cls(message, code=code, status_code=status_code, method=method, path=path, body=body)
