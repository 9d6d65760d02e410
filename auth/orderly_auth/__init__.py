"""Orderly Network SDK: credentials, request signing and a ready client for ``orderly_client``.

from orderly_auth import Credentials, create_client
from orderly_client.api.private import delete_v1_client_order

client = create_client(Credentials.from_env(), network="testnet")
delete_v1_client_order.sync(client=client, symbol="PERP_ETH_USDC", client_order_id="my-1")
"""

from orderly_client.errors import OrderlyError, UnexpectedStatus, UnparsableResponse

from ._auth import OrderlyAuth
from ._client import OrderlyClient, create_client
from ._config import NETWORKS
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
    RateLimitError,
    ResponseDecodingError,
    ResponseError,
    ResponseTooLargeError,
    ServerError,
    SettlementError,
    TransportError,
    TryAgainError,
)
from ._keys import Credentials, KeyPair, generate_key
from ._pagination import apaginate, paginate
from ._ratelimit import RateLimitConfig
from ._retry import RetryConfig
from ._transport import OrderlyTransport

__all__ = [
    "NETWORKS",
    "AccountIdError",
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
    "OrderlyAPIError",
    "OrderlyAuth",
    "OrderlyClient",
    "OrderlyError",
    "OrderlyTransport",
    "OutcomeUnknownError",
    "PriceDeviationError",
    "PriceFilterError",
    "QuantityFilterError",
    "RateLimitConfig",
    "RateLimitError",
    "ResponseDecodingError",
    "ResponseError",
    "ResponseTooLargeError",
    "RetryConfig",
    "ServerError",
    "SettlementError",
    "TransportError",
    "TryAgainError",
    "UnexpectedStatus",
    "UnparsableResponse",
    "apaginate",
    "create_client",
    "generate_key",
    "paginate",
]
