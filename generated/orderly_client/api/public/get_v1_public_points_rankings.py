from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_stage_rankings_response import GetStageRankingsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    stage: int,
    page: int | Unset = 1,
    size: int | Unset = 20,
    period: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["stage"] = stage

    params["page"] = page

    params["size"] = size

    params["period"] = period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/public/points/rankings"},
        "url": "/v1/public/points/rankings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetStageRankingsResponse | None:
    if response.status_code == 200:
        response_200 = GetStageRankingsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetStageRankingsResponse]:
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
    stage: int,
    page: int | Unset = 1,
    size: int | Unset = 20,
    period: str,
) -> Response[GetStageRankingsResponse]:
    """Get stage rankings

     `GET /v1/public/points/rankings`

    Public request, no signature.
    Rate limit: 10 per 1 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-stage-rankings

    Args:
        stage (int):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 20.
        period (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetStageRankingsResponse]
    """

    kwargs = _get_kwargs(
        stage=stage,
        page=page,
        size=size,
        period=period,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    stage: int,
    page: int | Unset = 1,
    size: int | Unset = 20,
    period: str,
) -> GetStageRankingsResponse | None:
    """Get stage rankings

     `GET /v1/public/points/rankings`

    Public request, no signature.
    Rate limit: 10 per 1 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-stage-rankings

    Args:
        stage (int):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 20.
        period (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetStageRankingsResponse
    """

    return sync_detailed(
        client=client,
        stage=stage,
        page=page,
        size=size,
        period=period,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    stage: int,
    page: int | Unset = 1,
    size: int | Unset = 20,
    period: str,
) -> Response[GetStageRankingsResponse]:
    """Get stage rankings

     `GET /v1/public/points/rankings`

    Public request, no signature.
    Rate limit: 10 per 1 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-stage-rankings

    Args:
        stage (int):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 20.
        period (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetStageRankingsResponse]
    """

    kwargs = _get_kwargs(
        stage=stage,
        page=page,
        size=size,
        period=period,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    stage: int,
    page: int | Unset = 1,
    size: int | Unset = 20,
    period: str,
) -> GetStageRankingsResponse | None:
    """Get stage rankings

     `GET /v1/public/points/rankings`

    Public request, no signature.
    Rate limit: 10 per 1 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-stage-rankings

    Args:
        stage (int):
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 20.
        period (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetStageRankingsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            stage=stage,
            page=page,
            size=size,
            period=period,
        )
    ).parsed
