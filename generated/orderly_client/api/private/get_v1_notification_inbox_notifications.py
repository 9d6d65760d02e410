from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.all_notifications_response import AllNotificationsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["type"] = type_

    params["page"] = page

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/notification/inbox/notifications"},
        "url": "/v1/notification/inbox/notifications",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> AllNotificationsResponse | None:
    if response.status_code == 200:
        response_200 = AllNotificationsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[AllNotificationsResponse]:
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
    type_: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[AllNotificationsResponse]:
    """Get all notifications

     `GET /v1/notification/inbox/notifications`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-notifications

    Args:
        type_ (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllNotificationsResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        page=page,
        size=size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    type_: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> AllNotificationsResponse | None:
    """Get all notifications

     `GET /v1/notification/inbox/notifications`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-notifications

    Args:
        type_ (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllNotificationsResponse
    """

    return sync_detailed(
        client=client,
        type_=type_,
        page=page,
        size=size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    type_: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> Response[AllNotificationsResponse]:
    """Get all notifications

     `GET /v1/notification/inbox/notifications`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-notifications

    Args:
        type_ (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllNotificationsResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
        page=page,
        size=size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    type_: str | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
) -> AllNotificationsResponse | None:
    """Get all notifications

     `GET /v1/notification/inbox/notifications`

    Signed request; key scope `read`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-notifications

    Args:
        type_ (str | Unset):
        page (int | Unset):
        size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllNotificationsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            page=page,
            size=size,
        )
    ).parsed
