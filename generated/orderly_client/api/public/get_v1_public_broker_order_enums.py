from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_order_enums_response import GetOrderEnumsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    broker_id: str,
    symbol: str | Unset = UNSET,
    enum_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["broker_id"] = broker_id

    params["symbol"] = symbol

    params["enum_id"] = enum_id

    params["include_archived"] = include_archived

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/public/broker/order_enums"},
        "url": "/v1/public/broker/order_enums",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> GetOrderEnumsResponse | None:
    if response.status_code == 200:
        response_200 = GetOrderEnumsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetOrderEnumsResponse]:
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
    client: AuthenticatedClient | Client,
    broker_id: str,
    symbol: str | Unset = UNSET,
    enum_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
) -> Response[GetOrderEnumsResponse]:
    """List order tags for a broker

     `GET /v1/public/broker/order_enums`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/list-order-tags-for-a-
    broker

    Args:
        broker_id (str):
        symbol (str | Unset):
        enum_id (str | Unset):
        include_archived (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOrderEnumsResponse]
    """

    kwargs = _get_kwargs(
        broker_id=broker_id,
        symbol=symbol,
        enum_id=enum_id,
        include_archived=include_archived,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    broker_id: str,
    symbol: str | Unset = UNSET,
    enum_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
) -> GetOrderEnumsResponse | None:
    """List order tags for a broker

     `GET /v1/public/broker/order_enums`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/list-order-tags-for-a-
    broker

    Args:
        broker_id (str):
        symbol (str | Unset):
        enum_id (str | Unset):
        include_archived (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOrderEnumsResponse
    """

    return sync_detailed(
        client=client,
        broker_id=broker_id,
        symbol=symbol,
        enum_id=enum_id,
        include_archived=include_archived,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    broker_id: str,
    symbol: str | Unset = UNSET,
    enum_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
) -> Response[GetOrderEnumsResponse]:
    """List order tags for a broker

     `GET /v1/public/broker/order_enums`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/list-order-tags-for-a-
    broker

    Args:
        broker_id (str):
        symbol (str | Unset):
        enum_id (str | Unset):
        include_archived (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOrderEnumsResponse]
    """

    kwargs = _get_kwargs(
        broker_id=broker_id,
        symbol=symbol,
        enum_id=enum_id,
        include_archived=include_archived,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    broker_id: str,
    symbol: str | Unset = UNSET,
    enum_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
) -> GetOrderEnumsResponse | None:
    """List order tags for a broker

     `GET /v1/public/broker/order_enums`

    Public request, no signature.
    Rate limit: 10 per 1 s per IP address.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/list-order-tags-for-a-
    broker

    Args:
        broker_id (str):
        symbol (str | Unset):
        enum_id (str | Unset):
        include_archived (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOrderEnumsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            broker_id=broker_id,
            symbol=symbol,
            enum_id=enum_id,
            include_archived=include_archived,
        )
    ).parsed
