"""The exceptions of orderly_auth, as a tree (below); every name is also importable from ``orderly_auth``.

Also raised by generated functions: ``orderly_client.errors.UnparsableResponse`` (re-exported here),
an answer that does not fit its model.
"""

from orderly_client.errors import UnparsableResponse

from . import _errors
from ._errors import (
    AccountIdError,
    AuthenticationError,
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
    OrderlyError,
    OrderRejectedError,
    OrderValueTooSmallError,
    OutcomeUnknownError,
    PriceDeviationError,
    PriceFilterError,
    QuantityFilterError,
    RateLimitError,
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
    "PriceDeviationError",
    "PriceFilterError",
    "QuantityFilterError",
    "RateLimitError",
    "ServerError",
    "SettlementError",
    "TransportError",
    "TryAgainError",
    "UnparsableResponse",
]
