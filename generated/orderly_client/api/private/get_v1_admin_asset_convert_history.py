from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.admin_asset_convert_history_response import (
    AdminAssetConvertHistoryResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    size: int | Unset = 20,
    cursor: int | Unset = UNSET,
    start_t: int,
    end_t: int,
    user_address: str | Unset = UNSET,
    user_account: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    params["cursor"] = cursor

    params["start_t"] = start_t

    params["end_t"] = end_t

    params["user_address"] = user_address

    params["user_account"] = user_account

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/admin/asset/convert_history"},
        "url": "/v1/admin/asset/convert_history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> AdminAssetConvertHistoryResponse | None:
    if response.status_code == 200:
        response_200 = AdminAssetConvertHistoryResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[AdminAssetConvertHistoryResponse]:
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
    page: int | Unset = 1,
    size: int | Unset = 20,
    cursor: int | Unset = UNSET,
    start_t: int,
    end_t: int,
    user_address: str | Unset = UNSET,
    user_account: str | Unset = UNSET,
) -> Response[AdminAssetConvertHistoryResponse]:
    """Get asset conversion history

     `GET /v1/admin/asset/convert_history`

    Signed request; key scope `read`.
    Rate limit: none documented.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-conversion-
    history

    Args:
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 20.
        cursor (int | Unset):
        start_t (int):
        end_t (int):
        user_address (str | Unset):
        user_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdminAssetConvertHistoryResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        cursor=cursor,
        start_t=start_t,
        end_t=end_t,
        user_address=user_address,
        user_account=user_account,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 20,
    cursor: int | Unset = UNSET,
    start_t: int,
    end_t: int,
    user_address: str | Unset = UNSET,
    user_account: str | Unset = UNSET,
) -> AdminAssetConvertHistoryResponse | None:
    """Get asset conversion history

     `GET /v1/admin/asset/convert_history`

    Signed request; key scope `read`.
    Rate limit: none documented.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-conversion-
    history

    Args:
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 20.
        cursor (int | Unset):
        start_t (int):
        end_t (int):
        user_address (str | Unset):
        user_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminAssetConvertHistoryResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        size=size,
        cursor=cursor,
        start_t=start_t,
        end_t=end_t,
        user_address=user_address,
        user_account=user_account,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 20,
    cursor: int | Unset = UNSET,
    start_t: int,
    end_t: int,
    user_address: str | Unset = UNSET,
    user_account: str | Unset = UNSET,
) -> Response[AdminAssetConvertHistoryResponse]:
    """Get asset conversion history

     `GET /v1/admin/asset/convert_history`

    Signed request; key scope `read`.
    Rate limit: none documented.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-conversion-
    history

    Args:
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 20.
        cursor (int | Unset):
        start_t (int):
        end_t (int):
        user_address (str | Unset):
        user_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdminAssetConvertHistoryResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        cursor=cursor,
        start_t=start_t,
        end_t=end_t,
        user_address=user_address,
        user_account=user_account,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 20,
    cursor: int | Unset = UNSET,
    start_t: int,
    end_t: int,
    user_address: str | Unset = UNSET,
    user_account: str | Unset = UNSET,
) -> AdminAssetConvertHistoryResponse | None:
    """Get asset conversion history

     `GET /v1/admin/asset/convert_history`

    Signed request; key scope `read`.
    Rate limit: none documented.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-asset-conversion-
    history

    Args:
        page (int | Unset):  Default: 1.
        size (int | Unset):  Default: 20.
        cursor (int | Unset):
        start_t (int):
        end_t (int):
        user_address (str | Unset):
        user_account (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdminAssetConvertHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            size=size,
            cursor=cursor,
            start_t=start_t,
            end_t=end_t,
            user_address=user_address,
            user_account=user_account,
        )
    ).parsed
