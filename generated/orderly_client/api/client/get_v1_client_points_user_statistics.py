from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_user_statistics_response import GetUserStatisticsResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    stage: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["stage"] = stage

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/client/points/user_statistics"},
        "url": "/v1/client/points/user_statistics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetUserStatisticsResponse | None:
    if response.status_code == 200:
        response_200 = GetUserStatisticsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetUserStatisticsResponse]:
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
    stage: int,
) -> Response[GetUserStatisticsResponse]:
    """Get user statistics

     `GET /v1/client/points/user_statistics`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/client/get-user-statistics

    Args:
        stage (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetUserStatisticsResponse]
    """

    kwargs = _get_kwargs(
        stage=stage,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    stage: int,
) -> GetUserStatisticsResponse | None:
    """Get user statistics

     `GET /v1/client/points/user_statistics`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/client/get-user-statistics

    Args:
        stage (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetUserStatisticsResponse
    """

    return sync_detailed(
        client=client,
        stage=stage,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    stage: int,
) -> Response[GetUserStatisticsResponse]:
    """Get user statistics

     `GET /v1/client/points/user_statistics`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/client/get-user-statistics

    Args:
        stage (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetUserStatisticsResponse]
    """

    kwargs = _get_kwargs(
        stage=stage,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    stage: int,
) -> GetUserStatisticsResponse | None:
    """Get user statistics

     `GET /v1/client/points/user_statistics`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/client/get-user-statistics

    Args:
        stage (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetUserStatisticsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            stage=stage,
        )
    ).parsed
