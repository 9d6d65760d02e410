from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_points_response import GetPointsResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    address: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["address"] = address

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/client/points"},
        "url": "/v1/client/points",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> GetPointsResponse | None:
    if response.status_code == 200:
        response_200 = GetPointsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[GetPointsResponse]:
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
    address: str,
) -> Response[GetPointsResponse]:
    """Get user's merits

     `GET /v1/client/points`

    Public request, no signature.
    Rate limit: 10 per 1 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-users-merits

    Args:
        address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPointsResponse]
    """

    kwargs = _get_kwargs(
        address=address,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    address: str,
) -> GetPointsResponse | None:
    """Get user's merits

     `GET /v1/client/points`

    Public request, no signature.
    Rate limit: 10 per 1 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-users-merits

    Args:
        address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPointsResponse
    """

    return sync_detailed(
        client=client,
        address=address,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    address: str,
) -> Response[GetPointsResponse]:
    """Get user's merits

     `GET /v1/client/points`

    Public request, no signature.
    Rate limit: 10 per 1 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-users-merits

    Args:
        address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPointsResponse]
    """

    kwargs = _get_kwargs(
        address=address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    address: str,
) -> GetPointsResponse | None:
    """Get user's merits

     `GET /v1/client/points`

    Public request, no signature.
    Rate limit: 10 per 1 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-users-merits

    Args:
        address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPointsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            address=address,
        )
    ).parsed
