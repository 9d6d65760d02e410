"""Orderly Network SDK: credentials, request signing and a ready client for ``orderly_client``.

    from orderly_auth import Credentials, create_client, find_operations
    from orderly_client.api.private import delete_v1_client_order

    client = create_client(Credentials.from_env(), network="testnet")
    delete_v1_client_order.sync(client=client, symbol="PERP_ETH_USDC", client_order_id="my-1")

Functions: ``create_client`` (a signed, paced, retrying client for every generated function),
``create_sv_client`` (the same for the public Strategy Vault API, ``orderly_sv_client``),
``find_operations`` (the generated function for plain words: ``find_operations("cancel all")``),
``paginate`` / ``apaginate`` (every row of a paged operation), ``generate_key`` (a new Orderly key).
Classes: ``OrderlyClient`` (what ``create_client`` returns), ``Credentials``, ``KeyPair``, ``RetryConfig``,
``ClientOrderIds`` (the ``client_order_id`` given to every order sent without one),
``RateLimitConfig``, ``OrderlyAuth``,
``OrderlyTransport``. Exceptions: ``orderly_auth.errors`` draws them as a tree; each is importable
from here too (``from orderly_auth import RateLimitError``). A bot's tools (order ids resolved, order
tracker, dead-man's switch, account risk, trading helpers): ``orderly_auth.bot``.
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._auth import OrderlyAuth
from ._client import OrderlyClient, create_client
from ._config import NETWORKS, SV_NETWORKS
from ._keys import Credentials, KeyPair, generate_key
from ._order_ids import ClientOrderIds
from ._ratelimit import RateLimitConfig
from ._retry import RetryConfig
from ._settings import Settings as Settings  # also from orderly_network, with Orderly and AsyncOrderly
from ._transport import OrderlyTransport
from ._version import __version__ as __version__

if TYPE_CHECKING:
    from ._find import FoundOperation, find_operations
    from ._orderly import AsyncOrderly as AsyncOrderly
    from ._orderly import Orderly as Orderly
    from ._pagination import apaginate, paginate
    from ._sv_client import create_sv_client
    from ._symbols import SymbolRules, SymbolRulesCache, symbol_rules

# The exceptions: documented as a tree in orderly_auth.errors, re-exported here by name (not in __all__, so
# that help(orderly_auth) shows the functions and classes above, not twenty-six exception classes).
from .errors import AccountIdError as AccountIdError
from .errors import AuthenticationError as AuthenticationError
from .errors import ClientClosedError as ClientClosedError
from .errors import ConfigurationError as ConfigurationError
from .errors import ConnectError as ConnectError
from .errors import DuplicateError as DuplicateError
from .errors import InsufficientMarginError as InsufficientMarginError
from .errors import InvalidRequestError as InvalidRequestError
from .errors import KeyFormatError as KeyFormatError
from .errors import KeyMismatchError as KeyMismatchError
from .errors import LiquidationError as LiquidationError
from .errors import MissingCredentialsError as MissingCredentialsError
from .errors import NotFoundError as NotFoundError
from .errors import OrderlyAPIError as OrderlyAPIError
from .errors import OrderlyError as OrderlyError
from .errors import OrderRejectedError as OrderRejectedError
from .errors import OrderValueTooSmallError as OrderValueTooSmallError
from .errors import OutcomeUnknownError as OutcomeUnknownError
from .errors import PathParameterError as PathParameterError
from .errors import PriceDeviationError as PriceDeviationError
from .errors import PriceFilterError as PriceFilterError
from .errors import QuantityFilterError as QuantityFilterError
from .errors import RateLimitBackendError as RateLimitBackendError
from .errors import RateLimitError as RateLimitError
from .errors import RateLimitWaitError as RateLimitWaitError
from .errors import ResponseDecodingError as ResponseDecodingError
from .errors import ResponseError as ResponseError
from .errors import ResponseTooLargeError as ResponseTooLargeError
from .errors import ServerError as ServerError
from .errors import SettlementError as SettlementError
from .errors import TransportError as TransportError
from .errors import TryAgainError as TryAgainError
from .errors import UnexpectedStatus as UnexpectedStatus
from .errors import UnparsableResponse as UnparsableResponse

# Loaded on first use, so that `import orderly_auth` (what every program pays) does not load the
# operation finder, pagination, symbol rules or the Strategy Vault client.
_ON_FIRST_USE = {
    "Orderly": "._orderly",
    "AsyncOrderly": "._orderly",
    "FoundOperation": "._find",
    "find_operations": "._find",
    "apaginate": "._pagination",
    "paginate": "._pagination",
    "create_sv_client": "._sv_client",
    "SymbolRules": "._symbols",
    "SymbolRulesCache": "._symbols",
    "symbol_rules": "._symbols",
}


def __getattr__(name: str) -> Any:
    module = _ON_FIRST_USE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_ON_FIRST_USE})


__all__ = [
    "NETWORKS",
    "SV_NETWORKS",
    "ClientOrderIds",
    "Credentials",
    "FoundOperation",
    "KeyPair",
    "OrderlyAuth",
    "OrderlyClient",
    "OrderlyTransport",
    "RateLimitConfig",
    "RetryConfig",
    "SymbolRules",
    "SymbolRulesCache",
    "apaginate",
    "create_client",
    "create_sv_client",
    "errors",
    "find_operations",
    "generate_key",
    "paginate",
    "symbol_rules",
]
