"""``client.positions``: ``adjust_margin``, ``aggregate``, ``get``, ``get_leverage``, ``history``, ``list``, ``list_leverages``, ``list_lite``, ``margin_modes``, ``set_account_leverage``, ``set_leverage``, ``set_margin_mode``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from ..client import AuthenticatedClient, Client
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.aggregate_positions_response import AggregatePositionsResponse
    from ..models.aggregate_positions_response_data import (
        AggregatePositionsResponseData,
    )
    from ..models.basic_response import BasicResponse
    from ..models.empty_data_response import EmptyDataResponse
    from ..models.empty_data_response_data import EmptyDataResponseData
    from ..models.leverage import Leverage
    from ..models.leverage_response import LeverageResponse
    from ..models.leverages_response import LeveragesResponse
    from ..models.leverages_response_data import LeveragesResponseData
    from ..models.margin_mode import MarginMode
    from ..models.margin_modes_response import MarginModesResponse
    from ..models.margin_modes_response_data import MarginModesResponseData
    from ..models.position import Position
    from ..models.position_history_response import PositionHistoryResponse
    from ..models.position_history_response_data import PositionHistoryResponseData
    from ..models.position_response import PositionResponse
    from ..models.positions_lite_response import PositionsLiteResponse
    from ..models.positions_lite_response_data import PositionsLiteResponseData
    from ..models.positions_response import PositionsResponse
    from ..models.positions_response_data import PositionsResponseData
    from ..models.post_v1_position_margin_body_type import PostV1PositionMarginBodyType
    from ..types import UNSET, Unset

    pass

__all__ = ["AsyncPositions", "AsyncPositionsWithRawResponse", "Positions", "PositionsWithRawResponse"]


class Positions:
    """``client.positions``: the positions operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> PositionsWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return PositionsWithRawResponse(self._client)

    def adjust_margin(
        self,
        *,
        symbol: str,
        amount: str,
        type_: PostV1PositionMarginBodyType | Literal["ADD", "REDUCE"],
    ) -> None:
        """Add or reduce position margin: ``POST /v1/position_margin`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/add-or-reduce-position-margin
        """
        from ..api.private import post_v1_position_margin
        from ..models.post_v1_position_margin_body import PostV1PositionMarginBody

        answer = post_v1_position_margin.sync(
            client=self._client,
            body=PostV1PositionMarginBody(
                symbol=symbol,
                amount=amount,
                type_=type_,
            ),
        )
        del answer  # success only: an error answer raised

    def aggregate(
        self,
    ) -> AggregatePositionsResponseData | Unset:
        """Get aggregate positions: ``GET /v1/client/aggregate/positions`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-aggregate-positions
        """
        from ..api.private import get_v1_client_aggregate_positions

        answer = get_v1_client_aggregate_positions.sync(
            client=self._client,
        )
        return answer.data

    def get(
        self,
        *,
        symbol: str,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
    ) -> Position:
        """Get one position info: ``GET /v1/position/{symbol}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-one-position-info
        """
        from ..api.private import get_v1_position_symbol
        from ..models.margin_mode import to_margin_mode_or_unset

        answer = get_v1_position_symbol.sync(
            client=self._client,
            symbol=symbol,
            margin_mode=to_margin_mode_or_unset(margin_mode),
        )
        return answer.data

    def get_leverage(
        self,
        *,
        symbol: str,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
    ) -> Leverage | Unset:
        """Get leverage setting: ``GET /v1/client/leverage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-leverage-setting
        """
        from ..api.private import get_v1_client_leverage
        from ..models.margin_mode import to_margin_mode_or_unset

        answer = get_v1_client_leverage.sync(
            client=self._client,
            symbol=symbol,
            margin_mode=to_margin_mode_or_unset(margin_mode),
        )
        return answer.data

    def history(
        self,
        *,
        limit: int,
        symbol: str | Unset = UNSET,
    ) -> PositionHistoryResponseData:
        """Get position history: ``GET /v1/position_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-position-history
        """
        from ..api.private import get_v1_position_history

        answer = get_v1_position_history.sync(
            client=self._client,
            symbol=symbol,
            limit=limit,
        )
        return answer.data

    def list(
        self,
    ) -> PositionsResponseData:
        """Get all positions info: ``GET /v1/positions`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-positions-info
        """
        from ..api.private import get_v1_positions

        answer = get_v1_positions.sync(
            client=self._client,
        )
        return answer.data

    def list_leverages(
        self,
    ) -> LeveragesResponseData | Unset:
        """Get all leverage settings: ``GET /v1/client/leverages`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-leverage-settings
        """
        from ..api.private import get_v1_client_leverages

        answer = get_v1_client_leverages.sync(
            client=self._client,
        )
        return answer.data

    def list_lite(
        self,
    ) -> PositionsLiteResponseData:
        """Get lite positions info: ``GET /v1/positions_lite`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-lite-positions-info
        """
        from ..api.private import get_v1_positions_lite

        answer = get_v1_positions_lite.sync(
            client=self._client,
        )
        return answer.data

    def margin_modes(
        self,
    ) -> MarginModesResponseData:
        """Get margin modes: ``GET /v1/client/margin_modes`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-margin-modes
        """
        from ..api.private import get_v1_client_margin_modes

        answer = get_v1_client_margin_modes.sync(
            client=self._client,
        )
        return answer.data

    def set_account_leverage(
        self,
        *,
        leverage: int,
    ) -> EmptyDataResponseData:
        """Update account leverage: ``POST /v1/client/leverage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/user-flows/wallet-authentication
        """
        from ..api.private import post_v1_client_leverage
        from ..models.client_leverage_body import ClientLeverageBody

        answer = post_v1_client_leverage.sync(
            client=self._client,
            body=ClientLeverageBody(
                leverage=leverage,
            ),
        )
        return answer.data

    def set_leverage(
        self,
        *,
        leverage: int,
        symbol: str | Unset = UNSET,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
    ) -> Leverage | Unset:
        """Update leverage setting: ``POST /v1/client/leverages`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-leverage-setting
        """
        from ..api.private import post_v1_client_leverages
        from ..models.post_v1_client_leverages_body import PostV1ClientLeveragesBody

        answer = post_v1_client_leverages.sync(
            client=self._client,
            body=PostV1ClientLeveragesBody(
                leverage=leverage,
                symbol=symbol,
                margin_mode=margin_mode,
            ),
        )
        return answer.data

    def set_margin_mode(
        self,
        *,
        symbol: str,
        default_margin_mode: MarginMode | Literal["CROSS", "ISOLATED"],
    ) -> None:
        """Update margin mode: ``POST /v1/client/margin_mode`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-margin-mode
        """
        from ..api.private import post_v1_client_margin_mode
        from ..models.post_v1_client_margin_mode_body import PostV1ClientMarginModeBody

        answer = post_v1_client_margin_mode.sync(
            client=self._client,
            body=PostV1ClientMarginModeBody(
                symbol=symbol,
                default_margin_mode=default_margin_mode,
            ),
        )
        del answer  # success only: an error answer raised


class AsyncPositions:
    """``aclient.positions``: the positions operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncPositionsWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncPositionsWithRawResponse(self._client)

    async def adjust_margin(
        self,
        *,
        symbol: str,
        amount: str,
        type_: PostV1PositionMarginBodyType | Literal["ADD", "REDUCE"],
    ) -> None:
        """Add or reduce position margin: ``POST /v1/position_margin`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/add-or-reduce-position-margin
        """
        from ..api.private import post_v1_position_margin
        from ..models.post_v1_position_margin_body import PostV1PositionMarginBody

        answer = await post_v1_position_margin.asyncio(
            client=self._client,
            body=PostV1PositionMarginBody(
                symbol=symbol,
                amount=amount,
                type_=type_,
            ),
        )
        del answer  # success only: an error answer raised

    async def aggregate(
        self,
    ) -> AggregatePositionsResponseData | Unset:
        """Get aggregate positions: ``GET /v1/client/aggregate/positions`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-aggregate-positions
        """
        from ..api.private import get_v1_client_aggregate_positions

        answer = await get_v1_client_aggregate_positions.asyncio(
            client=self._client,
        )
        return answer.data

    async def get(
        self,
        *,
        symbol: str,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
    ) -> Position:
        """Get one position info: ``GET /v1/position/{symbol}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-one-position-info
        """
        from ..api.private import get_v1_position_symbol
        from ..models.margin_mode import to_margin_mode_or_unset

        answer = await get_v1_position_symbol.asyncio(
            client=self._client,
            symbol=symbol,
            margin_mode=to_margin_mode_or_unset(margin_mode),
        )
        return answer.data

    async def get_leverage(
        self,
        *,
        symbol: str,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
    ) -> Leverage | Unset:
        """Get leverage setting: ``GET /v1/client/leverage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-leverage-setting
        """
        from ..api.private import get_v1_client_leverage
        from ..models.margin_mode import to_margin_mode_or_unset

        answer = await get_v1_client_leverage.asyncio(
            client=self._client,
            symbol=symbol,
            margin_mode=to_margin_mode_or_unset(margin_mode),
        )
        return answer.data

    async def history(
        self,
        *,
        limit: int,
        symbol: str | Unset = UNSET,
    ) -> PositionHistoryResponseData:
        """Get position history: ``GET /v1/position_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-position-history
        """
        from ..api.private import get_v1_position_history

        answer = await get_v1_position_history.asyncio(
            client=self._client,
            symbol=symbol,
            limit=limit,
        )
        return answer.data

    async def list(
        self,
    ) -> PositionsResponseData:
        """Get all positions info: ``GET /v1/positions`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-positions-info
        """
        from ..api.private import get_v1_positions

        answer = await get_v1_positions.asyncio(
            client=self._client,
        )
        return answer.data

    async def list_leverages(
        self,
    ) -> LeveragesResponseData | Unset:
        """Get all leverage settings: ``GET /v1/client/leverages`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-leverage-settings
        """
        from ..api.private import get_v1_client_leverages

        answer = await get_v1_client_leverages.asyncio(
            client=self._client,
        )
        return answer.data

    async def list_lite(
        self,
    ) -> PositionsLiteResponseData:
        """Get lite positions info: ``GET /v1/positions_lite`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-lite-positions-info
        """
        from ..api.private import get_v1_positions_lite

        answer = await get_v1_positions_lite.asyncio(
            client=self._client,
        )
        return answer.data

    async def margin_modes(
        self,
    ) -> MarginModesResponseData:
        """Get margin modes: ``GET /v1/client/margin_modes`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-margin-modes
        """
        from ..api.private import get_v1_client_margin_modes

        answer = await get_v1_client_margin_modes.asyncio(
            client=self._client,
        )
        return answer.data

    async def set_account_leverage(
        self,
        *,
        leverage: int,
    ) -> EmptyDataResponseData:
        """Update account leverage: ``POST /v1/client/leverage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/user-flows/wallet-authentication
        """
        from ..api.private import post_v1_client_leverage
        from ..models.client_leverage_body import ClientLeverageBody

        answer = await post_v1_client_leverage.asyncio(
            client=self._client,
            body=ClientLeverageBody(
                leverage=leverage,
            ),
        )
        return answer.data

    async def set_leverage(
        self,
        *,
        leverage: int,
        symbol: str | Unset = UNSET,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
    ) -> Leverage | Unset:
        """Update leverage setting: ``POST /v1/client/leverages`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-leverage-setting
        """
        from ..api.private import post_v1_client_leverages
        from ..models.post_v1_client_leverages_body import PostV1ClientLeveragesBody

        answer = await post_v1_client_leverages.asyncio(
            client=self._client,
            body=PostV1ClientLeveragesBody(
                leverage=leverage,
                symbol=symbol,
                margin_mode=margin_mode,
            ),
        )
        return answer.data

    async def set_margin_mode(
        self,
        *,
        symbol: str,
        default_margin_mode: MarginMode | Literal["CROSS", "ISOLATED"],
    ) -> None:
        """Update margin mode: ``POST /v1/client/margin_mode`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-margin-mode
        """
        from ..api.private import post_v1_client_margin_mode
        from ..models.post_v1_client_margin_mode_body import PostV1ClientMarginModeBody

        answer = await post_v1_client_margin_mode.asyncio(
            client=self._client,
            body=PostV1ClientMarginModeBody(
                symbol=symbol,
                default_margin_mode=default_margin_mode,
            ),
        )
        del answer  # success only: an error answer raised


class PositionsWithRawResponse:
    """``client.positions.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def adjust_margin(
        self,
        *,
        symbol: str,
        amount: str,
        type_: PostV1PositionMarginBodyType | Literal["ADD", "REDUCE"],
    ) -> Response[BasicResponse]:
        """Add or reduce position margin: ``POST /v1/position_margin`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/add-or-reduce-position-margin
        """
        from ..api.private import post_v1_position_margin
        from ..models.post_v1_position_margin_body import PostV1PositionMarginBody

        return post_v1_position_margin.sync_detailed(
            client=self._client,
            body=PostV1PositionMarginBody(
                symbol=symbol,
                amount=amount,
                type_=type_,
            ),
        )

    def aggregate(
        self,
    ) -> Response[AggregatePositionsResponse]:
        """Get aggregate positions: ``GET /v1/client/aggregate/positions`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-aggregate-positions
        """
        from ..api.private import get_v1_client_aggregate_positions

        return get_v1_client_aggregate_positions.sync_detailed(
            client=self._client,
        )

    def get(
        self,
        *,
        symbol: str,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
    ) -> Response[PositionResponse]:
        """Get one position info: ``GET /v1/position/{symbol}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-one-position-info
        """
        from ..api.private import get_v1_position_symbol
        from ..models.margin_mode import to_margin_mode_or_unset

        return get_v1_position_symbol.sync_detailed(
            client=self._client,
            symbol=symbol,
            margin_mode=to_margin_mode_or_unset(margin_mode),
        )

    def get_leverage(
        self,
        *,
        symbol: str,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
    ) -> Response[LeverageResponse]:
        """Get leverage setting: ``GET /v1/client/leverage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-leverage-setting
        """
        from ..api.private import get_v1_client_leverage
        from ..models.margin_mode import to_margin_mode_or_unset

        return get_v1_client_leverage.sync_detailed(
            client=self._client,
            symbol=symbol,
            margin_mode=to_margin_mode_or_unset(margin_mode),
        )

    def history(
        self,
        *,
        limit: int,
        symbol: str | Unset = UNSET,
    ) -> Response[PositionHistoryResponse]:
        """Get position history: ``GET /v1/position_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-position-history
        """
        from ..api.private import get_v1_position_history

        return get_v1_position_history.sync_detailed(
            client=self._client,
            symbol=symbol,
            limit=limit,
        )

    def list(
        self,
    ) -> Response[PositionsResponse]:
        """Get all positions info: ``GET /v1/positions`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-positions-info
        """
        from ..api.private import get_v1_positions

        return get_v1_positions.sync_detailed(
            client=self._client,
        )

    def list_leverages(
        self,
    ) -> Response[LeveragesResponse]:
        """Get all leverage settings: ``GET /v1/client/leverages`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-leverage-settings
        """
        from ..api.private import get_v1_client_leverages

        return get_v1_client_leverages.sync_detailed(
            client=self._client,
        )

    def list_lite(
        self,
    ) -> Response[PositionsLiteResponse]:
        """Get lite positions info: ``GET /v1/positions_lite`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-lite-positions-info
        """
        from ..api.private import get_v1_positions_lite

        return get_v1_positions_lite.sync_detailed(
            client=self._client,
        )

    def margin_modes(
        self,
    ) -> Response[MarginModesResponse]:
        """Get margin modes: ``GET /v1/client/margin_modes`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-margin-modes
        """
        from ..api.private import get_v1_client_margin_modes

        return get_v1_client_margin_modes.sync_detailed(
            client=self._client,
        )

    def set_account_leverage(
        self,
        *,
        leverage: int,
    ) -> Response[EmptyDataResponse]:
        """Update account leverage: ``POST /v1/client/leverage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/user-flows/wallet-authentication
        """
        from ..api.private import post_v1_client_leverage
        from ..models.client_leverage_body import ClientLeverageBody

        return post_v1_client_leverage.sync_detailed(
            client=self._client,
            body=ClientLeverageBody(
                leverage=leverage,
            ),
        )

    def set_leverage(
        self,
        *,
        leverage: int,
        symbol: str | Unset = UNSET,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
    ) -> Response[LeverageResponse]:
        """Update leverage setting: ``POST /v1/client/leverages`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-leverage-setting
        """
        from ..api.private import post_v1_client_leverages
        from ..models.post_v1_client_leverages_body import PostV1ClientLeveragesBody

        return post_v1_client_leverages.sync_detailed(
            client=self._client,
            body=PostV1ClientLeveragesBody(
                leverage=leverage,
                symbol=symbol,
                margin_mode=margin_mode,
            ),
        )

    def set_margin_mode(
        self,
        *,
        symbol: str,
        default_margin_mode: MarginMode | Literal["CROSS", "ISOLATED"],
    ) -> Response[BasicResponse]:
        """Update margin mode: ``POST /v1/client/margin_mode`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-margin-mode
        """
        from ..api.private import post_v1_client_margin_mode
        from ..models.post_v1_client_margin_mode_body import PostV1ClientMarginModeBody

        return post_v1_client_margin_mode.sync_detailed(
            client=self._client,
            body=PostV1ClientMarginModeBody(
                symbol=symbol,
                default_margin_mode=default_margin_mode,
            ),
        )


class AsyncPositionsWithRawResponse:
    """``aclient.positions.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def adjust_margin(
        self,
        *,
        symbol: str,
        amount: str,
        type_: PostV1PositionMarginBodyType | Literal["ADD", "REDUCE"],
    ) -> Response[BasicResponse]:
        """Add or reduce position margin: ``POST /v1/position_margin`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/add-or-reduce-position-margin
        """
        from ..api.private import post_v1_position_margin
        from ..models.post_v1_position_margin_body import PostV1PositionMarginBody

        return await post_v1_position_margin.asyncio_detailed(
            client=self._client,
            body=PostV1PositionMarginBody(
                symbol=symbol,
                amount=amount,
                type_=type_,
            ),
        )

    async def aggregate(
        self,
    ) -> Response[AggregatePositionsResponse]:
        """Get aggregate positions: ``GET /v1/client/aggregate/positions`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-aggregate-positions
        """
        from ..api.private import get_v1_client_aggregate_positions

        return await get_v1_client_aggregate_positions.asyncio_detailed(
            client=self._client,
        )

    async def get(
        self,
        *,
        symbol: str,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
    ) -> Response[PositionResponse]:
        """Get one position info: ``GET /v1/position/{symbol}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-one-position-info
        """
        from ..api.private import get_v1_position_symbol
        from ..models.margin_mode import to_margin_mode_or_unset

        return await get_v1_position_symbol.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            margin_mode=to_margin_mode_or_unset(margin_mode),
        )

    async def get_leverage(
        self,
        *,
        symbol: str,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
    ) -> Response[LeverageResponse]:
        """Get leverage setting: ``GET /v1/client/leverage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-leverage-setting
        """
        from ..api.private import get_v1_client_leverage
        from ..models.margin_mode import to_margin_mode_or_unset

        return await get_v1_client_leverage.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            margin_mode=to_margin_mode_or_unset(margin_mode),
        )

    async def history(
        self,
        *,
        limit: int,
        symbol: str | Unset = UNSET,
    ) -> Response[PositionHistoryResponse]:
        """Get position history: ``GET /v1/position_history`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-position-history
        """
        from ..api.private import get_v1_position_history

        return await get_v1_position_history.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            limit=limit,
        )

    async def list(
        self,
    ) -> Response[PositionsResponse]:
        """Get all positions info: ``GET /v1/positions`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-positions-info
        """
        from ..api.private import get_v1_positions

        return await get_v1_positions.asyncio_detailed(
            client=self._client,
        )

    async def list_leverages(
        self,
    ) -> Response[LeveragesResponse]:
        """Get all leverage settings: ``GET /v1/client/leverages`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-leverage-settings
        """
        from ..api.private import get_v1_client_leverages

        return await get_v1_client_leverages.asyncio_detailed(
            client=self._client,
        )

    async def list_lite(
        self,
    ) -> Response[PositionsLiteResponse]:
        """Get lite positions info: ``GET /v1/positions_lite`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-lite-positions-info
        """
        from ..api.private import get_v1_positions_lite

        return await get_v1_positions_lite.asyncio_detailed(
            client=self._client,
        )

    async def margin_modes(
        self,
    ) -> Response[MarginModesResponse]:
        """Get margin modes: ``GET /v1/client/margin_modes`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-margin-modes
        """
        from ..api.private import get_v1_client_margin_modes

        return await get_v1_client_margin_modes.asyncio_detailed(
            client=self._client,
        )

    async def set_account_leverage(
        self,
        *,
        leverage: int,
    ) -> Response[EmptyDataResponse]:
        """Update account leverage: ``POST /v1/client/leverage`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/user-flows/wallet-authentication
        """
        from ..api.private import post_v1_client_leverage
        from ..models.client_leverage_body import ClientLeverageBody

        return await post_v1_client_leverage.asyncio_detailed(
            client=self._client,
            body=ClientLeverageBody(
                leverage=leverage,
            ),
        )

    async def set_leverage(
        self,
        *,
        leverage: int,
        symbol: str | Unset = UNSET,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
    ) -> Response[LeverageResponse]:
        """Update leverage setting: ``POST /v1/client/leverages`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-leverage-setting
        """
        from ..api.private import post_v1_client_leverages
        from ..models.post_v1_client_leverages_body import PostV1ClientLeveragesBody

        return await post_v1_client_leverages.asyncio_detailed(
            client=self._client,
            body=PostV1ClientLeveragesBody(
                leverage=leverage,
                symbol=symbol,
                margin_mode=margin_mode,
            ),
        )

    async def set_margin_mode(
        self,
        *,
        symbol: str,
        default_margin_mode: MarginMode | Literal["CROSS", "ISOLATED"],
    ) -> Response[BasicResponse]:
        """Update margin mode: ``POST /v1/client/margin_mode`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/update-margin-mode
        """
        from ..api.private import post_v1_client_margin_mode
        from ..models.post_v1_client_margin_mode_body import PostV1ClientMarginModeBody

        return await post_v1_client_margin_mode.asyncio_detailed(
            client=self._client,
            body=PostV1ClientMarginModeBody(
                symbol=symbol,
                default_margin_mode=default_margin_mode,
            ),
        )
