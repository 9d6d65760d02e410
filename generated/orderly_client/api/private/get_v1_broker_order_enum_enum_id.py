from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_order_enum_with_stats_response import GetOrderEnumWithStatsResponse
from ...types import Response


def _get_kwargs(
    enum_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/broker/order_enum/{enum_id}"},
        "url": "/v1/broker/order_enum/{enum_id}".format(
            enum_id=quote(str(enum_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetOrderEnumWithStatsResponse | None:
    if response.status_code == 200:
        response_200 = GetOrderEnumWithStatsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetOrderEnumWithStatsResponse]:
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
    enum_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetOrderEnumWithStatsResponse]:
    """Get single order tag with stats

     `GET /v1/broker/order_enum/{enum_id}`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-single-order-tag-with-
    stats

    Args:
        enum_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOrderEnumWithStatsResponse]
    """

    kwargs = _get_kwargs(
        enum_id=enum_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enum_id: str,
    *,
    client: AuthenticatedClient,
) -> GetOrderEnumWithStatsResponse | None:
    """Get single order tag with stats

     `GET /v1/broker/order_enum/{enum_id}`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-single-order-tag-with-
    stats

    Args:
        enum_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOrderEnumWithStatsResponse
    """

    return sync_detailed(
        enum_id=enum_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    enum_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetOrderEnumWithStatsResponse]:
    """Get single order tag with stats

     `GET /v1/broker/order_enum/{enum_id}`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-single-order-tag-with-
    stats

    Args:
        enum_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetOrderEnumWithStatsResponse]
    """

    kwargs = _get_kwargs(
        enum_id=enum_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enum_id: str,
    *,
    client: AuthenticatedClient,
) -> GetOrderEnumWithStatsResponse | None:
    """Get single order tag with stats

     `GET /v1/broker/order_enum/{enum_id}`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-single-order-tag-with-
    stats

    Args:
        enum_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetOrderEnumWithStatsResponse
    """

    return (
        await asyncio_detailed(
            enum_id=enum_id,
            client=client,
        )
    ).parsed
