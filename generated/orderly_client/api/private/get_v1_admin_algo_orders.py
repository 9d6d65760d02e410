from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.admin_algo_orders_response import AdminAlgoOrdersResponse
from ...models.algo_type import AlgoType
from ...models.order_side import OrderSide
from ...models.order_state import OrderState
from ...models.order_type import OrderType
from ...types import UNSET, Response, Unset, parse_json


def _get_kwargs(
    *,
    symbol: str | Unset = UNSET,
    order_type: OrderType | Unset = UNSET,
    status: OrderState | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    created_time_start: int | Unset = UNSET,
    created_time_end: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    side: OrderSide | Unset = UNSET,
    algo_type: AlgoType | Unset = UNSET,
    is_triggered: str | Unset = UNSET,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
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

    params["created_time_start"] = created_time_start

    params["created_time_end"] = created_time_end

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

    params["user_account"] = user_account

    params["user_address"] = user_address

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/admin/algo/orders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AdminAlgoOrdersResponse | None:
    if response.status_code == 200:
        response_200 = AdminAlgoOrdersResponse.from_dict(parse_json(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AdminAlgoOrdersResponse]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.UnparsableResponse(response.status_code, response.content, exc) from exc
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def _success(response: Response[AdminAlgoOrdersResponse]) -> AdminAlgoOrdersResponse:
    """The parsed success answer; an error answer the client did not raise for raises errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    order_type: OrderType | Unset = UNSET,
    status: OrderState | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    created_time_start: int | Unset = UNSET,
    created_time_end: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    side: OrderSide | Unset = UNSET,
    algo_type: AlgoType | Unset = UNSET,
    is_triggered: str | Unset = UNSET,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> Response[AdminAlgoOrdersResponse]:
    """Get algo orders (admin)

     `GET /v1/admin/algo/orders`

    Signed request; key scope `read`.
    Rate limit: 5 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-orders-admin

    Args:
        symbol (str | Unset):
        order_type (OrderType | Unset):
        status (OrderState | Unset):
        order_tag (str | Unset):
        created_time_start (int | Unset):
        created_time_end (int | Unset):
        page (int | Unset):
        size (int | Unset):
        side (OrderSide | Unset):
        algo_type (AlgoType | Unset):
        is_triggered (str | Unset):
        user_account (str | Unset):
        user_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdminAlgoOrdersResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        order_type=order_type,
        status=status,
        order_tag=order_tag,
        created_time_start=created_time_start,
        created_time_end=created_time_end,
        page=page,
        size=size,
        side=side,
        algo_type=algo_type,
        is_triggered=is_triggered,
        user_account=user_account,
        user_address=user_address,
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
    created_time_start: int | Unset = UNSET,
    created_time_end: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    side: OrderSide | Unset = UNSET,
    algo_type: AlgoType | Unset = UNSET,
    is_triggered: str | Unset = UNSET,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> AdminAlgoOrdersResponse:
    """Get algo orders (admin)

     `GET /v1/admin/algo/orders`

    Signed request; key scope `read`.
    Rate limit: 5 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-orders-admin

    Args:
        symbol (str | Unset):
        order_type (OrderType | Unset):
        status (OrderState | Unset):
        order_tag (str | Unset):
        created_time_start (int | Unset):
        created_time_end (int | Unset):
        page (int | Unset):
        size (int | Unset):
        side (OrderSide | Unset):
        algo_type (AlgoType | Unset):
        is_triggered (str | Unset):
        user_account (str | Unset):
        user_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminAlgoOrdersResponse
    """

    response = sync_detailed(
        client=client,
        symbol=symbol,
        order_type=order_type,
        status=status,
        order_tag=order_tag,
        created_time_start=created_time_start,
        created_time_end=created_time_end,
        page=page,
        size=size,
        side=side,
        algo_type=algo_type,
        is_triggered=is_triggered,
        user_account=user_account,
        user_address=user_address,
    )
    return _success(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    order_type: OrderType | Unset = UNSET,
    status: OrderState | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    created_time_start: int | Unset = UNSET,
    created_time_end: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    side: OrderSide | Unset = UNSET,
    algo_type: AlgoType | Unset = UNSET,
    is_triggered: str | Unset = UNSET,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> Response[AdminAlgoOrdersResponse]:
    """Get algo orders (admin)

     `GET /v1/admin/algo/orders`

    Signed request; key scope `read`.
    Rate limit: 5 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-orders-admin

    Args:
        symbol (str | Unset):
        order_type (OrderType | Unset):
        status (OrderState | Unset):
        order_tag (str | Unset):
        created_time_start (int | Unset):
        created_time_end (int | Unset):
        page (int | Unset):
        size (int | Unset):
        side (OrderSide | Unset):
        algo_type (AlgoType | Unset):
        is_triggered (str | Unset):
        user_account (str | Unset):
        user_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdminAlgoOrdersResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        order_type=order_type,
        status=status,
        order_tag=order_tag,
        created_time_start=created_time_start,
        created_time_end=created_time_end,
        page=page,
        size=size,
        side=side,
        algo_type=algo_type,
        is_triggered=is_triggered,
        user_account=user_account,
        user_address=user_address,
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
    created_time_start: int | Unset = UNSET,
    created_time_end: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    side: OrderSide | Unset = UNSET,
    algo_type: AlgoType | Unset = UNSET,
    is_triggered: str | Unset = UNSET,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> AdminAlgoOrdersResponse:
    """Get algo orders (admin)

     `GET /v1/admin/algo/orders`

    Signed request; key scope `read`.
    Rate limit: 5 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-orders-admin

    Args:
        symbol (str | Unset):
        order_type (OrderType | Unset):
        status (OrderState | Unset):
        order_tag (str | Unset):
        created_time_start (int | Unset):
        created_time_end (int | Unset):
        page (int | Unset):
        size (int | Unset):
        side (OrderSide | Unset):
        algo_type (AlgoType | Unset):
        is_triggered (str | Unset):
        user_account (str | Unset):
        user_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminAlgoOrdersResponse
    """

    response = await asyncio_detailed(
        client=client,
        symbol=symbol,
        order_type=order_type,
        status=status,
        order_tag=order_tag,
        created_time_start=created_time_start,
        created_time_end=created_time_end,
        page=page,
        size=size,
        side=side,
        algo_type=algo_type,
        is_triggered=is_triggered,
        user_account=user_account,
        user_address=user_address,
    )
    return _success(response)
