"""``client.campaigns``: ``check``, ``details``, ``list``, ``ranking``, ``sign_up``, ``stats``, ``user``."""

from __future__ import annotations

import builtins
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..client import AuthenticatedClient, Client
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.basic_response import BasicResponse
    from ..models.get_campaign_check_response import GetCampaignCheckResponse
    from ..models.get_campaign_check_response_data import GetCampaignCheckResponseData
    from ..models.get_campaign_detailed_stats_response import (
        GetCampaignDetailedStatsResponse,
    )
    from ..models.get_campaign_detailed_stats_response_data import (
        GetCampaignDetailedStatsResponseData,
    )
    from ..models.get_campaign_ranking_response import GetCampaignRankingResponse
    from ..models.get_campaign_ranking_response_data import (
        GetCampaignRankingResponseData,
    )
    from ..models.get_campaign_stats_response import GetCampaignStatsResponse
    from ..models.get_campaign_stats_response_data import GetCampaignStatsResponseData
    from ..models.get_campaign_user_response import GetCampaignUserResponse
    from ..models.get_campaign_user_response_data import GetCampaignUserResponseData
    from ..models.get_campaigns_response import GetCampaignsResponse
    from ..models.get_campaigns_response_data import GetCampaignsResponseData
    from ..types import UNSET, Unset

    pass

__all__ = ["AsyncCampaigns", "AsyncCampaignsWithRawResponse", "Campaigns", "CampaignsWithRawResponse"]


class Campaigns:
    """``client.campaigns``: the campaigns operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> CampaignsWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return CampaignsWithRawResponse(self._client)

    def check(
        self,
        *,
        campaign_id: int,
        type_: str,
        address: str,
        lower_boundary: Decimal,
        cmp: str | Unset = UNSET,
    ) -> GetCampaignCheckResponseData | Unset:
        """Get campaign verification: ``GET /v1/public/campaign/check``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-verification
        """
        from ..api.public import get_v1_public_campaign_check

        answer = get_v1_public_campaign_check.sync(
            client=self._client,
            campaign_id=campaign_id,
            type_=type_,
            address=address,
            lower_boundary=lower_boundary,
            cmp=cmp,
        )
        return answer.data

    def details(
        self,
        *,
        campaign_id: int,
        broker_id: str | Unset = UNSET,
        symbols: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
    ) -> GetCampaignDetailedStatsResponseData | Unset:
        """Get detailed campaign info: ``GET /v1/public/campaign/stats/details``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-detailed-campaign-info
        """
        from ..api.public import get_v1_public_campaign_stats_details

        answer = get_v1_public_campaign_stats_details.sync(
            client=self._client,
            campaign_id=campaign_id,
            broker_id=broker_id,
            symbols=symbols,
            group_by=group_by,
        )
        return answer.data

    def list(
        self,
        *,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        only_show_alive: str | Unset = UNSET,
        address: str | Unset = UNSET,
    ) -> GetCampaignsResponseData | Unset:
        """Get list of campaigns: ``GET /v1/public/campaigns``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-list-of-campaigns
        """
        from ..api.public import get_v1_public_campaigns

        answer = get_v1_public_campaigns.sync(
            client=self._client,
            start_t=start_t,
            end_t=end_t,
            only_show_alive=only_show_alive,
            address=address,
        )
        return answer.data

    def ranking(
        self,
        *,
        campaign_id: int,
        broker_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        min_pnl: Decimal | Unset = UNSET,
        min_volume: Decimal | Unset = UNSET,
        aggregate_by: str | Unset = UNSET,
    ) -> GetCampaignRankingResponseData | Unset:
        """Get campaign ranking: ``GET /v1/public/campaign/ranking``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-ranking
        """
        from ..api.public import get_v1_public_campaign_ranking

        answer = get_v1_public_campaign_ranking.sync(
            client=self._client,
            campaign_id=campaign_id,
            broker_id=broker_id,
            page=page,
            size=size,
            sort_by=sort_by,
            min_pnl=min_pnl,
            min_volume=min_volume,
            aggregate_by=aggregate_by,
        )
        return answer.data

    def sign_up(
        self,
        *,
        campaign_id: int,
    ) -> None:
        """Sign up campaign: ``POST /v1/client/campaign/sign_up``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/sign-up-campaign
        """
        from ..api.private import post_v1_client_campaign_sign_up
        from ..models.post_v1_client_campaign_sign_up_body import (
            PostV1ClientCampaignSignUpBody,
        )

        answer = post_v1_client_campaign_sign_up.sync(
            client=self._client,
            body=PostV1ClientCampaignSignUpBody(
                campaign_id=campaign_id,
            ),
        )
        del answer  # success only: an error answer raised

    def stats(
        self,
        *,
        campaign_id: int,
        broker_id: str | Unset = UNSET,
        symbol: str | Unset = UNSET,
        order_tag: str | Unset = UNSET,
    ) -> GetCampaignStatsResponseData | Unset:
        """Get campaign statistics: ``GET /v1/public/campaign/stats``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-statistics
        """
        from ..api.public import get_v1_public_campaign_stats

        answer = get_v1_public_campaign_stats.sync(
            client=self._client,
            campaign_id=campaign_id,
            broker_id=broker_id,
            symbol=symbol,
            order_tag=order_tag,
        )
        return answer.data

    def user(
        self,
        *,
        campaign_id: int,
        account_id: str | Unset = UNSET,
        address: str | Unset = UNSET,
        broker_id: str | Unset = UNSET,
        symbol: builtins.list[str] | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> GetCampaignUserResponseData | Unset:
        """Get campaign user info: ``GET /v1/public/campaign/user``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-user-info
        """
        from ..api.public import get_v1_public_campaign_user

        answer = get_v1_public_campaign_user.sync(
            client=self._client,
            campaign_id=campaign_id,
            account_id=account_id,
            address=address,
            broker_id=broker_id,
            symbol=symbol,
            order_tag=order_tag,
            user_address=user_address,
        )
        return answer.data


class AsyncCampaigns:
    """``aclient.campaigns``: the campaigns operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncCampaignsWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncCampaignsWithRawResponse(self._client)

    async def check(
        self,
        *,
        campaign_id: int,
        type_: str,
        address: str,
        lower_boundary: Decimal,
        cmp: str | Unset = UNSET,
    ) -> GetCampaignCheckResponseData | Unset:
        """Get campaign verification: ``GET /v1/public/campaign/check``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-verification
        """
        from ..api.public import get_v1_public_campaign_check

        answer = await get_v1_public_campaign_check.asyncio(
            client=self._client,
            campaign_id=campaign_id,
            type_=type_,
            address=address,
            lower_boundary=lower_boundary,
            cmp=cmp,
        )
        return answer.data

    async def details(
        self,
        *,
        campaign_id: int,
        broker_id: str | Unset = UNSET,
        symbols: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
    ) -> GetCampaignDetailedStatsResponseData | Unset:
        """Get detailed campaign info: ``GET /v1/public/campaign/stats/details``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-detailed-campaign-info
        """
        from ..api.public import get_v1_public_campaign_stats_details

        answer = await get_v1_public_campaign_stats_details.asyncio(
            client=self._client,
            campaign_id=campaign_id,
            broker_id=broker_id,
            symbols=symbols,
            group_by=group_by,
        )
        return answer.data

    async def list(
        self,
        *,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        only_show_alive: str | Unset = UNSET,
        address: str | Unset = UNSET,
    ) -> GetCampaignsResponseData | Unset:
        """Get list of campaigns: ``GET /v1/public/campaigns``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-list-of-campaigns
        """
        from ..api.public import get_v1_public_campaigns

        answer = await get_v1_public_campaigns.asyncio(
            client=self._client,
            start_t=start_t,
            end_t=end_t,
            only_show_alive=only_show_alive,
            address=address,
        )
        return answer.data

    async def ranking(
        self,
        *,
        campaign_id: int,
        broker_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        min_pnl: Decimal | Unset = UNSET,
        min_volume: Decimal | Unset = UNSET,
        aggregate_by: str | Unset = UNSET,
    ) -> GetCampaignRankingResponseData | Unset:
        """Get campaign ranking: ``GET /v1/public/campaign/ranking``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-ranking
        """
        from ..api.public import get_v1_public_campaign_ranking

        answer = await get_v1_public_campaign_ranking.asyncio(
            client=self._client,
            campaign_id=campaign_id,
            broker_id=broker_id,
            page=page,
            size=size,
            sort_by=sort_by,
            min_pnl=min_pnl,
            min_volume=min_volume,
            aggregate_by=aggregate_by,
        )
        return answer.data

    async def sign_up(
        self,
        *,
        campaign_id: int,
    ) -> None:
        """Sign up campaign: ``POST /v1/client/campaign/sign_up``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/sign-up-campaign
        """
        from ..api.private import post_v1_client_campaign_sign_up
        from ..models.post_v1_client_campaign_sign_up_body import (
            PostV1ClientCampaignSignUpBody,
        )

        answer = await post_v1_client_campaign_sign_up.asyncio(
            client=self._client,
            body=PostV1ClientCampaignSignUpBody(
                campaign_id=campaign_id,
            ),
        )
        del answer  # success only: an error answer raised

    async def stats(
        self,
        *,
        campaign_id: int,
        broker_id: str | Unset = UNSET,
        symbol: str | Unset = UNSET,
        order_tag: str | Unset = UNSET,
    ) -> GetCampaignStatsResponseData | Unset:
        """Get campaign statistics: ``GET /v1/public/campaign/stats``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-statistics
        """
        from ..api.public import get_v1_public_campaign_stats

        answer = await get_v1_public_campaign_stats.asyncio(
            client=self._client,
            campaign_id=campaign_id,
            broker_id=broker_id,
            symbol=symbol,
            order_tag=order_tag,
        )
        return answer.data

    async def user(
        self,
        *,
        campaign_id: int,
        account_id: str | Unset = UNSET,
        address: str | Unset = UNSET,
        broker_id: str | Unset = UNSET,
        symbol: builtins.list[str] | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> GetCampaignUserResponseData | Unset:
        """Get campaign user info: ``GET /v1/public/campaign/user``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-user-info
        """
        from ..api.public import get_v1_public_campaign_user

        answer = await get_v1_public_campaign_user.asyncio(
            client=self._client,
            campaign_id=campaign_id,
            account_id=account_id,
            address=address,
            broker_id=broker_id,
            symbol=symbol,
            order_tag=order_tag,
            user_address=user_address,
        )
        return answer.data


class CampaignsWithRawResponse:
    """``client.campaigns.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def check(
        self,
        *,
        campaign_id: int,
        type_: str,
        address: str,
        lower_boundary: Decimal,
        cmp: str | Unset = UNSET,
    ) -> Response[GetCampaignCheckResponse]:
        """Get campaign verification: ``GET /v1/public/campaign/check``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-verification
        """
        from ..api.public import get_v1_public_campaign_check

        return get_v1_public_campaign_check.sync_detailed(
            client=self._client,
            campaign_id=campaign_id,
            type_=type_,
            address=address,
            lower_boundary=lower_boundary,
            cmp=cmp,
        )

    def details(
        self,
        *,
        campaign_id: int,
        broker_id: str | Unset = UNSET,
        symbols: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
    ) -> Response[GetCampaignDetailedStatsResponse]:
        """Get detailed campaign info: ``GET /v1/public/campaign/stats/details``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-detailed-campaign-info
        """
        from ..api.public import get_v1_public_campaign_stats_details

        return get_v1_public_campaign_stats_details.sync_detailed(
            client=self._client,
            campaign_id=campaign_id,
            broker_id=broker_id,
            symbols=symbols,
            group_by=group_by,
        )

    def list(
        self,
        *,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        only_show_alive: str | Unset = UNSET,
        address: str | Unset = UNSET,
    ) -> Response[GetCampaignsResponse]:
        """Get list of campaigns: ``GET /v1/public/campaigns``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-list-of-campaigns
        """
        from ..api.public import get_v1_public_campaigns

        return get_v1_public_campaigns.sync_detailed(
            client=self._client,
            start_t=start_t,
            end_t=end_t,
            only_show_alive=only_show_alive,
            address=address,
        )

    def ranking(
        self,
        *,
        campaign_id: int,
        broker_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        min_pnl: Decimal | Unset = UNSET,
        min_volume: Decimal | Unset = UNSET,
        aggregate_by: str | Unset = UNSET,
    ) -> Response[GetCampaignRankingResponse]:
        """Get campaign ranking: ``GET /v1/public/campaign/ranking``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-ranking
        """
        from ..api.public import get_v1_public_campaign_ranking

        return get_v1_public_campaign_ranking.sync_detailed(
            client=self._client,
            campaign_id=campaign_id,
            broker_id=broker_id,
            page=page,
            size=size,
            sort_by=sort_by,
            min_pnl=min_pnl,
            min_volume=min_volume,
            aggregate_by=aggregate_by,
        )

    def sign_up(
        self,
        *,
        campaign_id: int,
    ) -> Response[BasicResponse]:
        """Sign up campaign: ``POST /v1/client/campaign/sign_up``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/sign-up-campaign
        """
        from ..api.private import post_v1_client_campaign_sign_up
        from ..models.post_v1_client_campaign_sign_up_body import (
            PostV1ClientCampaignSignUpBody,
        )

        return post_v1_client_campaign_sign_up.sync_detailed(
            client=self._client,
            body=PostV1ClientCampaignSignUpBody(
                campaign_id=campaign_id,
            ),
        )

    def stats(
        self,
        *,
        campaign_id: int,
        broker_id: str | Unset = UNSET,
        symbol: str | Unset = UNSET,
        order_tag: str | Unset = UNSET,
    ) -> Response[GetCampaignStatsResponse]:
        """Get campaign statistics: ``GET /v1/public/campaign/stats``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-statistics
        """
        from ..api.public import get_v1_public_campaign_stats

        return get_v1_public_campaign_stats.sync_detailed(
            client=self._client,
            campaign_id=campaign_id,
            broker_id=broker_id,
            symbol=symbol,
            order_tag=order_tag,
        )

    def user(
        self,
        *,
        campaign_id: int,
        account_id: str | Unset = UNSET,
        address: str | Unset = UNSET,
        broker_id: str | Unset = UNSET,
        symbol: builtins.list[str] | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[GetCampaignUserResponse]:
        """Get campaign user info: ``GET /v1/public/campaign/user``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-user-info
        """
        from ..api.public import get_v1_public_campaign_user

        return get_v1_public_campaign_user.sync_detailed(
            client=self._client,
            campaign_id=campaign_id,
            account_id=account_id,
            address=address,
            broker_id=broker_id,
            symbol=symbol,
            order_tag=order_tag,
            user_address=user_address,
        )


class AsyncCampaignsWithRawResponse:
    """``aclient.campaigns.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def check(
        self,
        *,
        campaign_id: int,
        type_: str,
        address: str,
        lower_boundary: Decimal,
        cmp: str | Unset = UNSET,
    ) -> Response[GetCampaignCheckResponse]:
        """Get campaign verification: ``GET /v1/public/campaign/check``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-verification
        """
        from ..api.public import get_v1_public_campaign_check

        return await get_v1_public_campaign_check.asyncio_detailed(
            client=self._client,
            campaign_id=campaign_id,
            type_=type_,
            address=address,
            lower_boundary=lower_boundary,
            cmp=cmp,
        )

    async def details(
        self,
        *,
        campaign_id: int,
        broker_id: str | Unset = UNSET,
        symbols: str | Unset = UNSET,
        group_by: str | Unset = UNSET,
    ) -> Response[GetCampaignDetailedStatsResponse]:
        """Get detailed campaign info: ``GET /v1/public/campaign/stats/details``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-detailed-campaign-info
        """
        from ..api.public import get_v1_public_campaign_stats_details

        return await get_v1_public_campaign_stats_details.asyncio_detailed(
            client=self._client,
            campaign_id=campaign_id,
            broker_id=broker_id,
            symbols=symbols,
            group_by=group_by,
        )

    async def list(
        self,
        *,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        only_show_alive: str | Unset = UNSET,
        address: str | Unset = UNSET,
    ) -> Response[GetCampaignsResponse]:
        """Get list of campaigns: ``GET /v1/public/campaigns``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-list-of-campaigns
        """
        from ..api.public import get_v1_public_campaigns

        return await get_v1_public_campaigns.asyncio_detailed(
            client=self._client,
            start_t=start_t,
            end_t=end_t,
            only_show_alive=only_show_alive,
            address=address,
        )

    async def ranking(
        self,
        *,
        campaign_id: int,
        broker_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        min_pnl: Decimal | Unset = UNSET,
        min_volume: Decimal | Unset = UNSET,
        aggregate_by: str | Unset = UNSET,
    ) -> Response[GetCampaignRankingResponse]:
        """Get campaign ranking: ``GET /v1/public/campaign/ranking``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-ranking
        """
        from ..api.public import get_v1_public_campaign_ranking

        return await get_v1_public_campaign_ranking.asyncio_detailed(
            client=self._client,
            campaign_id=campaign_id,
            broker_id=broker_id,
            page=page,
            size=size,
            sort_by=sort_by,
            min_pnl=min_pnl,
            min_volume=min_volume,
            aggregate_by=aggregate_by,
        )

    async def sign_up(
        self,
        *,
        campaign_id: int,
    ) -> Response[BasicResponse]:
        """Sign up campaign: ``POST /v1/client/campaign/sign_up``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/sign-up-campaign
        """
        from ..api.private import post_v1_client_campaign_sign_up
        from ..models.post_v1_client_campaign_sign_up_body import (
            PostV1ClientCampaignSignUpBody,
        )

        return await post_v1_client_campaign_sign_up.asyncio_detailed(
            client=self._client,
            body=PostV1ClientCampaignSignUpBody(
                campaign_id=campaign_id,
            ),
        )

    async def stats(
        self,
        *,
        campaign_id: int,
        broker_id: str | Unset = UNSET,
        symbol: str | Unset = UNSET,
        order_tag: str | Unset = UNSET,
    ) -> Response[GetCampaignStatsResponse]:
        """Get campaign statistics: ``GET /v1/public/campaign/stats``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-statistics
        """
        from ..api.public import get_v1_public_campaign_stats

        return await get_v1_public_campaign_stats.asyncio_detailed(
            client=self._client,
            campaign_id=campaign_id,
            broker_id=broker_id,
            symbol=symbol,
            order_tag=order_tag,
        )

    async def user(
        self,
        *,
        campaign_id: int,
        account_id: str | Unset = UNSET,
        address: str | Unset = UNSET,
        broker_id: str | Unset = UNSET,
        symbol: builtins.list[str] | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[GetCampaignUserResponse]:
        """Get campaign user info: ``GET /v1/public/campaign/user``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-campaign-user-info
        """
        from ..api.public import get_v1_public_campaign_user

        return await get_v1_public_campaign_user.asyncio_detailed(
            client=self._client,
            campaign_id=campaign_id,
            account_id=account_id,
            address=address,
            broker_id=broker_id,
            symbol=symbol,
            order_tag=order_tag,
            user_address=user_address,
        )
