"""``client.trades``: ``get``, ``list``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ..client import AuthenticatedClient, Client
from ..types import UNSET, Response, Unset, next_page

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.trade import Trade
    from ..models.trade_response import TradeResponse
    from ..models.trades_response import TradesResponse
    from ..types import UNSET, Unset

    pass

__all__ = ["AsyncTrades", "AsyncTradesWithRawResponse", "Trades", "TradesWithRawResponse"]


class Trades:
    """``client.trades``: the trades operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> TradesWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return TradesWithRawResponse(self._client)

    def get(
        self,
        *,
        trade_id: int,
    ) -> Trade:
        """Get trade: ``GET /v1/trade/{trade_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-trade
        """
        from ..api.private import get_v1_trade_trade_id

        answer = get_v1_trade_trade_id.sync(
            client=self._client,
            trade_id=trade_id,
        )
        return answer.data

    def list(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Iterator[Trade]:
        """Get trades: ``GET /v1/trades`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-trades
        """
        from ..api.private import get_v1_trades

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_trades.sync(
                    client=self._client,
                    symbol=symbol,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following


class AsyncTrades:
    """``aclient.trades``: the trades operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncTradesWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncTradesWithRawResponse(self._client)

    async def get(
        self,
        *,
        trade_id: int,
    ) -> Trade:
        """Get trade: ``GET /v1/trade/{trade_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-trade
        """
        from ..api.private import get_v1_trade_trade_id

        answer = await get_v1_trade_trade_id.asyncio(
            client=self._client,
            trade_id=trade_id,
        )
        return answer.data

    async def list(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> AsyncIterator[Trade]:
        """Get trades: ``GET /v1/trades`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-trades
        """
        from ..api.private import get_v1_trades

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_trades.asyncio(
                    client=self._client,
                    symbol=symbol,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following


class TradesWithRawResponse:
    """``client.trades.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def get(
        self,
        *,
        trade_id: int,
    ) -> Response[TradeResponse]:
        """Get trade: ``GET /v1/trade/{trade_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-trade
        """
        from ..api.private import get_v1_trade_trade_id

        return get_v1_trade_trade_id.sync_detailed(
            client=self._client,
            trade_id=trade_id,
        )

    def list(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[TradesResponse]:
        """Get trades: ``GET /v1/trades`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-trades
        """
        from ..api.private import get_v1_trades

        return get_v1_trades.sync_detailed(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
        )


class AsyncTradesWithRawResponse:
    """``aclient.trades.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def get(
        self,
        *,
        trade_id: int,
    ) -> Response[TradeResponse]:
        """Get trade: ``GET /v1/trade/{trade_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-trade
        """
        from ..api.private import get_v1_trade_trade_id

        return await get_v1_trade_trade_id.asyncio_detailed(
            client=self._client,
            trade_id=trade_id,
        )

    async def list(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[TradesResponse]:
        """Get trades: ``GET /v1/trades`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-trades
        """
        from ..api.private import get_v1_trades

        return await get_v1_trades.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
        )
