from functools import partial
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.algo_orders_response import AlgoOrdersResponse
from ...models.algo_type import AlgoType
from ...models.order_side import OrderSide
from ...models.order_state import OrderState
from ...models.order_type import OrderType
from ...types import UNSET, Response, Unset, build_response, parse_json, success


def _get_kwargs(
    *,
    symbol: str | Unset = UNSET,
    order_type: OrderType | Unset = UNSET,
    status: OrderState | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    side: OrderSide | Unset = UNSET,
    algo_type: AlgoType | Unset = UNSET,
    is_triggered: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    json_order_type: str | Unset = UNSET
    if not isinstance(order_type, Unset):
        json_order_type = str(order_type)

    params["order_type"] = json_order_type

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = str(status)

    params["status"] = json_status

    params["order_tag"] = order_tag

    params["start_t"] = start_t

    params["end_t"] = end_t

    params["page"] = page

    params["size"] = size

    json_side: str | Unset = UNSET
    if not isinstance(side, Unset):
        json_side = str(side)

    params["side"] = json_side

    json_algo_type: str | Unset = UNSET
    if not isinstance(algo_type, Unset):
        json_algo_type = str(algo_type)

    params["algo_type"] = json_algo_type

    params["is_triggered"] = is_triggered

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/algo/orders"},
        "url": "/v1/algo/orders",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> AlgoOrdersResponse | None:
    if response.status_code == 200:
        response_200 = AlgoOrdersResponse.from_dict(parse_json(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


_build_response = partial(build_response, parse=_parse_response)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    order_type: OrderType | Unset = UNSET,
    status: OrderState | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    side: OrderSide | Unset = UNSET,
    algo_type: AlgoType | Unset = UNSET,
    is_triggered: str | Unset = UNSET,
) -> Response[AlgoOrdersResponse]:
    """Get algo orders

    `GET /v1/algo/orders` (orders)

    Signed request; key scope `read`.
    Rate limit: 5 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-orders

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        symbol (str | Unset):
        order_type (OrderType | Unset): One of: LIMIT, MARKET, IOC, POST_ONLY, FOK, ASK, BID.
        status (OrderState | Unset): One of: NEW, CANCELLED, PARTIAL_FILLED, FILLED, REJECTED, INCOMPLETE,
            COMPLETED.
        order_tag (str | Unset):
        start_t (int | Unset):
        end_t (int | Unset):
        page (int | Unset):
        size (int | Unset):
        side (OrderSide | Unset): One of: BUY, SELL.
        algo_type (AlgoType | Unset): One of: STOP, TRAILING_STOP, TAKE_PROFIT, STOP_LOSS, TP_SL,
            POSITIONAL_TP_SL, BRACKET.
        is_triggered (str | Unset):

    Raises:
        orderly_auth.MissingCredentialsError: The client has no credentials; nothing was sent.
        orderly_auth.ConnectError: The request never reached the server (after the retries).
        orderly_auth.TransportError: No answer (timeout, dropped connection), after the retries.
        orderly_auth.RateLimitError: HTTP 429 or code -1003, after the retries.
        orderly_auth.AuthenticationError: Code -1001 or -1002, HTTP 401: key, signature or key scope refused.
        orderly_auth.ServerError: Code -1000 or HTTP 5xx, after the retries.
        orderly_auth.OrderlyAPIError: Any other refusal, as the subclass for its code: InvalidRequestError
            (-1004, -1005), NotFoundError (-1006), DuplicateError (-1007), SettlementError (-1008, -1009),
            TryAgainError (-1011, -1012, after the retries), OrderRejectedError (-1101 .. -1105, with
            InsufficientMarginError, OrderValueTooSmallError, PriceFilterError, QuantityFilterError,
            PriceDeviationError), LiquidationError (-1201, -1202).
        orderly_client.errors.UnparsableResponse: The answer does not fit its model.
        orderly_auth.ResponseError: The answer could not be read: ResponseDecodingError (a corrupt encoding) or
            ResponseTooLargeError (over the client's max_response_size, as sent or decoded).
        orderly_auth.ClientClosedError: The client was closed; nothing was sent.

    Returns:
        Response[AlgoOrdersResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        order_type=order_type,
        status=status,
        order_tag=order_tag,
        start_t=start_t,
        end_t=end_t,
        page=page,
        size=size,
        side=side,
        algo_type=algo_type,
        is_triggered=is_triggered,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    order_type: OrderType | Unset = UNSET,
    status: OrderState | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    side: OrderSide | Unset = UNSET,
    algo_type: AlgoType | Unset = UNSET,
    is_triggered: str | Unset = UNSET,
) -> AlgoOrdersResponse:
    """Get algo orders

    `GET /v1/algo/orders` (orders)

    Signed request; key scope `read`.
    Rate limit: 5 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-orders

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        symbol (str | Unset):
        order_type (OrderType | Unset): One of: LIMIT, MARKET, IOC, POST_ONLY, FOK, ASK, BID.
        status (OrderState | Unset): One of: NEW, CANCELLED, PARTIAL_FILLED, FILLED, REJECTED, INCOMPLETE,
            COMPLETED.
        order_tag (str | Unset):
        start_t (int | Unset):
        end_t (int | Unset):
        page (int | Unset):
        size (int | Unset):
        side (OrderSide | Unset): One of: BUY, SELL.
        algo_type (AlgoType | Unset): One of: STOP, TRAILING_STOP, TAKE_PROFIT, STOP_LOSS, TP_SL,
            POSITIONAL_TP_SL, BRACKET.
        is_triggered (str | Unset):

    Raises:
        orderly_auth.MissingCredentialsError: The client has no credentials; nothing was sent.
        orderly_auth.ConnectError: The request never reached the server (after the retries).
        orderly_auth.TransportError: No answer (timeout, dropped connection), after the retries.
        orderly_auth.RateLimitError: HTTP 429 or code -1003, after the retries.
        orderly_auth.AuthenticationError: Code -1001 or -1002, HTTP 401: key, signature or key scope refused.
        orderly_auth.ServerError: Code -1000 or HTTP 5xx, after the retries.
        orderly_auth.OrderlyAPIError: Any other refusal, as the subclass for its code: InvalidRequestError
            (-1004, -1005), NotFoundError (-1006), DuplicateError (-1007), SettlementError (-1008, -1009),
            TryAgainError (-1011, -1012, after the retries), OrderRejectedError (-1101 .. -1105, with
            InsufficientMarginError, OrderValueTooSmallError, PriceFilterError, QuantityFilterError,
            PriceDeviationError), LiquidationError (-1201, -1202).
        orderly_client.errors.UnparsableResponse: The answer does not fit its model.
        orderly_auth.ResponseError: The answer could not be read: ResponseDecodingError (a corrupt encoding) or
            ResponseTooLargeError (over the client's max_response_size, as sent or decoded).
        orderly_auth.ClientClosedError: The client was closed; nothing was sent.

    Returns:
        AlgoOrdersResponse: the parsed success answer (never None: an answer it cannot be
        raises instead).
    """

    response = sync_detailed(
        client=client,
        symbol=symbol,
        order_type=order_type,
        status=status,
        order_tag=order_tag,
        start_t=start_t,
        end_t=end_t,
        page=page,
        size=size,
        side=side,
        algo_type=algo_type,
        is_triggered=is_triggered,
    )
    return success(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    order_type: OrderType | Unset = UNSET,
    status: OrderState | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    side: OrderSide | Unset = UNSET,
    algo_type: AlgoType | Unset = UNSET,
    is_triggered: str | Unset = UNSET,
) -> Response[AlgoOrdersResponse]:
    """Get algo orders

    `GET /v1/algo/orders` (orders)

    Signed request; key scope `read`.
    Rate limit: 5 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-orders

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        symbol (str | Unset):
        order_type (OrderType | Unset): One of: LIMIT, MARKET, IOC, POST_ONLY, FOK, ASK, BID.
        status (OrderState | Unset): One of: NEW, CANCELLED, PARTIAL_FILLED, FILLED, REJECTED, INCOMPLETE,
            COMPLETED.
        order_tag (str | Unset):
        start_t (int | Unset):
        end_t (int | Unset):
        page (int | Unset):
        size (int | Unset):
        side (OrderSide | Unset): One of: BUY, SELL.
        algo_type (AlgoType | Unset): One of: STOP, TRAILING_STOP, TAKE_PROFIT, STOP_LOSS, TP_SL,
            POSITIONAL_TP_SL, BRACKET.
        is_triggered (str | Unset):

    Raises:
        orderly_auth.MissingCredentialsError: The client has no credentials; nothing was sent.
        orderly_auth.ConnectError: The request never reached the server (after the retries).
        orderly_auth.TransportError: No answer (timeout, dropped connection), after the retries.
        orderly_auth.RateLimitError: HTTP 429 or code -1003, after the retries.
        orderly_auth.AuthenticationError: Code -1001 or -1002, HTTP 401: key, signature or key scope refused.
        orderly_auth.ServerError: Code -1000 or HTTP 5xx, after the retries.
        orderly_auth.OrderlyAPIError: Any other refusal, as the subclass for its code: InvalidRequestError
            (-1004, -1005), NotFoundError (-1006), DuplicateError (-1007), SettlementError (-1008, -1009),
            TryAgainError (-1011, -1012, after the retries), OrderRejectedError (-1101 .. -1105, with
            InsufficientMarginError, OrderValueTooSmallError, PriceFilterError, QuantityFilterError,
            PriceDeviationError), LiquidationError (-1201, -1202).
        orderly_client.errors.UnparsableResponse: The answer does not fit its model.
        orderly_auth.ResponseError: The answer could not be read: ResponseDecodingError (a corrupt encoding) or
            ResponseTooLargeError (over the client's max_response_size, as sent or decoded).
        orderly_auth.ClientClosedError: The client was closed; nothing was sent.

    Returns:
        Response[AlgoOrdersResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        order_type=order_type,
        status=status,
        order_tag=order_tag,
        start_t=start_t,
        end_t=end_t,
        page=page,
        size=size,
        side=side,
        algo_type=algo_type,
        is_triggered=is_triggered,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    order_type: OrderType | Unset = UNSET,
    status: OrderState | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    side: OrderSide | Unset = UNSET,
    algo_type: AlgoType | Unset = UNSET,
    is_triggered: str | Unset = UNSET,
) -> AlgoOrdersResponse:
    """Get algo orders

    `GET /v1/algo/orders` (orders)

    Signed request; key scope `read`.
    Rate limit: 5 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-orders

    Errors are raised as below through a client from ``orderly_auth.create_client``; with
    ``raise_on_error=False`` the server's refusals come back as answers instead.

    Args:
        symbol (str | Unset):
        order_type (OrderType | Unset): One of: LIMIT, MARKET, IOC, POST_ONLY, FOK, ASK, BID.
        status (OrderState | Unset): One of: NEW, CANCELLED, PARTIAL_FILLED, FILLED, REJECTED, INCOMPLETE,
            COMPLETED.
        order_tag (str | Unset):
        start_t (int | Unset):
        end_t (int | Unset):
        page (int | Unset):
        size (int | Unset):
        side (OrderSide | Unset): One of: BUY, SELL.
        algo_type (AlgoType | Unset): One of: STOP, TRAILING_STOP, TAKE_PROFIT, STOP_LOSS, TP_SL,
            POSITIONAL_TP_SL, BRACKET.
        is_triggered (str | Unset):

    Raises:
        orderly_auth.MissingCredentialsError: The client has no credentials; nothing was sent.
        orderly_auth.ConnectError: The request never reached the server (after the retries).
        orderly_auth.TransportError: No answer (timeout, dropped connection), after the retries.
        orderly_auth.RateLimitError: HTTP 429 or code -1003, after the retries.
        orderly_auth.AuthenticationError: Code -1001 or -1002, HTTP 401: key, signature or key scope refused.
        orderly_auth.ServerError: Code -1000 or HTTP 5xx, after the retries.
        orderly_auth.OrderlyAPIError: Any other refusal, as the subclass for its code: InvalidRequestError
            (-1004, -1005), NotFoundError (-1006), DuplicateError (-1007), SettlementError (-1008, -1009),
            TryAgainError (-1011, -1012, after the retries), OrderRejectedError (-1101 .. -1105, with
            InsufficientMarginError, OrderValueTooSmallError, PriceFilterError, QuantityFilterError,
            PriceDeviationError), LiquidationError (-1201, -1202).
        orderly_client.errors.UnparsableResponse: The answer does not fit its model.
        orderly_auth.ResponseError: The answer could not be read: ResponseDecodingError (a corrupt encoding) or
            ResponseTooLargeError (over the client's max_response_size, as sent or decoded).
        orderly_auth.ClientClosedError: The client was closed; nothing was sent.

    Returns:
        AlgoOrdersResponse: the parsed success answer (never None: an answer it cannot be
        raises instead).
    """

    response = await asyncio_detailed(
        client=client,
        symbol=symbol,
        order_type=order_type,
        status=status,
        order_tag=order_tag,
        start_t=start_t,
        end_t=end_t,
        page=page,
        size=size,
        side=side,
        algo_type=algo_type,
        is_triggered=is_triggered,
    )
    return success(response)
