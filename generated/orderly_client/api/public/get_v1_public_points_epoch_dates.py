from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_epoch_dates_response import GetEpochDatesResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/public/points/epoch_dates"},
        "url": "/v1/public/points/epoch_dates",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> GetEpochDatesResponse | None:
    if response.status_code == 200:
        response_200 = GetEpochDatesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetEpochDatesResponse]:
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
) -> Response[GetEpochDatesResponse]:
    """Get start and end date of all epochs

     `GET /v1/public/points/epoch_dates`

    Public request, no signature.
    Rate limit: 10 per 1 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-start-and-end-date-of-
    all-epochs

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetEpochDatesResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> GetEpochDatesResponse | None:
    """Get start and end date of all epochs

     `GET /v1/public/points/epoch_dates`

    Public request, no signature.
    Rate limit: 10 per 1 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-start-and-end-date-of-
    all-epochs

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetEpochDatesResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetEpochDatesResponse]:
    """Get start and end date of all epochs

     `GET /v1/public/points/epoch_dates`

    Public request, no signature.
    Rate limit: 10 per 1 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-start-and-end-date-of-
    all-epochs

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetEpochDatesResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> GetEpochDatesResponse | None:
    """Get start and end date of all epochs

     `GET /v1/public/points/epoch_dates`

    Public request, no signature.
    Rate limit: 10 per 1 s per user.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/public/get-start-and-end-date-of-
    all-epochs

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetEpochDatesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
