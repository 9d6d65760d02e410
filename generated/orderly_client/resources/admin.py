"""``client.admin``: ``account_info``, ``algo_orders``, ``asset_convert_history``, ``asset_history``, ``delete_stage``, ``funding_fee_history``, ``holdings``, ``leverage``, ``liquidations``, ``orders``, ``position``, ``positions``, ``set_stage``, ``stage``, ``trades``, ``transfer_history``, ``volume_stats``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, Literal

from ..client import AuthenticatedClient, Client
from ..types import UNSET, Number, Response, Unset, next_page

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.account_info import AccountInfo
    from ..models.admin_algo_orders_response import AdminAlgoOrdersResponse
    from ..models.admin_algo_orders_response_data_rows_item import (
        AdminAlgoOrdersResponseDataRowsItem,
    )
    from ..models.admin_asset_convert_history_record import (
        AdminAssetConvertHistoryRecord,
    )
    from ..models.admin_asset_convert_history_response import (
        AdminAssetConvertHistoryResponse,
    )
    from ..models.admin_asset_history_record import AdminAssetHistoryRecord
    from ..models.admin_asset_history_response import AdminAssetHistoryResponse
    from ..models.admin_liquidations_response import AdminLiquidationsResponse
    from ..models.admin_liquidations_response_data_rows_item import (
        AdminLiquidationsResponseDataRowsItem,
    )
    from ..models.admin_order import AdminOrder
    from ..models.admin_orders_response import AdminOrdersResponse
    from ..models.admin_trades_response import AdminTradesResponse
    from ..models.admin_trades_response_data_rows_item import (
        AdminTradesResponseDataRowsItem,
    )
    from ..models.admin_volume_stats_response import AdminVolumeStatsResponse
    from ..models.admin_volume_stats_response_data import AdminVolumeStatsResponseData
    from ..models.algo_type import AlgoType
    from ..models.basic_response import BasicResponse
    from ..models.client_holding_response import ClientHoldingResponse
    from ..models.client_holding_response_data import ClientHoldingResponseData
    from ..models.client_info_response import ClientInfoResponse
    from ..models.funding_fee_history_response import FundingFeeHistoryResponse
    from ..models.funding_fee_history_response_data import FundingFeeHistoryResponseData
    from ..models.get_internal_transfer_history_response import (
        GetInternalTransferHistoryResponse,
    )
    from ..models.get_stage_parameters_response import GetStageParametersResponse
    from ..models.get_stage_parameters_response_data import (
        GetStageParametersResponseData,
    )
    from ..models.get_v1_admin_asset_history_status import GetV1AdminAssetHistoryStatus
    from ..models.get_v1_admin_orders_source_type import GetV1AdminOrdersSourceType
    from ..models.internal_transfer import InternalTransfer
    from ..models.leverage import Leverage
    from ..models.leverage_response import LeverageResponse
    from ..models.margin_mode import MarginMode
    from ..models.order_side import OrderSide
    from ..models.order_state import OrderState
    from ..models.order_type import OrderType
    from ..models.position import Position
    from ..models.position_response import PositionResponse
    from ..models.positions_response import PositionsResponse
    from ..models.positions_response_data import PositionsResponseData
    from ..types import UNSET, Unset

    pass

__all__ = ["AsyncAdmin", "AsyncAdminWithRawResponse", "Admin", "AdminWithRawResponse"]


class Admin:
    """``client.admin``: the admin operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AdminWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AdminWithRawResponse(self._client)

    def account_info(
        self,
        *,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> AccountInfo:
        """Get account information: ``GET /v1/admin/client/info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-account-information-1
        """
        from ..api.private import get_v1_admin_client_info

        answer = get_v1_admin_client_info.sync(
            client=self._client,
            user_account=user_account,
            user_address=user_address,
        )
        return answer.data

    def algo_orders(
        self,
        *,
        symbol: str | Unset = UNSET,
        order_type: OrderType | Literal["ASK", "BID", "FOK", "IOC", "LIMIT", "MARKET", "POST_ONLY"] | Unset = UNSET,
        status: OrderState
        | Literal["CANCELLED", "COMPLETED", "FILLED", "INCOMPLETE", "NEW", "PARTIAL_FILLED", "REJECTED"]
        | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        created_time_start: int | Unset = UNSET,
        created_time_end: int | Unset = UNSET,
        size: int | Unset = UNSET,
        side: OrderSide | Literal["BUY", "SELL"] | Unset = UNSET,
        algo_type: AlgoType
        | Literal["BRACKET", "POSITIONAL_TP_SL", "STOP", "STOP_LOSS", "TAKE_PROFIT", "TP_SL", "TRAILING_STOP"]
        | Unset = UNSET,
        is_triggered: str | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Iterator[AdminAlgoOrdersResponseDataRowsItem]:
        """Get algo orders (admin): ``GET /v1/admin/algo/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-orders-admin
        """
        from ..api.private import get_v1_admin_algo_orders
        from ..models.algo_type import to_algo_type_or_unset
        from ..models.order_side import to_order_side_or_unset
        from ..models.order_state import to_order_state_or_unset
        from ..models.order_type import to_order_type_or_unset

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_admin_algo_orders.sync(
                    client=self._client,
                    symbol=symbol,
                    order_type=to_order_type_or_unset(order_type),
                    status=to_order_state_or_unset(status),
                    order_tag=order_tag,
                    created_time_start=created_time_start,
                    created_time_end=created_time_end,
                    page=page,
                    size=size,
                    side=to_order_side_or_unset(side),
                    algo_type=to_algo_type_or_unset(algo_type),
                    is_triggered=is_triggered,
                    user_account=user_account,
                    user_address=user_address,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following

    def asset_convert_history(
        self,
        *,
        start_t: int,
        end_t: int,
        size: int | Unset = UNSET,
        cursor: int | Unset = UNSET,
        user_address: str | Unset = UNSET,
        user_account: str | Unset = UNSET,
    ) -> Iterator[AdminAssetConvertHistoryRecord]:
        """Get asset conversion history: ``GET /v1/admin/asset/convert_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-conversion-history
        """
        from ..api.private import get_v1_admin_asset_convert_history

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_admin_asset_convert_history.sync(
                    client=self._client,
                    page=page,
                    size=size,
                    cursor=cursor,
                    start_t=start_t,
                    end_t=end_t,
                    user_address=user_address,
                    user_account=user_account,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following

    def asset_history(
        self,
        *,
        token: str | Unset = UNSET,
        side: str | Unset = UNSET,
        status: GetV1AdminAssetHistoryStatus
        | Literal["COMPLETED", "FAILED", "PENDING", "PENDING_REBALANCE", "PROCESSING"]
        | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        size: int | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Iterator[AdminAssetHistoryRecord]:
        """Get asset history: ``GET /v1/admin/asset/history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-history-1
        """
        from ..api.private import get_v1_admin_asset_history
        from ..models.get_v1_admin_asset_history_status import (
            to_get_v1_admin_asset_history_status_or_unset,
        )

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_admin_asset_history.sync(
                    client=self._client,
                    token=token,
                    side=side,
                    status=to_get_v1_admin_asset_history_status_or_unset(status),
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                    user_account=user_account,
                    user_address=user_address,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following

    def delete_stage(
        self,
        *,
        stage_id: int,
    ) -> None:
        """Delete stage: ``DELETE /v1/admin/points/stage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/admin/delete-stage
        """
        from ..api.admin import delete_v1_admin_points_stage

        answer = delete_v1_admin_points_stage.sync(
            client=self._client,
            stage_id=stage_id,
        )
        del answer  # success only: an error answer raised

    def funding_fee_history(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> FundingFeeHistoryResponseData:
        """Get funding fee history: ``GET /v1/admin/funding_fee/history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-funding-fee-history-1
        """
        from ..api.private import get_v1_admin_funding_fee_history

        answer = get_v1_admin_funding_fee_history.sync(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            user_account=user_account,
            user_address=user_address,
        )
        return answer.data

    def holdings(
        self,
        *,
        all_: bool | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> ClientHoldingResponseData:
        """Get current holding: ``GET /v1/admin/client/holding`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-current-holding-1
        """
        from ..api.private import get_v1_admin_client_holding

        answer = get_v1_admin_client_holding.sync(
            client=self._client,
            all_=all_,
            user_account=user_account,
            user_address=user_address,
        )
        return answer.data

    def leverage(
        self,
        *,
        symbol: str,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Leverage | Unset:
        """Get leverage setting: ``GET /v1/admin/client/leverage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-leverage-setting-1
        """
        from ..api.private import get_v1_admin_client_leverage
        from ..models.margin_mode import to_margin_mode_or_unset

        answer = get_v1_admin_client_leverage.sync(
            client=self._client,
            symbol=symbol,
            margin_mode=to_margin_mode_or_unset(margin_mode),
            user_account=user_account,
            user_address=user_address,
        )
        return answer.data

    def liquidations(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        size: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        liquidation_id: int | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Iterator[AdminLiquidationsResponseDataRowsItem]:
        """Get liquidated positions (admin): ``GET /v1/admin/liquidations`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-liquidated-positions-admin
        """
        from ..api.private import get_v1_admin_liquidations

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_admin_liquidations.sync(
                    client=self._client,
                    symbol=symbol,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                    sort_by=sort_by,
                    liquidation_id=liquidation_id,
                    user_account=user_account,
                    user_address=user_address,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following

    def orders(
        self,
        *,
        symbol: str | Unset = UNSET,
        side: OrderSide | Literal["BUY", "SELL"] | Unset = UNSET,
        order_type: OrderType | Literal["ASK", "BID", "FOK", "IOC", "LIMIT", "MARKET", "POST_ONLY"] | Unset = UNSET,
        status: OrderState
        | Literal["CANCELLED", "COMPLETED", "FILLED", "INCOMPLETE", "NEW", "PARTIAL_FILLED", "REJECTED"]
        | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        update_start_t: int | Unset = UNSET,
        update_end_t: int | Unset = UNSET,
        source_type: GetV1AdminOrdersSourceType | Literal["ALL", "ORDINARY"] | Unset = UNSET,
        size: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Iterator[AdminOrder]:
        """Get orders: ``GET /v1/admin/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-orders-1
        """
        from ..api.private import get_v1_admin_orders
        from ..models.get_v1_admin_orders_source_type import (
            to_get_v1_admin_orders_source_type_or_unset,
        )
        from ..models.order_side import to_order_side_or_unset
        from ..models.order_state import to_order_state_or_unset
        from ..models.order_type import to_order_type_or_unset

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_admin_orders.sync(
                    client=self._client,
                    symbol=symbol,
                    side=to_order_side_or_unset(side),
                    order_type=to_order_type_or_unset(order_type),
                    status=to_order_state_or_unset(status),
                    order_tag=order_tag,
                    start_t=start_t,
                    end_t=end_t,
                    update_start_t=update_start_t,
                    update_end_t=update_end_t,
                    source_type=to_get_v1_admin_orders_source_type_or_unset(source_type),
                    page=page,
                    size=size,
                    sort_by=sort_by,
                    user_account=user_account,
                    user_address=user_address,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following

    def position(
        self,
        *,
        symbol: str,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Position:
        """Get one position info: ``GET /v1/admin/position/{symbol}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-one-position-info-1
        """
        from ..api.private import get_v1_admin_position_symbol
        from ..models.margin_mode import to_margin_mode_or_unset

        answer = get_v1_admin_position_symbol.sync(
            client=self._client,
            symbol=symbol,
            margin_mode=to_margin_mode_or_unset(margin_mode),
            user_account=user_account,
            user_address=user_address,
        )
        return answer.data

    def positions(
        self,
        *,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> PositionsResponseData:
        """Get all positions info: ``GET /v1/admin/positions`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-positions-info-1
        """
        from ..api.private import get_v1_admin_positions

        answer = get_v1_admin_positions.sync(
            client=self._client,
            user_account=user_account,
            user_address=user_address,
        )
        return answer.data

    def set_stage(
        self,
        *,
        stage_name: str,
        start_date: str,
        volume_boost: Number,
        pnl_boost: Number,
        l1_referral_boost: Number,
        l2_referral_boost: Number,
        is_continous: bool,
        stage_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
    ) -> None:
        """Create/update stage parameters: ``POST /v1/admin/points/stage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/createupdate-stage-parameters
        """
        from ..api.private import post_v1_admin_points_stage
        from ..models.create_update_stage_request import CreateUpdateStageRequest

        answer = post_v1_admin_points_stage.sync(
            client=self._client,
            body=CreateUpdateStageRequest(
                stage_name=stage_name,
                start_date=start_date,
                volume_boost=volume_boost,
                pnl_boost=pnl_boost,
                l1_referral_boost=l1_referral_boost,
                l2_referral_boost=l2_referral_boost,
                is_continous=is_continous,
                stage_id=stage_id,
                end_date=end_date,
            ),
        )
        del answer  # success only: an error answer raised

    def stage(
        self,
        *,
        stage_id: int | Unset = UNSET,
    ) -> GetStageParametersResponseData | Unset:
        """Get stage parameters: ``GET /v1/admin/points/stage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-stage-parameters
        """
        from ..api.private import get_v1_admin_points_stage

        answer = get_v1_admin_points_stage.sync(
            client=self._client,
            stage_id=stage_id,
        )
        return answer.data

    def trades(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        size: int | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Iterator[AdminTradesResponseDataRowsItem]:
        """Get trades (admin): ``GET /v1/admin/trades`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-trades-admin
        """
        from ..api.private import get_v1_admin_trades

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_admin_trades.sync(
                    client=self._client,
                    symbol=symbol,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                    user_account=user_account,
                    user_address=user_address,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following

    def transfer_history(
        self,
        *,
        side: str,
        status: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        size: int | Unset = UNSET,
        from_account_id: str | Unset = UNSET,
        to_account_id: str | Unset = UNSET,
        main_sub_only: bool | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Iterator[InternalTransfer]:
        """Get internal transfer history: ``GET /v1/admin/internal_transfer_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-internal-transfer-history-1
        """
        from ..api.private import get_v1_admin_internal_transfer_history

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_admin_internal_transfer_history.sync(
                    client=self._client,
                    status=status,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                    side=side,
                    from_account_id=from_account_id,
                    to_account_id=to_account_id,
                    main_sub_only=main_sub_only,
                    user_account=user_account,
                    user_address=user_address,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following

    def volume_stats(
        self,
        *,
        broker_id: str | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> AdminVolumeStatsResponseData:
        """Get user volume statistics: ``GET /v1/admin/volume/user/stats`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-volume-statistics-1
        """
        from ..api.private import get_v1_admin_volume_user_stats

        answer = get_v1_admin_volume_user_stats.sync(
            client=self._client,
            broker_id=broker_id,
            user_account=user_account,
            user_address=user_address,
        )
        return answer.data


class AsyncAdmin:
    """``aclient.admin``: the admin operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncAdminWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncAdminWithRawResponse(self._client)

    async def account_info(
        self,
        *,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> AccountInfo:
        """Get account information: ``GET /v1/admin/client/info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-account-information-1
        """
        from ..api.private import get_v1_admin_client_info

        answer = await get_v1_admin_client_info.asyncio(
            client=self._client,
            user_account=user_account,
            user_address=user_address,
        )
        return answer.data

    async def algo_orders(
        self,
        *,
        symbol: str | Unset = UNSET,
        order_type: OrderType | Literal["ASK", "BID", "FOK", "IOC", "LIMIT", "MARKET", "POST_ONLY"] | Unset = UNSET,
        status: OrderState
        | Literal["CANCELLED", "COMPLETED", "FILLED", "INCOMPLETE", "NEW", "PARTIAL_FILLED", "REJECTED"]
        | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        created_time_start: int | Unset = UNSET,
        created_time_end: int | Unset = UNSET,
        size: int | Unset = UNSET,
        side: OrderSide | Literal["BUY", "SELL"] | Unset = UNSET,
        algo_type: AlgoType
        | Literal["BRACKET", "POSITIONAL_TP_SL", "STOP", "STOP_LOSS", "TAKE_PROFIT", "TP_SL", "TRAILING_STOP"]
        | Unset = UNSET,
        is_triggered: str | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> AsyncIterator[AdminAlgoOrdersResponseDataRowsItem]:
        """Get algo orders (admin): ``GET /v1/admin/algo/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-orders-admin
        """
        from ..api.private import get_v1_admin_algo_orders
        from ..models.algo_type import to_algo_type_or_unset
        from ..models.order_side import to_order_side_or_unset
        from ..models.order_state import to_order_state_or_unset
        from ..models.order_type import to_order_type_or_unset

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_admin_algo_orders.asyncio(
                    client=self._client,
                    symbol=symbol,
                    order_type=to_order_type_or_unset(order_type),
                    status=to_order_state_or_unset(status),
                    order_tag=order_tag,
                    created_time_start=created_time_start,
                    created_time_end=created_time_end,
                    page=page,
                    size=size,
                    side=to_order_side_or_unset(side),
                    algo_type=to_algo_type_or_unset(algo_type),
                    is_triggered=is_triggered,
                    user_account=user_account,
                    user_address=user_address,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following

    async def asset_convert_history(
        self,
        *,
        start_t: int,
        end_t: int,
        size: int | Unset = UNSET,
        cursor: int | Unset = UNSET,
        user_address: str | Unset = UNSET,
        user_account: str | Unset = UNSET,
    ) -> AsyncIterator[AdminAssetConvertHistoryRecord]:
        """Get asset conversion history: ``GET /v1/admin/asset/convert_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-conversion-history
        """
        from ..api.private import get_v1_admin_asset_convert_history

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_admin_asset_convert_history.asyncio(
                    client=self._client,
                    page=page,
                    size=size,
                    cursor=cursor,
                    start_t=start_t,
                    end_t=end_t,
                    user_address=user_address,
                    user_account=user_account,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following

    async def asset_history(
        self,
        *,
        token: str | Unset = UNSET,
        side: str | Unset = UNSET,
        status: GetV1AdminAssetHistoryStatus
        | Literal["COMPLETED", "FAILED", "PENDING", "PENDING_REBALANCE", "PROCESSING"]
        | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        size: int | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> AsyncIterator[AdminAssetHistoryRecord]:
        """Get asset history: ``GET /v1/admin/asset/history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-history-1
        """
        from ..api.private import get_v1_admin_asset_history
        from ..models.get_v1_admin_asset_history_status import (
            to_get_v1_admin_asset_history_status_or_unset,
        )

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_admin_asset_history.asyncio(
                    client=self._client,
                    token=token,
                    side=side,
                    status=to_get_v1_admin_asset_history_status_or_unset(status),
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                    user_account=user_account,
                    user_address=user_address,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following

    async def delete_stage(
        self,
        *,
        stage_id: int,
    ) -> None:
        """Delete stage: ``DELETE /v1/admin/points/stage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/admin/delete-stage
        """
        from ..api.admin import delete_v1_admin_points_stage

        answer = await delete_v1_admin_points_stage.asyncio(
            client=self._client,
            stage_id=stage_id,
        )
        del answer  # success only: an error answer raised

    async def funding_fee_history(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> FundingFeeHistoryResponseData:
        """Get funding fee history: ``GET /v1/admin/funding_fee/history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-funding-fee-history-1
        """
        from ..api.private import get_v1_admin_funding_fee_history

        answer = await get_v1_admin_funding_fee_history.asyncio(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            user_account=user_account,
            user_address=user_address,
        )
        return answer.data

    async def holdings(
        self,
        *,
        all_: bool | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> ClientHoldingResponseData:
        """Get current holding: ``GET /v1/admin/client/holding`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-current-holding-1
        """
        from ..api.private import get_v1_admin_client_holding

        answer = await get_v1_admin_client_holding.asyncio(
            client=self._client,
            all_=all_,
            user_account=user_account,
            user_address=user_address,
        )
        return answer.data

    async def leverage(
        self,
        *,
        symbol: str,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Leverage | Unset:
        """Get leverage setting: ``GET /v1/admin/client/leverage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-leverage-setting-1
        """
        from ..api.private import get_v1_admin_client_leverage
        from ..models.margin_mode import to_margin_mode_or_unset

        answer = await get_v1_admin_client_leverage.asyncio(
            client=self._client,
            symbol=symbol,
            margin_mode=to_margin_mode_or_unset(margin_mode),
            user_account=user_account,
            user_address=user_address,
        )
        return answer.data

    async def liquidations(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        size: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        liquidation_id: int | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> AsyncIterator[AdminLiquidationsResponseDataRowsItem]:
        """Get liquidated positions (admin): ``GET /v1/admin/liquidations`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-liquidated-positions-admin
        """
        from ..api.private import get_v1_admin_liquidations

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_admin_liquidations.asyncio(
                    client=self._client,
                    symbol=symbol,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                    sort_by=sort_by,
                    liquidation_id=liquidation_id,
                    user_account=user_account,
                    user_address=user_address,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following

    async def orders(
        self,
        *,
        symbol: str | Unset = UNSET,
        side: OrderSide | Literal["BUY", "SELL"] | Unset = UNSET,
        order_type: OrderType | Literal["ASK", "BID", "FOK", "IOC", "LIMIT", "MARKET", "POST_ONLY"] | Unset = UNSET,
        status: OrderState
        | Literal["CANCELLED", "COMPLETED", "FILLED", "INCOMPLETE", "NEW", "PARTIAL_FILLED", "REJECTED"]
        | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        update_start_t: int | Unset = UNSET,
        update_end_t: int | Unset = UNSET,
        source_type: GetV1AdminOrdersSourceType | Literal["ALL", "ORDINARY"] | Unset = UNSET,
        size: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> AsyncIterator[AdminOrder]:
        """Get orders: ``GET /v1/admin/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-orders-1
        """
        from ..api.private import get_v1_admin_orders
        from ..models.get_v1_admin_orders_source_type import (
            to_get_v1_admin_orders_source_type_or_unset,
        )
        from ..models.order_side import to_order_side_or_unset
        from ..models.order_state import to_order_state_or_unset
        from ..models.order_type import to_order_type_or_unset

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_admin_orders.asyncio(
                    client=self._client,
                    symbol=symbol,
                    side=to_order_side_or_unset(side),
                    order_type=to_order_type_or_unset(order_type),
                    status=to_order_state_or_unset(status),
                    order_tag=order_tag,
                    start_t=start_t,
                    end_t=end_t,
                    update_start_t=update_start_t,
                    update_end_t=update_end_t,
                    source_type=to_get_v1_admin_orders_source_type_or_unset(source_type),
                    page=page,
                    size=size,
                    sort_by=sort_by,
                    user_account=user_account,
                    user_address=user_address,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following

    async def position(
        self,
        *,
        symbol: str,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Position:
        """Get one position info: ``GET /v1/admin/position/{symbol}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-one-position-info-1
        """
        from ..api.private import get_v1_admin_position_symbol
        from ..models.margin_mode import to_margin_mode_or_unset

        answer = await get_v1_admin_position_symbol.asyncio(
            client=self._client,
            symbol=symbol,
            margin_mode=to_margin_mode_or_unset(margin_mode),
            user_account=user_account,
            user_address=user_address,
        )
        return answer.data

    async def positions(
        self,
        *,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> PositionsResponseData:
        """Get all positions info: ``GET /v1/admin/positions`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-positions-info-1
        """
        from ..api.private import get_v1_admin_positions

        answer = await get_v1_admin_positions.asyncio(
            client=self._client,
            user_account=user_account,
            user_address=user_address,
        )
        return answer.data

    async def set_stage(
        self,
        *,
        stage_name: str,
        start_date: str,
        volume_boost: Number,
        pnl_boost: Number,
        l1_referral_boost: Number,
        l2_referral_boost: Number,
        is_continous: bool,
        stage_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
    ) -> None:
        """Create/update stage parameters: ``POST /v1/admin/points/stage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/createupdate-stage-parameters
        """
        from ..api.private import post_v1_admin_points_stage
        from ..models.create_update_stage_request import CreateUpdateStageRequest

        answer = await post_v1_admin_points_stage.asyncio(
            client=self._client,
            body=CreateUpdateStageRequest(
                stage_name=stage_name,
                start_date=start_date,
                volume_boost=volume_boost,
                pnl_boost=pnl_boost,
                l1_referral_boost=l1_referral_boost,
                l2_referral_boost=l2_referral_boost,
                is_continous=is_continous,
                stage_id=stage_id,
                end_date=end_date,
            ),
        )
        del answer  # success only: an error answer raised

    async def stage(
        self,
        *,
        stage_id: int | Unset = UNSET,
    ) -> GetStageParametersResponseData | Unset:
        """Get stage parameters: ``GET /v1/admin/points/stage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-stage-parameters
        """
        from ..api.private import get_v1_admin_points_stage

        answer = await get_v1_admin_points_stage.asyncio(
            client=self._client,
            stage_id=stage_id,
        )
        return answer.data

    async def trades(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        size: int | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> AsyncIterator[AdminTradesResponseDataRowsItem]:
        """Get trades (admin): ``GET /v1/admin/trades`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-trades-admin
        """
        from ..api.private import get_v1_admin_trades

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_admin_trades.asyncio(
                    client=self._client,
                    symbol=symbol,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                    user_account=user_account,
                    user_address=user_address,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following

    async def transfer_history(
        self,
        *,
        side: str,
        status: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        size: int | Unset = UNSET,
        from_account_id: str | Unset = UNSET,
        to_account_id: str | Unset = UNSET,
        main_sub_only: bool | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> AsyncIterator[InternalTransfer]:
        """Get internal transfer history: ``GET /v1/admin/internal_transfer_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-internal-transfer-history-1
        """
        from ..api.private import get_v1_admin_internal_transfer_history

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_admin_internal_transfer_history.asyncio(
                    client=self._client,
                    status=status,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                    side=side,
                    from_account_id=from_account_id,
                    to_account_id=to_account_id,
                    main_sub_only=main_sub_only,
                    user_account=user_account,
                    user_address=user_address,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following

    async def volume_stats(
        self,
        *,
        broker_id: str | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> AdminVolumeStatsResponseData:
        """Get user volume statistics: ``GET /v1/admin/volume/user/stats`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-volume-statistics-1
        """
        from ..api.private import get_v1_admin_volume_user_stats

        answer = await get_v1_admin_volume_user_stats.asyncio(
            client=self._client,
            broker_id=broker_id,
            user_account=user_account,
            user_address=user_address,
        )
        return answer.data


class AdminWithRawResponse:
    """``client.admin.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def account_info(
        self,
        *,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[ClientInfoResponse]:
        """Get account information: ``GET /v1/admin/client/info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-account-information-1
        """
        from ..api.private import get_v1_admin_client_info

        return get_v1_admin_client_info.sync_detailed(
            client=self._client,
            user_account=user_account,
            user_address=user_address,
        )

    def algo_orders(
        self,
        *,
        symbol: str | Unset = UNSET,
        order_type: OrderType | Literal["ASK", "BID", "FOK", "IOC", "LIMIT", "MARKET", "POST_ONLY"] | Unset = UNSET,
        status: OrderState
        | Literal["CANCELLED", "COMPLETED", "FILLED", "INCOMPLETE", "NEW", "PARTIAL_FILLED", "REJECTED"]
        | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        created_time_start: int | Unset = UNSET,
        created_time_end: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        side: OrderSide | Literal["BUY", "SELL"] | Unset = UNSET,
        algo_type: AlgoType
        | Literal["BRACKET", "POSITIONAL_TP_SL", "STOP", "STOP_LOSS", "TAKE_PROFIT", "TP_SL", "TRAILING_STOP"]
        | Unset = UNSET,
        is_triggered: str | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[AdminAlgoOrdersResponse]:
        """Get algo orders (admin): ``GET /v1/admin/algo/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-orders-admin
        """
        from ..api.private import get_v1_admin_algo_orders
        from ..models.algo_type import to_algo_type_or_unset
        from ..models.order_side import to_order_side_or_unset
        from ..models.order_state import to_order_state_or_unset
        from ..models.order_type import to_order_type_or_unset

        return get_v1_admin_algo_orders.sync_detailed(
            client=self._client,
            symbol=symbol,
            order_type=to_order_type_or_unset(order_type),
            status=to_order_state_or_unset(status),
            order_tag=order_tag,
            created_time_start=created_time_start,
            created_time_end=created_time_end,
            page=page,
            size=size,
            side=to_order_side_or_unset(side),
            algo_type=to_algo_type_or_unset(algo_type),
            is_triggered=is_triggered,
            user_account=user_account,
            user_address=user_address,
        )

    def asset_convert_history(
        self,
        *,
        start_t: int,
        end_t: int,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        cursor: int | Unset = UNSET,
        user_address: str | Unset = UNSET,
        user_account: str | Unset = UNSET,
    ) -> Response[AdminAssetConvertHistoryResponse]:
        """Get asset conversion history: ``GET /v1/admin/asset/convert_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-conversion-history
        """
        from ..api.private import get_v1_admin_asset_convert_history

        return get_v1_admin_asset_convert_history.sync_detailed(
            client=self._client,
            page=page,
            size=size,
            cursor=cursor,
            start_t=start_t,
            end_t=end_t,
            user_address=user_address,
            user_account=user_account,
        )

    def asset_history(
        self,
        *,
        token: str | Unset = UNSET,
        side: str | Unset = UNSET,
        status: GetV1AdminAssetHistoryStatus
        | Literal["COMPLETED", "FAILED", "PENDING", "PENDING_REBALANCE", "PROCESSING"]
        | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[AdminAssetHistoryResponse]:
        """Get asset history: ``GET /v1/admin/asset/history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-history-1
        """
        from ..api.private import get_v1_admin_asset_history
        from ..models.get_v1_admin_asset_history_status import (
            to_get_v1_admin_asset_history_status_or_unset,
        )

        return get_v1_admin_asset_history.sync_detailed(
            client=self._client,
            token=token,
            side=side,
            status=to_get_v1_admin_asset_history_status_or_unset(status),
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            user_account=user_account,
            user_address=user_address,
        )

    def delete_stage(
        self,
        *,
        stage_id: int,
    ) -> Response[BasicResponse]:
        """Delete stage: ``DELETE /v1/admin/points/stage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/admin/delete-stage
        """
        from ..api.admin import delete_v1_admin_points_stage

        return delete_v1_admin_points_stage.sync_detailed(
            client=self._client,
            stage_id=stage_id,
        )

    def funding_fee_history(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[FundingFeeHistoryResponse]:
        """Get funding fee history: ``GET /v1/admin/funding_fee/history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-funding-fee-history-1
        """
        from ..api.private import get_v1_admin_funding_fee_history

        return get_v1_admin_funding_fee_history.sync_detailed(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            user_account=user_account,
            user_address=user_address,
        )

    def holdings(
        self,
        *,
        all_: bool | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[ClientHoldingResponse]:
        """Get current holding: ``GET /v1/admin/client/holding`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-current-holding-1
        """
        from ..api.private import get_v1_admin_client_holding

        return get_v1_admin_client_holding.sync_detailed(
            client=self._client,
            all_=all_,
            user_account=user_account,
            user_address=user_address,
        )

    def leverage(
        self,
        *,
        symbol: str,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[LeverageResponse]:
        """Get leverage setting: ``GET /v1/admin/client/leverage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-leverage-setting-1
        """
        from ..api.private import get_v1_admin_client_leverage
        from ..models.margin_mode import to_margin_mode_or_unset

        return get_v1_admin_client_leverage.sync_detailed(
            client=self._client,
            symbol=symbol,
            margin_mode=to_margin_mode_or_unset(margin_mode),
            user_account=user_account,
            user_address=user_address,
        )

    def liquidations(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        liquidation_id: int | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[AdminLiquidationsResponse]:
        """Get liquidated positions (admin): ``GET /v1/admin/liquidations`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-liquidated-positions-admin
        """
        from ..api.private import get_v1_admin_liquidations

        return get_v1_admin_liquidations.sync_detailed(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            sort_by=sort_by,
            liquidation_id=liquidation_id,
            user_account=user_account,
            user_address=user_address,
        )

    def orders(
        self,
        *,
        symbol: str | Unset = UNSET,
        side: OrderSide | Literal["BUY", "SELL"] | Unset = UNSET,
        order_type: OrderType | Literal["ASK", "BID", "FOK", "IOC", "LIMIT", "MARKET", "POST_ONLY"] | Unset = UNSET,
        status: OrderState
        | Literal["CANCELLED", "COMPLETED", "FILLED", "INCOMPLETE", "NEW", "PARTIAL_FILLED", "REJECTED"]
        | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        update_start_t: int | Unset = UNSET,
        update_end_t: int | Unset = UNSET,
        source_type: GetV1AdminOrdersSourceType | Literal["ALL", "ORDINARY"] | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[AdminOrdersResponse]:
        """Get orders: ``GET /v1/admin/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-orders-1
        """
        from ..api.private import get_v1_admin_orders
        from ..models.get_v1_admin_orders_source_type import (
            to_get_v1_admin_orders_source_type_or_unset,
        )
        from ..models.order_side import to_order_side_or_unset
        from ..models.order_state import to_order_state_or_unset
        from ..models.order_type import to_order_type_or_unset

        return get_v1_admin_orders.sync_detailed(
            client=self._client,
            symbol=symbol,
            side=to_order_side_or_unset(side),
            order_type=to_order_type_or_unset(order_type),
            status=to_order_state_or_unset(status),
            order_tag=order_tag,
            start_t=start_t,
            end_t=end_t,
            update_start_t=update_start_t,
            update_end_t=update_end_t,
            source_type=to_get_v1_admin_orders_source_type_or_unset(source_type),
            page=page,
            size=size,
            sort_by=sort_by,
            user_account=user_account,
            user_address=user_address,
        )

    def position(
        self,
        *,
        symbol: str,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[PositionResponse]:
        """Get one position info: ``GET /v1/admin/position/{symbol}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-one-position-info-1
        """
        from ..api.private import get_v1_admin_position_symbol
        from ..models.margin_mode import to_margin_mode_or_unset

        return get_v1_admin_position_symbol.sync_detailed(
            client=self._client,
            symbol=symbol,
            margin_mode=to_margin_mode_or_unset(margin_mode),
            user_account=user_account,
            user_address=user_address,
        )

    def positions(
        self,
        *,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[PositionsResponse]:
        """Get all positions info: ``GET /v1/admin/positions`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-positions-info-1
        """
        from ..api.private import get_v1_admin_positions

        return get_v1_admin_positions.sync_detailed(
            client=self._client,
            user_account=user_account,
            user_address=user_address,
        )

    def set_stage(
        self,
        *,
        stage_name: str,
        start_date: str,
        volume_boost: Number,
        pnl_boost: Number,
        l1_referral_boost: Number,
        l2_referral_boost: Number,
        is_continous: bool,
        stage_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Create/update stage parameters: ``POST /v1/admin/points/stage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/createupdate-stage-parameters
        """
        from ..api.private import post_v1_admin_points_stage
        from ..models.create_update_stage_request import CreateUpdateStageRequest

        return post_v1_admin_points_stage.sync_detailed(
            client=self._client,
            body=CreateUpdateStageRequest(
                stage_name=stage_name,
                start_date=start_date,
                volume_boost=volume_boost,
                pnl_boost=pnl_boost,
                l1_referral_boost=l1_referral_boost,
                l2_referral_boost=l2_referral_boost,
                is_continous=is_continous,
                stage_id=stage_id,
                end_date=end_date,
            ),
        )

    def stage(
        self,
        *,
        stage_id: int | Unset = UNSET,
    ) -> Response[GetStageParametersResponse]:
        """Get stage parameters: ``GET /v1/admin/points/stage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-stage-parameters
        """
        from ..api.private import get_v1_admin_points_stage

        return get_v1_admin_points_stage.sync_detailed(
            client=self._client,
            stage_id=stage_id,
        )

    def trades(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[AdminTradesResponse]:
        """Get trades (admin): ``GET /v1/admin/trades`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-trades-admin
        """
        from ..api.private import get_v1_admin_trades

        return get_v1_admin_trades.sync_detailed(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            user_account=user_account,
            user_address=user_address,
        )

    def transfer_history(
        self,
        *,
        side: str,
        status: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        from_account_id: str | Unset = UNSET,
        to_account_id: str | Unset = UNSET,
        main_sub_only: bool | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[GetInternalTransferHistoryResponse]:
        """Get internal transfer history: ``GET /v1/admin/internal_transfer_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-internal-transfer-history-1
        """
        from ..api.private import get_v1_admin_internal_transfer_history

        return get_v1_admin_internal_transfer_history.sync_detailed(
            client=self._client,
            status=status,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            side=side,
            from_account_id=from_account_id,
            to_account_id=to_account_id,
            main_sub_only=main_sub_only,
            user_account=user_account,
            user_address=user_address,
        )

    def volume_stats(
        self,
        *,
        broker_id: str | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[AdminVolumeStatsResponse]:
        """Get user volume statistics: ``GET /v1/admin/volume/user/stats`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-volume-statistics-1
        """
        from ..api.private import get_v1_admin_volume_user_stats

        return get_v1_admin_volume_user_stats.sync_detailed(
            client=self._client,
            broker_id=broker_id,
            user_account=user_account,
            user_address=user_address,
        )


class AsyncAdminWithRawResponse:
    """``aclient.admin.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def account_info(
        self,
        *,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[ClientInfoResponse]:
        """Get account information: ``GET /v1/admin/client/info`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-account-information-1
        """
        from ..api.private import get_v1_admin_client_info

        return await get_v1_admin_client_info.asyncio_detailed(
            client=self._client,
            user_account=user_account,
            user_address=user_address,
        )

    async def algo_orders(
        self,
        *,
        symbol: str | Unset = UNSET,
        order_type: OrderType | Literal["ASK", "BID", "FOK", "IOC", "LIMIT", "MARKET", "POST_ONLY"] | Unset = UNSET,
        status: OrderState
        | Literal["CANCELLED", "COMPLETED", "FILLED", "INCOMPLETE", "NEW", "PARTIAL_FILLED", "REJECTED"]
        | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        created_time_start: int | Unset = UNSET,
        created_time_end: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        side: OrderSide | Literal["BUY", "SELL"] | Unset = UNSET,
        algo_type: AlgoType
        | Literal["BRACKET", "POSITIONAL_TP_SL", "STOP", "STOP_LOSS", "TAKE_PROFIT", "TP_SL", "TRAILING_STOP"]
        | Unset = UNSET,
        is_triggered: str | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[AdminAlgoOrdersResponse]:
        """Get algo orders (admin): ``GET /v1/admin/algo/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-orders-admin
        """
        from ..api.private import get_v1_admin_algo_orders
        from ..models.algo_type import to_algo_type_or_unset
        from ..models.order_side import to_order_side_or_unset
        from ..models.order_state import to_order_state_or_unset
        from ..models.order_type import to_order_type_or_unset

        return await get_v1_admin_algo_orders.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            order_type=to_order_type_or_unset(order_type),
            status=to_order_state_or_unset(status),
            order_tag=order_tag,
            created_time_start=created_time_start,
            created_time_end=created_time_end,
            page=page,
            size=size,
            side=to_order_side_or_unset(side),
            algo_type=to_algo_type_or_unset(algo_type),
            is_triggered=is_triggered,
            user_account=user_account,
            user_address=user_address,
        )

    async def asset_convert_history(
        self,
        *,
        start_t: int,
        end_t: int,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        cursor: int | Unset = UNSET,
        user_address: str | Unset = UNSET,
        user_account: str | Unset = UNSET,
    ) -> Response[AdminAssetConvertHistoryResponse]:
        """Get asset conversion history: ``GET /v1/admin/asset/convert_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-conversion-history
        """
        from ..api.private import get_v1_admin_asset_convert_history

        return await get_v1_admin_asset_convert_history.asyncio_detailed(
            client=self._client,
            page=page,
            size=size,
            cursor=cursor,
            start_t=start_t,
            end_t=end_t,
            user_address=user_address,
            user_account=user_account,
        )

    async def asset_history(
        self,
        *,
        token: str | Unset = UNSET,
        side: str | Unset = UNSET,
        status: GetV1AdminAssetHistoryStatus
        | Literal["COMPLETED", "FAILED", "PENDING", "PENDING_REBALANCE", "PROCESSING"]
        | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[AdminAssetHistoryResponse]:
        """Get asset history: ``GET /v1/admin/asset/history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-history-1
        """
        from ..api.private import get_v1_admin_asset_history
        from ..models.get_v1_admin_asset_history_status import (
            to_get_v1_admin_asset_history_status_or_unset,
        )

        return await get_v1_admin_asset_history.asyncio_detailed(
            client=self._client,
            token=token,
            side=side,
            status=to_get_v1_admin_asset_history_status_or_unset(status),
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            user_account=user_account,
            user_address=user_address,
        )

    async def delete_stage(
        self,
        *,
        stage_id: int,
    ) -> Response[BasicResponse]:
        """Delete stage: ``DELETE /v1/admin/points/stage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/admin/delete-stage
        """
        from ..api.admin import delete_v1_admin_points_stage

        return await delete_v1_admin_points_stage.asyncio_detailed(
            client=self._client,
            stage_id=stage_id,
        )

    async def funding_fee_history(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        page: str | Unset = UNSET,
        size: str | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[FundingFeeHistoryResponse]:
        """Get funding fee history: ``GET /v1/admin/funding_fee/history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-funding-fee-history-1
        """
        from ..api.private import get_v1_admin_funding_fee_history

        return await get_v1_admin_funding_fee_history.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            user_account=user_account,
            user_address=user_address,
        )

    async def holdings(
        self,
        *,
        all_: bool | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[ClientHoldingResponse]:
        """Get current holding: ``GET /v1/admin/client/holding`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-current-holding-1
        """
        from ..api.private import get_v1_admin_client_holding

        return await get_v1_admin_client_holding.asyncio_detailed(
            client=self._client,
            all_=all_,
            user_account=user_account,
            user_address=user_address,
        )

    async def leverage(
        self,
        *,
        symbol: str,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[LeverageResponse]:
        """Get leverage setting: ``GET /v1/admin/client/leverage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-leverage-setting-1
        """
        from ..api.private import get_v1_admin_client_leverage
        from ..models.margin_mode import to_margin_mode_or_unset

        return await get_v1_admin_client_leverage.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            margin_mode=to_margin_mode_or_unset(margin_mode),
            user_account=user_account,
            user_address=user_address,
        )

    async def liquidations(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        liquidation_id: int | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[AdminLiquidationsResponse]:
        """Get liquidated positions (admin): ``GET /v1/admin/liquidations`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-liquidated-positions-admin
        """
        from ..api.private import get_v1_admin_liquidations

        return await get_v1_admin_liquidations.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            sort_by=sort_by,
            liquidation_id=liquidation_id,
            user_account=user_account,
            user_address=user_address,
        )

    async def orders(
        self,
        *,
        symbol: str | Unset = UNSET,
        side: OrderSide | Literal["BUY", "SELL"] | Unset = UNSET,
        order_type: OrderType | Literal["ASK", "BID", "FOK", "IOC", "LIMIT", "MARKET", "POST_ONLY"] | Unset = UNSET,
        status: OrderState
        | Literal["CANCELLED", "COMPLETED", "FILLED", "INCOMPLETE", "NEW", "PARTIAL_FILLED", "REJECTED"]
        | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        update_start_t: int | Unset = UNSET,
        update_end_t: int | Unset = UNSET,
        source_type: GetV1AdminOrdersSourceType | Literal["ALL", "ORDINARY"] | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[AdminOrdersResponse]:
        """Get orders: ``GET /v1/admin/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-orders-1
        """
        from ..api.private import get_v1_admin_orders
        from ..models.get_v1_admin_orders_source_type import (
            to_get_v1_admin_orders_source_type_or_unset,
        )
        from ..models.order_side import to_order_side_or_unset
        from ..models.order_state import to_order_state_or_unset
        from ..models.order_type import to_order_type_or_unset

        return await get_v1_admin_orders.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            side=to_order_side_or_unset(side),
            order_type=to_order_type_or_unset(order_type),
            status=to_order_state_or_unset(status),
            order_tag=order_tag,
            start_t=start_t,
            end_t=end_t,
            update_start_t=update_start_t,
            update_end_t=update_end_t,
            source_type=to_get_v1_admin_orders_source_type_or_unset(source_type),
            page=page,
            size=size,
            sort_by=sort_by,
            user_account=user_account,
            user_address=user_address,
        )

    async def position(
        self,
        *,
        symbol: str,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[PositionResponse]:
        """Get one position info: ``GET /v1/admin/position/{symbol}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-one-position-info-1
        """
        from ..api.private import get_v1_admin_position_symbol
        from ..models.margin_mode import to_margin_mode_or_unset

        return await get_v1_admin_position_symbol.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            margin_mode=to_margin_mode_or_unset(margin_mode),
            user_account=user_account,
            user_address=user_address,
        )

    async def positions(
        self,
        *,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[PositionsResponse]:
        """Get all positions info: ``GET /v1/admin/positions`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-positions-info-1
        """
        from ..api.private import get_v1_admin_positions

        return await get_v1_admin_positions.asyncio_detailed(
            client=self._client,
            user_account=user_account,
            user_address=user_address,
        )

    async def set_stage(
        self,
        *,
        stage_name: str,
        start_date: str,
        volume_boost: Number,
        pnl_boost: Number,
        l1_referral_boost: Number,
        l2_referral_boost: Number,
        is_continous: bool,
        stage_id: int | Unset = UNSET,
        end_date: str | Unset = UNSET,
    ) -> Response[BasicResponse]:
        """Create/update stage parameters: ``POST /v1/admin/points/stage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/createupdate-stage-parameters
        """
        from ..api.private import post_v1_admin_points_stage
        from ..models.create_update_stage_request import CreateUpdateStageRequest

        return await post_v1_admin_points_stage.asyncio_detailed(
            client=self._client,
            body=CreateUpdateStageRequest(
                stage_name=stage_name,
                start_date=start_date,
                volume_boost=volume_boost,
                pnl_boost=pnl_boost,
                l1_referral_boost=l1_referral_boost,
                l2_referral_boost=l2_referral_boost,
                is_continous=is_continous,
                stage_id=stage_id,
                end_date=end_date,
            ),
        )

    async def stage(
        self,
        *,
        stage_id: int | Unset = UNSET,
    ) -> Response[GetStageParametersResponse]:
        """Get stage parameters: ``GET /v1/admin/points/stage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-stage-parameters
        """
        from ..api.private import get_v1_admin_points_stage

        return await get_v1_admin_points_stage.asyncio_detailed(
            client=self._client,
            stage_id=stage_id,
        )

    async def trades(
        self,
        *,
        symbol: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[AdminTradesResponse]:
        """Get trades (admin): ``GET /v1/admin/trades`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-trades-admin
        """
        from ..api.private import get_v1_admin_trades

        return await get_v1_admin_trades.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            user_account=user_account,
            user_address=user_address,
        )

    async def transfer_history(
        self,
        *,
        side: str,
        status: str | Unset = UNSET,
        start_t: str | Unset = UNSET,
        end_t: str | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        from_account_id: str | Unset = UNSET,
        to_account_id: str | Unset = UNSET,
        main_sub_only: bool | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[GetInternalTransferHistoryResponse]:
        """Get internal transfer history: ``GET /v1/admin/internal_transfer_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-internal-transfer-history-1
        """
        from ..api.private import get_v1_admin_internal_transfer_history

        return await get_v1_admin_internal_transfer_history.asyncio_detailed(
            client=self._client,
            status=status,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            side=side,
            from_account_id=from_account_id,
            to_account_id=to_account_id,
            main_sub_only=main_sub_only,
            user_account=user_account,
            user_address=user_address,
        )

    async def volume_stats(
        self,
        *,
        broker_id: str | Unset = UNSET,
        user_account: str | Unset = UNSET,
        user_address: str | Unset = UNSET,
    ) -> Response[AdminVolumeStatsResponse]:
        """Get user volume statistics: ``GET /v1/admin/volume/user/stats`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-volume-statistics-1
        """
        from ..api.private import get_v1_admin_volume_user_stats

        return await get_v1_admin_volume_user_stats.asyncio_detailed(
            client=self._client,
            broker_id=broker_id,
            user_account=user_account,
            user_address=user_address,
        )
