"""``client.liquidity_providers``: ``claim_info``, ``fee_history``, ``info``, ``performance``, ``performance_chart``, ``transactions``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..client import AuthenticatedClient, Client
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.lp_claim_info_response import LpClaimInfoResponse
    from ..models.lp_claim_info_response_data import LpClaimInfoResponseData
    from ..models.lp_fees_history_response import LpFeesHistoryResponse
    from ..models.lp_fees_history_response_data import LpFeesHistoryResponseData
    from ..models.lp_info_response import LpInfoResponse
    from ..models.lp_info_response_data import LpInfoResponseData
    from ..models.lp_performance_chart_response import LpPerformanceChartResponse
    from ..models.lp_performance_chart_response_data import (
        LpPerformanceChartResponseData,
    )
    from ..models.lp_performance_response import LpPerformanceResponse
    from ..models.lp_performance_response_data import LpPerformanceResponseData
    from ..models.lp_transaction_history_response import LpTransactionHistoryResponse
    from ..models.lp_transaction_history_response_data import (
        LpTransactionHistoryResponseData,
    )
    from ..types import UNSET, Unset

    pass

__all__ = [
    "AsyncLiquidityProviders",
    "AsyncLiquidityProvidersWithRawResponse",
    "LiquidityProviders",
    "LiquidityProvidersWithRawResponse",
]


class LiquidityProviders:
    """``client.liquidity_providers``: the liquidity providers operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> LiquidityProvidersWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return LiquidityProvidersWithRawResponse(self._client)

    def claim_info(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        chain_id: str,
    ) -> LpClaimInfoResponseData | Unset:
        """Get Liquidity Provider Claim Info: ``GET /v1/public/strategy_vault/lp/claim_info``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-claim-info
        """
        from ..api.public import get_v1_public_strategy_vault_lp_claim_info

        answer = get_v1_public_strategy_vault_lp_claim_info.sync(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            chain_id=chain_id,
        )
        return answer.data

    def fee_history(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
    ) -> LpFeesHistoryResponseData | Unset:
        """Get Liquidity Provider Fee History: ``GET /v1/public/strategy_vault/lp/fees_history``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/fees-history
        """
        from ..api.public import get_v1_public_strategy_vault_lp_fees_history

        answer = get_v1_public_strategy_vault_lp_fees_history.sync(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            page=page,
            size=size,
            start_t=start_t,
            end_t=end_t,
        )
        return answer.data

    def info(
        self,
        *,
        wallet_address: str,
        vault_id: str | Unset = UNSET,
    ) -> LpInfoResponseData | Unset:
        """Get Liquidity Provider Info: ``GET /v1/public/strategy_vault/lp/info``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-info
        """
        from ..api.public import get_v1_public_strategy_vault_lp_info

        answer = get_v1_public_strategy_vault_lp_info.sync(
            client=self._client,
            wallet_address=wallet_address,
            vault_id=vault_id,
        )
        return answer.data

    def performance(
        self,
        *,
        vault_id: str,
        wallet_address: str,
    ) -> LpPerformanceResponseData | Unset:
        """Get Liquidity Provider Performance: ``GET /v1/public/strategy_vault/lp/performance``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-performance
        """
        from ..api.public import get_v1_public_strategy_vault_lp_performance

        answer = get_v1_public_strategy_vault_lp_performance.sync(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
        )
        return answer.data

    def performance_chart(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        type_: str,
        time_range: str,
    ) -> LpPerformanceChartResponseData | Unset:
        """Get Liquidity Provider TVL/PnL History: ``GET /v1/public/strategy_vault/lp/performance_chart``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-performance-chart
        """
        from ..api.public import get_v1_public_strategy_vault_lp_performance_chart

        answer = get_v1_public_strategy_vault_lp_performance_chart.sync(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            type_=type_,
            time_range=time_range,
        )
        return answer.data

    def transactions(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        type_: str | Unset = UNSET,
        chain_id: str | Unset = UNSET,
        source: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> LpTransactionHistoryResponseData | Unset:
        """Get Liquidity Provider Transaction History: ``GET /v1/public/strategy_vault/lp/transaction_history``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-transaction-history
        """
        from ..api.public import get_v1_public_strategy_vault_lp_transaction_history

        answer = get_v1_public_strategy_vault_lp_transaction_history.sync(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            type_=type_,
            chain_id=chain_id,
            source=source,
            page=page,
            size=size,
        )
        return answer.data


class AsyncLiquidityProviders:
    """``aclient.liquidity_providers``: the liquidity providers operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncLiquidityProvidersWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncLiquidityProvidersWithRawResponse(self._client)

    async def claim_info(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        chain_id: str,
    ) -> LpClaimInfoResponseData | Unset:
        """Get Liquidity Provider Claim Info: ``GET /v1/public/strategy_vault/lp/claim_info``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-claim-info
        """
        from ..api.public import get_v1_public_strategy_vault_lp_claim_info

        answer = await get_v1_public_strategy_vault_lp_claim_info.asyncio(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            chain_id=chain_id,
        )
        return answer.data

    async def fee_history(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
    ) -> LpFeesHistoryResponseData | Unset:
        """Get Liquidity Provider Fee History: ``GET /v1/public/strategy_vault/lp/fees_history``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/fees-history
        """
        from ..api.public import get_v1_public_strategy_vault_lp_fees_history

        answer = await get_v1_public_strategy_vault_lp_fees_history.asyncio(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            page=page,
            size=size,
            start_t=start_t,
            end_t=end_t,
        )
        return answer.data

    async def info(
        self,
        *,
        wallet_address: str,
        vault_id: str | Unset = UNSET,
    ) -> LpInfoResponseData | Unset:
        """Get Liquidity Provider Info: ``GET /v1/public/strategy_vault/lp/info``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-info
        """
        from ..api.public import get_v1_public_strategy_vault_lp_info

        answer = await get_v1_public_strategy_vault_lp_info.asyncio(
            client=self._client,
            wallet_address=wallet_address,
            vault_id=vault_id,
        )
        return answer.data

    async def performance(
        self,
        *,
        vault_id: str,
        wallet_address: str,
    ) -> LpPerformanceResponseData | Unset:
        """Get Liquidity Provider Performance: ``GET /v1/public/strategy_vault/lp/performance``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-performance
        """
        from ..api.public import get_v1_public_strategy_vault_lp_performance

        answer = await get_v1_public_strategy_vault_lp_performance.asyncio(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
        )
        return answer.data

    async def performance_chart(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        type_: str,
        time_range: str,
    ) -> LpPerformanceChartResponseData | Unset:
        """Get Liquidity Provider TVL/PnL History: ``GET /v1/public/strategy_vault/lp/performance_chart``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-performance-chart
        """
        from ..api.public import get_v1_public_strategy_vault_lp_performance_chart

        answer = await get_v1_public_strategy_vault_lp_performance_chart.asyncio(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            type_=type_,
            time_range=time_range,
        )
        return answer.data

    async def transactions(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        type_: str | Unset = UNSET,
        chain_id: str | Unset = UNSET,
        source: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> LpTransactionHistoryResponseData | Unset:
        """Get Liquidity Provider Transaction History: ``GET /v1/public/strategy_vault/lp/transaction_history``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-transaction-history
        """
        from ..api.public import get_v1_public_strategy_vault_lp_transaction_history

        answer = await get_v1_public_strategy_vault_lp_transaction_history.asyncio(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            type_=type_,
            chain_id=chain_id,
            source=source,
            page=page,
            size=size,
        )
        return answer.data


class LiquidityProvidersWithRawResponse:
    """``client.liquidity_providers.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def claim_info(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        chain_id: str,
    ) -> Response[LpClaimInfoResponse]:
        """Get Liquidity Provider Claim Info: ``GET /v1/public/strategy_vault/lp/claim_info``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-claim-info
        """
        from ..api.public import get_v1_public_strategy_vault_lp_claim_info

        return get_v1_public_strategy_vault_lp_claim_info.sync_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            chain_id=chain_id,
        )

    def fee_history(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
    ) -> Response[LpFeesHistoryResponse]:
        """Get Liquidity Provider Fee History: ``GET /v1/public/strategy_vault/lp/fees_history``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/fees-history
        """
        from ..api.public import get_v1_public_strategy_vault_lp_fees_history

        return get_v1_public_strategy_vault_lp_fees_history.sync_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            page=page,
            size=size,
            start_t=start_t,
            end_t=end_t,
        )

    def info(
        self,
        *,
        wallet_address: str,
        vault_id: str | Unset = UNSET,
    ) -> Response[LpInfoResponse]:
        """Get Liquidity Provider Info: ``GET /v1/public/strategy_vault/lp/info``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-info
        """
        from ..api.public import get_v1_public_strategy_vault_lp_info

        return get_v1_public_strategy_vault_lp_info.sync_detailed(
            client=self._client,
            wallet_address=wallet_address,
            vault_id=vault_id,
        )

    def performance(
        self,
        *,
        vault_id: str,
        wallet_address: str,
    ) -> Response[LpPerformanceResponse]:
        """Get Liquidity Provider Performance: ``GET /v1/public/strategy_vault/lp/performance``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-performance
        """
        from ..api.public import get_v1_public_strategy_vault_lp_performance

        return get_v1_public_strategy_vault_lp_performance.sync_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
        )

    def performance_chart(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        type_: str,
        time_range: str,
    ) -> Response[LpPerformanceChartResponse]:
        """Get Liquidity Provider TVL/PnL History: ``GET /v1/public/strategy_vault/lp/performance_chart``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-performance-chart
        """
        from ..api.public import get_v1_public_strategy_vault_lp_performance_chart

        return get_v1_public_strategy_vault_lp_performance_chart.sync_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            type_=type_,
            time_range=time_range,
        )

    def transactions(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        type_: str | Unset = UNSET,
        chain_id: str | Unset = UNSET,
        source: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[LpTransactionHistoryResponse]:
        """Get Liquidity Provider Transaction History: ``GET /v1/public/strategy_vault/lp/transaction_history``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-transaction-history
        """
        from ..api.public import get_v1_public_strategy_vault_lp_transaction_history

        return get_v1_public_strategy_vault_lp_transaction_history.sync_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            type_=type_,
            chain_id=chain_id,
            source=source,
            page=page,
            size=size,
        )


class AsyncLiquidityProvidersWithRawResponse:
    """``aclient.liquidity_providers.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def claim_info(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        chain_id: str,
    ) -> Response[LpClaimInfoResponse]:
        """Get Liquidity Provider Claim Info: ``GET /v1/public/strategy_vault/lp/claim_info``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-claim-info
        """
        from ..api.public import get_v1_public_strategy_vault_lp_claim_info

        return await get_v1_public_strategy_vault_lp_claim_info.asyncio_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            chain_id=chain_id,
        )

    async def fee_history(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
    ) -> Response[LpFeesHistoryResponse]:
        """Get Liquidity Provider Fee History: ``GET /v1/public/strategy_vault/lp/fees_history``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/fees-history
        """
        from ..api.public import get_v1_public_strategy_vault_lp_fees_history

        return await get_v1_public_strategy_vault_lp_fees_history.asyncio_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            page=page,
            size=size,
            start_t=start_t,
            end_t=end_t,
        )

    async def info(
        self,
        *,
        wallet_address: str,
        vault_id: str | Unset = UNSET,
    ) -> Response[LpInfoResponse]:
        """Get Liquidity Provider Info: ``GET /v1/public/strategy_vault/lp/info``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-info
        """
        from ..api.public import get_v1_public_strategy_vault_lp_info

        return await get_v1_public_strategy_vault_lp_info.asyncio_detailed(
            client=self._client,
            wallet_address=wallet_address,
            vault_id=vault_id,
        )

    async def performance(
        self,
        *,
        vault_id: str,
        wallet_address: str,
    ) -> Response[LpPerformanceResponse]:
        """Get Liquidity Provider Performance: ``GET /v1/public/strategy_vault/lp/performance``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-performance
        """
        from ..api.public import get_v1_public_strategy_vault_lp_performance

        return await get_v1_public_strategy_vault_lp_performance.asyncio_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
        )

    async def performance_chart(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        type_: str,
        time_range: str,
    ) -> Response[LpPerformanceChartResponse]:
        """Get Liquidity Provider TVL/PnL History: ``GET /v1/public/strategy_vault/lp/performance_chart``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-performance-chart
        """
        from ..api.public import get_v1_public_strategy_vault_lp_performance_chart

        return await get_v1_public_strategy_vault_lp_performance_chart.asyncio_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            type_=type_,
            time_range=time_range,
        )

    async def transactions(
        self,
        *,
        vault_id: str,
        wallet_address: str,
        type_: str | Unset = UNSET,
        chain_id: str | Unset = UNSET,
        source: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[LpTransactionHistoryResponse]:
        """Get Liquidity Provider Transaction History: ``GET /v1/public/strategy_vault/lp/transaction_history``.

        Docs: https://orderly.network/docs/strategy-vault/liquidity-provider/public/lp-transaction-history
        """
        from ..api.public import get_v1_public_strategy_vault_lp_transaction_history

        return await get_v1_public_strategy_vault_lp_transaction_history.asyncio_detailed(
            client=self._client,
            vault_id=vault_id,
            wallet_address=wallet_address,
            type_=type_,
            chain_id=chain_id,
            source=source,
            page=page,
            size=size,
        )
