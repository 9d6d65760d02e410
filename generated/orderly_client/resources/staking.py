"""``client.staking``: ``balance``, ``overview``, ``unstake_details``, ``valor2_batch_info``, ``valor2_pool_info``, ``valor2_redeem``, ``valor2_revenue_buyback``, ``valor_batch_info``, ``valor_pool_info``, ``valor_redeem``, ``vesting_list``."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

from ..client import AuthenticatedClient, Client
from ..types import Response, Unset

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.get_staking_overview_response import GetStakingOverviewResponse
    from ..models.get_staking_overview_response_data import (
        GetStakingOverviewResponseData,
    )
    from ..models.get_unstake_details_response import GetUnstakeDetailsResponse
    from ..models.get_unstake_details_response_data import GetUnstakeDetailsResponseData
    from ..models.get_valor_2_batch_info_response import GetValor2BatchInfoResponse
    from ..models.get_valor_2_batch_info_response_data import (
        GetValor2BatchInfoResponseData,
    )
    from ..models.get_valor_2_pool_info_response import GetValor2PoolInfoResponse
    from ..models.get_valor_2_pool_info_response_data import (
        GetValor2PoolInfoResponseData,
    )
    from ..models.get_valor_2_redeem_info_response import GetValor2RedeemInfoResponse
    from ..models.get_valor_2_redeem_info_response_data import (
        GetValor2RedeemInfoResponseData,
    )
    from ..models.get_valor_2_revenue_buyback_response import (
        GetValor2RevenueBuybackResponse,
    )
    from ..models.get_valor_2_revenue_buyback_response_data_item import (
        GetValor2RevenueBuybackResponseDataItem,
    )
    from ..models.get_valor_batch_info_response import GetValorBatchInfoResponse
    from ..models.get_valor_batch_info_response_data import (
        GetValorBatchInfoResponseData,
    )
    from ..models.get_valor_pool_info_response import GetValorPoolInfoResponse
    from ..models.get_valor_pool_info_response_data import GetValorPoolInfoResponseData
    from ..models.get_valor_redeem_info_response import GetValorRedeemInfoResponse
    from ..models.get_valor_redeem_info_response_data import (
        GetValorRedeemInfoResponseData,
    )
    from ..models.get_wallet_staked_balance_response import (
        GetWalletStakedBalanceResponse,
    )
    from ..models.get_wallet_staked_balance_response_data import (
        GetWalletStakedBalanceResponseData,
    )
    from ..models.getes_order_vesting_list_response import GetesORDERVestingListResponse
    from ..models.getes_order_vesting_list_response_data import (
        GetesORDERVestingListResponseData,
    )
    from ..types import Unset

    pass

__all__ = ["AsyncStaking", "AsyncStakingWithRawResponse", "Staking", "StakingWithRawResponse"]


class Staking:
    """``client.staking``: the staking operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> StakingWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return StakingWithRawResponse(self._client)

    def balance(
        self,
        *,
        address: str,
    ) -> GetWalletStakedBalanceResponseData | Unset:
        """Get wallet's current staked balance: ``GET /v1/staking/balance``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-wallets-current-staked-balance
        """
        from ..api.private import get_v1_staking_balance

        answer = get_v1_staking_balance.sync(
            client=self._client,
            address=address,
        )
        return answer.data

    def overview(
        self,
    ) -> GetStakingOverviewResponseData | Unset:
        """Get staking overview: ``GET /v1/staking/overview``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-staking-overview
        """
        from ..api.public import get_v1_staking_overview

        answer = get_v1_staking_overview.sync(
            client=self._client,
        )
        return answer.data

    def unstake_details(
        self,
        *,
        address: str,
    ) -> GetUnstakeDetailsResponseData | Unset:
        """Get unstaking order details: ``GET /v1/staking/unstake_details``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-unstaking-order-details
        """
        from ..api.private import get_v1_staking_unstake_details

        answer = get_v1_staking_unstake_details.sync(
            client=self._client,
            address=address,
        )
        return answer.data

    def valor2_batch_info(
        self,
    ) -> GetValor2BatchInfoResponseData | Unset:
        """Get valor2 batch info: ``GET /v1/staking/valor2/batch_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-valor2-batch-info
        """
        from ..api.public import get_v1_staking_valor2_batch_info

        answer = get_v1_staking_valor2_batch_info.sync(
            client=self._client,
        )
        return answer.data

    def valor2_pool_info(
        self,
    ) -> GetValor2PoolInfoResponseData | Unset:
        """Get valor2 pool info: ``GET /v1/staking/valor2/pool_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-valor2-pool-info
        """
        from ..api.public import get_v1_staking_valor2_pool_info

        answer = get_v1_staking_valor2_pool_info.sync(
            client=self._client,
        )
        return answer.data

    def valor2_redeem(
        self,
        *,
        address: str,
    ) -> GetValor2RedeemInfoResponseData | Unset:
        """Get valor2 redeem info: ``GET /v1/staking/valor2/redeem``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-valor2-redeem-info
        """
        from ..api.private import get_v1_staking_valor2_redeem

        answer = get_v1_staking_valor2_redeem.sync(
            client=self._client,
            address=address,
        )
        return answer.data

    def valor2_revenue_buyback(
        self,
    ) -> builtins.list[GetValor2RevenueBuybackResponseDataItem] | Unset:
        """Get valor2 revenue buyback: ``GET /v1/staking/valor2/revenue_buyback``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-valor2-revenue-buyback
        """
        from ..api.public import get_v1_staking_valor2_revenue_buyback

        answer = get_v1_staking_valor2_revenue_buyback.sync(
            client=self._client,
        )
        return answer.data

    def valor_batch_info(
        self,
    ) -> GetValorBatchInfoResponseData | Unset:
        """Get valor batch info: ``GET /v1/staking/valor/batch_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-valor-batch-info
        """
        from ..api.public import get_v1_staking_valor_batch_info

        answer = get_v1_staking_valor_batch_info.sync(
            client=self._client,
        )
        return answer.data

    def valor_pool_info(
        self,
    ) -> GetValorPoolInfoResponseData | Unset:
        """Get valor pool info: ``GET /v1/staking/valor/pool_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-valor-pool-info
        """
        from ..api.public import get_v1_staking_valor_pool_info

        answer = get_v1_staking_valor_pool_info.sync(
            client=self._client,
        )
        return answer.data

    def valor_redeem(
        self,
        *,
        address: str,
    ) -> GetValorRedeemInfoResponseData | Unset:
        """Get valor redeem info: ``GET /v1/staking/valor/redeem``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-valor-redeem-info
        """
        from ..api.private import get_v1_staking_valor_redeem

        answer = get_v1_staking_valor_redeem.sync(
            client=self._client,
            address=address,
        )
        return answer.data

    def vesting_list(
        self,
        *,
        address: str,
        is_vesting: bool,
    ) -> GetesORDERVestingListResponseData | Unset:
        """Get esorder vesting list: ``GET /v1/staking/esorder/vesting_list``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-esorder-vesting-list
        """
        from ..api.private import get_v1_staking_esorder_vesting_list

        answer = get_v1_staking_esorder_vesting_list.sync(
            client=self._client,
            address=address,
            is_vesting=is_vesting,
        )
        return answer.data


class AsyncStaking:
    """``aclient.staking``: the staking operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncStakingWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncStakingWithRawResponse(self._client)

    async def balance(
        self,
        *,
        address: str,
    ) -> GetWalletStakedBalanceResponseData | Unset:
        """Get wallet's current staked balance: ``GET /v1/staking/balance``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-wallets-current-staked-balance
        """
        from ..api.private import get_v1_staking_balance

        answer = await get_v1_staking_balance.asyncio(
            client=self._client,
            address=address,
        )
        return answer.data

    async def overview(
        self,
    ) -> GetStakingOverviewResponseData | Unset:
        """Get staking overview: ``GET /v1/staking/overview``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-staking-overview
        """
        from ..api.public import get_v1_staking_overview

        answer = await get_v1_staking_overview.asyncio(
            client=self._client,
        )
        return answer.data

    async def unstake_details(
        self,
        *,
        address: str,
    ) -> GetUnstakeDetailsResponseData | Unset:
        """Get unstaking order details: ``GET /v1/staking/unstake_details``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-unstaking-order-details
        """
        from ..api.private import get_v1_staking_unstake_details

        answer = await get_v1_staking_unstake_details.asyncio(
            client=self._client,
            address=address,
        )
        return answer.data

    async def valor2_batch_info(
        self,
    ) -> GetValor2BatchInfoResponseData | Unset:
        """Get valor2 batch info: ``GET /v1/staking/valor2/batch_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-valor2-batch-info
        """
        from ..api.public import get_v1_staking_valor2_batch_info

        answer = await get_v1_staking_valor2_batch_info.asyncio(
            client=self._client,
        )
        return answer.data

    async def valor2_pool_info(
        self,
    ) -> GetValor2PoolInfoResponseData | Unset:
        """Get valor2 pool info: ``GET /v1/staking/valor2/pool_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-valor2-pool-info
        """
        from ..api.public import get_v1_staking_valor2_pool_info

        answer = await get_v1_staking_valor2_pool_info.asyncio(
            client=self._client,
        )
        return answer.data

    async def valor2_redeem(
        self,
        *,
        address: str,
    ) -> GetValor2RedeemInfoResponseData | Unset:
        """Get valor2 redeem info: ``GET /v1/staking/valor2/redeem``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-valor2-redeem-info
        """
        from ..api.private import get_v1_staking_valor2_redeem

        answer = await get_v1_staking_valor2_redeem.asyncio(
            client=self._client,
            address=address,
        )
        return answer.data

    async def valor2_revenue_buyback(
        self,
    ) -> builtins.list[GetValor2RevenueBuybackResponseDataItem] | Unset:
        """Get valor2 revenue buyback: ``GET /v1/staking/valor2/revenue_buyback``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-valor2-revenue-buyback
        """
        from ..api.public import get_v1_staking_valor2_revenue_buyback

        answer = await get_v1_staking_valor2_revenue_buyback.asyncio(
            client=self._client,
        )
        return answer.data

    async def valor_batch_info(
        self,
    ) -> GetValorBatchInfoResponseData | Unset:
        """Get valor batch info: ``GET /v1/staking/valor/batch_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-valor-batch-info
        """
        from ..api.public import get_v1_staking_valor_batch_info

        answer = await get_v1_staking_valor_batch_info.asyncio(
            client=self._client,
        )
        return answer.data

    async def valor_pool_info(
        self,
    ) -> GetValorPoolInfoResponseData | Unset:
        """Get valor pool info: ``GET /v1/staking/valor/pool_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-valor-pool-info
        """
        from ..api.public import get_v1_staking_valor_pool_info

        answer = await get_v1_staking_valor_pool_info.asyncio(
            client=self._client,
        )
        return answer.data

    async def valor_redeem(
        self,
        *,
        address: str,
    ) -> GetValorRedeemInfoResponseData | Unset:
        """Get valor redeem info: ``GET /v1/staking/valor/redeem``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-valor-redeem-info
        """
        from ..api.private import get_v1_staking_valor_redeem

        answer = await get_v1_staking_valor_redeem.asyncio(
            client=self._client,
            address=address,
        )
        return answer.data

    async def vesting_list(
        self,
        *,
        address: str,
        is_vesting: bool,
    ) -> GetesORDERVestingListResponseData | Unset:
        """Get esorder vesting list: ``GET /v1/staking/esorder/vesting_list``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-esorder-vesting-list
        """
        from ..api.private import get_v1_staking_esorder_vesting_list

        answer = await get_v1_staking_esorder_vesting_list.asyncio(
            client=self._client,
            address=address,
            is_vesting=is_vesting,
        )
        return answer.data


class StakingWithRawResponse:
    """``client.staking.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def balance(
        self,
        *,
        address: str,
    ) -> Response[GetWalletStakedBalanceResponse]:
        """Get wallet's current staked balance: ``GET /v1/staking/balance``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-wallets-current-staked-balance
        """
        from ..api.private import get_v1_staking_balance

        return get_v1_staking_balance.sync_detailed(
            client=self._client,
            address=address,
        )

    def overview(
        self,
    ) -> Response[GetStakingOverviewResponse]:
        """Get staking overview: ``GET /v1/staking/overview``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-staking-overview
        """
        from ..api.public import get_v1_staking_overview

        return get_v1_staking_overview.sync_detailed(
            client=self._client,
        )

    def unstake_details(
        self,
        *,
        address: str,
    ) -> Response[GetUnstakeDetailsResponse]:
        """Get unstaking order details: ``GET /v1/staking/unstake_details``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-unstaking-order-details
        """
        from ..api.private import get_v1_staking_unstake_details

        return get_v1_staking_unstake_details.sync_detailed(
            client=self._client,
            address=address,
        )

    def valor2_batch_info(
        self,
    ) -> Response[GetValor2BatchInfoResponse]:
        """Get valor2 batch info: ``GET /v1/staking/valor2/batch_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-valor2-batch-info
        """
        from ..api.public import get_v1_staking_valor2_batch_info

        return get_v1_staking_valor2_batch_info.sync_detailed(
            client=self._client,
        )

    def valor2_pool_info(
        self,
    ) -> Response[GetValor2PoolInfoResponse]:
        """Get valor2 pool info: ``GET /v1/staking/valor2/pool_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-valor2-pool-info
        """
        from ..api.public import get_v1_staking_valor2_pool_info

        return get_v1_staking_valor2_pool_info.sync_detailed(
            client=self._client,
        )

    def valor2_redeem(
        self,
        *,
        address: str,
    ) -> Response[GetValor2RedeemInfoResponse]:
        """Get valor2 redeem info: ``GET /v1/staking/valor2/redeem``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-valor2-redeem-info
        """
        from ..api.private import get_v1_staking_valor2_redeem

        return get_v1_staking_valor2_redeem.sync_detailed(
            client=self._client,
            address=address,
        )

    def valor2_revenue_buyback(
        self,
    ) -> Response[GetValor2RevenueBuybackResponse]:
        """Get valor2 revenue buyback: ``GET /v1/staking/valor2/revenue_buyback``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-valor2-revenue-buyback
        """
        from ..api.public import get_v1_staking_valor2_revenue_buyback

        return get_v1_staking_valor2_revenue_buyback.sync_detailed(
            client=self._client,
        )

    def valor_batch_info(
        self,
    ) -> Response[GetValorBatchInfoResponse]:
        """Get valor batch info: ``GET /v1/staking/valor/batch_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-valor-batch-info
        """
        from ..api.public import get_v1_staking_valor_batch_info

        return get_v1_staking_valor_batch_info.sync_detailed(
            client=self._client,
        )

    def valor_pool_info(
        self,
    ) -> Response[GetValorPoolInfoResponse]:
        """Get valor pool info: ``GET /v1/staking/valor/pool_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-valor-pool-info
        """
        from ..api.public import get_v1_staking_valor_pool_info

        return get_v1_staking_valor_pool_info.sync_detailed(
            client=self._client,
        )

    def valor_redeem(
        self,
        *,
        address: str,
    ) -> Response[GetValorRedeemInfoResponse]:
        """Get valor redeem info: ``GET /v1/staking/valor/redeem``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-valor-redeem-info
        """
        from ..api.private import get_v1_staking_valor_redeem

        return get_v1_staking_valor_redeem.sync_detailed(
            client=self._client,
            address=address,
        )

    def vesting_list(
        self,
        *,
        address: str,
        is_vesting: bool,
    ) -> Response[GetesORDERVestingListResponse]:
        """Get esorder vesting list: ``GET /v1/staking/esorder/vesting_list``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-esorder-vesting-list
        """
        from ..api.private import get_v1_staking_esorder_vesting_list

        return get_v1_staking_esorder_vesting_list.sync_detailed(
            client=self._client,
            address=address,
            is_vesting=is_vesting,
        )


class AsyncStakingWithRawResponse:
    """``aclient.staking.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def balance(
        self,
        *,
        address: str,
    ) -> Response[GetWalletStakedBalanceResponse]:
        """Get wallet's current staked balance: ``GET /v1/staking/balance``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-wallets-current-staked-balance
        """
        from ..api.private import get_v1_staking_balance

        return await get_v1_staking_balance.asyncio_detailed(
            client=self._client,
            address=address,
        )

    async def overview(
        self,
    ) -> Response[GetStakingOverviewResponse]:
        """Get staking overview: ``GET /v1/staking/overview``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-staking-overview
        """
        from ..api.public import get_v1_staking_overview

        return await get_v1_staking_overview.asyncio_detailed(
            client=self._client,
        )

    async def unstake_details(
        self,
        *,
        address: str,
    ) -> Response[GetUnstakeDetailsResponse]:
        """Get unstaking order details: ``GET /v1/staking/unstake_details``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-unstaking-order-details
        """
        from ..api.private import get_v1_staking_unstake_details

        return await get_v1_staking_unstake_details.asyncio_detailed(
            client=self._client,
            address=address,
        )

    async def valor2_batch_info(
        self,
    ) -> Response[GetValor2BatchInfoResponse]:
        """Get valor2 batch info: ``GET /v1/staking/valor2/batch_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-valor2-batch-info
        """
        from ..api.public import get_v1_staking_valor2_batch_info

        return await get_v1_staking_valor2_batch_info.asyncio_detailed(
            client=self._client,
        )

    async def valor2_pool_info(
        self,
    ) -> Response[GetValor2PoolInfoResponse]:
        """Get valor2 pool info: ``GET /v1/staking/valor2/pool_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-valor2-pool-info
        """
        from ..api.public import get_v1_staking_valor2_pool_info

        return await get_v1_staking_valor2_pool_info.asyncio_detailed(
            client=self._client,
        )

    async def valor2_redeem(
        self,
        *,
        address: str,
    ) -> Response[GetValor2RedeemInfoResponse]:
        """Get valor2 redeem info: ``GET /v1/staking/valor2/redeem``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-valor2-redeem-info
        """
        from ..api.private import get_v1_staking_valor2_redeem

        return await get_v1_staking_valor2_redeem.asyncio_detailed(
            client=self._client,
            address=address,
        )

    async def valor2_revenue_buyback(
        self,
    ) -> Response[GetValor2RevenueBuybackResponse]:
        """Get valor2 revenue buyback: ``GET /v1/staking/valor2/revenue_buyback``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-valor2-revenue-buyback
        """
        from ..api.public import get_v1_staking_valor2_revenue_buyback

        return await get_v1_staking_valor2_revenue_buyback.asyncio_detailed(
            client=self._client,
        )

    async def valor_batch_info(
        self,
    ) -> Response[GetValorBatchInfoResponse]:
        """Get valor batch info: ``GET /v1/staking/valor/batch_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-valor-batch-info
        """
        from ..api.public import get_v1_staking_valor_batch_info

        return await get_v1_staking_valor_batch_info.asyncio_detailed(
            client=self._client,
        )

    async def valor_pool_info(
        self,
    ) -> Response[GetValorPoolInfoResponse]:
        """Get valor pool info: ``GET /v1/staking/valor/pool_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-valor-pool-info
        """
        from ..api.public import get_v1_staking_valor_pool_info

        return await get_v1_staking_valor_pool_info.asyncio_detailed(
            client=self._client,
        )

    async def valor_redeem(
        self,
        *,
        address: str,
    ) -> Response[GetValorRedeemInfoResponse]:
        """Get valor redeem info: ``GET /v1/staking/valor/redeem``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-valor-redeem-info
        """
        from ..api.private import get_v1_staking_valor_redeem

        return await get_v1_staking_valor_redeem.asyncio_detailed(
            client=self._client,
            address=address,
        )

    async def vesting_list(
        self,
        *,
        address: str,
        is_vesting: bool,
    ) -> Response[GetesORDERVestingListResponse]:
        """Get esorder vesting list: ``GET /v1/staking/esorder/vesting_list``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-esorder-vesting-list
        """
        from ..api.private import get_v1_staking_esorder_vesting_list

        return await get_v1_staking_esorder_vesting_list.asyncio_detailed(
            client=self._client,
            address=address,
            is_vesting=is_vesting,
        )
