"""``client.market``: ``index_price_source``, ``insurance_fund``, ``kline_history``, ``klines``, ``leverage_config``, ``max_leverage``, ``open_interests``, ``orderbook``, ``price_changes``, ``price_history``, ``symbol``, ``symbols``, ``ticker``, ``tickers``, ``tokens``, ``trades``, ``tradingview_config``, ``tradingview_history``, ``tradingview_symbol``, ``vault_balance``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..client import AuthenticatedClient, Client
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.available_symbols_response import AvailableSymbolsResponse
    from ..models.available_symbols_response_data import AvailableSymbolsResponseData
    from ..models.config_response import ConfigResponse
    from ..models.config_response_data import ConfigResponseData
    from ..models.exchange_information_response import ExchangeInformationResponse
    from ..models.futures_info_response import FuturesInfoResponse
    from ..models.futures_info_response_data import FuturesInfoResponseData
    from ..models.get_index_price_source_response import GetIndexPriceSourceResponse
    from ..models.get_index_price_source_response_data import (
        GetIndexPriceSourceResponseData,
    )
    from ..models.get_leverage_setting_response import GetLeverageSettingResponse
    from ..models.get_leverage_setting_response_data import (
        GetLeverageSettingResponseData,
    )
    from ..models.get_price_for_small_charts_response import (
        GetPriceForSmallChartsResponse,
    )
    from ..models.get_price_for_small_charts_response_data import (
        GetPriceForSmallChartsResponseData,
    )
    from ..models.insurance_fund_response import InsuranceFundResponse
    from ..models.insurance_fund_response_data import InsuranceFundResponseData
    from ..models.kline_history_response import KlineHistoryResponse
    from ..models.kline_response import KlineResponse
    from ..models.kline_response_data import KlineResponseData
    from ..models.market_open_interests_response import MarketOpenInterestsResponse
    from ..models.market_open_interests_response_data import (
        MarketOpenInterestsResponseData,
    )
    from ..models.market_price_change_info_response import MarketPriceChangeInfoResponse
    from ..models.market_price_change_info_response_data import (
        MarketPriceChangeInfoResponseData,
    )
    from ..models.market_trades_response import MarketTradesResponse
    from ..models.market_trades_response_data import MarketTradesResponseData
    from ..models.orderbook import Orderbook
    from ..models.orderbook_response import OrderbookResponse
    from ..models.symbol import Symbol
    from ..models.token_info_response import TokenInfoResponse
    from ..models.token_info_response_data import TokenInfoResponseData
    from ..models.tv_config_response import TvConfigResponse
    from ..models.tv_history_response import TvHistoryResponse
    from ..models.tv_symbol_response import TvSymbolResponse
    from ..models.vault_balance_response import VaultBalanceResponse
    from ..models.vault_balance_response_data import VaultBalanceResponseData
    from ..types import UNSET, Unset

    pass

__all__ = ["AsyncMarket", "AsyncMarketWithRawResponse", "Market", "MarketWithRawResponse"]


class Market:
    """``client.market``: the market operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> MarketWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return MarketWithRawResponse(self._client)

    def index_price_source(
        self,
    ) -> GetIndexPriceSourceResponseData:
        """Get index price source: ``GET /v1/public/index_price_source``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-index-price-source
        """
        from ..api.public import get_v1_public_index_price_source

        answer = get_v1_public_index_price_source.sync(
            client=self._client,
        )
        return answer.data

    def insurance_fund(
        self,
    ) -> InsuranceFundResponseData:
        """Get insurance fund info: ``GET /v1/public/insurancefund``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-insurance-fund-info
        """
        from ..api.public import get_v1_public_insurancefund

        answer = get_v1_public_insurancefund.sync(
            client=self._client,
        )
        return answer.data

    def kline_history(
        self,
        *,
        symbol: str,
        resolution: str,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> KlineHistoryResponse:
        """Get kline history: ``GET /v1/tv/kline_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-kline-history
        """
        from ..api.public import get_v1_tv_kline_history

        answer = get_v1_tv_kline_history.sync(
            client=self._client,
            symbol=symbol,
            resolution=resolution,
            from_=from_,
            to=to,
            limit=limit,
        )
        return answer

    def klines(
        self,
        *,
        symbol: str,
        type_: str,
        limit: int | Unset = UNSET,
    ) -> KlineResponseData:
        """Get kline: ``GET /v1/kline`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-kline
        """
        from ..api.public import get_v1_kline

        answer = get_v1_kline.sync(
            client=self._client,
            symbol=symbol,
            type_=type_,
            limit=limit,
        )
        return answer.data

    def leverage_config(
        self,
    ) -> ConfigResponseData:
        """Get leverage configuration: ``GET /v1/public/config``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-leverage-configuration
        """
        from ..api.public import get_v1_public_config

        answer = get_v1_public_config.sync(
            client=self._client,
        )
        return answer.data

    def max_leverage(
        self,
    ) -> GetLeverageSettingResponseData | Unset:
        """Get max leverage setting: ``GET /v1/public/leverage``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-max-leverage-setting
        """
        from ..api.public import get_v1_public_leverage

        answer = get_v1_public_leverage.sync(
            client=self._client,
        )
        return answer.data

    def open_interests(
        self,
    ) -> MarketOpenInterestsResponseData:
        """Get open interests for all symbols: ``GET /v1/public/market_info/traders_open_interests``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-open-interests-for-all-symbols
        """
        from ..api.public import get_v1_public_market_info_traders_open_interests

        answer = get_v1_public_market_info_traders_open_interests.sync(
            client=self._client,
        )
        return answer.data

    def orderbook(
        self,
        *,
        symbol: str,
        max_level: int | Unset = UNSET,
    ) -> Orderbook:
        """Orderbook snapshot: ``GET /v1/orderbook/{symbol}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/orderbook-snapshot
        """
        from ..api.private import get_v1_orderbook_symbol

        answer = get_v1_orderbook_symbol.sync(
            client=self._client,
            symbol=symbol,
            max_level=max_level,
        )
        return answer.data

    def price_changes(
        self,
    ) -> MarketPriceChangeInfoResponseData:
        """Get price info for all symbols: ``GET /v1/public/market_info/price_changes``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-price-info-for-all-symbols
        """
        from ..api.public import get_v1_public_market_info_price_changes

        answer = get_v1_public_market_info_price_changes.sync(
            client=self._client,
        )
        return answer.data

    def price_history(
        self,
        *,
        time_interval: str | Unset = UNSET,
    ) -> GetPriceForSmallChartsResponseData:
        """Get historical price list for all symbols: ``GET /v1/public/market_info/history_charts``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-historical-price-list-for-all-symbols
        """
        from ..api.public import get_v1_public_market_info_history_charts

        answer = get_v1_public_market_info_history_charts.sync(
            client=self._client,
            time_interval=time_interval,
        )
        return answer.data

    def symbol(
        self,
        *,
        symbol: str,
    ) -> Symbol:
        """Get order rules per symbol: ``GET /v1/public/info/{symbol}``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-order-rules-per-symbol
        """
        from ..api.public import get_v1_public_info_symbol

        answer = get_v1_public_info_symbol.sync(
            client=self._client,
            symbol=symbol,
        )
        return answer.data

    def symbols(
        self,
    ) -> AvailableSymbolsResponseData:
        """Get available symbols: ``GET /v1/public/info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-available-symbols
        """
        from ..api.public import get_v1_public_info

        answer = get_v1_public_info.sync(
            client=self._client,
        )
        return answer.data

    def ticker(
        self,
        *,
        symbol: str,
    ) -> FuturesInfoResponseData:
        """Get market info for one symbol: ``GET /v1/public/futures/{symbol}``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-market-info-for-one-symbol
        """
        from ..api.public import get_v1_public_futures_symbol

        answer = get_v1_public_futures_symbol.sync(
            client=self._client,
            symbol=symbol,
        )
        return answer.data

    def tickers(
        self,
    ) -> FuturesInfoResponseData:
        """Get market info for all symbols: ``GET /v1/public/futures``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-market-info-for-all-symbols
        """
        from ..api.public import get_v1_public_futures

        answer = get_v1_public_futures.sync(
            client=self._client,
        )
        return answer.data

    def tokens(
        self,
        *,
        chain_id: str | Unset = UNSET,
    ) -> TokenInfoResponseData:
        """Get supported collateral info: ``GET /v1/public/token``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-supported-collateral-info
        """
        from ..api.public import get_v1_public_token

        answer = get_v1_public_token.sync(
            client=self._client,
            chain_id=chain_id,
        )
        return answer.data

    def trades(
        self,
        *,
        symbol: str,
        limit: int | Unset = UNSET,
    ) -> MarketTradesResponseData:
        """Get market trades: ``GET /v1/public/market_trades``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-market-trades
        """
        from ..api.public import get_v1_public_market_trades

        answer = get_v1_public_market_trades.sync(
            client=self._client,
            symbol=symbol,
            limit=limit,
        )
        return answer.data

    def tradingview_config(
        self,
        *,
        locale: str,
    ) -> TvConfigResponse:
        """Get tradingview localized config info: ``GET /v1/tv/config``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tradingview-localized-config-info
        """
        from ..api.public import get_v1_tv_config

        answer = get_v1_tv_config.sync(
            client=self._client,
            locale=locale,
        )
        return answer

    def tradingview_history(
        self,
        *,
        symbol: str,
        resolution: str,
        from_: str,
        to: str,
    ) -> TvHistoryResponse:
        """Get tradingview history bars: ``GET /v1/tv/history``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tradingview-history-bars
        """
        from ..api.public import get_v1_tv_history

        answer = get_v1_tv_history.sync(
            client=self._client,
            symbol=symbol,
            resolution=resolution,
            from_=from_,
            to=to,
        )
        return answer

    def tradingview_symbol(
        self,
        *,
        group: str,
    ) -> TvSymbolResponse:
        """Get tradingview symbol info: ``GET /v1/tv/symbol_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tradingview-symbol-info
        """
        from ..api.public import get_v1_tv_symbol_info

        answer = get_v1_tv_symbol_info.sync(
            client=self._client,
            group=group,
        )
        return answer

    def vault_balance(
        self,
        *,
        chain_id: str | Unset = UNSET,
        token: str | Unset = UNSET,
    ) -> VaultBalanceResponseData:
        """Get vault balance: ``GET /v1/public/vault_balance``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-vault-balance
        """
        from ..api.public import get_v1_public_vault_balance

        answer = get_v1_public_vault_balance.sync(
            client=self._client,
            chain_id=chain_id,
            token=token,
        )
        return answer.data


class AsyncMarket:
    """``aclient.market``: the market operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncMarketWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncMarketWithRawResponse(self._client)

    async def index_price_source(
        self,
    ) -> GetIndexPriceSourceResponseData:
        """Get index price source: ``GET /v1/public/index_price_source``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-index-price-source
        """
        from ..api.public import get_v1_public_index_price_source

        answer = await get_v1_public_index_price_source.asyncio(
            client=self._client,
        )
        return answer.data

    async def insurance_fund(
        self,
    ) -> InsuranceFundResponseData:
        """Get insurance fund info: ``GET /v1/public/insurancefund``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-insurance-fund-info
        """
        from ..api.public import get_v1_public_insurancefund

        answer = await get_v1_public_insurancefund.asyncio(
            client=self._client,
        )
        return answer.data

    async def kline_history(
        self,
        *,
        symbol: str,
        resolution: str,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> KlineHistoryResponse:
        """Get kline history: ``GET /v1/tv/kline_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-kline-history
        """
        from ..api.public import get_v1_tv_kline_history

        answer = await get_v1_tv_kline_history.asyncio(
            client=self._client,
            symbol=symbol,
            resolution=resolution,
            from_=from_,
            to=to,
            limit=limit,
        )
        return answer

    async def klines(
        self,
        *,
        symbol: str,
        type_: str,
        limit: int | Unset = UNSET,
    ) -> KlineResponseData:
        """Get kline: ``GET /v1/kline`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-kline
        """
        from ..api.public import get_v1_kline

        answer = await get_v1_kline.asyncio(
            client=self._client,
            symbol=symbol,
            type_=type_,
            limit=limit,
        )
        return answer.data

    async def leverage_config(
        self,
    ) -> ConfigResponseData:
        """Get leverage configuration: ``GET /v1/public/config``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-leverage-configuration
        """
        from ..api.public import get_v1_public_config

        answer = await get_v1_public_config.asyncio(
            client=self._client,
        )
        return answer.data

    async def max_leverage(
        self,
    ) -> GetLeverageSettingResponseData | Unset:
        """Get max leverage setting: ``GET /v1/public/leverage``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-max-leverage-setting
        """
        from ..api.public import get_v1_public_leverage

        answer = await get_v1_public_leverage.asyncio(
            client=self._client,
        )
        return answer.data

    async def open_interests(
        self,
    ) -> MarketOpenInterestsResponseData:
        """Get open interests for all symbols: ``GET /v1/public/market_info/traders_open_interests``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-open-interests-for-all-symbols
        """
        from ..api.public import get_v1_public_market_info_traders_open_interests

        answer = await get_v1_public_market_info_traders_open_interests.asyncio(
            client=self._client,
        )
        return answer.data

    async def orderbook(
        self,
        *,
        symbol: str,
        max_level: int | Unset = UNSET,
    ) -> Orderbook:
        """Orderbook snapshot: ``GET /v1/orderbook/{symbol}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/orderbook-snapshot
        """
        from ..api.private import get_v1_orderbook_symbol

        answer = await get_v1_orderbook_symbol.asyncio(
            client=self._client,
            symbol=symbol,
            max_level=max_level,
        )
        return answer.data

    async def price_changes(
        self,
    ) -> MarketPriceChangeInfoResponseData:
        """Get price info for all symbols: ``GET /v1/public/market_info/price_changes``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-price-info-for-all-symbols
        """
        from ..api.public import get_v1_public_market_info_price_changes

        answer = await get_v1_public_market_info_price_changes.asyncio(
            client=self._client,
        )
        return answer.data

    async def price_history(
        self,
        *,
        time_interval: str | Unset = UNSET,
    ) -> GetPriceForSmallChartsResponseData:
        """Get historical price list for all symbols: ``GET /v1/public/market_info/history_charts``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-historical-price-list-for-all-symbols
        """
        from ..api.public import get_v1_public_market_info_history_charts

        answer = await get_v1_public_market_info_history_charts.asyncio(
            client=self._client,
            time_interval=time_interval,
        )
        return answer.data

    async def symbol(
        self,
        *,
        symbol: str,
    ) -> Symbol:
        """Get order rules per symbol: ``GET /v1/public/info/{symbol}``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-order-rules-per-symbol
        """
        from ..api.public import get_v1_public_info_symbol

        answer = await get_v1_public_info_symbol.asyncio(
            client=self._client,
            symbol=symbol,
        )
        return answer.data

    async def symbols(
        self,
    ) -> AvailableSymbolsResponseData:
        """Get available symbols: ``GET /v1/public/info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-available-symbols
        """
        from ..api.public import get_v1_public_info

        answer = await get_v1_public_info.asyncio(
            client=self._client,
        )
        return answer.data

    async def ticker(
        self,
        *,
        symbol: str,
    ) -> FuturesInfoResponseData:
        """Get market info for one symbol: ``GET /v1/public/futures/{symbol}``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-market-info-for-one-symbol
        """
        from ..api.public import get_v1_public_futures_symbol

        answer = await get_v1_public_futures_symbol.asyncio(
            client=self._client,
            symbol=symbol,
        )
        return answer.data

    async def tickers(
        self,
    ) -> FuturesInfoResponseData:
        """Get market info for all symbols: ``GET /v1/public/futures``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-market-info-for-all-symbols
        """
        from ..api.public import get_v1_public_futures

        answer = await get_v1_public_futures.asyncio(
            client=self._client,
        )
        return answer.data

    async def tokens(
        self,
        *,
        chain_id: str | Unset = UNSET,
    ) -> TokenInfoResponseData:
        """Get supported collateral info: ``GET /v1/public/token``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-supported-collateral-info
        """
        from ..api.public import get_v1_public_token

        answer = await get_v1_public_token.asyncio(
            client=self._client,
            chain_id=chain_id,
        )
        return answer.data

    async def trades(
        self,
        *,
        symbol: str,
        limit: int | Unset = UNSET,
    ) -> MarketTradesResponseData:
        """Get market trades: ``GET /v1/public/market_trades``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-market-trades
        """
        from ..api.public import get_v1_public_market_trades

        answer = await get_v1_public_market_trades.asyncio(
            client=self._client,
            symbol=symbol,
            limit=limit,
        )
        return answer.data

    async def tradingview_config(
        self,
        *,
        locale: str,
    ) -> TvConfigResponse:
        """Get tradingview localized config info: ``GET /v1/tv/config``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tradingview-localized-config-info
        """
        from ..api.public import get_v1_tv_config

        answer = await get_v1_tv_config.asyncio(
            client=self._client,
            locale=locale,
        )
        return answer

    async def tradingview_history(
        self,
        *,
        symbol: str,
        resolution: str,
        from_: str,
        to: str,
    ) -> TvHistoryResponse:
        """Get tradingview history bars: ``GET /v1/tv/history``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tradingview-history-bars
        """
        from ..api.public import get_v1_tv_history

        answer = await get_v1_tv_history.asyncio(
            client=self._client,
            symbol=symbol,
            resolution=resolution,
            from_=from_,
            to=to,
        )
        return answer

    async def tradingview_symbol(
        self,
        *,
        group: str,
    ) -> TvSymbolResponse:
        """Get tradingview symbol info: ``GET /v1/tv/symbol_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tradingview-symbol-info
        """
        from ..api.public import get_v1_tv_symbol_info

        answer = await get_v1_tv_symbol_info.asyncio(
            client=self._client,
            group=group,
        )
        return answer

    async def vault_balance(
        self,
        *,
        chain_id: str | Unset = UNSET,
        token: str | Unset = UNSET,
    ) -> VaultBalanceResponseData:
        """Get vault balance: ``GET /v1/public/vault_balance``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-vault-balance
        """
        from ..api.public import get_v1_public_vault_balance

        answer = await get_v1_public_vault_balance.asyncio(
            client=self._client,
            chain_id=chain_id,
            token=token,
        )
        return answer.data


class MarketWithRawResponse:
    """``client.market.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def index_price_source(
        self,
    ) -> Response[GetIndexPriceSourceResponse]:
        """Get index price source: ``GET /v1/public/index_price_source``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-index-price-source
        """
        from ..api.public import get_v1_public_index_price_source

        return get_v1_public_index_price_source.sync_detailed(
            client=self._client,
        )

    def insurance_fund(
        self,
    ) -> Response[InsuranceFundResponse]:
        """Get insurance fund info: ``GET /v1/public/insurancefund``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-insurance-fund-info
        """
        from ..api.public import get_v1_public_insurancefund

        return get_v1_public_insurancefund.sync_detailed(
            client=self._client,
        )

    def kline_history(
        self,
        *,
        symbol: str,
        resolution: str,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> Response[KlineHistoryResponse]:
        """Get kline history: ``GET /v1/tv/kline_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-kline-history
        """
        from ..api.public import get_v1_tv_kline_history

        return get_v1_tv_kline_history.sync_detailed(
            client=self._client,
            symbol=symbol,
            resolution=resolution,
            from_=from_,
            to=to,
            limit=limit,
        )

    def klines(
        self,
        *,
        symbol: str,
        type_: str,
        limit: int | Unset = UNSET,
    ) -> Response[KlineResponse]:
        """Get kline: ``GET /v1/kline`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-kline
        """
        from ..api.public import get_v1_kline

        return get_v1_kline.sync_detailed(
            client=self._client,
            symbol=symbol,
            type_=type_,
            limit=limit,
        )

    def leverage_config(
        self,
    ) -> Response[ConfigResponse]:
        """Get leverage configuration: ``GET /v1/public/config``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-leverage-configuration
        """
        from ..api.public import get_v1_public_config

        return get_v1_public_config.sync_detailed(
            client=self._client,
        )

    def max_leverage(
        self,
    ) -> Response[GetLeverageSettingResponse]:
        """Get max leverage setting: ``GET /v1/public/leverage``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-max-leverage-setting
        """
        from ..api.public import get_v1_public_leverage

        return get_v1_public_leverage.sync_detailed(
            client=self._client,
        )

    def open_interests(
        self,
    ) -> Response[MarketOpenInterestsResponse]:
        """Get open interests for all symbols: ``GET /v1/public/market_info/traders_open_interests``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-open-interests-for-all-symbols
        """
        from ..api.public import get_v1_public_market_info_traders_open_interests

        return get_v1_public_market_info_traders_open_interests.sync_detailed(
            client=self._client,
        )

    def orderbook(
        self,
        *,
        symbol: str,
        max_level: int | Unset = UNSET,
    ) -> Response[OrderbookResponse]:
        """Orderbook snapshot: ``GET /v1/orderbook/{symbol}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/orderbook-snapshot
        """
        from ..api.private import get_v1_orderbook_symbol

        return get_v1_orderbook_symbol.sync_detailed(
            client=self._client,
            symbol=symbol,
            max_level=max_level,
        )

    def price_changes(
        self,
    ) -> Response[MarketPriceChangeInfoResponse]:
        """Get price info for all symbols: ``GET /v1/public/market_info/price_changes``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-price-info-for-all-symbols
        """
        from ..api.public import get_v1_public_market_info_price_changes

        return get_v1_public_market_info_price_changes.sync_detailed(
            client=self._client,
        )

    def price_history(
        self,
        *,
        time_interval: str | Unset = UNSET,
    ) -> Response[GetPriceForSmallChartsResponse]:
        """Get historical price list for all symbols: ``GET /v1/public/market_info/history_charts``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-historical-price-list-for-all-symbols
        """
        from ..api.public import get_v1_public_market_info_history_charts

        return get_v1_public_market_info_history_charts.sync_detailed(
            client=self._client,
            time_interval=time_interval,
        )

    def symbol(
        self,
        *,
        symbol: str,
    ) -> Response[ExchangeInformationResponse]:
        """Get order rules per symbol: ``GET /v1/public/info/{symbol}``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-order-rules-per-symbol
        """
        from ..api.public import get_v1_public_info_symbol

        return get_v1_public_info_symbol.sync_detailed(
            client=self._client,
            symbol=symbol,
        )

    def symbols(
        self,
    ) -> Response[AvailableSymbolsResponse]:
        """Get available symbols: ``GET /v1/public/info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-available-symbols
        """
        from ..api.public import get_v1_public_info

        return get_v1_public_info.sync_detailed(
            client=self._client,
        )

    def ticker(
        self,
        *,
        symbol: str,
    ) -> Response[FuturesInfoResponse]:
        """Get market info for one symbol: ``GET /v1/public/futures/{symbol}``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-market-info-for-one-symbol
        """
        from ..api.public import get_v1_public_futures_symbol

        return get_v1_public_futures_symbol.sync_detailed(
            client=self._client,
            symbol=symbol,
        )

    def tickers(
        self,
    ) -> Response[FuturesInfoResponse]:
        """Get market info for all symbols: ``GET /v1/public/futures``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-market-info-for-all-symbols
        """
        from ..api.public import get_v1_public_futures

        return get_v1_public_futures.sync_detailed(
            client=self._client,
        )

    def tokens(
        self,
        *,
        chain_id: str | Unset = UNSET,
    ) -> Response[TokenInfoResponse]:
        """Get supported collateral info: ``GET /v1/public/token``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-supported-collateral-info
        """
        from ..api.public import get_v1_public_token

        return get_v1_public_token.sync_detailed(
            client=self._client,
            chain_id=chain_id,
        )

    def trades(
        self,
        *,
        symbol: str,
        limit: int | Unset = UNSET,
    ) -> Response[MarketTradesResponse]:
        """Get market trades: ``GET /v1/public/market_trades``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-market-trades
        """
        from ..api.public import get_v1_public_market_trades

        return get_v1_public_market_trades.sync_detailed(
            client=self._client,
            symbol=symbol,
            limit=limit,
        )

    def tradingview_config(
        self,
        *,
        locale: str,
    ) -> Response[TvConfigResponse]:
        """Get tradingview localized config info: ``GET /v1/tv/config``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tradingview-localized-config-info
        """
        from ..api.public import get_v1_tv_config

        return get_v1_tv_config.sync_detailed(
            client=self._client,
            locale=locale,
        )

    def tradingview_history(
        self,
        *,
        symbol: str,
        resolution: str,
        from_: str,
        to: str,
    ) -> Response[TvHistoryResponse]:
        """Get tradingview history bars: ``GET /v1/tv/history``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tradingview-history-bars
        """
        from ..api.public import get_v1_tv_history

        return get_v1_tv_history.sync_detailed(
            client=self._client,
            symbol=symbol,
            resolution=resolution,
            from_=from_,
            to=to,
        )

    def tradingview_symbol(
        self,
        *,
        group: str,
    ) -> Response[TvSymbolResponse]:
        """Get tradingview symbol info: ``GET /v1/tv/symbol_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tradingview-symbol-info
        """
        from ..api.public import get_v1_tv_symbol_info

        return get_v1_tv_symbol_info.sync_detailed(
            client=self._client,
            group=group,
        )

    def vault_balance(
        self,
        *,
        chain_id: str | Unset = UNSET,
        token: str | Unset = UNSET,
    ) -> Response[VaultBalanceResponse]:
        """Get vault balance: ``GET /v1/public/vault_balance``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-vault-balance
        """
        from ..api.public import get_v1_public_vault_balance

        return get_v1_public_vault_balance.sync_detailed(
            client=self._client,
            chain_id=chain_id,
            token=token,
        )


class AsyncMarketWithRawResponse:
    """``aclient.market.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def index_price_source(
        self,
    ) -> Response[GetIndexPriceSourceResponse]:
        """Get index price source: ``GET /v1/public/index_price_source``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-index-price-source
        """
        from ..api.public import get_v1_public_index_price_source

        return await get_v1_public_index_price_source.asyncio_detailed(
            client=self._client,
        )

    async def insurance_fund(
        self,
    ) -> Response[InsuranceFundResponse]:
        """Get insurance fund info: ``GET /v1/public/insurancefund``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-insurance-fund-info
        """
        from ..api.public import get_v1_public_insurancefund

        return await get_v1_public_insurancefund.asyncio_detailed(
            client=self._client,
        )

    async def kline_history(
        self,
        *,
        symbol: str,
        resolution: str,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> Response[KlineHistoryResponse]:
        """Get kline history: ``GET /v1/tv/kline_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-kline-history
        """
        from ..api.public import get_v1_tv_kline_history

        return await get_v1_tv_kline_history.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            resolution=resolution,
            from_=from_,
            to=to,
            limit=limit,
        )

    async def klines(
        self,
        *,
        symbol: str,
        type_: str,
        limit: int | Unset = UNSET,
    ) -> Response[KlineResponse]:
        """Get kline: ``GET /v1/kline`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-kline
        """
        from ..api.public import get_v1_kline

        return await get_v1_kline.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            type_=type_,
            limit=limit,
        )

    async def leverage_config(
        self,
    ) -> Response[ConfigResponse]:
        """Get leverage configuration: ``GET /v1/public/config``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-leverage-configuration
        """
        from ..api.public import get_v1_public_config

        return await get_v1_public_config.asyncio_detailed(
            client=self._client,
        )

    async def max_leverage(
        self,
    ) -> Response[GetLeverageSettingResponse]:
        """Get max leverage setting: ``GET /v1/public/leverage``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-max-leverage-setting
        """
        from ..api.public import get_v1_public_leverage

        return await get_v1_public_leverage.asyncio_detailed(
            client=self._client,
        )

    async def open_interests(
        self,
    ) -> Response[MarketOpenInterestsResponse]:
        """Get open interests for all symbols: ``GET /v1/public/market_info/traders_open_interests``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-open-interests-for-all-symbols
        """
        from ..api.public import get_v1_public_market_info_traders_open_interests

        return await get_v1_public_market_info_traders_open_interests.asyncio_detailed(
            client=self._client,
        )

    async def orderbook(
        self,
        *,
        symbol: str,
        max_level: int | Unset = UNSET,
    ) -> Response[OrderbookResponse]:
        """Orderbook snapshot: ``GET /v1/orderbook/{symbol}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/orderbook-snapshot
        """
        from ..api.private import get_v1_orderbook_symbol

        return await get_v1_orderbook_symbol.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            max_level=max_level,
        )

    async def price_changes(
        self,
    ) -> Response[MarketPriceChangeInfoResponse]:
        """Get price info for all symbols: ``GET /v1/public/market_info/price_changes``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-price-info-for-all-symbols
        """
        from ..api.public import get_v1_public_market_info_price_changes

        return await get_v1_public_market_info_price_changes.asyncio_detailed(
            client=self._client,
        )

    async def price_history(
        self,
        *,
        time_interval: str | Unset = UNSET,
    ) -> Response[GetPriceForSmallChartsResponse]:
        """Get historical price list for all symbols: ``GET /v1/public/market_info/history_charts``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-historical-price-list-for-all-symbols
        """
        from ..api.public import get_v1_public_market_info_history_charts

        return await get_v1_public_market_info_history_charts.asyncio_detailed(
            client=self._client,
            time_interval=time_interval,
        )

    async def symbol(
        self,
        *,
        symbol: str,
    ) -> Response[ExchangeInformationResponse]:
        """Get order rules per symbol: ``GET /v1/public/info/{symbol}``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-order-rules-per-symbol
        """
        from ..api.public import get_v1_public_info_symbol

        return await get_v1_public_info_symbol.asyncio_detailed(
            client=self._client,
            symbol=symbol,
        )

    async def symbols(
        self,
    ) -> Response[AvailableSymbolsResponse]:
        """Get available symbols: ``GET /v1/public/info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-available-symbols
        """
        from ..api.public import get_v1_public_info

        return await get_v1_public_info.asyncio_detailed(
            client=self._client,
        )

    async def ticker(
        self,
        *,
        symbol: str,
    ) -> Response[FuturesInfoResponse]:
        """Get market info for one symbol: ``GET /v1/public/futures/{symbol}``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-market-info-for-one-symbol
        """
        from ..api.public import get_v1_public_futures_symbol

        return await get_v1_public_futures_symbol.asyncio_detailed(
            client=self._client,
            symbol=symbol,
        )

    async def tickers(
        self,
    ) -> Response[FuturesInfoResponse]:
        """Get market info for all symbols: ``GET /v1/public/futures``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-market-info-for-all-symbols
        """
        from ..api.public import get_v1_public_futures

        return await get_v1_public_futures.asyncio_detailed(
            client=self._client,
        )

    async def tokens(
        self,
        *,
        chain_id: str | Unset = UNSET,
    ) -> Response[TokenInfoResponse]:
        """Get supported collateral info: ``GET /v1/public/token``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-supported-collateral-info
        """
        from ..api.public import get_v1_public_token

        return await get_v1_public_token.asyncio_detailed(
            client=self._client,
            chain_id=chain_id,
        )

    async def trades(
        self,
        *,
        symbol: str,
        limit: int | Unset = UNSET,
    ) -> Response[MarketTradesResponse]:
        """Get market trades: ``GET /v1/public/market_trades``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-market-trades
        """
        from ..api.public import get_v1_public_market_trades

        return await get_v1_public_market_trades.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            limit=limit,
        )

    async def tradingview_config(
        self,
        *,
        locale: str,
    ) -> Response[TvConfigResponse]:
        """Get tradingview localized config info: ``GET /v1/tv/config``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tradingview-localized-config-info
        """
        from ..api.public import get_v1_tv_config

        return await get_v1_tv_config.asyncio_detailed(
            client=self._client,
            locale=locale,
        )

    async def tradingview_history(
        self,
        *,
        symbol: str,
        resolution: str,
        from_: str,
        to: str,
    ) -> Response[TvHistoryResponse]:
        """Get tradingview history bars: ``GET /v1/tv/history``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tradingview-history-bars
        """
        from ..api.public import get_v1_tv_history

        return await get_v1_tv_history.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            resolution=resolution,
            from_=from_,
            to=to,
        )

    async def tradingview_symbol(
        self,
        *,
        group: str,
    ) -> Response[TvSymbolResponse]:
        """Get tradingview symbol info: ``GET /v1/tv/symbol_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tradingview-symbol-info
        """
        from ..api.public import get_v1_tv_symbol_info

        return await get_v1_tv_symbol_info.asyncio_detailed(
            client=self._client,
            group=group,
        )

    async def vault_balance(
        self,
        *,
        chain_id: str | Unset = UNSET,
        token: str | Unset = UNSET,
    ) -> Response[VaultBalanceResponse]:
        """Get vault balance: ``GET /v1/public/vault_balance``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-vault-balance
        """
        from ..api.public import get_v1_public_vault_balance

        return await get_v1_public_vault_balance.asyncio_detailed(
            client=self._client,
            chain_id=chain_id,
            token=token,
        )
