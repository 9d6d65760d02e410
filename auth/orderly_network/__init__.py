"""Orderly Network SDK: one import root for the client, credentials, settings, errors and models.

    from orderly_network import Credentials, Orderly

    with Orderly(Credentials.from_env(), network="testnet") as client:
        order = client.orders.create(symbol="PERP_ETH_USDC", order_type="LIMIT", side="BUY",
                                     order_price="2500.5", order_quantity="0.1")
        client.orders.cancel(symbol="PERP_ETH_USDC", order_id=order.order_id)

``Orderly`` / ``AsyncOrderly``: every operation as ``client.<resource>.<verb>(...)``; ``Settings``: their
options as one value; the errors (``OrderlyError`` is the base of all) and credentials of ``orderly_auth``;
the models in ``orderly_network.models``. The generated function modules (``orderly_client.api``) stay.
"""

from orderly_auth import (
    AccountIdError,
    AuthenticationError,
    ClientClosedError,
    ConfigurationError,
    ConnectError,
    Credentials,
    DuplicateError,
    InsufficientMarginError,
    InvalidRequestError,
    KeyFormatError,
    KeyMismatchError,
    KeyPair,
    LiquidationError,
    MissingCredentialsError,
    NotFoundError,
    OrderlyAPIError,
    OrderlyError,
    OrderRejectedError,
    OrderValueTooSmallError,
    OutcomeUnknownError,
    PathParameterError,
    PriceDeviationError,
    PriceFilterError,
    QuantityFilterError,
    RateLimitConfig,
    RateLimitError,
    RateLimitWaitError,
    ResponseDecodingError,
    ResponseError,
    ResponseTooLargeError,
    RetryConfig,
    ServerError,
    SettlementError,
    TransportError,
    TryAgainError,
    UnexpectedStatus,
    UnparsableResponse,
    __version__,
    generate_key,
)
from orderly_auth._orderly import AsyncOrderly, Orderly
from orderly_auth._settings import Settings
from orderly_client.types import UNSET, Unset

from . import models

__all__ = [
    "UNSET",
    "AccountIdError",
    "AsyncOrderly",
    "AuthenticationError",
    "ClientClosedError",
    "ConfigurationError",
    "ConnectError",
    "Credentials",
    "DuplicateError",
    "InsufficientMarginError",
    "InvalidRequestError",
    "KeyFormatError",
    "KeyMismatchError",
    "KeyPair",
    "LiquidationError",
    "MissingCredentialsError",
    "NotFoundError",
    "OrderRejectedError",
    "OrderValueTooSmallError",
    "Orderly",
    "OrderlyAPIError",
    "OrderlyError",
    "OutcomeUnknownError",
    "PathParameterError",
    "PriceDeviationError",
    "PriceFilterError",
    "QuantityFilterError",
    "RateLimitConfig",
    "RateLimitError",
    "RateLimitWaitError",
    "ResponseDecodingError",
    "ResponseError",
    "ResponseTooLargeError",
    "RetryConfig",
    "ServerError",
    "Settings",
    "SettlementError",
    "TransportError",
    "TryAgainError",
    "UnexpectedStatus",
    "UnparsableResponse",
    "Unset",
    "__version__",
    "generate_key",
    "models",
]
