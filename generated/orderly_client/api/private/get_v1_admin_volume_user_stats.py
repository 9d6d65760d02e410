from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.admin_volume_stats_response import AdminVolumeStatsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    broker_id: str | Unset = UNSET,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["broker_id"] = broker_id

    params["user_account"] = user_account

    params["user_address"] = user_address

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/admin/volume/user/stats"},
        "url": "/v1/admin/volume/user/stats",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> AdminVolumeStatsResponse | None:
    if response.status_code == 200:
        response_200 = AdminVolumeStatsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[AdminVolumeStatsResponse]:
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
    broker_id: str | Unset = UNSET,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> Response[AdminVolumeStatsResponse]:
    """Get user volume statistics

     `GET /v1/admin/volume/user/stats`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-volume-
    statistics-1

    Args:
        broker_id (str | Unset):
        user_account (str | Unset):
        user_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdminVolumeStatsResponse]
    """

    kwargs = _get_kwargs(
        broker_id=broker_id,
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
    broker_id: str | Unset = UNSET,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> AdminVolumeStatsResponse | None:
    """Get user volume statistics

     `GET /v1/admin/volume/user/stats`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-volume-
    statistics-1

    Args:
        broker_id (str | Unset):
        user_account (str | Unset):
        user_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminVolumeStatsResponse
    """

    return sync_detailed(
        client=client,
        broker_id=broker_id,
        user_account=user_account,
        user_address=user_address,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    broker_id: str | Unset = UNSET,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> Response[AdminVolumeStatsResponse]:
    """Get user volume statistics

     `GET /v1/admin/volume/user/stats`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-volume-
    statistics-1

    Args:
        broker_id (str | Unset):
        user_account (str | Unset):
        user_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdminVolumeStatsResponse]
    """

    kwargs = _get_kwargs(
        broker_id=broker_id,
        user_account=user_account,
        user_address=user_address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    broker_id: str | Unset = UNSET,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> AdminVolumeStatsResponse | None:
    """Get user volume statistics

     `GET /v1/admin/volume/user/stats`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-user-volume-
    statistics-1

    Args:
        broker_id (str | Unset):
        user_account (str | Unset):
        user_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminVolumeStatsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            broker_id=broker_id,
            user_account=user_account,
            user_address=user_address,
        )
    ).parsed
