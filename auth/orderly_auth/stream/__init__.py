"""Real-time streams: Orderly's public and private WebSocket endpoints behind one object, sync and async.

Needs the ``stream`` extra (``pip install 'orderly-client[stream]'``, the ``websockets`` library);
``import orderly_auth`` does not load it::

    from orderly_auth.stream import AsyncStream

    async with AsyncStream(credentials, network="testnet") as stream:
        book = stream.book("PERP_ETH_USDC")            # snapshot + deltas, resynced on any gap
        async with stream.subscribe("executionreport") as reports:
            async for item in reports:                  # Messages, and StreamInterrupted/Restored/Reconciled
                ...

``Stream`` is the same from threads (iterators or callbacks). Policy for slow readers: each
subscription has a bounded buffer; state topics (books, bbo, tickers, prices) keep the latest,
event topics (trades, execution reports, balances, positions) raise :class:`SlowConsumerError`
rather than drop a message silently.
"""

try:
    import websockets  # noqa: F401  (fail here, with the fix, rather than deep inside a connect)
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError("orderly_auth.stream needs the websockets library: pip install 'orderly-client[stream]'") from exc

from ._book import BookSync
from ._books import LocalBook
from ._config import STREAM_URLS, StreamConfig
from ._errors import (
    BookInvalidError,
    SlowConsumerError,
    StreamAuthError,
    StreamClosedError,
    StreamError,
    SubscriptionError,
)
from ._events import OrderChange, Reconciled, StreamInterrupted, StreamRestored
from ._messages import (
    Account,
    AccountLiquidation,
    AlgoExecutionReport,
    AlgoExecutionReportV2,
    Announcement,
    AssetConvert,
    BalanceItem,
    Balances,
    Bbo,
    EstFundingRate,
    ExecutionReport,
    Generic,
    Kline,
    Liquidation,
    LiquidationPosition,
    MaintenanceStatus,
    Message,
    OpenInterest,
    OrderBookSnapshot,
    OrderBookUpdate,
    PositionItem,
    Positions,
    Price,
    Settle,
    Ticker,
    Trade,
    Wallet,
)
from ._stream import AsyncStream
from ._subscriptions import Subscription
from ._sync import Stream, SyncBook, SyncSubscription

__all__ = [
    "STREAM_URLS",
    "Account",
    "AccountLiquidation",
    "AlgoExecutionReport",
    "AlgoExecutionReportV2",
    "Announcement",
    "AssetConvert",
    "AsyncStream",
    "BalanceItem",
    "Balances",
    "Bbo",
    "BookInvalidError",
    "BookSync",
    "EstFundingRate",
    "ExecutionReport",
    "Generic",
    "Kline",
    "Liquidation",
    "LiquidationPosition",
    "LocalBook",
    "MaintenanceStatus",
    "Message",
    "OpenInterest",
    "OrderBookSnapshot",
    "OrderBookUpdate",
    "OrderChange",
    "PositionItem",
    "Positions",
    "Price",
    "Reconciled",
    "Settle",
    "SlowConsumerError",
    "Stream",
    "StreamAuthError",
    "StreamClosedError",
    "StreamConfig",
    "StreamError",
    "StreamInterrupted",
    "StreamRestored",
    "Subscription",
    "SubscriptionError",
    "SyncBook",
    "SyncSubscription",
    "Ticker",
    "Trade",
    "Wallet",
]
