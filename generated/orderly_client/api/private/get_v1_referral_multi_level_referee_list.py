from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_referee_list_response import GetRefereeListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    address: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    params["address"] = address

    params["sort_by"] = sort_by

    params["sort_order"] = sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/referral/multi_level/referee_list"},
        "url": "/v1/referral/multi_level/referee_list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> GetRefereeListResponse | None:
    if response.status_code == 200:
        response_200 = GetRefereeListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[GetRefereeListResponse]:
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
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    address: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> Response[GetRefereeListResponse]:
    """Get referee list

     `GET /v1/referral/multi_level/referee_list`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referee-list

    Args:
        page (int | Unset):
        size (int | Unset):
        address (str | Unset):
        sort_by (str | Unset):
        sort_order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetRefereeListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        address=address,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    address: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> GetRefereeListResponse | None:
    """Get referee list

     `GET /v1/referral/multi_level/referee_list`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referee-list

    Args:
        page (int | Unset):
        size (int | Unset):
        address (str | Unset):
        sort_by (str | Unset):
        sort_order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetRefereeListResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        size=size,
        address=address,
        sort_by=sort_by,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    address: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> Response[GetRefereeListResponse]:
    """Get referee list

     `GET /v1/referral/multi_level/referee_list`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referee-list

    Args:
        page (int | Unset):
        size (int | Unset):
        address (str | Unset):
        sort_by (str | Unset):
        sort_order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetRefereeListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        address=address,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    address: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> GetRefereeListResponse | None:
    """Get referee list

     `GET /v1/referral/multi_level/referee_list`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-referee-list

    Args:
        page (int | Unset):
        size (int | Unset):
        address (str | Unset):
        sort_by (str | Unset):
        sort_order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetRefereeListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            size=size,
            address=address,
            sort_by=sort_by,
            sort_order=sort_order,
        )
    ).parsed
