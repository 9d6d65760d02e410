"""``client.vaults``: ``info``, ``liquidator_history``, ``open_orders``, ``orders``, ``overall``, ``performance``, ``performance_chart``, ``positions``, ``trades``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..client import AuthenticatedClient, Client
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.vault_info_response import VaultInfoResponse
    from ..models.vault_info_response_data import VaultInfoResponseData
    from ..models.vault_liquidator_history_response import (
        VaultLiquidatorHistoryResponse,
    )
    from ..models.vault_liquidator_history_response_data import (
        VaultLiquidatorHistoryResponseData,
    )
    from ..models.vault_open_orders_response import VaultOpenOrdersResponse
    from ..models.vault_open_orders_response_data import VaultOpenOrdersResponseData
    from ..models.vault_order_history_response import VaultOrderHistoryResponse
    from ..models.vault_order_history_response_data import VaultOrderHistoryResponseData
    from ..models.vault_overall_info_response import VaultOverallInfoResponse
    from ..models.vault_overall_info_response_data import VaultOverallInfoResponseData
    from ..models.vault_performance_chart_response import VaultPerformanceChartResponse
    from ..models.vault_performance_chart_response_data import (
        VaultPerformanceChartResponseData,
    )
    from ..models.vault_performance_response import VaultPerformanceResponse
    from ..models.vault_performance_response_data import VaultPerformanceResponseData
    from ..models.vault_positions_response import VaultPositionsResponse
    from ..models.vault_positions_response_data import VaultPositionsResponseData
    from ..models.vault_trade_history_response import VaultTradeHistoryResponse
    from ..models.vault_trade_history_response_data import VaultTradeHistoryResponseData
    from ..types import UNSET, Unset

    pass

__all__ = ["AsyncVaults", "AsyncVaultsWithRawResponse", "Vaults", "VaultsWithRawResponse"]


class Vaults:
    """``client.vaults``: the vaults operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> VaultsWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return VaultsWithRawResponse(self._client)

    def info(
        self,
        *,
        vault_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        broker_ids: str | Unset = UNSET,
    ) -> VaultInfoResponseData | Unset:
        """Get Strategy Vault Info: ``GET /v1/public/strategy_vault/vault/info``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-info
        """
        from ..api.public import get_v1_public_strategy_vault_vault_info

        answer = get_v1_public_strategy_vault_vault_info.sync(
            client=self._client,
            vault_id=vault_id,
            status=status,
            broker_ids=broker_ids,
        )
        return answer.data

    def liquidator_history(
        self,
        *,
        vault_id: str,
        symbol: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> VaultLiquidatorHistoryResponseData | Unset:
        """Get Strategy Vault Liquidator History: ``GET /v1/public/strategy_vault/vault/liquidator_history``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-liquidator-history
        """
        from ..api.public import get_v1_public_strategy_vault_vault_liquidator_history

        answer = get_v1_public_strategy_vault_vault_liquidator_history.sync(
            client=self._client,
            vault_id=vault_id,
            symbol=symbol,
            page=page,
            size=size,
        )
        return answer.data

    def open_orders(
        self,
        *,
        vault_id: str,
        symbol: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> VaultOpenOrdersResponseData | Unset:
        """Get Strategy Vault Open Orders: ``GET /v1/public/strategy_vault/vault/open_orders``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-open-orders
        """
        from ..api.public import get_v1_public_strategy_vault_vault_open_orders

        answer = get_v1_public_strategy_vault_vault_open_orders.sync(
            client=self._client,
            vault_id=vault_id,
            symbol=symbol,
            sort_by=sort_by,
            page=page,
            size=size,
        )
        return answer.data

    def orders(
        self,
        *,
        vault_id: str,
        symbol: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> VaultOrderHistoryResponseData | Unset:
        """Get Strategy Vault Order History: ``GET /v1/public/strategy_vault/vault/order_history``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/get-strategy-vault-order-history
        """
        from ..api.public import get_v1_public_strategy_vault_vault_order_history

        answer = get_v1_public_strategy_vault_vault_order_history.sync(
            client=self._client,
            vault_id=vault_id,
            symbol=symbol,
            sort_by=sort_by,
            page=page,
            size=size,
        )
        return answer.data

    def overall(
        self,
        *,
        broker_ids: str | Unset = UNSET,
    ) -> VaultOverallInfoResponseData | Unset:
        """Get Overall Statistics of all Strategy Vaults: ``GET /v1/public/strategy_vault/vault/overall_info``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-overall-statistics
        """
        from ..api.public import get_v1_public_strategy_vault_vault_overall_info

        answer = get_v1_public_strategy_vault_vault_overall_info.sync(
            client=self._client,
            broker_ids=broker_ids,
        )
        return answer.data

    def performance(
        self,
        *,
        vault_id: str,
    ) -> VaultPerformanceResponseData | Unset:
        """Get Strategy Vault Performance: ``GET /v1/public/strategy_vault/vault/performance``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-performance
        """
        from ..api.public import get_v1_public_strategy_vault_vault_performance

        answer = get_v1_public_strategy_vault_vault_performance.sync(
            client=self._client,
            vault_id=vault_id,
        )
        return answer.data

    def performance_chart(
        self,
        *,
        vault_id: str,
        type_: str,
        time_range: str,
    ) -> VaultPerformanceChartResponseData | Unset:
        """Get Strategy Vault TVL/PnL History: ``GET /v1/public/strategy_vault/vault/performance_chart``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-performance-chart
        """
        from ..api.public import get_v1_public_strategy_vault_vault_performance_chart

        answer = get_v1_public_strategy_vault_vault_performance_chart.sync(
            client=self._client,
            vault_id=vault_id,
            type_=type_,
            time_range=time_range,
        )
        return answer.data

    def positions(
        self,
        *,
        vault_id: str,
    ) -> VaultPositionsResponseData | Unset:
        """Get Strategy Vault Positions: ``GET /v1/public/strategy_vault/vault/positions``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-positions
        """
        from ..api.public import get_v1_public_strategy_vault_vault_positions

        answer = get_v1_public_strategy_vault_vault_positions.sync(
            client=self._client,
            vault_id=vault_id,
        )
        return answer.data

    def trades(
        self,
        *,
        vault_id: str,
        symbol: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> VaultTradeHistoryResponseData | Unset:
        """Get Strategy Vault Trade History: ``GET /v1/public/strategy_vault/vault/trade_history``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-trade-history
        """
        from ..api.public import get_v1_public_strategy_vault_vault_trade_history

        answer = get_v1_public_strategy_vault_vault_trade_history.sync(
            client=self._client,
            vault_id=vault_id,
            symbol=symbol,
            sort_by=sort_by,
            page=page,
            size=size,
        )
        return answer.data


class AsyncVaults:
    """``aclient.vaults``: the vaults operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncVaultsWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncVaultsWithRawResponse(self._client)

    async def info(
        self,
        *,
        vault_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        broker_ids: str | Unset = UNSET,
    ) -> VaultInfoResponseData | Unset:
        """Get Strategy Vault Info: ``GET /v1/public/strategy_vault/vault/info``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-info
        """
        from ..api.public import get_v1_public_strategy_vault_vault_info

        answer = await get_v1_public_strategy_vault_vault_info.asyncio(
            client=self._client,
            vault_id=vault_id,
            status=status,
            broker_ids=broker_ids,
        )
        return answer.data

    async def liquidator_history(
        self,
        *,
        vault_id: str,
        symbol: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> VaultLiquidatorHistoryResponseData | Unset:
        """Get Strategy Vault Liquidator History: ``GET /v1/public/strategy_vault/vault/liquidator_history``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-liquidator-history
        """
        from ..api.public import get_v1_public_strategy_vault_vault_liquidator_history

        answer = await get_v1_public_strategy_vault_vault_liquidator_history.asyncio(
            client=self._client,
            vault_id=vault_id,
            symbol=symbol,
            page=page,
            size=size,
        )
        return answer.data

    async def open_orders(
        self,
        *,
        vault_id: str,
        symbol: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> VaultOpenOrdersResponseData | Unset:
        """Get Strategy Vault Open Orders: ``GET /v1/public/strategy_vault/vault/open_orders``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-open-orders
        """
        from ..api.public import get_v1_public_strategy_vault_vault_open_orders

        answer = await get_v1_public_strategy_vault_vault_open_orders.asyncio(
            client=self._client,
            vault_id=vault_id,
            symbol=symbol,
            sort_by=sort_by,
            page=page,
            size=size,
        )
        return answer.data

    async def orders(
        self,
        *,
        vault_id: str,
        symbol: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> VaultOrderHistoryResponseData | Unset:
        """Get Strategy Vault Order History: ``GET /v1/public/strategy_vault/vault/order_history``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/get-strategy-vault-order-history
        """
        from ..api.public import get_v1_public_strategy_vault_vault_order_history

        answer = await get_v1_public_strategy_vault_vault_order_history.asyncio(
            client=self._client,
            vault_id=vault_id,
            symbol=symbol,
            sort_by=sort_by,
            page=page,
            size=size,
        )
        return answer.data

    async def overall(
        self,
        *,
        broker_ids: str | Unset = UNSET,
    ) -> VaultOverallInfoResponseData | Unset:
        """Get Overall Statistics of all Strategy Vaults: ``GET /v1/public/strategy_vault/vault/overall_info``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-overall-statistics
        """
        from ..api.public import get_v1_public_strategy_vault_vault_overall_info

        answer = await get_v1_public_strategy_vault_vault_overall_info.asyncio(
            client=self._client,
            broker_ids=broker_ids,
        )
        return answer.data

    async def performance(
        self,
        *,
        vault_id: str,
    ) -> VaultPerformanceResponseData | Unset:
        """Get Strategy Vault Performance: ``GET /v1/public/strategy_vault/vault/performance``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-performance
        """
        from ..api.public import get_v1_public_strategy_vault_vault_performance

        answer = await get_v1_public_strategy_vault_vault_performance.asyncio(
            client=self._client,
            vault_id=vault_id,
        )
        return answer.data

    async def performance_chart(
        self,
        *,
        vault_id: str,
        type_: str,
        time_range: str,
    ) -> VaultPerformanceChartResponseData | Unset:
        """Get Strategy Vault TVL/PnL History: ``GET /v1/public/strategy_vault/vault/performance_chart``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-performance-chart
        """
        from ..api.public import get_v1_public_strategy_vault_vault_performance_chart

        answer = await get_v1_public_strategy_vault_vault_performance_chart.asyncio(
            client=self._client,
            vault_id=vault_id,
            type_=type_,
            time_range=time_range,
        )
        return answer.data

    async def positions(
        self,
        *,
        vault_id: str,
    ) -> VaultPositionsResponseData | Unset:
        """Get Strategy Vault Positions: ``GET /v1/public/strategy_vault/vault/positions``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-positions
        """
        from ..api.public import get_v1_public_strategy_vault_vault_positions

        answer = await get_v1_public_strategy_vault_vault_positions.asyncio(
            client=self._client,
            vault_id=vault_id,
        )
        return answer.data

    async def trades(
        self,
        *,
        vault_id: str,
        symbol: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> VaultTradeHistoryResponseData | Unset:
        """Get Strategy Vault Trade History: ``GET /v1/public/strategy_vault/vault/trade_history``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-trade-history
        """
        from ..api.public import get_v1_public_strategy_vault_vault_trade_history

        answer = await get_v1_public_strategy_vault_vault_trade_history.asyncio(
            client=self._client,
            vault_id=vault_id,
            symbol=symbol,
            sort_by=sort_by,
            page=page,
            size=size,
        )
        return answer.data


class VaultsWithRawResponse:
    """``client.vaults.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def info(
        self,
        *,
        vault_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        broker_ids: str | Unset = UNSET,
    ) -> Response[VaultInfoResponse]:
        """Get Strategy Vault Info: ``GET /v1/public/strategy_vault/vault/info``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-info
        """
        from ..api.public import get_v1_public_strategy_vault_vault_info

        return get_v1_public_strategy_vault_vault_info.sync_detailed(
            client=self._client,
            vault_id=vault_id,
            status=status,
            broker_ids=broker_ids,
        )

    def liquidator_history(
        self,
        *,
        vault_id: str,
        symbol: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[VaultLiquidatorHistoryResponse]:
        """Get Strategy Vault Liquidator History: ``GET /v1/public/strategy_vault/vault/liquidator_history``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-liquidator-history
        """
        from ..api.public import get_v1_public_strategy_vault_vault_liquidator_history

        return get_v1_public_strategy_vault_vault_liquidator_history.sync_detailed(
            client=self._client,
            vault_id=vault_id,
            symbol=symbol,
            page=page,
            size=size,
        )

    def open_orders(
        self,
        *,
        vault_id: str,
        symbol: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[VaultOpenOrdersResponse]:
        """Get Strategy Vault Open Orders: ``GET /v1/public/strategy_vault/vault/open_orders``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-open-orders
        """
        from ..api.public import get_v1_public_strategy_vault_vault_open_orders

        return get_v1_public_strategy_vault_vault_open_orders.sync_detailed(
            client=self._client,
            vault_id=vault_id,
            symbol=symbol,
            sort_by=sort_by,
            page=page,
            size=size,
        )

    def orders(
        self,
        *,
        vault_id: str,
        symbol: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[VaultOrderHistoryResponse]:
        """Get Strategy Vault Order History: ``GET /v1/public/strategy_vault/vault/order_history``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/get-strategy-vault-order-history
        """
        from ..api.public import get_v1_public_strategy_vault_vault_order_history

        return get_v1_public_strategy_vault_vault_order_history.sync_detailed(
            client=self._client,
            vault_id=vault_id,
            symbol=symbol,
            sort_by=sort_by,
            page=page,
            size=size,
        )

    def overall(
        self,
        *,
        broker_ids: str | Unset = UNSET,
    ) -> Response[VaultOverallInfoResponse]:
        """Get Overall Statistics of all Strategy Vaults: ``GET /v1/public/strategy_vault/vault/overall_info``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-overall-statistics
        """
        from ..api.public import get_v1_public_strategy_vault_vault_overall_info

        return get_v1_public_strategy_vault_vault_overall_info.sync_detailed(
            client=self._client,
            broker_ids=broker_ids,
        )

    def performance(
        self,
        *,
        vault_id: str,
    ) -> Response[VaultPerformanceResponse]:
        """Get Strategy Vault Performance: ``GET /v1/public/strategy_vault/vault/performance``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-performance
        """
        from ..api.public import get_v1_public_strategy_vault_vault_performance

        return get_v1_public_strategy_vault_vault_performance.sync_detailed(
            client=self._client,
            vault_id=vault_id,
        )

    def performance_chart(
        self,
        *,
        vault_id: str,
        type_: str,
        time_range: str,
    ) -> Response[VaultPerformanceChartResponse]:
        """Get Strategy Vault TVL/PnL History: ``GET /v1/public/strategy_vault/vault/performance_chart``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-performance-chart
        """
        from ..api.public import get_v1_public_strategy_vault_vault_performance_chart

        return get_v1_public_strategy_vault_vault_performance_chart.sync_detailed(
            client=self._client,
            vault_id=vault_id,
            type_=type_,
            time_range=time_range,
        )

    def positions(
        self,
        *,
        vault_id: str,
    ) -> Response[VaultPositionsResponse]:
        """Get Strategy Vault Positions: ``GET /v1/public/strategy_vault/vault/positions``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-positions
        """
        from ..api.public import get_v1_public_strategy_vault_vault_positions

        return get_v1_public_strategy_vault_vault_positions.sync_detailed(
            client=self._client,
            vault_id=vault_id,
        )

    def trades(
        self,
        *,
        vault_id: str,
        symbol: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[VaultTradeHistoryResponse]:
        """Get Strategy Vault Trade History: ``GET /v1/public/strategy_vault/vault/trade_history``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-trade-history
        """
        from ..api.public import get_v1_public_strategy_vault_vault_trade_history

        return get_v1_public_strategy_vault_vault_trade_history.sync_detailed(
            client=self._client,
            vault_id=vault_id,
            symbol=symbol,
            sort_by=sort_by,
            page=page,
            size=size,
        )


class AsyncVaultsWithRawResponse:
    """``aclient.vaults.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def info(
        self,
        *,
        vault_id: str | Unset = UNSET,
        status: str | Unset = UNSET,
        broker_ids: str | Unset = UNSET,
    ) -> Response[VaultInfoResponse]:
        """Get Strategy Vault Info: ``GET /v1/public/strategy_vault/vault/info``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-info
        """
        from ..api.public import get_v1_public_strategy_vault_vault_info

        return await get_v1_public_strategy_vault_vault_info.asyncio_detailed(
            client=self._client,
            vault_id=vault_id,
            status=status,
            broker_ids=broker_ids,
        )

    async def liquidator_history(
        self,
        *,
        vault_id: str,
        symbol: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[VaultLiquidatorHistoryResponse]:
        """Get Strategy Vault Liquidator History: ``GET /v1/public/strategy_vault/vault/liquidator_history``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-liquidator-history
        """
        from ..api.public import get_v1_public_strategy_vault_vault_liquidator_history

        return await get_v1_public_strategy_vault_vault_liquidator_history.asyncio_detailed(
            client=self._client,
            vault_id=vault_id,
            symbol=symbol,
            page=page,
            size=size,
        )

    async def open_orders(
        self,
        *,
        vault_id: str,
        symbol: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[VaultOpenOrdersResponse]:
        """Get Strategy Vault Open Orders: ``GET /v1/public/strategy_vault/vault/open_orders``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-open-orders
        """
        from ..api.public import get_v1_public_strategy_vault_vault_open_orders

        return await get_v1_public_strategy_vault_vault_open_orders.asyncio_detailed(
            client=self._client,
            vault_id=vault_id,
            symbol=symbol,
            sort_by=sort_by,
            page=page,
            size=size,
        )

    async def orders(
        self,
        *,
        vault_id: str,
        symbol: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[VaultOrderHistoryResponse]:
        """Get Strategy Vault Order History: ``GET /v1/public/strategy_vault/vault/order_history``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/get-strategy-vault-order-history
        """
        from ..api.public import get_v1_public_strategy_vault_vault_order_history

        return await get_v1_public_strategy_vault_vault_order_history.asyncio_detailed(
            client=self._client,
            vault_id=vault_id,
            symbol=symbol,
            sort_by=sort_by,
            page=page,
            size=size,
        )

    async def overall(
        self,
        *,
        broker_ids: str | Unset = UNSET,
    ) -> Response[VaultOverallInfoResponse]:
        """Get Overall Statistics of all Strategy Vaults: ``GET /v1/public/strategy_vault/vault/overall_info``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-overall-statistics
        """
        from ..api.public import get_v1_public_strategy_vault_vault_overall_info

        return await get_v1_public_strategy_vault_vault_overall_info.asyncio_detailed(
            client=self._client,
            broker_ids=broker_ids,
        )

    async def performance(
        self,
        *,
        vault_id: str,
    ) -> Response[VaultPerformanceResponse]:
        """Get Strategy Vault Performance: ``GET /v1/public/strategy_vault/vault/performance``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-performance
        """
        from ..api.public import get_v1_public_strategy_vault_vault_performance

        return await get_v1_public_strategy_vault_vault_performance.asyncio_detailed(
            client=self._client,
            vault_id=vault_id,
        )

    async def performance_chart(
        self,
        *,
        vault_id: str,
        type_: str,
        time_range: str,
    ) -> Response[VaultPerformanceChartResponse]:
        """Get Strategy Vault TVL/PnL History: ``GET /v1/public/strategy_vault/vault/performance_chart``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-performance-chart
        """
        from ..api.public import get_v1_public_strategy_vault_vault_performance_chart

        return await get_v1_public_strategy_vault_vault_performance_chart.asyncio_detailed(
            client=self._client,
            vault_id=vault_id,
            type_=type_,
            time_range=time_range,
        )

    async def positions(
        self,
        *,
        vault_id: str,
    ) -> Response[VaultPositionsResponse]:
        """Get Strategy Vault Positions: ``GET /v1/public/strategy_vault/vault/positions``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-positions
        """
        from ..api.public import get_v1_public_strategy_vault_vault_positions

        return await get_v1_public_strategy_vault_vault_positions.asyncio_detailed(
            client=self._client,
            vault_id=vault_id,
        )

    async def trades(
        self,
        *,
        vault_id: str,
        symbol: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[VaultTradeHistoryResponse]:
        """Get Strategy Vault Trade History: ``GET /v1/public/strategy_vault/vault/trade_history``.

        Docs: https://orderly.network/docs/strategy-vault/vault/public/vault-trade-history
        """
        from ..api.public import get_v1_public_strategy_vault_vault_trade_history

        return await get_v1_public_strategy_vault_vault_trade_history.asyncio_detailed(
            client=self._client,
            vault_id=vault_id,
            symbol=symbol,
            sort_by=sort_by,
            page=page,
            size=size,
        )
