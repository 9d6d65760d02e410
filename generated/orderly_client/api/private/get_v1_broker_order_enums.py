from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_order_enums_with_stats_response import GetOrderEnumsWithStatsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    symbol: str | Unset = UNSET,
    enum_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["enum_id"] = enum_id

    params["include_archived"] = include_archived

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/broker/order_enums"},
        "url": "/v1/broker/order_enums",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetOrderEnumsWithStatsResponse | None:
    if response.status_code == 200:
        response_200 = GetOrderEnumsWithStatsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetOrderEnumsWithStatsResponse]:
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
    enum_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
) -> Response[GetOrderEnumsWithStatsResponse]:
    """List all order tags for a builder

     `GET /v1/broker/order_enums`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/list-all-order-tags-for-a-
    builder

    Args:
        symbol (str | Unset):
        enum_id (str | Unset):
        include_archived (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOrderEnumsWithStatsResponse]
    """

    kwargs = _get_kwargs(
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
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    enum_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
) -> GetOrderEnumsWithStatsResponse | None:
    """List all order tags for a builder

     `GET /v1/broker/order_enums`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/list-all-order-tags-for-a-
    builder

    Args:
        symbol (str | Unset):
        enum_id (str | Unset):
        include_archived (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOrderEnumsWithStatsResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        enum_id=enum_id,
        include_archived=include_archived,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    enum_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
) -> Response[GetOrderEnumsWithStatsResponse]:
    """List all order tags for a builder

     `GET /v1/broker/order_enums`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/list-all-order-tags-for-a-
    builder

    Args:
        symbol (str | Unset):
        enum_id (str | Unset):
        include_archived (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOrderEnumsWithStatsResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        enum_id=enum_id,
        include_archived=include_archived,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: str | Unset = UNSET,
    enum_id: str | Unset = UNSET,
    include_archived: bool | Unset = False,
) -> GetOrderEnumsWithStatsResponse | None:
    """List all order tags for a builder

     `GET /v1/broker/order_enums`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/list-all-order-tags-for-a-
    builder

    Args:
        symbol (str | Unset):
        enum_id (str | Unset):
        include_archived (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOrderEnumsWithStatsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            enum_id=enum_id,
            include_archived=include_archived,
        )
    ).parsed
