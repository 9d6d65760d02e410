"""``client.funding``: ``fee_history``, ``predicted_rate``, ``predicted_rates``, ``rate_history``, ``rates_all_markets``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ..client import AuthenticatedClient, Client
from ..types import UNSET, Response, Unset, next_page

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.funding_fee_history_response import FundingFeeHistoryResponse
    from ..models.funding_fee_history_response_data import FundingFeeHistoryResponseData
    from ..models.funding_rate import FundingRate
    from ..models.funding_rate_history_response import FundingRateHistoryResponse
    from ..models.funding_rate_record import FundingRateRecord
    from ..models.funding_rate_response import FundingRateResponse
    from ..models.funding_rates_response import FundingRatesResponse
    from ..models.funding_rates_response_data import FundingRatesResponseData
    from ..models.get_market_funding_rate_history_response import (
        GetMarketFundingRateHistoryResponse,
    )
    from ..models.get_market_funding_rate_history_response_data import (
        GetMarketFundingRateHistoryResponseData,
    )
    from ..types import UNSET, Unset

    pass

__all__ = ["AsyncFunding", "AsyncFundingWithRawResponse", "Funding", "FundingWithRawResponse"]


class Funding:
    """``client.funding``: the funding operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> FundingWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return FundingWithRawResponse(self._client)

    def fee_history(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
    ) -> FundingFeeHistoryResponseData:
        """Get funding fee history: ``GET /v1/funding_fee/history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-funding-fee-history
        """
        from ..api.private import get_v1_funding_fee_history

        answer = get_v1_funding_fee_history.sync(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
        )
        return answer.data

    def predicted_rate(
        self,
        *,
        symbol: str,
    ) -> FundingRate:
        """Get predicted funding rate for one market: ``GET /v1/public/funding_rate/{symbol}``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-predicted-funding-rate-for-one-market
        """
        from ..api.public import get_v1_public_funding_rate_symbol

        answer = get_v1_public_funding_rate_symbol.sync(
            client=self._client,
            symbol=symbol,
        )
        return answer.data

    def predicted_rates(
        self,
    ) -> FundingRatesResponseData:
        """Get predicted funding rates for all markets: ``GET /v1/public/funding_rates``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-predicted-funding-rates-for-all-markets
        """
        from ..api.public import get_v1_public_funding_rates

        answer = get_v1_public_funding_rates.sync(
            client=self._client,
        )
        return answer.data

    def rate_history(
        self,
        *,
        symbol: str,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Iterator[FundingRateRecord]:
        """Get funding rate history for one market: ``GET /v1/public/funding_rate_history``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-funding-rate-history-for-one-market
        """
        from ..api.public import get_v1_public_funding_rate_history

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_public_funding_rate_history.sync(
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

    def rates_all_markets(
        self,
    ) -> GetMarketFundingRateHistoryResponseData:
        """Get funding rate for all markets: ``GET /v1/public/market_info/funding_history``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-funding-rate-for-all-markets
        """
        from ..api.public import get_v1_public_market_info_funding_history

        answer = get_v1_public_market_info_funding_history.sync(
            client=self._client,
        )
        return answer.data


class AsyncFunding:
    """``aclient.funding``: the funding operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncFundingWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncFundingWithRawResponse(self._client)

    async def fee_history(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
    ) -> FundingFeeHistoryResponseData:
        """Get funding fee history: ``GET /v1/funding_fee/history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-funding-fee-history
        """
        from ..api.private import get_v1_funding_fee_history

        answer = await get_v1_funding_fee_history.asyncio(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
        )
        return answer.data

    async def predicted_rate(
        self,
        *,
        symbol: str,
    ) -> FundingRate:
        """Get predicted funding rate for one market: ``GET /v1/public/funding_rate/{symbol}``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-predicted-funding-rate-for-one-market
        """
        from ..api.public import get_v1_public_funding_rate_symbol

        answer = await get_v1_public_funding_rate_symbol.asyncio(
            client=self._client,
            symbol=symbol,
        )
        return answer.data

    async def predicted_rates(
        self,
    ) -> FundingRatesResponseData:
        """Get predicted funding rates for all markets: ``GET /v1/public/funding_rates``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-predicted-funding-rates-for-all-markets
        """
        from ..api.public import get_v1_public_funding_rates

        answer = await get_v1_public_funding_rates.asyncio(
            client=self._client,
        )
        return answer.data

    async def rate_history(
        self,
        *,
        symbol: str,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> AsyncIterator[FundingRateRecord]:
        """Get funding rate history for one market: ``GET /v1/public/funding_rate_history``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-funding-rate-history-for-one-market
        """
        from ..api.public import get_v1_public_funding_rate_history

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_public_funding_rate_history.asyncio(
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

    async def rates_all_markets(
        self,
    ) -> GetMarketFundingRateHistoryResponseData:
        """Get funding rate for all markets: ``GET /v1/public/market_info/funding_history``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-funding-rate-for-all-markets
        """
        from ..api.public import get_v1_public_market_info_funding_history

        answer = await get_v1_public_market_info_funding_history.asyncio(
            client=self._client,
        )
        return answer.data


class FundingWithRawResponse:
    """``client.funding.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def fee_history(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
    ) -> Response[FundingFeeHistoryResponse]:
        """Get funding fee history: ``GET /v1/funding_fee/history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-funding-fee-history
        """
        from ..api.private import get_v1_funding_fee_history

        return get_v1_funding_fee_history.sync_detailed(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
        )

    def predicted_rate(
        self,
        *,
        symbol: str,
    ) -> Response[FundingRateResponse]:
        """Get predicted funding rate for one market: ``GET /v1/public/funding_rate/{symbol}``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-predicted-funding-rate-for-one-market
        """
        from ..api.public import get_v1_public_funding_rate_symbol

        return get_v1_public_funding_rate_symbol.sync_detailed(
            client=self._client,
            symbol=symbol,
        )

    def predicted_rates(
        self,
    ) -> Response[FundingRatesResponse]:
        """Get predicted funding rates for all markets: ``GET /v1/public/funding_rates``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-predicted-funding-rates-for-all-markets
        """
        from ..api.public import get_v1_public_funding_rates

        return get_v1_public_funding_rates.sync_detailed(
            client=self._client,
        )

    def rate_history(
        self,
        *,
        symbol: str,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[FundingRateHistoryResponse]:
        """Get funding rate history for one market: ``GET /v1/public/funding_rate_history``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-funding-rate-history-for-one-market
        """
        from ..api.public import get_v1_public_funding_rate_history

        return get_v1_public_funding_rate_history.sync_detailed(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
        )

    def rates_all_markets(
        self,
    ) -> Response[GetMarketFundingRateHistoryResponse]:
        """Get funding rate for all markets: ``GET /v1/public/market_info/funding_history``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-funding-rate-for-all-markets
        """
        from ..api.public import get_v1_public_market_info_funding_history

        return get_v1_public_market_info_funding_history.sync_detailed(
            client=self._client,
        )


class AsyncFundingWithRawResponse:
    """``aclient.funding.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def fee_history(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
    ) -> Response[FundingFeeHistoryResponse]:
        """Get funding fee history: ``GET /v1/funding_fee/history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-funding-fee-history
        """
        from ..api.private import get_v1_funding_fee_history

        return await get_v1_funding_fee_history.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
        )

    async def predicted_rate(
        self,
        *,
        symbol: str,
    ) -> Response[FundingRateResponse]:
        """Get predicted funding rate for one market: ``GET /v1/public/funding_rate/{symbol}``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-predicted-funding-rate-for-one-market
        """
        from ..api.public import get_v1_public_funding_rate_symbol

        return await get_v1_public_funding_rate_symbol.asyncio_detailed(
            client=self._client,
            symbol=symbol,
        )

    async def predicted_rates(
        self,
    ) -> Response[FundingRatesResponse]:
        """Get predicted funding rates for all markets: ``GET /v1/public/funding_rates``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-predicted-funding-rates-for-all-markets
        """
        from ..api.public import get_v1_public_funding_rates

        return await get_v1_public_funding_rates.asyncio_detailed(
            client=self._client,
        )

    async def rate_history(
        self,
        *,
        symbol: str,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[FundingRateHistoryResponse]:
        """Get funding rate history for one market: ``GET /v1/public/funding_rate_history``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-funding-rate-history-for-one-market
        """
        from ..api.public import get_v1_public_funding_rate_history

        return await get_v1_public_funding_rate_history.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
        )

    async def rates_all_markets(
        self,
    ) -> Response[GetMarketFundingRateHistoryResponse]:
        """Get funding rate for all markets: ``GET /v1/public/market_info/funding_history``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-funding-rate-for-all-markets
        """
        from ..api.public import get_v1_public_market_info_funding_history

        return await get_v1_public_market_info_funding_history.asyncio_detailed(
            client=self._client,
        )
