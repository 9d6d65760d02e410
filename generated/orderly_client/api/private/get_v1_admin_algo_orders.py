from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.admin_algo_orders_response import AdminAlgoOrdersResponse
from ...models.get_v1_admin_algo_orders_algo_type import GetV1AdminAlgoOrdersAlgoType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    symbol: str | Unset = UNSET,
    order_type: str | Unset = UNSET,
    status: str | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    created_time_start: int | Unset = UNSET,
    created_time_end: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    side: str | Unset = UNSET,
    algo_type: GetV1AdminAlgoOrdersAlgoType | Unset = UNSET,
    is_triggered: str | Unset = UNSET,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["order_type"] = order_type

    params["status"] = status

    params["order_tag"] = order_tag

    params["created_time_start"] = created_time_start

    params["created_time_end"] = created_time_end

    params["page"] = page

    params["size"] = size

    params["side"] = side

    json_algo_type: str | Unset = UNSET
    if not isinstance(algo_type, Unset):
        json_algo_type = algo_type.value

    params["algo_type"] = json_algo_type

    params["is_triggered"] = is_triggered

    params["user_account"] = user_account

    params["user_address"] = user_address

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/admin/algo/orders"},
        "url": "/v1/admin/algo/orders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> AdminAlgoOrdersResponse | None:
    if response.status_code == 200:
        response_200 = AdminAlgoOrdersResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
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


def sync_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    order_type: str | Unset = UNSET,
    status: str | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    created_time_start: int | Unset = UNSET,
    created_time_end: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    side: str | Unset = UNSET,
    algo_type: GetV1AdminAlgoOrdersAlgoType | Unset = UNSET,
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
        order_type (str | Unset):
        status (str | Unset):
        order_tag (str | Unset):
        created_time_start (int | Unset):
        created_time_end (int | Unset):
        page (int | Unset):
        size (int | Unset):
        side (str | Unset):
        algo_type (GetV1AdminAlgoOrdersAlgoType | Unset):
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
    order_type: str | Unset = UNSET,
    status: str | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    created_time_start: int | Unset = UNSET,
    created_time_end: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    side: str | Unset = UNSET,
    algo_type: GetV1AdminAlgoOrdersAlgoType | Unset = UNSET,
    is_triggered: str | Unset = UNSET,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> AdminAlgoOrdersResponse | None:
    """Get algo orders (admin)

     `GET /v1/admin/algo/orders`

    Signed request; key scope `read`.
    Rate limit: 5 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-orders-admin

    Args:
        symbol (str | Unset):
        order_type (str | Unset):
        status (str | Unset):
        order_tag (str | Unset):
        created_time_start (int | Unset):
        created_time_end (int | Unset):
        page (int | Unset):
        size (int | Unset):
        side (str | Unset):
        algo_type (GetV1AdminAlgoOrdersAlgoType | Unset):
        is_triggered (str | Unset):
        user_account (str | Unset):
        user_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminAlgoOrdersResponse
    """

    return sync_detailed(
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
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    order_type: str | Unset = UNSET,
    status: str | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    created_time_start: int | Unset = UNSET,
    created_time_end: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    side: str | Unset = UNSET,
    algo_type: GetV1AdminAlgoOrdersAlgoType | Unset = UNSET,
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
        order_type (str | Unset):
        status (str | Unset):
        order_tag (str | Unset):
        created_time_start (int | Unset):
        created_time_end (int | Unset):
        page (int | Unset):
        size (int | Unset):
        side (str | Unset):
        algo_type (GetV1AdminAlgoOrdersAlgoType | Unset):
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
    order_type: str | Unset = UNSET,
    status: str | Unset = UNSET,
    order_tag: str | Unset = UNSET,
    created_time_start: int | Unset = UNSET,
    created_time_end: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    side: str | Unset = UNSET,
    algo_type: GetV1AdminAlgoOrdersAlgoType | Unset = UNSET,
    is_triggered: str | Unset = UNSET,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> AdminAlgoOrdersResponse | None:
    """Get algo orders (admin)

     `GET /v1/admin/algo/orders`

    Signed request; key scope `read`.
    Rate limit: 5 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-algo-orders-admin

    Args:
        symbol (str | Unset):
        order_type (str | Unset):
        status (str | Unset):
        order_tag (str | Unset):
        created_time_start (int | Unset):
        created_time_end (int | Unset):
        page (int | Unset):
        size (int | Unset):
        side (str | Unset):
        algo_type (GetV1AdminAlgoOrdersAlgoType | Unset):
        is_triggered (str | Unset):
        user_account (str | Unset):
        user_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminAlgoOrdersResponse
    """

    return (
        await asyncio_detailed(
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
    ).parsed
