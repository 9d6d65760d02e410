from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_multi_level_admin_info_response import GetMultiLevelAdminInfoResponse
from ...models.get_v1_referral_multi_level_admin_info_sort_by import (
    GetV1ReferralMultiLevelAdminInfoSortBy,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user_address: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    referrer_account: str | Unset = UNSET,
    referrer_address: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_by: GetV1ReferralMultiLevelAdminInfoSortBy | Unset = UNSET,
    level: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_address"] = user_address

    params["account_id"] = account_id

    params["referrer_account"] = referrer_account

    params["referrer_address"] = referrer_address

    params["page"] = page

    params["size"] = size

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    params["level"] = level

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/referral/multi_level/admin/info"},
        "url": "/v1/referral/multi_level/admin/info",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetMultiLevelAdminInfoResponse | None:
    if response.status_code == 200:
        response_200 = GetMultiLevelAdminInfoResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetMultiLevelAdminInfoResponse]:
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
    user_address: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    referrer_account: str | Unset = UNSET,
    referrer_address: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_by: GetV1ReferralMultiLevelAdminInfoSortBy | Unset = UNSET,
    level: int | Unset = UNSET,
) -> Response[GetMultiLevelAdminInfoResponse]:
    """Get multilevel info

     `GET /v1/referral/multi_level/admin/info`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-info

    Args:
        user_address (str | Unset):
        account_id (str | Unset):
        referrer_account (str | Unset):
        referrer_address (str | Unset):
        page (int | Unset):
        size (int | Unset):
        sort_by (GetV1ReferralMultiLevelAdminInfoSortBy | Unset):
        level (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMultiLevelAdminInfoResponse]
    """

    kwargs = _get_kwargs(
        user_address=user_address,
        account_id=account_id,
        referrer_account=referrer_account,
        referrer_address=referrer_address,
        page=page,
        size=size,
        sort_by=sort_by,
        level=level,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    user_address: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    referrer_account: str | Unset = UNSET,
    referrer_address: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_by: GetV1ReferralMultiLevelAdminInfoSortBy | Unset = UNSET,
    level: int | Unset = UNSET,
) -> GetMultiLevelAdminInfoResponse | None:
    """Get multilevel info

     `GET /v1/referral/multi_level/admin/info`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-info

    Args:
        user_address (str | Unset):
        account_id (str | Unset):
        referrer_account (str | Unset):
        referrer_address (str | Unset):
        page (int | Unset):
        size (int | Unset):
        sort_by (GetV1ReferralMultiLevelAdminInfoSortBy | Unset):
        level (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMultiLevelAdminInfoResponse
    """

    return sync_detailed(
        client=client,
        user_address=user_address,
        account_id=account_id,
        referrer_account=referrer_account,
        referrer_address=referrer_address,
        page=page,
        size=size,
        sort_by=sort_by,
        level=level,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    user_address: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    referrer_account: str | Unset = UNSET,
    referrer_address: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_by: GetV1ReferralMultiLevelAdminInfoSortBy | Unset = UNSET,
    level: int | Unset = UNSET,
) -> Response[GetMultiLevelAdminInfoResponse]:
    """Get multilevel info

     `GET /v1/referral/multi_level/admin/info`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-info

    Args:
        user_address (str | Unset):
        account_id (str | Unset):
        referrer_account (str | Unset):
        referrer_address (str | Unset):
        page (int | Unset):
        size (int | Unset):
        sort_by (GetV1ReferralMultiLevelAdminInfoSortBy | Unset):
        level (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMultiLevelAdminInfoResponse]
    """

    kwargs = _get_kwargs(
        user_address=user_address,
        account_id=account_id,
        referrer_account=referrer_account,
        referrer_address=referrer_address,
        page=page,
        size=size,
        sort_by=sort_by,
        level=level,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    user_address: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    referrer_account: str | Unset = UNSET,
    referrer_address: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    sort_by: GetV1ReferralMultiLevelAdminInfoSortBy | Unset = UNSET,
    level: int | Unset = UNSET,
) -> GetMultiLevelAdminInfoResponse | None:
    """Get multilevel info

     `GET /v1/referral/multi_level/admin/info`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-multilevel-info

    Args:
        user_address (str | Unset):
        account_id (str | Unset):
        referrer_account (str | Unset):
        referrer_address (str | Unset):
        page (int | Unset):
        size (int | Unset):
        sort_by (GetV1ReferralMultiLevelAdminInfoSortBy | Unset):
        level (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMultiLevelAdminInfoResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            user_address=user_address,
            account_id=account_id,
            referrer_account=referrer_account,
            referrer_address=referrer_address,
            page=page,
            size=size,
            sort_by=sort_by,
            level=level,
        )
    ).parsed
