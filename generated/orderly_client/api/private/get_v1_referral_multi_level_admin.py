from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_multi_level_admin_config_response import (
    GetMultiLevelAdminConfigResponse,
)
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/referral/multi_level/admin"},
        "url": "/v1/referral/multi_level/admin",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetMultiLevelAdminConfigResponse | None:
    if response.status_code == 200:
        response_200 = GetMultiLevelAdminConfigResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetMultiLevelAdminConfigResponse]:
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
) -> Response[GetMultiLevelAdminConfigResponse]:
    """Get multilevel referral config

     `GET /v1/referral/multi_level/admin`

    Signed request; key scope `read`.
    Rate limit: 1 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-referral-
    config

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMultiLevelAdminConfigResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> GetMultiLevelAdminConfigResponse | None:
    """Get multilevel referral config

     `GET /v1/referral/multi_level/admin`

    Signed request; key scope `read`.
    Rate limit: 1 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-referral-
    config

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMultiLevelAdminConfigResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[GetMultiLevelAdminConfigResponse]:
    """Get multilevel referral config

     `GET /v1/referral/multi_level/admin`

    Signed request; key scope `read`.
    Rate limit: 1 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-referral-
    config

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMultiLevelAdminConfigResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> GetMultiLevelAdminConfigResponse | None:
    """Get multilevel referral config

     `GET /v1/referral/multi_level/admin`

    Signed request; key scope `read`.
    Rate limit: 1 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-referral-
    config

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMultiLevelAdminConfigResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
