from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_point_stages_response import GetPointStagesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    stage_id: int | Unset = UNSET,
    status: str | Unset = UNSET,
    broker_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["stage_id"] = stage_id

    params["status"] = status

    params["broker_id"] = broker_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/public/points/stages"},
        "url": "/v1/public/points/stages",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetPointStagesResponse | None:
    if response.status_code == 200:
        response_200 = GetPointStagesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetPointStagesResponse]:
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
    stage_id: int | Unset = UNSET,
    status: str | Unset = UNSET,
    broker_id: str,
) -> Response[GetPointStagesResponse]:
    """Get information about stages

     `GET /v1/public/points/stages`

    Public request, no signature.
    Rate limit: 10 per 1 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-information-about-
    stages

    Args:
        stage_id (int | Unset):
        status (str | Unset):
        broker_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPointStagesResponse]
    """

    kwargs = _get_kwargs(
        stage_id=stage_id,
        status=status,
        broker_id=broker_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    stage_id: int | Unset = UNSET,
    status: str | Unset = UNSET,
    broker_id: str,
) -> GetPointStagesResponse | None:
    """Get information about stages

     `GET /v1/public/points/stages`

    Public request, no signature.
    Rate limit: 10 per 1 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-information-about-
    stages

    Args:
        stage_id (int | Unset):
        status (str | Unset):
        broker_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPointStagesResponse
    """

    return sync_detailed(
        client=client,
        stage_id=stage_id,
        status=status,
        broker_id=broker_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    stage_id: int | Unset = UNSET,
    status: str | Unset = UNSET,
    broker_id: str,
) -> Response[GetPointStagesResponse]:
    """Get information about stages

     `GET /v1/public/points/stages`

    Public request, no signature.
    Rate limit: 10 per 1 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-information-about-
    stages

    Args:
        stage_id (int | Unset):
        status (str | Unset):
        broker_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPointStagesResponse]
    """

    kwargs = _get_kwargs(
        stage_id=stage_id,
        status=status,
        broker_id=broker_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    stage_id: int | Unset = UNSET,
    status: str | Unset = UNSET,
    broker_id: str,
) -> GetPointStagesResponse | None:
    """Get information about stages

     `GET /v1/public/points/stages`

    Public request, no signature.
    Rate limit: 10 per 1 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-information-about-
    stages

    Args:
        stage_id (int | Unset):
        status (str | Unset):
        broker_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPointStagesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            stage_id=stage_id,
            status=status,
            broker_id=broker_id,
        )
    ).parsed
