"""``client.orders``: ``cancel``, ``cancel_all``, ``cancel_all_after``, ``cancel_batch``, ``cancel_batch_by_client_id``, ``cancel_by_client_id``, ``create``, ``create_batch``, ``edit``, ``get``, ``get_by_client_id``, ``list``, ``set_maintenance_cancel``, ``trades``."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, Literal

from ..client import AuthenticatedClient, Client
from ..types import UNSET, Number, Response, Unset, next_page

if TYPE_CHECKING:  # for the annotations; each method imports what it runs on first call (a light `import`)
    from ..models.batch_create_order_body import BatchCreateOrderBody
    from ..models.batch_order_response import BatchOrderResponse
    from ..models.batch_order_response_data import BatchOrderResponseData
    from ..models.cancel_all_after_response import CancelAllAfterResponse
    from ..models.cancel_all_after_response_data import CancelAllAfterResponseData
    from ..models.client_maintenance_config_response import (
        ClientMaintenanceConfigResponse,
    )
    from ..models.client_maintenance_config_response_data import (
        ClientMaintenanceConfigResponseData,
    )
    from ..models.client_order_response import ClientOrderResponse
    from ..models.created_order import CreatedOrder
    from ..models.delete_all_pending_algo_order_response import (
        DeleteAllPendingAlgoOrderResponse,
    )
    from ..models.delete_all_pending_algo_order_response_data import (
        DeleteAllPendingAlgoOrderResponseData,
    )
    from ..models.delete_order_response import DeleteOrderResponse
    from ..models.delete_order_response_data import DeleteOrderResponseData
    from ..models.margin_mode import MarginMode
    from ..models.order import Order
    from ..models.order_response import OrderResponse
    from ..models.order_side import OrderSide
    from ..models.order_state import OrderState
    from ..models.order_trades_response import OrderTradesResponse
    from ..models.order_trades_response_data import OrderTradesResponseData
    from ..models.order_type import OrderType
    from ..models.orders_response import OrdersResponse
    from ..models.post_order_response import PostOrderResponse
    from ..models.put_order_response import PutOrderResponse
    from ..models.put_order_response_data import PutOrderResponseData
    from ..types import UNSET, Unset

    pass

__all__ = ["AsyncOrders", "AsyncOrdersWithRawResponse", "Orders", "OrdersWithRawResponse"]


class Orders:
    """``client.orders``: the orders operations, each returning the answer's payload."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> OrdersWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return OrdersWithRawResponse(self._client)

    def cancel(
        self,
        *,
        symbol: str,
        order_id: int,
    ) -> DeleteOrderResponseData:
        """Cancel order: ``DELETE /v1/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-order
        """
        from ..api.private import delete_v1_order

        answer = delete_v1_order.sync(
            client=self._client,
            symbol=symbol,
            order_id=order_id,
        )
        return answer.data

    def cancel_all(
        self,
        *,
        symbol: str | Unset = UNSET,
    ) -> DeleteAllPendingAlgoOrderResponseData:
        """Cancel all pending orders: ``DELETE /v1/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-all-pending-orders
        """
        from ..api.private import delete_v1_orders

        answer = delete_v1_orders.sync(
            client=self._client,
            symbol=symbol,
        )
        return answer.data

    def cancel_all_after(
        self,
        *,
        trigger_after: Number,
    ) -> CancelAllAfterResponseData:
        """Cancel all after: ``POST /v1/order/cancel_all_after`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-all-after
        """
        from ..api.private import post_v1_order_cancel_all_after
        from ..models.cancel_all_after_body import CancelAllAfterBody

        answer = post_v1_order_cancel_all_after.sync(
            client=self._client,
            body=CancelAllAfterBody(
                trigger_after=trigger_after,
            ),
        )
        return answer.data

    def cancel_batch(
        self,
        *,
        order_ids: builtins.list[int],
    ) -> DeleteAllPendingAlgoOrderResponseData:
        """Batch cancel orders: ``DELETE /v1/batch-order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/batch-cancel-orders
        """
        from ..api.private import delete_v1_batch_order

        answer = delete_v1_batch_order.sync(
            client=self._client,
            order_ids=order_ids,
        )
        return answer.data

    def cancel_batch_by_client_id(
        self,
        *,
        client_order_ids: builtins.list[str],
    ) -> DeleteAllPendingAlgoOrderResponseData:
        """Batch cancel orders by client_order_id: ``DELETE /v1/client/batch-order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/batch-cancel-orders-by-client_order_id
        """
        from ..api.private import delete_v1_client_batch_order

        answer = delete_v1_client_batch_order.sync(
            client=self._client,
            client_order_ids=client_order_ids,
        )
        return answer.data

    def cancel_by_client_id(
        self,
        *,
        symbol: str,
        client_order_id: str,
    ) -> DeleteOrderResponseData:
        """Cancel order by client_order_id: ``DELETE /v1/client/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-order-by-client_order_id
        """
        from ..api.private import delete_v1_client_order

        answer = delete_v1_client_order.sync(
            client=self._client,
            symbol=symbol,
            client_order_id=client_order_id,
        )
        return answer.data

    def create(
        self,
        *,
        symbol: str,
        order_type: OrderType | Literal["ASK", "BID", "FOK", "IOC", "LIMIT", "MARKET", "POST_ONLY"],
        side: OrderSide | Literal["BUY", "SELL"],
        client_order_id: str | Unset = UNSET,
        order_price: Number | Unset = UNSET,
        order_quantity: Number | Unset = UNSET,
        order_amount: Number | Unset = UNSET,
        visible_quantity: Number | Unset = UNSET,
        reduce_only: bool | Unset = UNSET,
        slippage: Number | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        level: int | Unset = UNSET,
        post_only_adjust: bool | Unset = UNSET,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
        x_recv_window: int | Unset = UNSET,
    ) -> CreatedOrder:
        """Create order: ``POST /v1/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-order
        """
        from ..api.private import post_v1_order
        from ..models.post_order_body import PostOrderBody

        answer = post_v1_order.sync(
            client=self._client,
            body=PostOrderBody(
                symbol=symbol,
                order_type=order_type,
                side=side,
                client_order_id=client_order_id,
                order_price=order_price,
                order_quantity=order_quantity,
                order_amount=order_amount,
                visible_quantity=visible_quantity,
                reduce_only=reduce_only,
                slippage=slippage,
                order_tag=order_tag,
                level=level,
                post_only_adjust=post_only_adjust,
                margin_mode=margin_mode,
            ),
            x_recv_window=x_recv_window,
        )
        return answer.data

    def create_batch(
        self,
        *,
        orders: builtins.list[BatchCreateOrderBody] | Unset = UNSET,
        x_recv_window: int | Unset = UNSET,
    ) -> BatchOrderResponseData:
        """Batch create order: ``POST /v1/batch-order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/batch-create-order
        """
        from ..api.private import post_v1_batch_order
        from ..models.post_v1_batch_order_body import PostV1BatchOrderBody

        answer = post_v1_batch_order.sync(
            client=self._client,
            body=PostV1BatchOrderBody(
                orders=orders,
            ),
            x_recv_window=x_recv_window,
        )
        return answer.data

    def edit(
        self,
        *,
        order_id: int,
        symbol: str,
        order_type: OrderType | Literal["ASK", "BID", "FOK", "IOC", "LIMIT", "MARKET", "POST_ONLY"],
        side: OrderSide | Literal["BUY", "SELL"],
        client_order_id: str | Unset = UNSET,
        order_price: Number | Unset = UNSET,
        order_quantity: Number | Unset = UNSET,
        order_amount: Number | Unset = UNSET,
        reduce_only: bool | Unset = UNSET,
        visible_quantity: Number | Unset = UNSET,
        order_tag: str | Unset = UNSET,
    ) -> PutOrderResponseData:
        """Edit order: ``PUT /v1/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-order
        """
        from ..api.private import put_v1_order
        from ..models.order_body import OrderBody

        answer = put_v1_order.sync(
            client=self._client,
            body=OrderBody(
                order_id=order_id,
                symbol=symbol,
                order_type=order_type,
                side=side,
                client_order_id=client_order_id,
                order_price=order_price,
                order_quantity=order_quantity,
                order_amount=order_amount,
                reduce_only=reduce_only,
                visible_quantity=visible_quantity,
                order_tag=order_tag,
            ),
        )
        return answer.data

    def get(
        self,
        *,
        order_id: int,
    ) -> Order:
        """Get order by order_id: ``GET /v1/order/{order_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-order-by-order_id
        """
        from ..api.private import get_v1_order_order_id

        answer = get_v1_order_order_id.sync(
            client=self._client,
            order_id=order_id,
        )
        return answer.data

    def get_by_client_id(
        self,
        *,
        client_order_id: str,
    ) -> Order:
        """Get order by client_order_id: ``GET /v1/client/order/{client_order_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-order-by-client_order_id
        """
        from ..api.private import get_v1_client_order_client_order_id

        answer = get_v1_client_order_client_order_id.sync(
            client=self._client,
            client_order_id=client_order_id,
        )
        return answer.data

    def list(
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
        size: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        source_type: str | Unset = UNSET,
    ) -> Iterator[Order]:
        """Get orders: ``GET /v1/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-orders
        """
        from ..api.private import get_v1_orders
        from ..models.order_side import to_order_side_or_unset
        from ..models.order_state import to_order_state_or_unset
        from ..models.order_type import to_order_type_or_unset

        page: int | None = 1
        while page is not None:
            data = (
                get_v1_orders.sync(
                    client=self._client,
                    symbol=symbol,
                    side=to_order_side_or_unset(side),
                    order_type=to_order_type_or_unset(order_type),
                    status=to_order_state_or_unset(status),
                    order_tag=order_tag,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                    sort_by=sort_by,
                    source_type=source_type,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            yield from rows
            page = following

    def set_maintenance_cancel(
        self,
        *,
        maintenance_cancel_order_flag: bool,
    ) -> ClientMaintenanceConfigResponseData:
        """Configure auto-cancel during maintenance: ``POST /v1/client/maintenance_config`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/configure-auto-cancel-during-maintenance
        """
        from ..api.private import post_v1_client_maintenance_config
        from ..models.client_maintenance_config_body import ClientMaintenanceConfigBody

        answer = post_v1_client_maintenance_config.sync(
            client=self._client,
            body=ClientMaintenanceConfigBody(
                maintenance_cancel_order_flag=maintenance_cancel_order_flag,
            ),
        )
        return answer.data

    def trades(
        self,
        *,
        order_id: int,
    ) -> OrderTradesResponseData:
        """Get all trades of specific order: ``GET /v1/order/{order_id}/trades`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-trades-of-specific-order
        """
        from ..api.private import get_v1_order_order_id_trades

        answer = get_v1_order_order_id_trades.sync(
            client=self._client,
            order_id=order_id,
        )
        return answer.data


class AsyncOrders:
    """``aclient.orders``: the orders operations for asyncio (``await``; paged ones ``async for``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    @property
    def with_raw_response(self) -> AsyncOrdersWithRawResponse:
        """The same operations answering the whole response: status, headers, content and the parsed envelope."""
        return AsyncOrdersWithRawResponse(self._client)

    async def cancel(
        self,
        *,
        symbol: str,
        order_id: int,
    ) -> DeleteOrderResponseData:
        """Cancel order: ``DELETE /v1/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-order
        """
        from ..api.private import delete_v1_order

        answer = await delete_v1_order.asyncio(
            client=self._client,
            symbol=symbol,
            order_id=order_id,
        )
        return answer.data

    async def cancel_all(
        self,
        *,
        symbol: str | Unset = UNSET,
    ) -> DeleteAllPendingAlgoOrderResponseData:
        """Cancel all pending orders: ``DELETE /v1/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-all-pending-orders
        """
        from ..api.private import delete_v1_orders

        answer = await delete_v1_orders.asyncio(
            client=self._client,
            symbol=symbol,
        )
        return answer.data

    async def cancel_all_after(
        self,
        *,
        trigger_after: Number,
    ) -> CancelAllAfterResponseData:
        """Cancel all after: ``POST /v1/order/cancel_all_after`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-all-after
        """
        from ..api.private import post_v1_order_cancel_all_after
        from ..models.cancel_all_after_body import CancelAllAfterBody

        answer = await post_v1_order_cancel_all_after.asyncio(
            client=self._client,
            body=CancelAllAfterBody(
                trigger_after=trigger_after,
            ),
        )
        return answer.data

    async def cancel_batch(
        self,
        *,
        order_ids: builtins.list[int],
    ) -> DeleteAllPendingAlgoOrderResponseData:
        """Batch cancel orders: ``DELETE /v1/batch-order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/batch-cancel-orders
        """
        from ..api.private import delete_v1_batch_order

        answer = await delete_v1_batch_order.asyncio(
            client=self._client,
            order_ids=order_ids,
        )
        return answer.data

    async def cancel_batch_by_client_id(
        self,
        *,
        client_order_ids: builtins.list[str],
    ) -> DeleteAllPendingAlgoOrderResponseData:
        """Batch cancel orders by client_order_id: ``DELETE /v1/client/batch-order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/batch-cancel-orders-by-client_order_id
        """
        from ..api.private import delete_v1_client_batch_order

        answer = await delete_v1_client_batch_order.asyncio(
            client=self._client,
            client_order_ids=client_order_ids,
        )
        return answer.data

    async def cancel_by_client_id(
        self,
        *,
        symbol: str,
        client_order_id: str,
    ) -> DeleteOrderResponseData:
        """Cancel order by client_order_id: ``DELETE /v1/client/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-order-by-client_order_id
        """
        from ..api.private import delete_v1_client_order

        answer = await delete_v1_client_order.asyncio(
            client=self._client,
            symbol=symbol,
            client_order_id=client_order_id,
        )
        return answer.data

    async def create(
        self,
        *,
        symbol: str,
        order_type: OrderType | Literal["ASK", "BID", "FOK", "IOC", "LIMIT", "MARKET", "POST_ONLY"],
        side: OrderSide | Literal["BUY", "SELL"],
        client_order_id: str | Unset = UNSET,
        order_price: Number | Unset = UNSET,
        order_quantity: Number | Unset = UNSET,
        order_amount: Number | Unset = UNSET,
        visible_quantity: Number | Unset = UNSET,
        reduce_only: bool | Unset = UNSET,
        slippage: Number | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        level: int | Unset = UNSET,
        post_only_adjust: bool | Unset = UNSET,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
        x_recv_window: int | Unset = UNSET,
    ) -> CreatedOrder:
        """Create order: ``POST /v1/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-order
        """
        from ..api.private import post_v1_order
        from ..models.post_order_body import PostOrderBody

        answer = await post_v1_order.asyncio(
            client=self._client,
            body=PostOrderBody(
                symbol=symbol,
                order_type=order_type,
                side=side,
                client_order_id=client_order_id,
                order_price=order_price,
                order_quantity=order_quantity,
                order_amount=order_amount,
                visible_quantity=visible_quantity,
                reduce_only=reduce_only,
                slippage=slippage,
                order_tag=order_tag,
                level=level,
                post_only_adjust=post_only_adjust,
                margin_mode=margin_mode,
            ),
            x_recv_window=x_recv_window,
        )
        return answer.data

    async def create_batch(
        self,
        *,
        orders: builtins.list[BatchCreateOrderBody] | Unset = UNSET,
        x_recv_window: int | Unset = UNSET,
    ) -> BatchOrderResponseData:
        """Batch create order: ``POST /v1/batch-order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/batch-create-order
        """
        from ..api.private import post_v1_batch_order
        from ..models.post_v1_batch_order_body import PostV1BatchOrderBody

        answer = await post_v1_batch_order.asyncio(
            client=self._client,
            body=PostV1BatchOrderBody(
                orders=orders,
            ),
            x_recv_window=x_recv_window,
        )
        return answer.data

    async def edit(
        self,
        *,
        order_id: int,
        symbol: str,
        order_type: OrderType | Literal["ASK", "BID", "FOK", "IOC", "LIMIT", "MARKET", "POST_ONLY"],
        side: OrderSide | Literal["BUY", "SELL"],
        client_order_id: str | Unset = UNSET,
        order_price: Number | Unset = UNSET,
        order_quantity: Number | Unset = UNSET,
        order_amount: Number | Unset = UNSET,
        reduce_only: bool | Unset = UNSET,
        visible_quantity: Number | Unset = UNSET,
        order_tag: str | Unset = UNSET,
    ) -> PutOrderResponseData:
        """Edit order: ``PUT /v1/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-order
        """
        from ..api.private import put_v1_order
        from ..models.order_body import OrderBody

        answer = await put_v1_order.asyncio(
            client=self._client,
            body=OrderBody(
                order_id=order_id,
                symbol=symbol,
                order_type=order_type,
                side=side,
                client_order_id=client_order_id,
                order_price=order_price,
                order_quantity=order_quantity,
                order_amount=order_amount,
                reduce_only=reduce_only,
                visible_quantity=visible_quantity,
                order_tag=order_tag,
            ),
        )
        return answer.data

    async def get(
        self,
        *,
        order_id: int,
    ) -> Order:
        """Get order by order_id: ``GET /v1/order/{order_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-order-by-order_id
        """
        from ..api.private import get_v1_order_order_id

        answer = await get_v1_order_order_id.asyncio(
            client=self._client,
            order_id=order_id,
        )
        return answer.data

    async def get_by_client_id(
        self,
        *,
        client_order_id: str,
    ) -> Order:
        """Get order by client_order_id: ``GET /v1/client/order/{client_order_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-order-by-client_order_id
        """
        from ..api.private import get_v1_client_order_client_order_id

        answer = await get_v1_client_order_client_order_id.asyncio(
            client=self._client,
            client_order_id=client_order_id,
        )
        return answer.data

    async def list(
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
        size: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        source_type: str | Unset = UNSET,
    ) -> AsyncIterator[Order]:
        """Get orders: ``GET /v1/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-orders
        """
        from ..api.private import get_v1_orders
        from ..models.order_side import to_order_side_or_unset
        from ..models.order_state import to_order_state_or_unset
        from ..models.order_type import to_order_type_or_unset

        page: int | None = 1
        while page is not None:
            data = (
                await get_v1_orders.asyncio(
                    client=self._client,
                    symbol=symbol,
                    side=to_order_side_or_unset(side),
                    order_type=to_order_type_or_unset(order_type),
                    status=to_order_state_or_unset(status),
                    order_tag=order_tag,
                    start_t=start_t,
                    end_t=end_t,
                    page=page,
                    size=size,
                    sort_by=sort_by,
                    source_type=source_type,
                )
            ).data
            rows = data.rows
            following = next_page(getattr(data, "meta", None), page, len(rows), size)
            for row in rows:
                yield row
            page = following

    async def set_maintenance_cancel(
        self,
        *,
        maintenance_cancel_order_flag: bool,
    ) -> ClientMaintenanceConfigResponseData:
        """Configure auto-cancel during maintenance: ``POST /v1/client/maintenance_config`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/configure-auto-cancel-during-maintenance
        """
        from ..api.private import post_v1_client_maintenance_config
        from ..models.client_maintenance_config_body import ClientMaintenanceConfigBody

        answer = await post_v1_client_maintenance_config.asyncio(
            client=self._client,
            body=ClientMaintenanceConfigBody(
                maintenance_cancel_order_flag=maintenance_cancel_order_flag,
            ),
        )
        return answer.data

    async def trades(
        self,
        *,
        order_id: int,
    ) -> OrderTradesResponseData:
        """Get all trades of specific order: ``GET /v1/order/{order_id}/trades`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-trades-of-specific-order
        """
        from ..api.private import get_v1_order_order_id_trades

        answer = await get_v1_order_order_id_trades.asyncio(
            client=self._client,
            order_id=order_id,
        )
        return answer.data


class OrdersWithRawResponse:
    """``client.orders.with_raw_response``: each operation's whole response (one page of a paged one)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    def cancel(
        self,
        *,
        symbol: str,
        order_id: int,
    ) -> Response[DeleteOrderResponse]:
        """Cancel order: ``DELETE /v1/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-order
        """
        from ..api.private import delete_v1_order

        return delete_v1_order.sync_detailed(
            client=self._client,
            symbol=symbol,
            order_id=order_id,
        )

    def cancel_all(
        self,
        *,
        symbol: str | Unset = UNSET,
    ) -> Response[DeleteAllPendingAlgoOrderResponse]:
        """Cancel all pending orders: ``DELETE /v1/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-all-pending-orders
        """
        from ..api.private import delete_v1_orders

        return delete_v1_orders.sync_detailed(
            client=self._client,
            symbol=symbol,
        )

    def cancel_all_after(
        self,
        *,
        trigger_after: Number,
    ) -> Response[CancelAllAfterResponse]:
        """Cancel all after: ``POST /v1/order/cancel_all_after`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-all-after
        """
        from ..api.private import post_v1_order_cancel_all_after
        from ..models.cancel_all_after_body import CancelAllAfterBody

        return post_v1_order_cancel_all_after.sync_detailed(
            client=self._client,
            body=CancelAllAfterBody(
                trigger_after=trigger_after,
            ),
        )

    def cancel_batch(
        self,
        *,
        order_ids: builtins.list[int],
    ) -> Response[DeleteAllPendingAlgoOrderResponse]:
        """Batch cancel orders: ``DELETE /v1/batch-order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/batch-cancel-orders
        """
        from ..api.private import delete_v1_batch_order

        return delete_v1_batch_order.sync_detailed(
            client=self._client,
            order_ids=order_ids,
        )

    def cancel_batch_by_client_id(
        self,
        *,
        client_order_ids: builtins.list[str],
    ) -> Response[DeleteAllPendingAlgoOrderResponse]:
        """Batch cancel orders by client_order_id: ``DELETE /v1/client/batch-order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/batch-cancel-orders-by-client_order_id
        """
        from ..api.private import delete_v1_client_batch_order

        return delete_v1_client_batch_order.sync_detailed(
            client=self._client,
            client_order_ids=client_order_ids,
        )

    def cancel_by_client_id(
        self,
        *,
        symbol: str,
        client_order_id: str,
    ) -> Response[DeleteOrderResponse]:
        """Cancel order by client_order_id: ``DELETE /v1/client/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-order-by-client_order_id
        """
        from ..api.private import delete_v1_client_order

        return delete_v1_client_order.sync_detailed(
            client=self._client,
            symbol=symbol,
            client_order_id=client_order_id,
        )

    def create(
        self,
        *,
        symbol: str,
        order_type: OrderType | Literal["ASK", "BID", "FOK", "IOC", "LIMIT", "MARKET", "POST_ONLY"],
        side: OrderSide | Literal["BUY", "SELL"],
        client_order_id: str | Unset = UNSET,
        order_price: Number | Unset = UNSET,
        order_quantity: Number | Unset = UNSET,
        order_amount: Number | Unset = UNSET,
        visible_quantity: Number | Unset = UNSET,
        reduce_only: bool | Unset = UNSET,
        slippage: Number | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        level: int | Unset = UNSET,
        post_only_adjust: bool | Unset = UNSET,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
        x_recv_window: int | Unset = UNSET,
    ) -> Response[PostOrderResponse]:
        """Create order: ``POST /v1/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-order
        """
        from ..api.private import post_v1_order
        from ..models.post_order_body import PostOrderBody

        return post_v1_order.sync_detailed(
            client=self._client,
            body=PostOrderBody(
                symbol=symbol,
                order_type=order_type,
                side=side,
                client_order_id=client_order_id,
                order_price=order_price,
                order_quantity=order_quantity,
                order_amount=order_amount,
                visible_quantity=visible_quantity,
                reduce_only=reduce_only,
                slippage=slippage,
                order_tag=order_tag,
                level=level,
                post_only_adjust=post_only_adjust,
                margin_mode=margin_mode,
            ),
            x_recv_window=x_recv_window,
        )

    def create_batch(
        self,
        *,
        orders: builtins.list[BatchCreateOrderBody] | Unset = UNSET,
        x_recv_window: int | Unset = UNSET,
    ) -> Response[BatchOrderResponse]:
        """Batch create order: ``POST /v1/batch-order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/batch-create-order
        """
        from ..api.private import post_v1_batch_order
        from ..models.post_v1_batch_order_body import PostV1BatchOrderBody

        return post_v1_batch_order.sync_detailed(
            client=self._client,
            body=PostV1BatchOrderBody(
                orders=orders,
            ),
            x_recv_window=x_recv_window,
        )

    def edit(
        self,
        *,
        order_id: int,
        symbol: str,
        order_type: OrderType | Literal["ASK", "BID", "FOK", "IOC", "LIMIT", "MARKET", "POST_ONLY"],
        side: OrderSide | Literal["BUY", "SELL"],
        client_order_id: str | Unset = UNSET,
        order_price: Number | Unset = UNSET,
        order_quantity: Number | Unset = UNSET,
        order_amount: Number | Unset = UNSET,
        reduce_only: bool | Unset = UNSET,
        visible_quantity: Number | Unset = UNSET,
        order_tag: str | Unset = UNSET,
    ) -> Response[PutOrderResponse]:
        """Edit order: ``PUT /v1/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-order
        """
        from ..api.private import put_v1_order
        from ..models.order_body import OrderBody

        return put_v1_order.sync_detailed(
            client=self._client,
            body=OrderBody(
                order_id=order_id,
                symbol=symbol,
                order_type=order_type,
                side=side,
                client_order_id=client_order_id,
                order_price=order_price,
                order_quantity=order_quantity,
                order_amount=order_amount,
                reduce_only=reduce_only,
                visible_quantity=visible_quantity,
                order_tag=order_tag,
            ),
        )

    def get(
        self,
        *,
        order_id: int,
    ) -> Response[OrderResponse]:
        """Get order by order_id: ``GET /v1/order/{order_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-order-by-order_id
        """
        from ..api.private import get_v1_order_order_id

        return get_v1_order_order_id.sync_detailed(
            client=self._client,
            order_id=order_id,
        )

    def get_by_client_id(
        self,
        *,
        client_order_id: str,
    ) -> Response[ClientOrderResponse]:
        """Get order by client_order_id: ``GET /v1/client/order/{client_order_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-order-by-client_order_id
        """
        from ..api.private import get_v1_client_order_client_order_id

        return get_v1_client_order_client_order_id.sync_detailed(
            client=self._client,
            client_order_id=client_order_id,
        )

    def list(
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
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        source_type: str | Unset = UNSET,
    ) -> Response[OrdersResponse]:
        """Get orders: ``GET /v1/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-orders
        """
        from ..api.private import get_v1_orders
        from ..models.order_side import to_order_side_or_unset
        from ..models.order_state import to_order_state_or_unset
        from ..models.order_type import to_order_type_or_unset

        return get_v1_orders.sync_detailed(
            client=self._client,
            symbol=symbol,
            side=to_order_side_or_unset(side),
            order_type=to_order_type_or_unset(order_type),
            status=to_order_state_or_unset(status),
            order_tag=order_tag,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            sort_by=sort_by,
            source_type=source_type,
        )

    def set_maintenance_cancel(
        self,
        *,
        maintenance_cancel_order_flag: bool,
    ) -> Response[ClientMaintenanceConfigResponse]:
        """Configure auto-cancel during maintenance: ``POST /v1/client/maintenance_config`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/configure-auto-cancel-during-maintenance
        """
        from ..api.private import post_v1_client_maintenance_config
        from ..models.client_maintenance_config_body import ClientMaintenanceConfigBody

        return post_v1_client_maintenance_config.sync_detailed(
            client=self._client,
            body=ClientMaintenanceConfigBody(
                maintenance_cancel_order_flag=maintenance_cancel_order_flag,
            ),
        )

    def trades(
        self,
        *,
        order_id: int,
    ) -> Response[OrderTradesResponse]:
        """Get all trades of specific order: ``GET /v1/order/{order_id}/trades`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-trades-of-specific-order
        """
        from ..api.private import get_v1_order_order_id_trades

        return get_v1_order_order_id_trades.sync_detailed(
            client=self._client,
            order_id=order_id,
        )


class AsyncOrdersWithRawResponse:
    """``aclient.orders.with_raw_response``: each operation's whole response, for asyncio."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client: Any = client

    async def cancel(
        self,
        *,
        symbol: str,
        order_id: int,
    ) -> Response[DeleteOrderResponse]:
        """Cancel order: ``DELETE /v1/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-order
        """
        from ..api.private import delete_v1_order

        return await delete_v1_order.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            order_id=order_id,
        )

    async def cancel_all(
        self,
        *,
        symbol: str | Unset = UNSET,
    ) -> Response[DeleteAllPendingAlgoOrderResponse]:
        """Cancel all pending orders: ``DELETE /v1/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-all-pending-orders
        """
        from ..api.private import delete_v1_orders

        return await delete_v1_orders.asyncio_detailed(
            client=self._client,
            symbol=symbol,
        )

    async def cancel_all_after(
        self,
        *,
        trigger_after: Number,
    ) -> Response[CancelAllAfterResponse]:
        """Cancel all after: ``POST /v1/order/cancel_all_after`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-all-after
        """
        from ..api.private import post_v1_order_cancel_all_after
        from ..models.cancel_all_after_body import CancelAllAfterBody

        return await post_v1_order_cancel_all_after.asyncio_detailed(
            client=self._client,
            body=CancelAllAfterBody(
                trigger_after=trigger_after,
            ),
        )

    async def cancel_batch(
        self,
        *,
        order_ids: builtins.list[int],
    ) -> Response[DeleteAllPendingAlgoOrderResponse]:
        """Batch cancel orders: ``DELETE /v1/batch-order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/batch-cancel-orders
        """
        from ..api.private import delete_v1_batch_order

        return await delete_v1_batch_order.asyncio_detailed(
            client=self._client,
            order_ids=order_ids,
        )

    async def cancel_batch_by_client_id(
        self,
        *,
        client_order_ids: builtins.list[str],
    ) -> Response[DeleteAllPendingAlgoOrderResponse]:
        """Batch cancel orders by client_order_id: ``DELETE /v1/client/batch-order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/batch-cancel-orders-by-client_order_id
        """
        from ..api.private import delete_v1_client_batch_order

        return await delete_v1_client_batch_order.asyncio_detailed(
            client=self._client,
            client_order_ids=client_order_ids,
        )

    async def cancel_by_client_id(
        self,
        *,
        symbol: str,
        client_order_id: str,
    ) -> Response[DeleteOrderResponse]:
        """Cancel order by client_order_id: ``DELETE /v1/client/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-order-by-client_order_id
        """
        from ..api.private import delete_v1_client_order

        return await delete_v1_client_order.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            client_order_id=client_order_id,
        )

    async def create(
        self,
        *,
        symbol: str,
        order_type: OrderType | Literal["ASK", "BID", "FOK", "IOC", "LIMIT", "MARKET", "POST_ONLY"],
        side: OrderSide | Literal["BUY", "SELL"],
        client_order_id: str | Unset = UNSET,
        order_price: Number | Unset = UNSET,
        order_quantity: Number | Unset = UNSET,
        order_amount: Number | Unset = UNSET,
        visible_quantity: Number | Unset = UNSET,
        reduce_only: bool | Unset = UNSET,
        slippage: Number | Unset = UNSET,
        order_tag: str | Unset = UNSET,
        level: int | Unset = UNSET,
        post_only_adjust: bool | Unset = UNSET,
        margin_mode: MarginMode | Literal["CROSS", "ISOLATED"] | Unset = UNSET,
        x_recv_window: int | Unset = UNSET,
    ) -> Response[PostOrderResponse]:
        """Create order: ``POST /v1/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-order
        """
        from ..api.private import post_v1_order
        from ..models.post_order_body import PostOrderBody

        return await post_v1_order.asyncio_detailed(
            client=self._client,
            body=PostOrderBody(
                symbol=symbol,
                order_type=order_type,
                side=side,
                client_order_id=client_order_id,
                order_price=order_price,
                order_quantity=order_quantity,
                order_amount=order_amount,
                visible_quantity=visible_quantity,
                reduce_only=reduce_only,
                slippage=slippage,
                order_tag=order_tag,
                level=level,
                post_only_adjust=post_only_adjust,
                margin_mode=margin_mode,
            ),
            x_recv_window=x_recv_window,
        )

    async def create_batch(
        self,
        *,
        orders: builtins.list[BatchCreateOrderBody] | Unset = UNSET,
        x_recv_window: int | Unset = UNSET,
    ) -> Response[BatchOrderResponse]:
        """Batch create order: ``POST /v1/batch-order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/batch-create-order
        """
        from ..api.private import post_v1_batch_order
        from ..models.post_v1_batch_order_body import PostV1BatchOrderBody

        return await post_v1_batch_order.asyncio_detailed(
            client=self._client,
            body=PostV1BatchOrderBody(
                orders=orders,
            ),
            x_recv_window=x_recv_window,
        )

    async def edit(
        self,
        *,
        order_id: int,
        symbol: str,
        order_type: OrderType | Literal["ASK", "BID", "FOK", "IOC", "LIMIT", "MARKET", "POST_ONLY"],
        side: OrderSide | Literal["BUY", "SELL"],
        client_order_id: str | Unset = UNSET,
        order_price: Number | Unset = UNSET,
        order_quantity: Number | Unset = UNSET,
        order_amount: Number | Unset = UNSET,
        reduce_only: bool | Unset = UNSET,
        visible_quantity: Number | Unset = UNSET,
        order_tag: str | Unset = UNSET,
    ) -> Response[PutOrderResponse]:
        """Edit order: ``PUT /v1/order`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/edit-order
        """
        from ..api.private import put_v1_order
        from ..models.order_body import OrderBody

        return await put_v1_order.asyncio_detailed(
            client=self._client,
            body=OrderBody(
                order_id=order_id,
                symbol=symbol,
                order_type=order_type,
                side=side,
                client_order_id=client_order_id,
                order_price=order_price,
                order_quantity=order_quantity,
                order_amount=order_amount,
                reduce_only=reduce_only,
                visible_quantity=visible_quantity,
                order_tag=order_tag,
            ),
        )

    async def get(
        self,
        *,
        order_id: int,
    ) -> Response[OrderResponse]:
        """Get order by order_id: ``GET /v1/order/{order_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-order-by-order_id
        """
        from ..api.private import get_v1_order_order_id

        return await get_v1_order_order_id.asyncio_detailed(
            client=self._client,
            order_id=order_id,
        )

    async def get_by_client_id(
        self,
        *,
        client_order_id: str,
    ) -> Response[ClientOrderResponse]:
        """Get order by client_order_id: ``GET /v1/client/order/{client_order_id}`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-order-by-client_order_id
        """
        from ..api.private import get_v1_client_order_client_order_id

        return await get_v1_client_order_client_order_id.asyncio_detailed(
            client=self._client,
            client_order_id=client_order_id,
        )

    async def list(
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
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        source_type: str | Unset = UNSET,
    ) -> Response[OrdersResponse]:
        """Get orders: ``GET /v1/orders`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-orders
        """
        from ..api.private import get_v1_orders
        from ..models.order_side import to_order_side_or_unset
        from ..models.order_state import to_order_state_or_unset
        from ..models.order_type import to_order_type_or_unset

        return await get_v1_orders.asyncio_detailed(
            client=self._client,
            symbol=symbol,
            side=to_order_side_or_unset(side),
            order_type=to_order_type_or_unset(order_type),
            status=to_order_state_or_unset(status),
            order_tag=order_tag,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            sort_by=sort_by,
            source_type=source_type,
        )

    async def set_maintenance_cancel(
        self,
        *,
        maintenance_cancel_order_flag: bool,
    ) -> Response[ClientMaintenanceConfigResponse]:
        """Configure auto-cancel during maintenance: ``POST /v1/client/maintenance_config`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/configure-auto-cancel-during-maintenance
        """
        from ..api.private import post_v1_client_maintenance_config
        from ..models.client_maintenance_config_body import ClientMaintenanceConfigBody

        return await post_v1_client_maintenance_config.asyncio_detailed(
            client=self._client,
            body=ClientMaintenanceConfigBody(
                maintenance_cancel_order_flag=maintenance_cancel_order_flag,
            ),
        )

    async def trades(
        self,
        *,
        order_id: int,
    ) -> Response[OrderTradesResponse]:
        """Get all trades of specific order: ``GET /v1/order/{order_id}/trades`` (signed).

        Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-trades-of-specific-order
        """
        from ..api.private import get_v1_order_order_id_trades

        return await get_v1_order_order_id_trades.asyncio_detailed(
            client=self._client,
            order_id=order_id,
        )
