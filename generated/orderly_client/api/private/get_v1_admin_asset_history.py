from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.admin_asset_history_response import AdminAssetHistoryResponse
from ...models.get_v1_admin_asset_history_status import GetV1AdminAssetHistoryStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    token: str | Unset = UNSET,
    side: str | Unset = UNSET,
    status: GetV1AdminAssetHistoryStatus | Unset = UNSET,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["token"] = token

    params["side"] = side

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["start_t"] = start_t

    params["end_t"] = end_t

    params["page"] = page

    params["size"] = size

    params["user_account"] = user_account

    params["user_address"] = user_address

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/admin/asset/history"},
        "url": "/v1/admin/asset/history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> AdminAssetHistoryResponse | None:
    if response.status_code == 200:
        response_200 = AdminAssetHistoryResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[AdminAssetHistoryResponse]:
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
    token: str | Unset = UNSET,
    side: str | Unset = UNSET,
    status: GetV1AdminAssetHistoryStatus | Unset = UNSET,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> Response[AdminAssetHistoryResponse]:
    """Get asset history

     `GET /v1/admin/asset/history`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-history-1

    Args:
        token (str | Unset):
        side (str | Unset):
        status (GetV1AdminAssetHistoryStatus | Unset):
        start_t (int | Unset):
        end_t (int | Unset):
        page (int | Unset):
        size (int | Unset):
        user_account (str | Unset):
        user_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdminAssetHistoryResponse]
    """

    kwargs = _get_kwargs(
        token=token,
        side=side,
        status=status,
        start_t=start_t,
        end_t=end_t,
        page=page,
        size=size,
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
    token: str | Unset = UNSET,
    side: str | Unset = UNSET,
    status: GetV1AdminAssetHistoryStatus | Unset = UNSET,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> AdminAssetHistoryResponse | None:
    """Get asset history

     `GET /v1/admin/asset/history`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-history-1

    Args:
        token (str | Unset):
        side (str | Unset):
        status (GetV1AdminAssetHistoryStatus | Unset):
        start_t (int | Unset):
        end_t (int | Unset):
        page (int | Unset):
        size (int | Unset):
        user_account (str | Unset):
        user_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminAssetHistoryResponse
    """

    return sync_detailed(
        client=client,
        token=token,
        side=side,
        status=status,
        start_t=start_t,
        end_t=end_t,
        page=page,
        size=size,
        user_account=user_account,
        user_address=user_address,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    token: str | Unset = UNSET,
    side: str | Unset = UNSET,
    status: GetV1AdminAssetHistoryStatus | Unset = UNSET,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> Response[AdminAssetHistoryResponse]:
    """Get asset history

     `GET /v1/admin/asset/history`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-history-1

    Args:
        token (str | Unset):
        side (str | Unset):
        status (GetV1AdminAssetHistoryStatus | Unset):
        start_t (int | Unset):
        end_t (int | Unset):
        page (int | Unset):
        size (int | Unset):
        user_account (str | Unset):
        user_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdminAssetHistoryResponse]
    """

    kwargs = _get_kwargs(
        token=token,
        side=side,
        status=status,
        start_t=start_t,
        end_t=end_t,
        page=page,
        size=size,
        user_account=user_account,
        user_address=user_address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    token: str | Unset = UNSET,
    side: str | Unset = UNSET,
    status: GetV1AdminAssetHistoryStatus | Unset = UNSET,
    start_t: int | Unset = UNSET,
    end_t: int | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    user_account: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
) -> AdminAssetHistoryResponse | None:
    """Get asset history

     `GET /v1/admin/asset/history`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-history-1

    Args:
        token (str | Unset):
        side (str | Unset):
        status (GetV1AdminAssetHistoryStatus | Unset):
        start_t (int | Unset):
        end_t (int | Unset):
        page (int | Unset):
        size (int | Unset):
        user_account (str | Unset):
        user_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminAssetHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            token=token,
            side=side,
            status=status,
            start_t=start_t,
            end_t=end_t,
            page=page,
            size=size,
            user_account=user_account,
            user_address=user_address,
        )
    ).parsed
