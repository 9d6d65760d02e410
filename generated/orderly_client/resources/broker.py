"""``client.broker``: ``archive_order_tag``, ``chains``, ``create_order_tag``, ``daily_fee_revenue``, ``default_fee_rate``, ``edit_order_tag``, ``info``, ``leaderboard``, ``list``, ``market_volume``, ``order_tag``, ``order_tags``, ``public_order_tag``, ``public_order_tags``, ``reset_user_fee_rate``, ``set_default_fee_rate``, ``set_user_fee_rate``, ``stats``, ``tvl``, ``unarchive_order_tag``, ``user_fee_rates``, ``users_daily_volume``, ``volume``."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ..client import AuthenticatedClient, Client
from ..types import UNSET, Number, Response, Unset, next_page

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.archive_order_enum_response import ArchiveOrderEnumResponse
    from ..models.archive_order_enum_response_data import ArchiveOrderEnumResponseData
    from ..models.basic_response import BasicResponse
    from ..models.broker_list_response import BrokerListResponse
    from ..models.broker_list_response_data import BrokerListResponseData
    from ..models.broker_stats_response import BrokerStatsResponse
    from ..models.broker_stats_response_data import BrokerStatsResponseData
    from ..models.chain_info_response import ChainInfoResponse
    from ..models.chain_info_response_data import ChainInfoResponseData
    from ..models.create_order_enum_body_pair_overrides import (
        CreateOrderEnumBodyPairOverrides,
    )
    from ..models.get_broker_daily_response import GetBrokerDailyResponse
    from ..models.get_broker_daily_response_data_rows_item import (
        GetBrokerDailyResponseDataRowsItem,
    )
    from ..models.get_broker_info_response import GetBrokerInfoResponse
    from ..models.get_broker_info_response_data import GetBrokerInfoResponseData
    from ..models.get_builder_daily_fee_revenue_response import (
        GetBuilderDailyFeeRevenueResponse,
    )
    from ..models.get_default_broker_fees_response import GetDefaultBrokerFeesResponse
    from ..models.get_default_broker_fees_response_data import (
        GetDefaultBrokerFeesResponseData,
    )
    from ..models.get_market_volume_by_broker_response import (
        GetMarketVolumeByBrokerResponse,
    )
    from ..models.get_market_volume_by_broker_response_data import (
        GetMarketVolumeByBrokerResponseData,
    )
    from ..models.get_order_enum_response import GetOrderEnumResponse
    from ..models.get_order_enum_with_stats_response import (
        GetOrderEnumWithStatsResponse,
    )
    from ..models.get_order_enums_response import GetOrderEnumsResponse
    from ..models.get_order_enums_with_stats_response import (
        GetOrderEnumsWithStatsResponse,
    )
    from ..models.get_tvl_by_broker_response import GetTVLByBrokerResponse
    from ..models.get_tvl_by_broker_response_data import GetTVLByBrokerResponseData
    from ..models.get_v1_broker_daily_fee_revenue_response_400 import (
        GetV1BrokerDailyFeeRevenueResponse400,
    )
    from ..models.leaderboard_response import LeaderboardResponse
    from ..models.leaderboard_response_data_rows_item import (
        LeaderboardResponseDataRowsItem,
    )
    from ..models.order_enum import OrderEnum
    from ..models.order_enum_with_stats import OrderEnumWithStats
    from ..models.unarchive_order_enum_response import UnarchiveOrderEnumResponse
    from ..models.unarchive_order_enum_response_data import (
        UnarchiveOrderEnumResponseData,
    )
    from ..models.update_order_enum_body_pair_overrides_type_0 import (
        UpdateOrderEnumBodyPairOverridesType0,
    )
    from ..models.user_fee_rates_response import UserFeeRatesResponse
    from ..models.user_fee_rates_response_data import UserFeeRatesResponseData
    from ..models.volume_stats_response import VolumeStatsResponse
    from ..models.volume_stats_response_data import VolumeStatsResponseData
    from ..types import UNSET, Unset

    pass

__all__ = ["AsyncBroker", "AsyncBrokerWithRawResponse", "Broker", "BrokerWithRawResponse"]


class Broker:
    """``client.broker``: the broker operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> BrokerWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return BrokerWithRawResponse(self._client)

    def archive_order_tag(
        self,
        *,
        enum_id: str,
    ) -> ArchiveOrderEnumResponseData | Unset:
        """Archive an order tag: ``POST /v1/broker/order_enum/archive`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/archive-an-order-tag
        """
        from ..api.private import post_v1_broker_order_enum_archive
        from ..models.post_v1_broker_order_enum_archive_body import (
            PostV1BrokerOrderEnumArchiveBody,
        )

        answer = post_v1_broker_order_enum_archive.sync(
            client=self._client,
            body=PostV1BrokerOrderEnumArchiveBody(
                enum_id=enum_id,
            ),
        )
        return answer.data

    def chains(
        self,
        *,
        broker_id: str | Unset = UNSET,
    ) -> ChainInfoResponseData:
        """Get supported chains per builder: ``GET /v1/public/chain_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-supported-chains-per-builder
        """
        from ..api.public import get_v1_public_chain_info

        answer = get_v1_public_chain_info.sync(
            client=self._client,
            broker_id=broker_id,
        )
        return answer.data

    def create_order_tag(
        self,
        *,
        enum_id: str,
        name: str,
        default_fee_rate: Number,
        description: str | Unset = UNSET,
        pair_overrides: CreateOrderEnumBodyPairOverrides | Unset = UNSET,
    ) -> None:
        """Create order tag: ``POST /v1/broker/order_enum`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-order-tag
        """
        from ..api.private import post_v1_broker_order_enum
        from ..models.create_order_enum_body import CreateOrderEnumBody

        answer = post_v1_broker_order_enum.sync(
            client=self._client,
            body=CreateOrderEnumBody(
                enum_id=enum_id,
                name=name,
                default_fee_rate=default_fee_rate,
                description=description,
                pair_overrides=pair_overrides,
            ),
        )
        del answer  # success only: an error answer raised

    def daily_fee_revenue(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
    ) -> GetBuilderDailyFeeRevenueResponse | GetV1BrokerDailyFeeRevenueResponse400:
        """Get builder's daily revenue settlement history: ``GET /v1/broker/daily_fee_revenue`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-daily-revenue-settlement-history
        """
        from ..api.private import get_v1_broker_daily_fee_revenue

        answer = get_v1_broker_daily_fee_revenue.sync(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )
        return answer

    def default_fee_rate(
        self,
    ) -> GetDefaultBrokerFeesResponseData | Unset:
        """Get default builder fee: ``GET /v1/broker/fee_rate/default`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-default-builder-fee
        """
        from ..api.private import get_v1_broker_fee_rate_default

        answer = get_v1_broker_fee_rate_default.sync(
            client=self._client,
        )
        return answer.data

    def edit_order_tag(
        self,
        *,
        enum_id: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        default_fee_rate: Number | Unset = UNSET,
        pair_overrides: None | Unset | UpdateOrderEnumBodyPairOverridesType0 = UNSET,
    ) -> None:
        """Update order tag: ``PUT /v1/broker/order_enum/{enum_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-order-tag
        """
        from ..api.private import put_v1_broker_order_enum_enum_id
        from ..models.update_order_enum_body import UpdateOrderEnumBody

        answer = put_v1_broker_order_enum_enum_id.sync(
            client=self._client,
            enum_id=enum_id,
            body=UpdateOrderEnumBody(
                name=name,
                description=description,
                default_fee_rate=default_fee_rate,
                pair_overrides=pair_overrides,
            ),
        )
        del answer  # success only: an error answer raised

    def info(
        self,
    ) -> GetBrokerInfoResponseData:
        """Get builder fee tier information: ``GET /v1/broker/broker_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builder-fee-tier-information
        """
        from ..api.private import get_v1_broker_broker_info

        answer = get_v1_broker_broker_info.sync(
            client=self._client,
        )
        return answer.data

    def leaderboard(
        self,
        *,
        start_date: str,
        end_date: str,
        size: int | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        broker_id: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        address: str | Unset = UNSET,
        aggregate_by: str | Unset = UNSET,
    ) -> Iterator[LeaderboardResponseDataRowsItem]:
        """Get builder's leaderboard: ``GET /v1/broker/leaderboard/daily``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-leaderboard
        """
        from ..api.private import get_v1_broker_leaderboard_daily

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_broker_leaderboard_daily.sync(
                    client=self._client,
                    start_date=start_date,
                    end_date=end_date,
                    page=page,
                    size=size,
                    order_tag=order_tag,
                    broker_id=broker_id,
                    sort=sort,
                    address=address,
                    aggregate_by=aggregate_by,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following

    def list(
        self,
        *,
        broker_id: str | Unset = UNSET,
    ) -> BrokerListResponseData:
        """Get builder list: ``GET /v1/public/broker/name``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-builder-list
        """
        from ..api.public import get_v1_public_broker_name

        answer = get_v1_public_broker_name.sync(
            client=self._client,
            broker_id=broker_id,
        )
        return answer.data

    def market_volume(
        self,
        *,
        symbol: str | Unset = UNSET,
        broker_id: str | Unset = UNSET,
    ) -> GetMarketVolumeByBrokerResponseData:
        """Get market volume by builder: ``GET /v1/public/futures_market``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-market-volume-by-builder
        """
        from ..api.public import get_v1_public_futures_market

        answer = get_v1_public_futures_market.sync(
            client=self._client,
            symbol=symbol,
            broker_id=broker_id,
        )
        return answer.data

    def order_tag(
        self,
        *,
        enum_id: str,
    ) -> OrderEnumWithStats | Unset:
        """Get single order tag with stats: ``GET /v1/broker/order_enum/{enum_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-single-order-tag-with-stats
        """
        from ..api.private import get_v1_broker_order_enum_enum_id

        answer = get_v1_broker_order_enum_enum_id.sync(
            client=self._client,
            enum_id=enum_id,
        )
        return answer.data

    def order_tags(
        self,
        *,
        symbol: str | Unset = UNSET,
        enum_id: str | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
    ) -> builtins.list[OrderEnumWithStats] | Unset:
        """List all order tags for a builder: ``GET /v1/broker/order_enums`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/list-all-order-tags-for-a-builder
        """
        from ..api.private import get_v1_broker_order_enums

        answer = get_v1_broker_order_enums.sync(
            client=self._client,
            symbol=symbol,
            enum_id=enum_id,
            include_archived=include_archived,
        )
        return answer.data

    def public_order_tag(
        self,
        *,
        broker_id: str,
        enum_id: str,
    ) -> OrderEnum | Unset:
        """Get one order tag for a broker: ``GET /v1/public/broker/order_enum``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-one-order-tag-for-a-broker
        """
        from ..api.public import get_v1_public_broker_order_enum

        answer = get_v1_public_broker_order_enum.sync(
            client=self._client,
            broker_id=broker_id,
            enum_id=enum_id,
        )
        return answer.data

    def public_order_tags(
        self,
        *,
        broker_id: str,
        symbol: str | Unset = UNSET,
        enum_id: str | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
    ) -> builtins.list[OrderEnum] | Unset:
        """List order tags for a broker: ``GET /v1/public/broker/order_enums``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/list-order-tags-for-a-broker
        """
        from ..api.public import get_v1_public_broker_order_enums

        answer = get_v1_public_broker_order_enums.sync(
            client=self._client,
            broker_id=broker_id,
            symbol=symbol,
            enum_id=enum_id,
            include_archived=include_archived,
        )
        return answer.data

    def reset_user_fee_rate(
        self,
        *,
        account_ids: builtins.list[str],
    ) -> None:
        """Reset user fee rate: ``POST /v1/broker/fee_rate/set_default`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/reset-user-fee-rate
        """
        from ..api.private import post_v1_broker_fee_rate_set_default
        from ..models.post_v1_broker_fee_rate_set_default_body import (
            PostV1BrokerFeeRateSetDefaultBody,
        )

        answer = post_v1_broker_fee_rate_set_default.sync(
            client=self._client,
            body=PostV1BrokerFeeRateSetDefaultBody(
                account_ids=account_ids,
            ),
        )
        del answer  # success only: an error answer raised

    def set_default_fee_rate(
        self,
        *,
        maker_fee_rate: Number,
        taker_fee_rate: Number,
        rwa_taker_fee_rate: Number | Unset = UNSET,
        rwa_maker_fee_rate: Number | Unset = UNSET,
    ) -> None:
        """Update default builder fee: ``POST /v1/broker/fee_rate/default`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-default-builder-fee
        """
        from ..api.private import post_v1_broker_fee_rate_default
        from ..models.post_v1_broker_fee_rate_default_body import (
            PostV1BrokerFeeRateDefaultBody,
        )

        answer = post_v1_broker_fee_rate_default.sync(
            client=self._client,
            body=PostV1BrokerFeeRateDefaultBody(
                maker_fee_rate=maker_fee_rate,
                taker_fee_rate=taker_fee_rate,
                rwa_taker_fee_rate=rwa_taker_fee_rate,
                rwa_maker_fee_rate=rwa_maker_fee_rate,
            ),
        )
        del answer  # success only: an error answer raised

    def set_user_fee_rate(
        self,
        *,
        maker_fee_rate: Number,
        taker_fee_rate: Number,
        account_ids: builtins.list[str],
        rwa_taker_fee_rate: Number | Unset = UNSET,
        rwa_maker_fee_rate: Number | Unset = UNSET,
    ) -> None:
        """Update user fee rate: ``POST /v1/broker/fee_rate/set`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-user-fee-rate
        """
        from ..api.private import post_v1_broker_fee_rate_set
        from ..models.post_v1_broker_fee_rate_set_body import PostV1BrokerFeeRateSetBody

        answer = post_v1_broker_fee_rate_set.sync(
            client=self._client,
            body=PostV1BrokerFeeRateSetBody(
                maker_fee_rate=maker_fee_rate,
                taker_fee_rate=taker_fee_rate,
                account_ids=account_ids,
                rwa_taker_fee_rate=rwa_taker_fee_rate,
                rwa_maker_fee_rate=rwa_maker_fee_rate,
            ),
        )
        del answer  # success only: an error answer raised

    def stats(
        self,
        *,
        broker_id: str | Unset = UNSET,
    ) -> BrokerStatsResponseData:
        """Get builder stats: ``GET /v1/public/broker/stats``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-builder-stats
        """
        from ..api.public import get_v1_public_broker_stats

        answer = get_v1_public_broker_stats.sync(
            client=self._client,
            broker_id=broker_id,
        )
        return answer.data

    def tvl(
        self,
        *,
        broker_id: str | Unset = UNSET,
    ) -> GetTVLByBrokerResponseData:
        """Get TVL by builder: ``GET /v1/public/balance/stats``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tvl-by-builder
        """
        from ..api.public import get_v1_public_balance_stats

        answer = get_v1_public_balance_stats.sync(
            client=self._client,
            broker_id=broker_id,
        )
        return answer.data

    def unarchive_order_tag(
        self,
        *,
        enum_id: str,
    ) -> UnarchiveOrderEnumResponseData | Unset:
        """Unarchive an order tag: ``POST /v1/broker/order_enum/unarchive`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/unarchive-an-order-tag
        """
        from ..api.private import post_v1_broker_order_enum_unarchive
        from ..models.post_v1_broker_order_enum_unarchive_body import (
            PostV1BrokerOrderEnumUnarchiveBody,
        )

        answer = post_v1_broker_order_enum_unarchive.sync(
            client=self._client,
            body=PostV1BrokerOrderEnumUnarchiveBody(
                enum_id=enum_id,
            ),
        )
        return answer.data

    def user_fee_rates(
        self,
        *,
        account_id: str | Unset = UNSET,
        address: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
    ) -> UserFeeRatesResponseData:
        """Get user fee rates: ``GET /v1/broker/user_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-fee-rates
        """
        from ..api.private import get_v1_broker_user_info

        answer = get_v1_broker_user_info.sync(
            client=self._client,
            account_id=account_id,
            address=address,
            page=page,
            size=size,
        )
        return answer.data

    def users_daily_volume(
        self,
        *,
        start_date: str,
        end_date: str,
        size: int | Unset = UNSET,
        address: str | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        aggregate_by: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        broker_id: str | Unset = UNSET,
        order_tags: str | Unset = UNSET,
    ) -> Iterator[GetBrokerDailyResponseDataRowsItem]:
        """Get builder's users' volumes: ``GET /v1/volume/broker/daily`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-users-volumes
        """
        from ..api.private import get_v1_volume_broker_daily

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_volume_broker_daily.sync(
                    client=self._client,
                    start_date=start_date,
                    end_date=end_date,
                    page=page,
                    size=size,
                    address=address,
                    order_tag=order_tag,
                    aggregate_by=aggregate_by,
                    sort=sort,
                    broker_id=broker_id,
                    order_tags=order_tags,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following

    def volume(
        self,
        *,
        broker_id: str | Unset = UNSET,
    ) -> VolumeStatsResponseData:
        """Get builder volume: ``GET /v1/public/volume/stats``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-builder-volume
        """
        from ..api.public import get_v1_public_volume_stats

        answer = get_v1_public_volume_stats.sync(
            client=self._client,
            broker_id=broker_id,
        )
        return answer.data


class AsyncBroker:
    """``aclient.broker``: the broker operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncBrokerWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncBrokerWithRawResponse(self._client)

    async def archive_order_tag(
        self,
        *,
        enum_id: str,
    ) -> ArchiveOrderEnumResponseData | Unset:
        """Archive an order tag: ``POST /v1/broker/order_enum/archive`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/archive-an-order-tag
        """
        from ..api.private import post_v1_broker_order_enum_archive
        from ..models.post_v1_broker_order_enum_archive_body import (
            PostV1BrokerOrderEnumArchiveBody,
        )

        answer = await post_v1_broker_order_enum_archive.asyncio(
            client=self._client,
            body=PostV1BrokerOrderEnumArchiveBody(
                enum_id=enum_id,
            ),
        )
        return answer.data

    async def chains(
        self,
        *,
        broker_id: str | Unset = UNSET,
    ) -> ChainInfoResponseData:
        """Get supported chains per builder: ``GET /v1/public/chain_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-supported-chains-per-builder
        """
        from ..api.public import get_v1_public_chain_info

        answer = await get_v1_public_chain_info.asyncio(
            client=self._client,
            broker_id=broker_id,
        )
        return answer.data

    async def create_order_tag(
        self,
        *,
        enum_id: str,
        name: str,
        default_fee_rate: Number,
        description: str | Unset = UNSET,
        pair_overrides: CreateOrderEnumBodyPairOverrides | Unset = UNSET,
    ) -> None:
        """Create order tag: ``POST /v1/broker/order_enum`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-order-tag
        """
        from ..api.private import post_v1_broker_order_enum
        from ..models.create_order_enum_body import CreateOrderEnumBody

        answer = await post_v1_broker_order_enum.asyncio(
            client=self._client,
            body=CreateOrderEnumBody(
                enum_id=enum_id,
                name=name,
                default_fee_rate=default_fee_rate,
                description=description,
                pair_overrides=pair_overrides,
            ),
        )
        del answer  # success only: an error answer raised

    async def daily_fee_revenue(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
    ) -> GetBuilderDailyFeeRevenueResponse | GetV1BrokerDailyFeeRevenueResponse400:
        """Get builder's daily revenue settlement history: ``GET /v1/broker/daily_fee_revenue`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-daily-revenue-settlement-history
        """
        from ..api.private import get_v1_broker_daily_fee_revenue

        answer = await get_v1_broker_daily_fee_revenue.asyncio(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )
        return answer

    async def default_fee_rate(
        self,
    ) -> GetDefaultBrokerFeesResponseData | Unset:
        """Get default builder fee: ``GET /v1/broker/fee_rate/default`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-default-builder-fee
        """
        from ..api.private import get_v1_broker_fee_rate_default

        answer = await get_v1_broker_fee_rate_default.asyncio(
            client=self._client,
        )
        return answer.data

    async def edit_order_tag(
        self,
        *,
        enum_id: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        default_fee_rate: Number | Unset = UNSET,
        pair_overrides: None | Unset | UpdateOrderEnumBodyPairOverridesType0 = UNSET,
    ) -> None:
        """Update order tag: ``PUT /v1/broker/order_enum/{enum_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-order-tag
        """
        from ..api.private import put_v1_broker_order_enum_enum_id
        from ..models.update_order_enum_body import UpdateOrderEnumBody

        answer = await put_v1_broker_order_enum_enum_id.asyncio(
            client=self._client,
            enum_id=enum_id,
            body=UpdateOrderEnumBody(
                name=name,
                description=description,
                default_fee_rate=default_fee_rate,
                pair_overrides=pair_overrides,
            ),
        )
        del answer  # success only: an error answer raised

    async def info(
        self,
    ) -> GetBrokerInfoResponseData:
        """Get builder fee tier information: ``GET /v1/broker/broker_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builder-fee-tier-information
        """
        from ..api.private import get_v1_broker_broker_info

        answer = await get_v1_broker_broker_info.asyncio(
            client=self._client,
        )
        return answer.data

    async def leaderboard(
        self,
        *,
        start_date: str,
        end_date: str,
        size: int | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        broker_id: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        address: str | Unset = UNSET,
        aggregate_by: str | Unset = UNSET,
    ) -> AsyncIterator[LeaderboardResponseDataRowsItem]:
        """Get builder's leaderboard: ``GET /v1/broker/leaderboard/daily``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-leaderboard
        """
        from ..api.private import get_v1_broker_leaderboard_daily

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_broker_leaderboard_daily.asyncio(
                    client=self._client,
                    start_date=start_date,
                    end_date=end_date,
                    page=page,
                    size=size,
                    order_tag=order_tag,
                    broker_id=broker_id,
                    sort=sort,
                    address=address,
                    aggregate_by=aggregate_by,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following

    async def list(
        self,
        *,
        broker_id: str | Unset = UNSET,
    ) -> BrokerListResponseData:
        """Get builder list: ``GET /v1/public/broker/name``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-builder-list
        """
        from ..api.public import get_v1_public_broker_name

        answer = await get_v1_public_broker_name.asyncio(
            client=self._client,
            broker_id=broker_id,
        )
        return answer.data

    async def market_volume(
        self,
        *,
        symbol: str | Unset = UNSET,
        broker_id: str | Unset = UNSET,
    ) -> GetMarketVolumeByBrokerResponseData:
        """Get market volume by builder: ``GET /v1/public/futures_market``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-market-volume-by-builder
        """
        from ..api.public import get_v1_public_futures_market

        answer = await get_v1_public_futures_market.asyncio(
            client=self._client,
            symbol=symbol,
            broker_id=broker_id,
        )
        return answer.data

    async def order_tag(
        self,
        *,
        enum_id: str,
    ) -> OrderEnumWithStats | Unset:
        """Get single order tag with stats: ``GET /v1/broker/order_enum/{enum_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-single-order-tag-with-stats
        """
        from ..api.private import get_v1_broker_order_enum_enum_id

        answer = await get_v1_broker_order_enum_enum_id.asyncio(
            client=self._client,
            enum_id=enum_id,
        )
        return answer.data

    async def order_tags(
        self,
        *,
        symbol: str | Unset = UNSET,
        enum_id: str | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
    ) -> builtins.list[OrderEnumWithStats] | Unset:
        """List all order tags for a builder: ``GET /v1/broker/order_enums`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/list-all-order-tags-for-a-builder
        """
        from ..api.private import get_v1_broker_order_enums

        answer = await get_v1_broker_order_enums.asyncio(
            client=self._client,
            symbol=symbol,
            enum_id=enum_id,
            include_archived=include_archived,
        )
        return answer.data

    async def public_order_tag(
        self,
        *,
        broker_id: str,
        enum_id: str,
    ) -> OrderEnum | Unset:
        """Get one order tag for a broker: ``GET /v1/public/broker/order_enum``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-one-order-tag-for-a-broker
        """
        from ..api.public import get_v1_public_broker_order_enum

        answer = await get_v1_public_broker_order_enum.asyncio(
            client=self._client,
            broker_id=broker_id,
            enum_id=enum_id,
        )
        return answer.data

    async def public_order_tags(
        self,
        *,
        broker_id: str,
        symbol: str | Unset = UNSET,
        enum_id: str | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
    ) -> builtins.list[OrderEnum] | Unset:
        """List order tags for a broker: ``GET /v1/public/broker/order_enums``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/list-order-tags-for-a-broker
        """
        from ..api.public import get_v1_public_broker_order_enums

        answer = await get_v1_public_broker_order_enums.asyncio(
            client=self._client,
            broker_id=broker_id,
            symbol=symbol,
            enum_id=enum_id,
            include_archived=include_archived,
        )
        return answer.data

    async def reset_user_fee_rate(
        self,
        *,
        account_ids: builtins.list[str],
    ) -> None:
        """Reset user fee rate: ``POST /v1/broker/fee_rate/set_default`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/reset-user-fee-rate
        """
        from ..api.private import post_v1_broker_fee_rate_set_default
        from ..models.post_v1_broker_fee_rate_set_default_body import (
            PostV1BrokerFeeRateSetDefaultBody,
        )

        answer = await post_v1_broker_fee_rate_set_default.asyncio(
            client=self._client,
            body=PostV1BrokerFeeRateSetDefaultBody(
                account_ids=account_ids,
            ),
        )
        del answer  # success only: an error answer raised

    async def set_default_fee_rate(
        self,
        *,
        maker_fee_rate: Number,
        taker_fee_rate: Number,
        rwa_taker_fee_rate: Number | Unset = UNSET,
        rwa_maker_fee_rate: Number | Unset = UNSET,
    ) -> None:
        """Update default builder fee: ``POST /v1/broker/fee_rate/default`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-default-builder-fee
        """
        from ..api.private import post_v1_broker_fee_rate_default
        from ..models.post_v1_broker_fee_rate_default_body import (
            PostV1BrokerFeeRateDefaultBody,
        )

        answer = await post_v1_broker_fee_rate_default.asyncio(
            client=self._client,
            body=PostV1BrokerFeeRateDefaultBody(
                maker_fee_rate=maker_fee_rate,
                taker_fee_rate=taker_fee_rate,
                rwa_taker_fee_rate=rwa_taker_fee_rate,
                rwa_maker_fee_rate=rwa_maker_fee_rate,
            ),
        )
        del answer  # success only: an error answer raised

    async def set_user_fee_rate(
        self,
        *,
        maker_fee_rate: Number,
        taker_fee_rate: Number,
        account_ids: builtins.list[str],
        rwa_taker_fee_rate: Number | Unset = UNSET,
        rwa_maker_fee_rate: Number | Unset = UNSET,
    ) -> None:
        """Update user fee rate: ``POST /v1/broker/fee_rate/set`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-user-fee-rate
        """
        from ..api.private import post_v1_broker_fee_rate_set
        from ..models.post_v1_broker_fee_rate_set_body import PostV1BrokerFeeRateSetBody

        answer = await post_v1_broker_fee_rate_set.asyncio(
            client=self._client,
            body=PostV1BrokerFeeRateSetBody(
                maker_fee_rate=maker_fee_rate,
                taker_fee_rate=taker_fee_rate,
                account_ids=account_ids,
                rwa_taker_fee_rate=rwa_taker_fee_rate,
                rwa_maker_fee_rate=rwa_maker_fee_rate,
            ),
        )
        del answer  # success only: an error answer raised

    async def stats(
        self,
        *,
        broker_id: str | Unset = UNSET,
    ) -> BrokerStatsResponseData:
        """Get builder stats: ``GET /v1/public/broker/stats``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-builder-stats
        """
        from ..api.public import get_v1_public_broker_stats

        answer = await get_v1_public_broker_stats.asyncio(
            client=self._client,
            broker_id=broker_id,
        )
        return answer.data

    async def tvl(
        self,
        *,
        broker_id: str | Unset = UNSET,
    ) -> GetTVLByBrokerResponseData:
        """Get TVL by builder: ``GET /v1/public/balance/stats``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tvl-by-builder
        """
        from ..api.public import get_v1_public_balance_stats

        answer = await get_v1_public_balance_stats.asyncio(
            client=self._client,
            broker_id=broker_id,
        )
        return answer.data

    async def unarchive_order_tag(
        self,
        *,
        enum_id: str,
    ) -> UnarchiveOrderEnumResponseData | Unset:
        """Unarchive an order tag: ``POST /v1/broker/order_enum/unarchive`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/unarchive-an-order-tag
        """
        from ..api.private import post_v1_broker_order_enum_unarchive
        from ..models.post_v1_broker_order_enum_unarchive_body import (
            PostV1BrokerOrderEnumUnarchiveBody,
        )

        answer = await post_v1_broker_order_enum_unarchive.asyncio(
            client=self._client,
            body=PostV1BrokerOrderEnumUnarchiveBody(
                enum_id=enum_id,
            ),
        )
        return answer.data

    async def user_fee_rates(
        self,
        *,
        account_id: str | Unset = UNSET,
        address: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
    ) -> UserFeeRatesResponseData:
        """Get user fee rates: ``GET /v1/broker/user_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-fee-rates
        """
        from ..api.private import get_v1_broker_user_info

        answer = await get_v1_broker_user_info.asyncio(
            client=self._client,
            account_id=account_id,
            address=address,
            page=page,
            size=size,
        )
        return answer.data

    async def users_daily_volume(
        self,
        *,
        start_date: str,
        end_date: str,
        size: int | Unset = UNSET,
        address: str | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        aggregate_by: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        broker_id: str | Unset = UNSET,
        order_tags: str | Unset = UNSET,
    ) -> AsyncIterator[GetBrokerDailyResponseDataRowsItem]:
        """Get builder's users' volumes: ``GET /v1/volume/broker/daily`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-users-volumes
        """
        from ..api.private import get_v1_volume_broker_daily

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_volume_broker_daily.asyncio(
                    client=self._client,
                    start_date=start_date,
                    end_date=end_date,
                    page=page,
                    size=size,
                    address=address,
                    order_tag=order_tag,
                    aggregate_by=aggregate_by,
                    sort=sort,
                    broker_id=broker_id,
                    order_tags=order_tags,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following

    async def volume(
        self,
        *,
        broker_id: str | Unset = UNSET,
    ) -> VolumeStatsResponseData:
        """Get builder volume: ``GET /v1/public/volume/stats``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-builder-volume
        """
        from ..api.public import get_v1_public_volume_stats

        answer = await get_v1_public_volume_stats.asyncio(
            client=self._client,
            broker_id=broker_id,
        )
        return answer.data


class BrokerWithRawResponse:
    """``client.broker.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def archive_order_tag(
        self,
        *,
        enum_id: str,
    ) -> Response[ArchiveOrderEnumResponse]:
        """Archive an order tag: ``POST /v1/broker/order_enum/archive`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/archive-an-order-tag
        """
        from ..api.private import post_v1_broker_order_enum_archive
        from ..models.post_v1_broker_order_enum_archive_body import (
            PostV1BrokerOrderEnumArchiveBody,
        )

        return post_v1_broker_order_enum_archive.sync_detailed(
            client=self._client,
            body=PostV1BrokerOrderEnumArchiveBody(
                enum_id=enum_id,
            ),
        )

    def chains(
        self,
        *,
        broker_id: str | Unset = UNSET,
    ) -> Response[ChainInfoResponse]:
        """Get supported chains per builder: ``GET /v1/public/chain_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-supported-chains-per-builder
        """
        from ..api.public import get_v1_public_chain_info

        return get_v1_public_chain_info.sync_detailed(
            client=self._client,
            broker_id=broker_id,
        )

    def create_order_tag(
        self,
        *,
        enum_id: str,
        name: str,
        default_fee_rate: Number,
        description: str | Unset = UNSET,
        pair_overrides: CreateOrderEnumBodyPairOverrides | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Create order tag: ``POST /v1/broker/order_enum`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-order-tag
        """
        from ..api.private import post_v1_broker_order_enum
        from ..models.create_order_enum_body import CreateOrderEnumBody

        return post_v1_broker_order_enum.sync_detailed(
            client=self._client,
            body=CreateOrderEnumBody(
                enum_id=enum_id,
                name=name,
                default_fee_rate=default_fee_rate,
                description=description,
                pair_overrides=pair_overrides,
            ),
        )

    def daily_fee_revenue(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
    ) -> Response[GetBuilderDailyFeeRevenueResponse | GetV1BrokerDailyFeeRevenueResponse400]:
        """Get builder's daily revenue settlement history: ``GET /v1/broker/daily_fee_revenue`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-daily-revenue-settlement-history
        """
        from ..api.private import get_v1_broker_daily_fee_revenue

        return get_v1_broker_daily_fee_revenue.sync_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )

    def default_fee_rate(
        self,
    ) -> Response[GetDefaultBrokerFeesResponse]:
        """Get default builder fee: ``GET /v1/broker/fee_rate/default`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-default-builder-fee
        """
        from ..api.private import get_v1_broker_fee_rate_default

        return get_v1_broker_fee_rate_default.sync_detailed(
            client=self._client,
        )

    def edit_order_tag(
        self,
        *,
        enum_id: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        default_fee_rate: Number | Unset = UNSET,
        pair_overrides: None | Unset | UpdateOrderEnumBodyPairOverridesType0 = UNSET,
    ) -> Response[BasicResponse]:
        """Update order tag: ``PUT /v1/broker/order_enum/{enum_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-order-tag
        """
        from ..api.private import put_v1_broker_order_enum_enum_id
        from ..models.update_order_enum_body import UpdateOrderEnumBody

        return put_v1_broker_order_enum_enum_id.sync_detailed(
            client=self._client,
            enum_id=enum_id,
            body=UpdateOrderEnumBody(
                name=name,
                description=description,
                default_fee_rate=default_fee_rate,
                pair_overrides=pair_overrides,
            ),
        )

    def info(
        self,
    ) -> Response[GetBrokerInfoResponse]:
        """Get builder fee tier information: ``GET /v1/broker/broker_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builder-fee-tier-information
        """
        from ..api.private import get_v1_broker_broker_info

        return get_v1_broker_broker_info.sync_detailed(
            client=self._client,
        )

    def leaderboard(
        self,
        *,
        start_date: str,
        end_date: str,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        broker_id: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        address: str | Unset = UNSET,
        aggregate_by: str | Unset = UNSET,
    ) -> Response[LeaderboardResponse]:
        """Get builder's leaderboard: ``GET /v1/broker/leaderboard/daily``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-leaderboard
        """
        from ..api.private import get_v1_broker_leaderboard_daily

        return get_v1_broker_leaderboard_daily.sync_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            page=page,
            size=size,
            order_tag=order_tag,
            broker_id=broker_id,
            sort=sort,
            address=address,
            aggregate_by=aggregate_by,
        )

    def list(
        self,
        *,
        broker_id: str | Unset = UNSET,
    ) -> Response[BrokerListResponse]:
        """Get builder list: ``GET /v1/public/broker/name``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-builder-list
        """
        from ..api.public import get_v1_public_broker_name

        return get_v1_public_broker_name.sync_detailed(
            client=self._client,
            broker_id=broker_id,
        )

    def market_volume(
        self,
        *,
        symbol: str | Unset = UNSET,
        broker_id: str | Unset = UNSET,
    ) -> Response[GetMarketVolumeByBrokerResponse]:
        """Get market volume by builder: ``GET /v1/public/futures_market``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-market-volume-by-builder
        """
        from ..api.public import get_v1_public_futures_market

        return get_v1_public_futures_market.sync_detailed(
            client=self._client,
            symbol=symbol,
            broker_id=broker_id,
        )

    def order_tag(
        self,
        *,
        enum_id: str,
    ) -> Response[GetOrderEnumWithStatsResponse]:
        """Get single order tag with stats: ``GET /v1/broker/order_enum/{enum_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-single-order-tag-with-stats
        """
        from ..api.private import get_v1_broker_order_enum_enum_id

        return get_v1_broker_order_enum_enum_id.sync_detailed(
            client=self._client,
            enum_id=enum_id,
        )

    def order_tags(
        self,
        *,
        symbol: str | Unset = UNSET,
        enum_id: str | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
    ) -> Response[GetOrderEnumsWithStatsResponse]:
        """List all order tags for a builder: ``GET /v1/broker/order_enums`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/list-all-order-tags-for-a-builder
        """
        from ..api.private import get_v1_broker_order_enums

        return get_v1_broker_order_enums.sync_detailed(
            client=self._client,
            symbol=symbol,
            enum_id=enum_id,
            include_archived=include_archived,
        )

    def public_order_tag(
        self,
        *,
        broker_id: str,
        enum_id: str,
    ) -> Response[GetOrderEnumResponse]:
        """Get one order tag for a broker: ``GET /v1/public/broker/order_enum``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-one-order-tag-for-a-broker
        """
        from ..api.public import get_v1_public_broker_order_enum

        return get_v1_public_broker_order_enum.sync_detailed(
            client=self._client,
            broker_id=broker_id,
            enum_id=enum_id,
        )

    def public_order_tags(
        self,
        *,
        broker_id: str,
        symbol: str | Unset = UNSET,
        enum_id: str | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
    ) -> Response[GetOrderEnumsResponse]:
        """List order tags for a broker: ``GET /v1/public/broker/order_enums``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/list-order-tags-for-a-broker
        """
        from ..api.public import get_v1_public_broker_order_enums

        return get_v1_public_broker_order_enums.sync_detailed(
            client=self._client,
            broker_id=broker_id,
            symbol=symbol,
            enum_id=enum_id,
            include_archived=include_archived,
        )

    def reset_user_fee_rate(
        self,
        *,
        account_ids: builtins.list[str],
    ) -> Response[BasicResponse]:
        """Reset user fee rate: ``POST /v1/broker/fee_rate/set_default`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/reset-user-fee-rate
        """
        from ..api.private import post_v1_broker_fee_rate_set_default
        from ..models.post_v1_broker_fee_rate_set_default_body import (
            PostV1BrokerFeeRateSetDefaultBody,
        )

        return post_v1_broker_fee_rate_set_default.sync_detailed(
            client=self._client,
            body=PostV1BrokerFeeRateSetDefaultBody(
                account_ids=account_ids,
            ),
        )

    def set_default_fee_rate(
        self,
        *,
        maker_fee_rate: Number,
        taker_fee_rate: Number,
        rwa_taker_fee_rate: Number | Unset = UNSET,
        rwa_maker_fee_rate: Number | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Update default builder fee: ``POST /v1/broker/fee_rate/default`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-default-builder-fee
        """
        from ..api.private import post_v1_broker_fee_rate_default
        from ..models.post_v1_broker_fee_rate_default_body import (
            PostV1BrokerFeeRateDefaultBody,
        )

        return post_v1_broker_fee_rate_default.sync_detailed(
            client=self._client,
            body=PostV1BrokerFeeRateDefaultBody(
                maker_fee_rate=maker_fee_rate,
                taker_fee_rate=taker_fee_rate,
                rwa_taker_fee_rate=rwa_taker_fee_rate,
                rwa_maker_fee_rate=rwa_maker_fee_rate,
            ),
        )

    def set_user_fee_rate(
        self,
        *,
        maker_fee_rate: Number,
        taker_fee_rate: Number,
        account_ids: builtins.list[str],
        rwa_taker_fee_rate: Number | Unset = UNSET,
        rwa_maker_fee_rate: Number | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Update user fee rate: ``POST /v1/broker/fee_rate/set`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-user-fee-rate
        """
        from ..api.private import post_v1_broker_fee_rate_set
        from ..models.post_v1_broker_fee_rate_set_body import PostV1BrokerFeeRateSetBody

        return post_v1_broker_fee_rate_set.sync_detailed(
            client=self._client,
            body=PostV1BrokerFeeRateSetBody(
                maker_fee_rate=maker_fee_rate,
                taker_fee_rate=taker_fee_rate,
                account_ids=account_ids,
                rwa_taker_fee_rate=rwa_taker_fee_rate,
                rwa_maker_fee_rate=rwa_maker_fee_rate,
            ),
        )

    def stats(
        self,
        *,
        broker_id: str | Unset = UNSET,
    ) -> Response[BrokerStatsResponse]:
        """Get builder stats: ``GET /v1/public/broker/stats``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-builder-stats
        """
        from ..api.public import get_v1_public_broker_stats

        return get_v1_public_broker_stats.sync_detailed(
            client=self._client,
            broker_id=broker_id,
        )

    def tvl(
        self,
        *,
        broker_id: str | Unset = UNSET,
    ) -> Response[GetTVLByBrokerResponse]:
        """Get TVL by builder: ``GET /v1/public/balance/stats``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tvl-by-builder
        """
        from ..api.public import get_v1_public_balance_stats

        return get_v1_public_balance_stats.sync_detailed(
            client=self._client,
            broker_id=broker_id,
        )

    def unarchive_order_tag(
        self,
        *,
        enum_id: str,
    ) -> Response[UnarchiveOrderEnumResponse]:
        """Unarchive an order tag: ``POST /v1/broker/order_enum/unarchive`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/unarchive-an-order-tag
        """
        from ..api.private import post_v1_broker_order_enum_unarchive
        from ..models.post_v1_broker_order_enum_unarchive_body import (
            PostV1BrokerOrderEnumUnarchiveBody,
        )

        return post_v1_broker_order_enum_unarchive.sync_detailed(
            client=self._client,
            body=PostV1BrokerOrderEnumUnarchiveBody(
                enum_id=enum_id,
            ),
        )

    def user_fee_rates(
        self,
        *,
        account_id: str | Unset = UNSET,
        address: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
    ) -> Response[UserFeeRatesResponse]:
        """Get user fee rates: ``GET /v1/broker/user_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-fee-rates
        """
        from ..api.private import get_v1_broker_user_info

        return get_v1_broker_user_info.sync_detailed(
            client=self._client,
            account_id=account_id,
            address=address,
            page=page,
            size=size,
        )

    def users_daily_volume(
        self,
        *,
        start_date: str,
        end_date: str,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        address: str | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        aggregate_by: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        broker_id: str | Unset = UNSET,
        order_tags: str | Unset = UNSET,
    ) -> Response[GetBrokerDailyResponse]:
        """Get builder's users' volumes: ``GET /v1/volume/broker/daily`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-users-volumes
        """
        from ..api.private import get_v1_volume_broker_daily

        return get_v1_volume_broker_daily.sync_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            page=page,
            size=size,
            address=address,
            order_tag=order_tag,
            aggregate_by=aggregate_by,
            sort=sort,
            broker_id=broker_id,
            order_tags=order_tags,
        )

    def volume(
        self,
        *,
        broker_id: str | Unset = UNSET,
    ) -> Response[VolumeStatsResponse]:
        """Get builder volume: ``GET /v1/public/volume/stats``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-builder-volume
        """
        from ..api.public import get_v1_public_volume_stats

        return get_v1_public_volume_stats.sync_detailed(
            client=self._client,
            broker_id=broker_id,
        )


class AsyncBrokerWithRawResponse:
    """``aclient.broker.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def archive_order_tag(
        self,
        *,
        enum_id: str,
    ) -> Response[ArchiveOrderEnumResponse]:
        """Archive an order tag: ``POST /v1/broker/order_enum/archive`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/archive-an-order-tag
        """
        from ..api.private import post_v1_broker_order_enum_archive
        from ..models.post_v1_broker_order_enum_archive_body import (
            PostV1BrokerOrderEnumArchiveBody,
        )

        return await post_v1_broker_order_enum_archive.asyncio_detailed(
            client=self._client,
            body=PostV1BrokerOrderEnumArchiveBody(
                enum_id=enum_id,
            ),
        )

    async def chains(
        self,
        *,
        broker_id: str | Unset = UNSET,
    ) -> Response[ChainInfoResponse]:
        """Get supported chains per builder: ``GET /v1/public/chain_info``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-supported-chains-per-builder
        """
        from ..api.public import get_v1_public_chain_info

        return await get_v1_public_chain_info.asyncio_detailed(
            client=self._client,
            broker_id=broker_id,
        )

    async def create_order_tag(
        self,
        *,
        enum_id: str,
        name: str,
        default_fee_rate: Number,
        description: str | Unset = UNSET,
        pair_overrides: CreateOrderEnumBodyPairOverrides | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Create order tag: ``POST /v1/broker/order_enum`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-order-tag
        """
        from ..api.private import post_v1_broker_order_enum
        from ..models.create_order_enum_body import CreateOrderEnumBody

        return await post_v1_broker_order_enum.asyncio_detailed(
            client=self._client,
            body=CreateOrderEnumBody(
                enum_id=enum_id,
                name=name,
                default_fee_rate=default_fee_rate,
                description=description,
                pair_overrides=pair_overrides,
            ),
        )

    async def daily_fee_revenue(
        self,
        *,
        start_date: datetime.date,
        end_date: datetime.date,
    ) -> Response[GetBuilderDailyFeeRevenueResponse | GetV1BrokerDailyFeeRevenueResponse400]:
        """Get builder's daily revenue settlement history: ``GET /v1/broker/daily_fee_revenue`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-daily-revenue-settlement-history
        """
        from ..api.private import get_v1_broker_daily_fee_revenue

        return await get_v1_broker_daily_fee_revenue.asyncio_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
        )

    async def default_fee_rate(
        self,
    ) -> Response[GetDefaultBrokerFeesResponse]:
        """Get default builder fee: ``GET /v1/broker/fee_rate/default`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-default-builder-fee
        """
        from ..api.private import get_v1_broker_fee_rate_default

        return await get_v1_broker_fee_rate_default.asyncio_detailed(
            client=self._client,
        )

    async def edit_order_tag(
        self,
        *,
        enum_id: str,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        default_fee_rate: Number | Unset = UNSET,
        pair_overrides: None | Unset | UpdateOrderEnumBodyPairOverridesType0 = UNSET,
    ) -> Response[BasicResponse]:
        """Update order tag: ``PUT /v1/broker/order_enum/{enum_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-order-tag
        """
        from ..api.private import put_v1_broker_order_enum_enum_id
        from ..models.update_order_enum_body import UpdateOrderEnumBody

        return await put_v1_broker_order_enum_enum_id.asyncio_detailed(
            client=self._client,
            enum_id=enum_id,
            body=UpdateOrderEnumBody(
                name=name,
                description=description,
                default_fee_rate=default_fee_rate,
                pair_overrides=pair_overrides,
            ),
        )

    async def info(
        self,
    ) -> Response[GetBrokerInfoResponse]:
        """Get builder fee tier information: ``GET /v1/broker/broker_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builder-fee-tier-information
        """
        from ..api.private import get_v1_broker_broker_info

        return await get_v1_broker_broker_info.asyncio_detailed(
            client=self._client,
        )

    async def leaderboard(
        self,
        *,
        start_date: str,
        end_date: str,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        broker_id: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        address: str | Unset = UNSET,
        aggregate_by: str | Unset = UNSET,
    ) -> Response[LeaderboardResponse]:
        """Get builder's leaderboard: ``GET /v1/broker/leaderboard/daily``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-leaderboard
        """
        from ..api.private import get_v1_broker_leaderboard_daily

        return await get_v1_broker_leaderboard_daily.asyncio_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            page=page,
            size=size,
            order_tag=order_tag,
            broker_id=broker_id,
            sort=sort,
            address=address,
            aggregate_by=aggregate_by,
        )

    async def list(
        self,
        *,
        broker_id: str | Unset = UNSET,
    ) -> Response[BrokerListResponse]:
        """Get builder list: ``GET /v1/public/broker/name``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-builder-list
        """
        from ..api.public import get_v1_public_broker_name

        return await get_v1_public_broker_name.asyncio_detailed(
            client=self._client,
            broker_id=broker_id,
        )

    async def market_volume(
        self,
        *,
        symbol: str | Unset = UNSET,
        broker_id: str | Unset = UNSET,
    ) -> Response[GetMarketVolumeByBrokerResponse]:
        """Get market volume by builder: ``GET /v1/public/futures_market``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-market-volume-by-builder
        """
        from ..api.public import get_v1_public_futures_market

        return await get_v1_public_futures_market.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            broker_id=broker_id,
        )

    async def order_tag(
        self,
        *,
        enum_id: str,
    ) -> Response[GetOrderEnumWithStatsResponse]:
        """Get single order tag with stats: ``GET /v1/broker/order_enum/{enum_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-single-order-tag-with-stats
        """
        from ..api.private import get_v1_broker_order_enum_enum_id

        return await get_v1_broker_order_enum_enum_id.asyncio_detailed(
            client=self._client,
            enum_id=enum_id,
        )

    async def order_tags(
        self,
        *,
        symbol: str | Unset = UNSET,
        enum_id: str | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
    ) -> Response[GetOrderEnumsWithStatsResponse]:
        """List all order tags for a builder: ``GET /v1/broker/order_enums`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/list-all-order-tags-for-a-builder
        """
        from ..api.private import get_v1_broker_order_enums

        return await get_v1_broker_order_enums.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            enum_id=enum_id,
            include_archived=include_archived,
        )

    async def public_order_tag(
        self,
        *,
        broker_id: str,
        enum_id: str,
    ) -> Response[GetOrderEnumResponse]:
        """Get one order tag for a broker: ``GET /v1/public/broker/order_enum``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-one-order-tag-for-a-broker
        """
        from ..api.public import get_v1_public_broker_order_enum

        return await get_v1_public_broker_order_enum.asyncio_detailed(
            client=self._client,
            broker_id=broker_id,
            enum_id=enum_id,
        )

    async def public_order_tags(
        self,
        *,
        broker_id: str,
        symbol: str | Unset = UNSET,
        enum_id: str | Unset = UNSET,
        include_archived: bool | Unset = UNSET,
    ) -> Response[GetOrderEnumsResponse]:
        """List order tags for a broker: ``GET /v1/public/broker/order_enums``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/list-order-tags-for-a-broker
        """
        from ..api.public import get_v1_public_broker_order_enums

        return await get_v1_public_broker_order_enums.asyncio_detailed(
            client=self._client,
            broker_id=broker_id,
            symbol=symbol,
            enum_id=enum_id,
            include_archived=include_archived,
        )

    async def reset_user_fee_rate(
        self,
        *,
        account_ids: builtins.list[str],
    ) -> Response[BasicResponse]:
        """Reset user fee rate: ``POST /v1/broker/fee_rate/set_default`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/reset-user-fee-rate
        """
        from ..api.private import post_v1_broker_fee_rate_set_default
        from ..models.post_v1_broker_fee_rate_set_default_body import (
            PostV1BrokerFeeRateSetDefaultBody,
        )

        return await post_v1_broker_fee_rate_set_default.asyncio_detailed(
            client=self._client,
            body=PostV1BrokerFeeRateSetDefaultBody(
                account_ids=account_ids,
            ),
        )

    async def set_default_fee_rate(
        self,
        *,
        maker_fee_rate: Number,
        taker_fee_rate: Number,
        rwa_taker_fee_rate: Number | Unset = UNSET,
        rwa_maker_fee_rate: Number | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Update default builder fee: ``POST /v1/broker/fee_rate/default`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-default-builder-fee
        """
        from ..api.private import post_v1_broker_fee_rate_default
        from ..models.post_v1_broker_fee_rate_default_body import (
            PostV1BrokerFeeRateDefaultBody,
        )

        return await post_v1_broker_fee_rate_default.asyncio_detailed(
            client=self._client,
            body=PostV1BrokerFeeRateDefaultBody(
                maker_fee_rate=maker_fee_rate,
                taker_fee_rate=taker_fee_rate,
                rwa_taker_fee_rate=rwa_taker_fee_rate,
                rwa_maker_fee_rate=rwa_maker_fee_rate,
            ),
        )

    async def set_user_fee_rate(
        self,
        *,
        maker_fee_rate: Number,
        taker_fee_rate: Number,
        account_ids: builtins.list[str],
        rwa_taker_fee_rate: Number | Unset = UNSET,
        rwa_maker_fee_rate: Number | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Update user fee rate: ``POST /v1/broker/fee_rate/set`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-user-fee-rate
        """
        from ..api.private import post_v1_broker_fee_rate_set
        from ..models.post_v1_broker_fee_rate_set_body import PostV1BrokerFeeRateSetBody

        return await post_v1_broker_fee_rate_set.asyncio_detailed(
            client=self._client,
            body=PostV1BrokerFeeRateSetBody(
                maker_fee_rate=maker_fee_rate,
                taker_fee_rate=taker_fee_rate,
                account_ids=account_ids,
                rwa_taker_fee_rate=rwa_taker_fee_rate,
                rwa_maker_fee_rate=rwa_maker_fee_rate,
            ),
        )

    async def stats(
        self,
        *,
        broker_id: str | Unset = UNSET,
    ) -> Response[BrokerStatsResponse]:
        """Get builder stats: ``GET /v1/public/broker/stats``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-builder-stats
        """
        from ..api.public import get_v1_public_broker_stats

        return await get_v1_public_broker_stats.asyncio_detailed(
            client=self._client,
            broker_id=broker_id,
        )

    async def tvl(
        self,
        *,
        broker_id: str | Unset = UNSET,
    ) -> Response[GetTVLByBrokerResponse]:
        """Get TVL by builder: ``GET /v1/public/balance/stats``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-tvl-by-builder
        """
        from ..api.public import get_v1_public_balance_stats

        return await get_v1_public_balance_stats.asyncio_detailed(
            client=self._client,
            broker_id=broker_id,
        )

    async def unarchive_order_tag(
        self,
        *,
        enum_id: str,
    ) -> Response[UnarchiveOrderEnumResponse]:
        """Unarchive an order tag: ``POST /v1/broker/order_enum/unarchive`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/unarchive-an-order-tag
        """
        from ..api.private import post_v1_broker_order_enum_unarchive
        from ..models.post_v1_broker_order_enum_unarchive_body import (
            PostV1BrokerOrderEnumUnarchiveBody,
        )

        return await post_v1_broker_order_enum_unarchive.asyncio_detailed(
            client=self._client,
            body=PostV1BrokerOrderEnumUnarchiveBody(
                enum_id=enum_id,
            ),
        )

    async def user_fee_rates(
        self,
        *,
        account_id: str | Unset = UNSET,
        address: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
    ) -> Response[UserFeeRatesResponse]:
        """Get user fee rates: ``GET /v1/broker/user_info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-fee-rates
        """
        from ..api.private import get_v1_broker_user_info

        return await get_v1_broker_user_info.asyncio_detailed(
            client=self._client,
            account_id=account_id,
            address=address,
            page=page,
            size=size,
        )

    async def users_daily_volume(
        self,
        *,
        start_date: str,
        end_date: str,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        address: str | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        aggregate_by: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        broker_id: str | Unset = UNSET,
        order_tags: str | Unset = UNSET,
    ) -> Response[GetBrokerDailyResponse]:
        """Get builder's users' volumes: ``GET /v1/volume/broker/daily`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-builders-users-volumes
        """
        from ..api.private import get_v1_volume_broker_daily

        return await get_v1_volume_broker_daily.asyncio_detailed(
            client=self._client,
            start_date=start_date,
            end_date=end_date,
            page=page,
            size=size,
            address=address,
            order_tag=order_tag,
            aggregate_by=aggregate_by,
            sort=sort,
            broker_id=broker_id,
            order_tags=order_tags,
        )

    async def volume(
        self,
        *,
        broker_id: str | Unset = UNSET,
    ) -> Response[VolumeStatsResponse]:
        """Get builder volume: ``GET /v1/public/volume/stats``.

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-builder-volume
        """
        from ..api.public import get_v1_public_volume_stats

        return await get_v1_public_volume_stats.asyncio_detailed(
            client=self._client,
            broker_id=broker_id,
        )
