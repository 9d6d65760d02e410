"""The exceptions of orderly_auth, as a tree (below); every name is also importable from ``orderly_auth``.

Also raised by generated functions (defined in ``orderly_client.errors``, re-exported here, all under
``OrderlyError``): ``UnparsableResponse`` (an answer that does not fit its model), ``UnexpectedStatus``
and ``PathParameterError``.
"""

from orderly_client.errors import OrderlyError, PathParameterError, UnexpectedStatus, UnparsableResponse

from . import _errors
from ._errors import (
    AccountIdError,
    AuthenticationError,
    ClientClosedError,
    ConfigurationError,
    ConnectError,
    DuplicateError,
    InsufficientMarginError,
    InvalidRequestError,
    KeyFormatError,
    KeyMismatchError,
    LiquidationError,
    MissingCredentialsError,
    NotFoundError,
    OrderlyAPIError,
    OrderRejectedError,
    OrderValueTooSmallError,
    OutcomeUnknownError,
    PriceDeviationError,
    PriceFilterError,
    QuantityFilterError,
    RateLimitBackendError,
    RateLimitError,
    RateLimitWaitError,
    ResponseDecodingError,
    ResponseError,
    ResponseTooLargeError,
    ServerError,
    SettlementError,
    TransportError,
    TryAgainError,
)

# The tree is drawn once, in the module that defines the classes.
__doc__ = f"{__doc__}\n{_errors.__doc__}"

__all__ = [
    "AccountIdError",
    "AuthenticationError",
    "ClientClosedError",
    "ConfigurationError",
    "ConnectError",
    "DuplicateError",
    "InsufficientMarginError",
    "InvalidRequestError",
    "KeyFormatError",
    "KeyMismatchError",
    "LiquidationError",
    "MissingCredentialsError",
    "NotFoundError",
    "OrderRejectedError",
    "OrderValueTooSmallError",
    "OrderlyAPIError",
    "OrderlyError",
    "OutcomeUnknownError",
    "PathParameterError",
    "PriceDeviationError",
    "PriceFilterError",
    "QuantityFilterError",
    "RateLimitBackendError",
    "RateLimitError",
    "RateLimitWaitError",
    "ResponseDecodingError",
    "ResponseError",
    "ResponseTooLargeError",
    "ServerError",
    "SettlementError",
    "TransportError",
    "TryAgainError",
    "UnexpectedStatus",
    "UnparsableResponse",
]
