"""``client.rewards``: ``distribution_history``, ``epoch``, ``epoch_dates``, ``leaderboard``, ``merits``, ``stage_rankings``, ``stages``, ``user_statistics``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ..client import AuthenticatedClient, Client
from ..types import UNSET, Response, Unset, next_page

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.get_distribution_history_response import (
        GetDistributionHistoryResponse,
    )
    from ..models.get_distribution_history_response_data_rows_item import (
        GetDistributionHistoryResponseDataRowsItem,
    )
    from ..models.get_epoch_dates_response import GetEpochDatesResponse
    from ..models.get_epoch_dates_response_data import GetEpochDatesResponseData
    from ..models.get_epoch_points_response import GetEpochPointsResponse
    from ..models.get_epoch_points_response_data import GetEpochPointsResponseData
    from ..models.get_point_stages_response import GetPointStagesResponse
    from ..models.get_point_stages_response_data import GetPointStagesResponseData
    from ..models.get_points_leaderboard_response import GetPointsLeaderboardResponse
    from ..models.get_points_leaderboard_response_data import (
        GetPointsLeaderboardResponseData,
    )
    from ..models.get_points_response import GetPointsResponse
    from ..models.get_points_response_data import GetPointsResponseData
    from ..models.get_stage_rankings_response import GetStageRankingsResponse
    from ..models.get_stage_rankings_response_data import GetStageRankingsResponseData
    from ..models.get_user_statistics_response import GetUserStatisticsResponse
    from ..models.get_user_statistics_response_data import GetUserStatisticsResponseData
    from ..types import UNSET, Unset

    pass

__all__ = ["AsyncRewards", "AsyncRewardsWithRawResponse", "Rewards", "RewardsWithRawResponse"]


class Rewards:
    """``client.rewards``: the rewards operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> RewardsWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return RewardsWithRawResponse(self._client)

    def distribution_history(
        self,
        *,
        status: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Iterator[GetDistributionHistoryResponseDataRowsItem]:
        """Get distribution history: ``GET /v1/client/distribution_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-distribution-history
        """
        from ..api.private import get_v1_client_distribution_history

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_client_distribution_history.sync(
                    client=self._client,
                    status=status,
                    type_=type_,
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

    def epoch(
        self,
    ) -> GetEpochPointsResponseData | Unset:
        """Get number of merits for distribution: ``GET /v1/public/points/epoch``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-number-of-merits-for-distribution
        """
        from ..api.public import get_v1_public_points_epoch

        answer = get_v1_public_points_epoch.sync(
            client=self._client,
        )
        return answer.data

    def epoch_dates(
        self,
    ) -> GetEpochDatesResponseData | Unset:
        """Get start and end date of all epochs: ``GET /v1/public/points/epoch_dates``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-start-and-end-date-of-all-epochs
        """
        from ..api.public import get_v1_public_points_epoch_dates

        answer = get_v1_public_points_epoch_dates.sync(
            client=self._client,
        )
        return answer.data

    def leaderboard(
        self,
        *,
        start_r: int | Unset = UNSET,
        end_r: int | Unset = UNSET,
        epoch_id: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> GetPointsLeaderboardResponseData | Unset:
        """Get merits leaderboard: ``GET /v1/public/points/leaderboard``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-merits-leaderboard
        """
        from ..api.public import get_v1_public_points_leaderboard

        answer = get_v1_public_points_leaderboard.sync(
            client=self._client,
            start_r=start_r,
            end_r=end_r,
            epoch_id=epoch_id,
            page=page,
            size=size,
        )
        return answer.data

    def merits(
        self,
        *,
        address: str,
    ) -> GetPointsResponseData | Unset:
        """Get user's merits: ``GET /v1/client/points``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-users-merits
        """
        from ..api.public import get_v1_client_points

        answer = get_v1_client_points.sync(
            client=self._client,
            address=address,
        )
        return answer.data

    def stage_rankings(
        self,
        *,
        stage: int,
        period: str,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> GetStageRankingsResponseData | Unset:
        """Get stage rankings: ``GET /v1/public/points/rankings``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-stage-rankings
        """
        from ..api.public import get_v1_public_points_rankings

        answer = get_v1_public_points_rankings.sync(
            client=self._client,
            stage=stage,
            page=page,
            size=size,
            period=period,
        )
        return answer.data

    def stages(
        self,
        *,
        broker_id: str,
        stage_id: int | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> GetPointStagesResponseData | Unset:
        """Get information about stages: ``GET /v1/public/points/stages``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-information-about-stages
        """
        from ..api.public import get_v1_public_points_stages

        answer = get_v1_public_points_stages.sync(
            client=self._client,
            stage_id=stage_id,
            status=status,
            broker_id=broker_id,
        )
        return answer.data

    def user_statistics(
        self,
        *,
        stage: int,
    ) -> GetUserStatisticsResponseData | Unset:
        """Get user statistics: ``GET /v1/client/points/user_statistics`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/client/get-user-statistics
        """
        from ..api.client import get_v1_client_points_user_statistics

        answer = get_v1_client_points_user_statistics.sync(
            client=self._client,
            stage=stage,
        )
        return answer.data


class AsyncRewards:
    """``aclient.rewards``: the rewards operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncRewardsWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncRewardsWithRawResponse(self._client)

    async def distribution_history(
        self,
        *,
        status: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> AsyncIterator[GetDistributionHistoryResponseDataRowsItem]:
        """Get distribution history: ``GET /v1/client/distribution_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-distribution-history
        """
        from ..api.private import get_v1_client_distribution_history

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_client_distribution_history.asyncio(
                    client=self._client,
                    status=status,
                    type_=type_,
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

    async def epoch(
        self,
    ) -> GetEpochPointsResponseData | Unset:
        """Get number of merits for distribution: ``GET /v1/public/points/epoch``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-number-of-merits-for-distribution
        """
        from ..api.public import get_v1_public_points_epoch

        answer = await get_v1_public_points_epoch.asyncio(
            client=self._client,
        )
        return answer.data

    async def epoch_dates(
        self,
    ) -> GetEpochDatesResponseData | Unset:
        """Get start and end date of all epochs: ``GET /v1/public/points/epoch_dates``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-start-and-end-date-of-all-epochs
        """
        from ..api.public import get_v1_public_points_epoch_dates

        answer = await get_v1_public_points_epoch_dates.asyncio(
            client=self._client,
        )
        return answer.data

    async def leaderboard(
        self,
        *,
        start_r: int | Unset = UNSET,
        end_r: int | Unset = UNSET,
        epoch_id: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> GetPointsLeaderboardResponseData | Unset:
        """Get merits leaderboard: ``GET /v1/public/points/leaderboard``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-merits-leaderboard
        """
        from ..api.public import get_v1_public_points_leaderboard

        answer = await get_v1_public_points_leaderboard.asyncio(
            client=self._client,
            start_r=start_r,
            end_r=end_r,
            epoch_id=epoch_id,
            page=page,
            size=size,
        )
        return answer.data

    async def merits(
        self,
        *,
        address: str,
    ) -> GetPointsResponseData | Unset:
        """Get user's merits: ``GET /v1/client/points``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-users-merits
        """
        from ..api.public import get_v1_client_points

        answer = await get_v1_client_points.asyncio(
            client=self._client,
            address=address,
        )
        return answer.data

    async def stage_rankings(
        self,
        *,
        stage: int,
        period: str,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> GetStageRankingsResponseData | Unset:
        """Get stage rankings: ``GET /v1/public/points/rankings``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-stage-rankings
        """
        from ..api.public import get_v1_public_points_rankings

        answer = await get_v1_public_points_rankings.asyncio(
            client=self._client,
            stage=stage,
            page=page,
            size=size,
            period=period,
        )
        return answer.data

    async def stages(
        self,
        *,
        broker_id: str,
        stage_id: int | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> GetPointStagesResponseData | Unset:
        """Get information about stages: ``GET /v1/public/points/stages``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-information-about-stages
        """
        from ..api.public import get_v1_public_points_stages

        answer = await get_v1_public_points_stages.asyncio(
            client=self._client,
            stage_id=stage_id,
            status=status,
            broker_id=broker_id,
        )
        return answer.data

    async def user_statistics(
        self,
        *,
        stage: int,
    ) -> GetUserStatisticsResponseData | Unset:
        """Get user statistics: ``GET /v1/client/points/user_statistics`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/client/get-user-statistics
        """
        from ..api.client import get_v1_client_points_user_statistics

        answer = await get_v1_client_points_user_statistics.asyncio(
            client=self._client,
            stage=stage,
        )
        return answer.data


class RewardsWithRawResponse:
    """``client.rewards.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def distribution_history(
        self,
        *,
        status: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[GetDistributionHistoryResponse]:
        """Get distribution history: ``GET /v1/client/distribution_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-distribution-history
        """
        from ..api.private import get_v1_client_distribution_history

        return get_v1_client_distribution_history.sync_detailed(
            client=self._client,
            status=status,
            type_=type_,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
        )

    def epoch(
        self,
    ) -> Response[GetEpochPointsResponse]:
        """Get number of merits for distribution: ``GET /v1/public/points/epoch``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-number-of-merits-for-distribution
        """
        from ..api.public import get_v1_public_points_epoch

        return get_v1_public_points_epoch.sync_detailed(
            client=self._client,
        )

    def epoch_dates(
        self,
    ) -> Response[GetEpochDatesResponse]:
        """Get start and end date of all epochs: ``GET /v1/public/points/epoch_dates``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-start-and-end-date-of-all-epochs
        """
        from ..api.public import get_v1_public_points_epoch_dates

        return get_v1_public_points_epoch_dates.sync_detailed(
            client=self._client,
        )

    def leaderboard(
        self,
        *,
        start_r: int | Unset = UNSET,
        end_r: int | Unset = UNSET,
        epoch_id: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[GetPointsLeaderboardResponse]:
        """Get merits leaderboard: ``GET /v1/public/points/leaderboard``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-merits-leaderboard
        """
        from ..api.public import get_v1_public_points_leaderboard

        return get_v1_public_points_leaderboard.sync_detailed(
            client=self._client,
            start_r=start_r,
            end_r=end_r,
            epoch_id=epoch_id,
            page=page,
            size=size,
        )

    def merits(
        self,
        *,
        address: str,
    ) -> Response[GetPointsResponse]:
        """Get user's merits: ``GET /v1/client/points``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-users-merits
        """
        from ..api.public import get_v1_client_points

        return get_v1_client_points.sync_detailed(
            client=self._client,
            address=address,
        )

    def stage_rankings(
        self,
        *,
        stage: int,
        period: str,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[GetStageRankingsResponse]:
        """Get stage rankings: ``GET /v1/public/points/rankings``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-stage-rankings
        """
        from ..api.public import get_v1_public_points_rankings

        return get_v1_public_points_rankings.sync_detailed(
            client=self._client,
            stage=stage,
            page=page,
            size=size,
            period=period,
        )

    def stages(
        self,
        *,
        broker_id: str,
        stage_id: int | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> Response[GetPointStagesResponse]:
        """Get information about stages: ``GET /v1/public/points/stages``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-information-about-stages
        """
        from ..api.public import get_v1_public_points_stages

        return get_v1_public_points_stages.sync_detailed(
            client=self._client,
            stage_id=stage_id,
            status=status,
            broker_id=broker_id,
        )

    def user_statistics(
        self,
        *,
        stage: int,
    ) -> Response[GetUserStatisticsResponse]:
        """Get user statistics: ``GET /v1/client/points/user_statistics`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/client/get-user-statistics
        """
        from ..api.client import get_v1_client_points_user_statistics

        return get_v1_client_points_user_statistics.sync_detailed(
            client=self._client,
            stage=stage,
        )


class AsyncRewardsWithRawResponse:
    """``aclient.rewards.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def distribution_history(
        self,
        *,
        status: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[GetDistributionHistoryResponse]:
        """Get distribution history: ``GET /v1/client/distribution_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-distribution-history
        """
        from ..api.private import get_v1_client_distribution_history

        return await get_v1_client_distribution_history.asyncio_detailed(
            client=self._client,
            status=status,
            type_=type_,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
        )

    async def epoch(
        self,
    ) -> Response[GetEpochPointsResponse]:
        """Get number of merits for distribution: ``GET /v1/public/points/epoch``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-number-of-merits-for-distribution
        """
        from ..api.public import get_v1_public_points_epoch

        return await get_v1_public_points_epoch.asyncio_detailed(
            client=self._client,
        )

    async def epoch_dates(
        self,
    ) -> Response[GetEpochDatesResponse]:
        """Get start and end date of all epochs: ``GET /v1/public/points/epoch_dates``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-start-and-end-date-of-all-epochs
        """
        from ..api.public import get_v1_public_points_epoch_dates

        return await get_v1_public_points_epoch_dates.asyncio_detailed(
            client=self._client,
        )

    async def leaderboard(
        self,
        *,
        start_r: int | Unset = UNSET,
        end_r: int | Unset = UNSET,
        epoch_id: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[GetPointsLeaderboardResponse]:
        """Get merits leaderboard: ``GET /v1/public/points/leaderboard``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-merits-leaderboard
        """
        from ..api.public import get_v1_public_points_leaderboard

        return await get_v1_public_points_leaderboard.asyncio_detailed(
            client=self._client,
            start_r=start_r,
            end_r=end_r,
            epoch_id=epoch_id,
            page=page,
            size=size,
        )

    async def merits(
        self,
        *,
        address: str,
    ) -> Response[GetPointsResponse]:
        """Get user's merits: ``GET /v1/client/points``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-users-merits
        """
        from ..api.public import get_v1_client_points

        return await get_v1_client_points.asyncio_detailed(
            client=self._client,
            address=address,
        )

    async def stage_rankings(
        self,
        *,
        stage: int,
        period: str,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> Response[GetStageRankingsResponse]:
        """Get stage rankings: ``GET /v1/public/points/rankings``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-stage-rankings
        """
        from ..api.public import get_v1_public_points_rankings

        return await get_v1_public_points_rankings.asyncio_detailed(
            client=self._client,
            stage=stage,
            page=page,
            size=size,
            period=period,
        )

    async def stages(
        self,
        *,
        broker_id: str,
        stage_id: int | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> Response[GetPointStagesResponse]:
        """Get information about stages: ``GET /v1/public/points/stages``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-information-about-stages
        """
        from ..api.public import get_v1_public_points_stages

        return await get_v1_public_points_stages.asyncio_detailed(
            client=self._client,
            stage_id=stage_id,
            status=status,
            broker_id=broker_id,
        )

    async def user_statistics(
        self,
        *,
        stage: int,
    ) -> Response[GetUserStatisticsResponse]:
        """Get user statistics: ``GET /v1/client/points/user_statistics`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/client/get-user-statistics
        """
        from ..api.client import get_v1_client_points_user_statistics

        return await get_v1_client_points_user_statistics.asyncio_detailed(
            client=self._client,
            stage=stage,
        )
