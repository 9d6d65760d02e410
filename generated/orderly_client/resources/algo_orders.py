"""``client.algo_orders``: ``cancel``, ``cancel_all``, ``cancel_by_client_id``, ``create``, ``edit``, ``get``, ``get_by_client_id``, ``list``, ``trades``."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, Literal

from ..client import AuthenticatedClient, Client
from ..types import UNSET, Number, Response, Unset, next_page

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.algo_client_order_response import AlgoClientOrderResponse
    from ..models.algo_order import AlgoOrder
    from ..models.algo_order_response import AlgoOrderResponse
    from ..models.algo_order_trades_response import AlgoOrderTradesResponse
    from ..models.algo_order_trades_response_data import AlgoOrderTradesResponseData
    from ..models.algo_orders_response import AlgoOrdersResponse
    from ..models.algo_type import AlgoType
    from ..models.created_algo_order import CreatedAlgoOrder
    from ..models.delete_all_pending_algo_order_response import (
        DeleteAllPendingAlgoOrderResponse,
    )
    from ..models.delete_all_pending_algo_order_response_data import (
        DeleteAllPendingAlgoOrderResponseData,
    )
    from ..models.delete_order_response import DeleteOrderResponse
    from ..models.delete_order_response_data import DeleteOrderResponseData
    from ..models.edit_algo_order_child_request import EditAlgoOrderChildRequest
    from ..models.margin_mode import MarginMode
    from ..models.order_side import OrderSide
    from ..models.order_state import OrderState
    from ..models.order_type import OrderType
    from ..models.post_algo_order_response import PostAlgoOrderResponse
    from ..models.post_v1_algo_order_body_child_orders_item import (
        PostV1AlgoOrderBodyChildOrdersItem,
    )
    from ..models.put_order_response import PutOrderResponse
    from ..models.put_order_response_data import PutOrderResponseData
    from ..types import UNSET, Unset

    pass

__all__ = ["AsyncAlgoOrders", "AsyncAlgoOrdersWithRawResponse", "AlgoOrders", "AlgoOrdersWithRawResponse"]


class AlgoOrders:
    """``client.algo_orders``: the algo orders operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AlgoOrdersWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AlgoOrdersWithRawResponse(self._client)

    def cancel(
        self,
        *,
        symbol: str,
        order_id: int,
    ) -> DeleteOrderResponseData:
        """Cancel algo order: ``DELETE /v1/algo/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-algo-order
        """
        from ..api.private import delete_v1_algo_order

        answer = delete_v1_algo_order.sync(
            client=self._client,
            symbol=symbol,
            order_id=order_id,
        )
        return answer.data

    def cancel_all(
        self,
        *,
        symbol: str | Unset = UNSET,
        algo_type: AlgoType
        | Literal["BRACKET", "POSITIONAL_TP_SL", "STOP", "STOP_LOSS", "TAKE_PROFIT", "TP_SL", "TRAILING_STOP"]
        | Unset = UNSET,
    ) -> DeleteAllPendingAlgoOrderResponseData:
        """Cancel all pending algo orders: ``DELETE /v1/algo/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-all-pending-algo-orders
        """
        from ..api.private import delete_v1_algo_orders
        from ..models.algo_type import to_algo_type_or_unset

        answer = delete_v1_algo_orders.sync(
            client=self._client,
            symbol=symbol,
            algo_type=to_algo_type_or_unset(algo_type),
        )
        return answer.data

    def cancel_by_client_id(
        self,
        *,
        symbol: str,
        client_order_id: str,
    ) -> DeleteOrderResponseData:
        """Cancel algo order by client_order_id: ``DELETE /v1/algo/client/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-algo-order-by-client_order_id
        """
        from ..api.private import delete_v1_algo_client_order

        answer = delete_v1_algo_client_order.sync(
            client=self._client,
            symbol=symbol,
            client_order_id=client_order_id,
        )
        return answer.data

    def create(
        self,
        *,
        symbol: str,
        algo_type: AlgoType
        | Literal["BRACKET", "POSITIONAL_TP_SL", "STOP", "STOP_LOSS", "TAKE_PROFIT", "TP_SL", "TRAILING_STOP"],
        client_order_id: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        price: Number | Unset = UNSET,
        quantity: Number | Unset = UNSET,
        trigger_price_type: str | Unset = UNSET,
        trigger_price: Number | Unset = UNSET,
        reduce_only: bool | Unset = UNSET,
        visible_quantity: bool | Unset = UNSET,
        side: OrderSide | Literal["BUY", "SELL"] | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        child_orders: builtins.list[PostV1AlgoOrderBodyChildOrdersItem] | Unset = UNSET,
        activated_price: str | Unset = UNSET,
        callback_rate: str | Unset = UNSET,
        callback_value: str | Unset = UNSET,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
        x_recv_window: int | Unset = UNSET,
    ) -> CreatedAlgoOrder:
        """Create algo order: ``POST /v1/algo/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-algo-order
        """
        from ..api.private import post_v1_algo_order
        from ..models.post_v1_algo_order_body import PostV1AlgoOrderBody

        answer = post_v1_algo_order.sync(
            client=self._client,
            body=PostV1AlgoOrderBody(
                symbol=symbol,
                algo_type=algo_type,
                client_order_id=client_order_id,
                type_=type_,
                price=price,
                quantity=quantity,
                trigger_price_type=trigger_price_type,
                trigger_price=trigger_price,
                reduce_only=reduce_only,
                visible_quantity=visible_quantity,
                side=side,
                order_tag=order_tag,
                child_orders=child_orders,
                activated_price=activated_price,
                callback_rate=callback_rate,
                callback_value=callback_value,
                margin_mode=margin_mode,
            ),
            x_recv_window=x_recv_window,
        )
        return answer.data

    def edit(
        self,
        *,
        order_id: int,
        price: Number | Unset = UNSET,
        quantity: Number | Unset = UNSET,
        trigger_price: Number | Unset = UNSET,
        trigger_price_type: str | Unset = UNSET,
        child_orders: builtins.list[EditAlgoOrderChildRequest] | Unset = UNSET,
    ) -> PutOrderResponseData:
        """Edit algo order: ``PUT /v1/algo/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-algo-order
        """
        from ..api.private import put_v1_algo_order
        from ..models.put_v1_algo_order_body import PutV1AlgoOrderBody

        answer = put_v1_algo_order.sync(
            client=self._client,
            body=PutV1AlgoOrderBody(
                order_id=order_id,
                price=price,
                quantity=quantity,
                trigger_price=trigger_price,
                trigger_price_type=trigger_price_type,
                child_orders=child_orders,
            ),
        )
        return answer.data

    def get(
        self,
        *,
        order_id: int,
    ) -> AlgoOrder:
        """Get algo order by order_id: ``GET /v1/algo/order/{order_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-order-by-order_id
        """
        from ..api.private import get_v1_algo_order_order_id

        answer = get_v1_algo_order_order_id.sync(
            client=self._client,
            order_id=order_id,
        )
        return answer.data

    def get_by_client_id(
        self,
        *,
        client_order_id: str,
    ) -> AlgoOrder:
        """Get algo order by client_order_id: ``GET /v1/algo/client/order/{client_order_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-order-by-client_order_id
        """
        from ..api.private import get_v1_algo_client_order_client_order_id

        answer = get_v1_algo_client_order_client_order_id.sync(
            client=self._client,
            client_order_id=client_order_id,
        )
        return answer.data

    def list(
        self,
        *,
        symbol: str | Unset = UNSET,
        order_type: OrderType | Literal["ASK", "BID", "FOK", "IOC", "LIMIT", "MARKET", "POST_ONLY"] | Unset = UNSET,
        status: OrderState
        | Literal["CANCELLED", "COMPLETED", "FILLED", "INCOMPLETE", "NEW", "PARTIAL_FILLED", "REJECTED"]
        | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        size: int | Unset = UNSET,
        side: OrderSide | Literal["BUY", "SELL"] | Unset = UNSET,
        algo_type: AlgoType
        | Literal["BRACKET", "POSITIONAL_TP_SL", "STOP", "STOP_LOSS", "TAKE_PROFIT", "TP_SL", "TRAILING_STOP"]
        | Unset = UNSET,
        is_triggered: str | Unset = UNSET,
    ) -> Iterator[AlgoOrder]:
        """Get algo orders: ``GET /v1/algo/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-orders
        """
        from ..api.private import get_v1_algo_orders
        from ..models.algo_type import to_algo_type_or_unset
        from ..models.order_side import to_order_side_or_unset
        from ..models.order_state import to_order_state_or_unset
        from ..models.order_type import to_order_type_or_unset

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_algo_orders.sync(
                    client=self._client,
                    symbol=symbol,
                    order_type=to_order_type_or_unset(order_type),
                    status=to_order_state_or_unset(status),
                    order_tag=order_tag,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                    side=to_order_side_or_unset(side),
                    algo_type=to_algo_type_or_unset(algo_type),
                    is_triggered=is_triggered,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following

    def trades(
        self,
        *,
        order_id: int,
    ) -> AlgoOrderTradesResponseData:
        """Get all trades of specific algo order: ``GET /v1/algo/order/{order_id}/trades`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-trades-of-specific-algo-order
        """
        from ..api.private import get_v1_algo_order_order_id_trades

        answer = get_v1_algo_order_order_id_trades.sync(
            client=self._client,
            order_id=order_id,
        )
        return answer.data


class AsyncAlgoOrders:
    """``aclient.algo_orders``: the algo orders operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncAlgoOrdersWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncAlgoOrdersWithRawResponse(self._client)

    async def cancel(
        self,
        *,
        symbol: str,
        order_id: int,
    ) -> DeleteOrderResponseData:
        """Cancel algo order: ``DELETE /v1/algo/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-algo-order
        """
        from ..api.private import delete_v1_algo_order

        answer = await delete_v1_algo_order.asyncio(
            client=self._client,
            symbol=symbol,
            order_id=order_id,
        )
        return answer.data

    async def cancel_all(
        self,
        *,
        symbol: str | Unset = UNSET,
        algo_type: AlgoType
        | Literal["BRACKET", "POSITIONAL_TP_SL", "STOP", "STOP_LOSS", "TAKE_PROFIT", "TP_SL", "TRAILING_STOP"]
        | Unset = UNSET,
    ) -> DeleteAllPendingAlgoOrderResponseData:
        """Cancel all pending algo orders: ``DELETE /v1/algo/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-all-pending-algo-orders
        """
        from ..api.private import delete_v1_algo_orders
        from ..models.algo_type import to_algo_type_or_unset

        answer = await delete_v1_algo_orders.asyncio(
            client=self._client,
            symbol=symbol,
            algo_type=to_algo_type_or_unset(algo_type),
        )
        return answer.data

    async def cancel_by_client_id(
        self,
        *,
        symbol: str,
        client_order_id: str,
    ) -> DeleteOrderResponseData:
        """Cancel algo order by client_order_id: ``DELETE /v1/algo/client/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-algo-order-by-client_order_id
        """
        from ..api.private import delete_v1_algo_client_order

        answer = await delete_v1_algo_client_order.asyncio(
            client=self._client,
            symbol=symbol,
            client_order_id=client_order_id,
        )
        return answer.data

    async def create(
        self,
        *,
        symbol: str,
        algo_type: AlgoType
        | Literal["BRACKET", "POSITIONAL_TP_SL", "STOP", "STOP_LOSS", "TAKE_PROFIT", "TP_SL", "TRAILING_STOP"],
        client_order_id: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        price: Number | Unset = UNSET,
        quantity: Number | Unset = UNSET,
        trigger_price_type: str | Unset = UNSET,
        trigger_price: Number | Unset = UNSET,
        reduce_only: bool | Unset = UNSET,
        visible_quantity: bool | Unset = UNSET,
        side: OrderSide | Literal["BUY", "SELL"] | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        child_orders: builtins.list[PostV1AlgoOrderBodyChildOrdersItem] | Unset = UNSET,
        activated_price: str | Unset = UNSET,
        callback_rate: str | Unset = UNSET,
        callback_value: str | Unset = UNSET,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
        x_recv_window: int | Unset = UNSET,
    ) -> CreatedAlgoOrder:
        """Create algo order: ``POST /v1/algo/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-algo-order
        """
        from ..api.private import post_v1_algo_order
        from ..models.post_v1_algo_order_body import PostV1AlgoOrderBody

        answer = await post_v1_algo_order.asyncio(
            client=self._client,
            body=PostV1AlgoOrderBody(
                symbol=symbol,
                algo_type=algo_type,
                client_order_id=client_order_id,
                type_=type_,
                price=price,
                quantity=quantity,
                trigger_price_type=trigger_price_type,
                trigger_price=trigger_price,
                reduce_only=reduce_only,
                visible_quantity=visible_quantity,
                side=side,
                order_tag=order_tag,
                child_orders=child_orders,
                activated_price=activated_price,
                callback_rate=callback_rate,
                callback_value=callback_value,
                margin_mode=margin_mode,
            ),
            x_recv_window=x_recv_window,
        )
        return answer.data

    async def edit(
        self,
        *,
        order_id: int,
        price: Number | Unset = UNSET,
        quantity: Number | Unset = UNSET,
        trigger_price: Number | Unset = UNSET,
        trigger_price_type: str | Unset = UNSET,
        child_orders: builtins.list[EditAlgoOrderChildRequest] | Unset = UNSET,
    ) -> PutOrderResponseData:
        """Edit algo order: ``PUT /v1/algo/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-algo-order
        """
        from ..api.private import put_v1_algo_order
        from ..models.put_v1_algo_order_body import PutV1AlgoOrderBody

        answer = await put_v1_algo_order.asyncio(
            client=self._client,
            body=PutV1AlgoOrderBody(
                order_id=order_id,
                price=price,
                quantity=quantity,
                trigger_price=trigger_price,
                trigger_price_type=trigger_price_type,
                child_orders=child_orders,
            ),
        )
        return answer.data

    async def get(
        self,
        *,
        order_id: int,
    ) -> AlgoOrder:
        """Get algo order by order_id: ``GET /v1/algo/order/{order_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-order-by-order_id
        """
        from ..api.private import get_v1_algo_order_order_id

        answer = await get_v1_algo_order_order_id.asyncio(
            client=self._client,
            order_id=order_id,
        )
        return answer.data

    async def get_by_client_id(
        self,
        *,
        client_order_id: str,
    ) -> AlgoOrder:
        """Get algo order by client_order_id: ``GET /v1/algo/client/order/{client_order_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-order-by-client_order_id
        """
        from ..api.private import get_v1_algo_client_order_client_order_id

        answer = await get_v1_algo_client_order_client_order_id.asyncio(
            client=self._client,
            client_order_id=client_order_id,
        )
        return answer.data

    async def list(
        self,
        *,
        symbol: str | Unset = UNSET,
        order_type: OrderType | Literal["ASK", "BID", "FOK", "IOC", "LIMIT", "MARKET", "POST_ONLY"] | Unset = UNSET,
        status: OrderState
        | Literal["CANCELLED", "COMPLETED", "FILLED", "INCOMPLETE", "NEW", "PARTIAL_FILLED", "REJECTED"]
        | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        size: int | Unset = UNSET,
        side: OrderSide | Literal["BUY", "SELL"] | Unset = UNSET,
        algo_type: AlgoType
        | Literal["BRACKET", "POSITIONAL_TP_SL", "STOP", "STOP_LOSS", "TAKE_PROFIT", "TP_SL", "TRAILING_STOP"]
        | Unset = UNSET,
        is_triggered: str | Unset = UNSET,
    ) -> AsyncIterator[AlgoOrder]:
        """Get algo orders: ``GET /v1/algo/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-orders
        """
        from ..api.private import get_v1_algo_orders
        from ..models.algo_type import to_algo_type_or_unset
        from ..models.order_side import to_order_side_or_unset
        from ..models.order_state import to_order_state_or_unset
        from ..models.order_type import to_order_type_or_unset

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_algo_orders.asyncio(
                    client=self._client,
                    symbol=symbol,
                    order_type=to_order_type_or_unset(order_type),
                    status=to_order_state_or_unset(status),
                    order_tag=order_tag,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                    side=to_order_side_or_unset(side),
                    algo_type=to_algo_type_or_unset(algo_type),
                    is_triggered=is_triggered,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following

    async def trades(
        self,
        *,
        order_id: int,
    ) -> AlgoOrderTradesResponseData:
        """Get all trades of specific algo order: ``GET /v1/algo/order/{order_id}/trades`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-trades-of-specific-algo-order
        """
        from ..api.private import get_v1_algo_order_order_id_trades

        answer = await get_v1_algo_order_order_id_trades.asyncio(
            client=self._client,
            order_id=order_id,
        )
        return answer.data


class AlgoOrdersWithRawResponse:
    """``client.algo_orders.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def cancel(
        self,
        *,
        symbol: str,
        order_id: int,
    ) -> Response[DeleteOrderResponse]:
        """Cancel algo order: ``DELETE /v1/algo/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-algo-order
        """
        from ..api.private import delete_v1_algo_order

        return delete_v1_algo_order.sync_detailed(
            client=self._client,
            symbol=symbol,
            order_id=order_id,
        )

    def cancel_all(
        self,
        *,
        symbol: str | Unset = UNSET,
        algo_type: AlgoType
        | Literal["BRACKET", "POSITIONAL_TP_SL", "STOP", "STOP_LOSS", "TAKE_PROFIT", "TP_SL", "TRAILING_STOP"]
        | Unset = UNSET,
    ) -> Response[DeleteAllPendingAlgoOrderResponse]:
        """Cancel all pending algo orders: ``DELETE /v1/algo/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-all-pending-algo-orders
        """
        from ..api.private import delete_v1_algo_orders
        from ..models.algo_type import to_algo_type_or_unset

        return delete_v1_algo_orders.sync_detailed(
            client=self._client,
            symbol=symbol,
            algo_type=to_algo_type_or_unset(algo_type),
        )

    def cancel_by_client_id(
        self,
        *,
        symbol: str,
        client_order_id: str,
    ) -> Response[DeleteOrderResponse]:
        """Cancel algo order by client_order_id: ``DELETE /v1/algo/client/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-algo-order-by-client_order_id
        """
        from ..api.private import delete_v1_algo_client_order

        return delete_v1_algo_client_order.sync_detailed(
            client=self._client,
            symbol=symbol,
            client_order_id=client_order_id,
        )

    def create(
        self,
        *,
        symbol: str,
        algo_type: AlgoType
        | Literal["BRACKET", "POSITIONAL_TP_SL", "STOP", "STOP_LOSS", "TAKE_PROFIT", "TP_SL", "TRAILING_STOP"],
        client_order_id: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        price: Number | Unset = UNSET,
        quantity: Number | Unset = UNSET,
        trigger_price_type: str | Unset = UNSET,
        trigger_price: Number | Unset = UNSET,
        reduce_only: bool | Unset = UNSET,
        visible_quantity: bool | Unset = UNSET,
        side: OrderSide | Literal["BUY", "SELL"] | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        child_orders: builtins.list[PostV1AlgoOrderBodyChildOrdersItem] | Unset = UNSET,
        activated_price: str | Unset = UNSET,
        callback_rate: str | Unset = UNSET,
        callback_value: str | Unset = UNSET,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
        x_recv_window: int | Unset = UNSET,
    ) -> Response[PostAlgoOrderResponse]:
        """Create algo order: ``POST /v1/algo/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-algo-order
        """
        from ..api.private import post_v1_algo_order
        from ..models.post_v1_algo_order_body import PostV1AlgoOrderBody

        return post_v1_algo_order.sync_detailed(
            client=self._client,
            body=PostV1AlgoOrderBody(
                symbol=symbol,
                algo_type=algo_type,
                client_order_id=client_order_id,
                type_=type_,
                price=price,
                quantity=quantity,
                trigger_price_type=trigger_price_type,
                trigger_price=trigger_price,
                reduce_only=reduce_only,
                visible_quantity=visible_quantity,
                side=side,
                order_tag=order_tag,
                child_orders=child_orders,
                activated_price=activated_price,
                callback_rate=callback_rate,
                callback_value=callback_value,
                margin_mode=margin_mode,
            ),
            x_recv_window=x_recv_window,
        )

    def edit(
        self,
        *,
        order_id: int,
        price: Number | Unset = UNSET,
        quantity: Number | Unset = UNSET,
        trigger_price: Number | Unset = UNSET,
        trigger_price_type: str | Unset = UNSET,
        child_orders: builtins.list[EditAlgoOrderChildRequest] | Unset = UNSET,
    ) -> Response[PutOrderResponse]:
        """Edit algo order: ``PUT /v1/algo/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-algo-order
        """
        from ..api.private import put_v1_algo_order
        from ..models.put_v1_algo_order_body import PutV1AlgoOrderBody

        return put_v1_algo_order.sync_detailed(
            client=self._client,
            body=PutV1AlgoOrderBody(
                order_id=order_id,
                price=price,
                quantity=quantity,
                trigger_price=trigger_price,
                trigger_price_type=trigger_price_type,
                child_orders=child_orders,
            ),
        )

    def get(
        self,
        *,
        order_id: int,
    ) -> Response[AlgoOrderResponse]:
        """Get algo order by order_id: ``GET /v1/algo/order/{order_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-order-by-order_id
        """
        from ..api.private import get_v1_algo_order_order_id

        return get_v1_algo_order_order_id.sync_detailed(
            client=self._client,
            order_id=order_id,
        )

    def get_by_client_id(
        self,
        *,
        client_order_id: str,
    ) -> Response[AlgoClientOrderResponse]:
        """Get algo order by client_order_id: ``GET /v1/algo/client/order/{client_order_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-order-by-client_order_id
        """
        from ..api.private import get_v1_algo_client_order_client_order_id

        return get_v1_algo_client_order_client_order_id.sync_detailed(
            client=self._client,
            client_order_id=client_order_id,
        )

    def list(
        self,
        *,
        symbol: str | Unset = UNSET,
        order_type: OrderType | Literal["ASK", "BID", "FOK", "IOC", "LIMIT", "MARKET", "POST_ONLY"] | Unset = UNSET,
        status: OrderState
        | Literal["CANCELLED", "COMPLETED", "FILLED", "INCOMPLETE", "NEW", "PARTIAL_FILLED", "REJECTED"]
        | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        side: OrderSide | Literal["BUY", "SELL"] | Unset = UNSET,
        algo_type: AlgoType
        | Literal["BRACKET", "POSITIONAL_TP_SL", "STOP", "STOP_LOSS", "TAKE_PROFIT", "TP_SL", "TRAILING_STOP"]
        | Unset = UNSET,
        is_triggered: str | Unset = UNSET,
    ) -> Response[AlgoOrdersResponse]:
        """Get algo orders: ``GET /v1/algo/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-orders
        """
        from ..api.private import get_v1_algo_orders
        from ..models.algo_type import to_algo_type_or_unset
        from ..models.order_side import to_order_side_or_unset
        from ..models.order_state import to_order_state_or_unset
        from ..models.order_type import to_order_type_or_unset

        return get_v1_algo_orders.sync_detailed(
            client=self._client,
            symbol=symbol,
            order_type=to_order_type_or_unset(order_type),
            status=to_order_state_or_unset(status),
            order_tag=order_tag,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            side=to_order_side_or_unset(side),
            algo_type=to_algo_type_or_unset(algo_type),
            is_triggered=is_triggered,
        )

    def trades(
        self,
        *,
        order_id: int,
    ) -> Response[AlgoOrderTradesResponse]:
        """Get all trades of specific algo order: ``GET /v1/algo/order/{order_id}/trades`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-trades-of-specific-algo-order
        """
        from ..api.private import get_v1_algo_order_order_id_trades

        return get_v1_algo_order_order_id_trades.sync_detailed(
            client=self._client,
            order_id=order_id,
        )


class AsyncAlgoOrdersWithRawResponse:
    """``aclient.algo_orders.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def cancel(
        self,
        *,
        symbol: str,
        order_id: int,
    ) -> Response[DeleteOrderResponse]:
        """Cancel algo order: ``DELETE /v1/algo/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-algo-order
        """
        from ..api.private import delete_v1_algo_order

        return await delete_v1_algo_order.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            order_id=order_id,
        )

    async def cancel_all(
        self,
        *,
        symbol: str | Unset = UNSET,
        algo_type: AlgoType
        | Literal["BRACKET", "POSITIONAL_TP_SL", "STOP", "STOP_LOSS", "TAKE_PROFIT", "TP_SL", "TRAILING_STOP"]
        | Unset = UNSET,
    ) -> Response[DeleteAllPendingAlgoOrderResponse]:
        """Cancel all pending algo orders: ``DELETE /v1/algo/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-all-pending-algo-orders
        """
        from ..api.private import delete_v1_algo_orders
        from ..models.algo_type import to_algo_type_or_unset

        return await delete_v1_algo_orders.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            algo_type=to_algo_type_or_unset(algo_type),
        )

    async def cancel_by_client_id(
        self,
        *,
        symbol: str,
        client_order_id: str,
    ) -> Response[DeleteOrderResponse]:
        """Cancel algo order by client_order_id: ``DELETE /v1/algo/client/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-algo-order-by-client_order_id
        """
        from ..api.private import delete_v1_algo_client_order

        return await delete_v1_algo_client_order.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            client_order_id=client_order_id,
        )

    async def create(
        self,
        *,
        symbol: str,
        algo_type: AlgoType
        | Literal["BRACKET", "POSITIONAL_TP_SL", "STOP", "STOP_LOSS", "TAKE_PROFIT", "TP_SL", "TRAILING_STOP"],
        client_order_id: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        price: Number | Unset = UNSET,
        quantity: Number | Unset = UNSET,
        trigger_price_type: str | Unset = UNSET,
        trigger_price: Number | Unset = UNSET,
        reduce_only: bool | Unset = UNSET,
        visible_quantity: bool | Unset = UNSET,
        side: OrderSide | Literal["BUY", "SELL"] | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        child_orders: builtins.list[PostV1AlgoOrderBodyChildOrdersItem] | Unset = UNSET,
        activated_price: str | Unset = UNSET,
        callback_rate: str | Unset = UNSET,
        callback_value: str | Unset = UNSET,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
        x_recv_window: int | Unset = UNSET,
    ) -> Response[PostAlgoOrderResponse]:
        """Create algo order: ``POST /v1/algo/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-algo-order
        """
        from ..api.private import post_v1_algo_order
        from ..models.post_v1_algo_order_body import PostV1AlgoOrderBody

        return await post_v1_algo_order.asyncio_detailed(
            client=self._client,
            body=PostV1AlgoOrderBody(
                symbol=symbol,
                algo_type=algo_type,
                client_order_id=client_order_id,
                type_=type_,
                price=price,
                quantity=quantity,
                trigger_price_type=trigger_price_type,
                trigger_price=trigger_price,
                reduce_only=reduce_only,
                visible_quantity=visible_quantity,
                side=side,
                order_tag=order_tag,
                child_orders=child_orders,
                activated_price=activated_price,
                callback_rate=callback_rate,
                callback_value=callback_value,
                margin_mode=margin_mode,
            ),
            x_recv_window=x_recv_window,
        )

    async def edit(
        self,
        *,
        order_id: int,
        price: Number | Unset = UNSET,
        quantity: Number | Unset = UNSET,
        trigger_price: Number | Unset = UNSET,
        trigger_price_type: str | Unset = UNSET,
        child_orders: builtins.list[EditAlgoOrderChildRequest] | Unset = UNSET,
    ) -> Response[PutOrderResponse]:
        """Edit algo order: ``PUT /v1/algo/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-algo-order
        """
        from ..api.private import put_v1_algo_order
        from ..models.put_v1_algo_order_body import PutV1AlgoOrderBody

        return await put_v1_algo_order.asyncio_detailed(
            client=self._client,
            body=PutV1AlgoOrderBody(
                order_id=order_id,
                price=price,
                quantity=quantity,
                trigger_price=trigger_price,
                trigger_price_type=trigger_price_type,
                child_orders=child_orders,
            ),
        )

    async def get(
        self,
        *,
        order_id: int,
    ) -> Response[AlgoOrderResponse]:
        """Get algo order by order_id: ``GET /v1/algo/order/{order_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-order-by-order_id
        """
        from ..api.private import get_v1_algo_order_order_id

        return await get_v1_algo_order_order_id.asyncio_detailed(
            client=self._client,
            order_id=order_id,
        )

    async def get_by_client_id(
        self,
        *,
        client_order_id: str,
    ) -> Response[AlgoClientOrderResponse]:
        """Get algo order by client_order_id: ``GET /v1/algo/client/order/{client_order_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-order-by-client_order_id
        """
        from ..api.private import get_v1_algo_client_order_client_order_id

        return await get_v1_algo_client_order_client_order_id.asyncio_detailed(
            client=self._client,
            client_order_id=client_order_id,
        )

    async def list(
        self,
        *,
        symbol: str | Unset = UNSET,
        order_type: OrderType | Literal["ASK", "BID", "FOK", "IOC", "LIMIT", "MARKET", "POST_ONLY"] | Unset = UNSET,
        status: OrderState
        | Literal["CANCELLED", "COMPLETED", "FILLED", "INCOMPLETE", "NEW", "PARTIAL_FILLED", "REJECTED"]
        | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        start_t: int | Unset = UNSET,
        end_t: int | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        side: OrderSide | Literal["BUY", "SELL"] | Unset = UNSET,
        algo_type: AlgoType
        | Literal["BRACKET", "POSITIONAL_TP_SL", "STOP", "STOP_LOSS", "TAKE_PROFIT", "TP_SL", "TRAILING_STOP"]
        | Unset = UNSET,
        is_triggered: str | Unset = UNSET,
    ) -> Response[AlgoOrdersResponse]:
        """Get algo orders: ``GET /v1/algo/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-orders
        """
        from ..api.private import get_v1_algo_orders
        from ..models.algo_type import to_algo_type_or_unset
        from ..models.order_side import to_order_side_or_unset
        from ..models.order_state import to_order_state_or_unset
        from ..models.order_type import to_order_type_or_unset

        return await get_v1_algo_orders.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            order_type=to_order_type_or_unset(order_type),
            status=to_order_state_or_unset(status),
            order_tag=order_tag,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            side=to_order_side_or_unset(side),
            algo_type=to_algo_type_or_unset(algo_type),
            is_triggered=is_triggered,
        )

    async def trades(
        self,
        *,
        order_id: int,
    ) -> Response[AlgoOrderTradesResponse]:
        """Get all trades of specific algo order: ``GET /v1/algo/order/{order_id}/trades`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-trades-of-specific-algo-order
        """
        from ..api.private import get_v1_algo_order_order_id_trades

        return await get_v1_algo_order_order_id_trades.asyncio_detailed(
            client=self._client,
            order_id=order_id,
        )
