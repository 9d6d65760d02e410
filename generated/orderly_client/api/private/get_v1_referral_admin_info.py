from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_referral_code_response import GetReferralCodeResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    params["user_address"] = user_address

    params["account_id"] = account_id

    params["sort_by"] = sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/referral/admin_info"},
        "url": "/v1/referral/admin_info",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetReferralCodeResponse | None:
    if response.status_code == 200:
        response_200 = GetReferralCodeResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetReferralCodeResponse]:
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
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> Response[GetReferralCodeResponse]:
    """Get referral code info

     `GET /v1/referral/admin_info`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referral-code-info

    Args:
        page (str | Unset):
        size (str | Unset):
        user_address (str | Unset):
        account_id (str | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetReferralCodeResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        user_address=user_address,
        account_id=account_id,
        sort_by=sort_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> GetReferralCodeResponse | None:
    """Get referral code info

     `GET /v1/referral/admin_info`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referral-code-info

    Args:
        page (str | Unset):
        size (str | Unset):
        user_address (str | Unset):
        account_id (str | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetReferralCodeResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        size=size,
        user_address=user_address,
        account_id=account_id,
        sort_by=sort_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> Response[GetReferralCodeResponse]:
    """Get referral code info

     `GET /v1/referral/admin_info`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referral-code-info

    Args:
        page (str | Unset):
        size (str | Unset):
        user_address (str | Unset):
        account_id (str | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetReferralCodeResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        user_address=user_address,
        account_id=account_id,
        sort_by=sort_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: str | Unset = UNSET,
    size: str | Unset = UNSET,
    user_address: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> GetReferralCodeResponse | None:
    """Get referral code info

     `GET /v1/referral/admin_info`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referral-code-info

    Args:
        page (str | Unset):
        size (str | Unset):
        user_address (str | Unset):
        account_id (str | Unset):
        sort_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetReferralCodeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            size=size,
            user_address=user_address,
            account_id=account_id,
            sort_by=sort_by,
        )
    ).parsed
