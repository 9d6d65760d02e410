"""The shared errors: one definition, in ``orderly_client.errors``, so ``except OrderlyError`` catches both packages' errors."""

from orderly_client.errors import (
    OrderlyError,
    PageOrderError,
    PathParameterError,
    UnexpectedStatus,
    UnparsableResponse,
    path_segment,
)

__all__ = [
    "OrderlyError",
    "PageOrderError",
    "PathParameterError",
    "UnexpectedStatus",
    "UnparsableResponse",
    "path_segment",
]
