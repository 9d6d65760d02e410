from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basic_response import BasicResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    flag: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["flag"] = flag

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"orderly_operation": "POST /v1/notification/inbox/mark_read_all"},
        "url": "/v1/notification/inbox/mark_read_all",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> BasicResponse | None:
    if response.status_code == 200:
        response_200 = BasicResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[BasicResponse]:
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
    flag: int,
) -> Response[BasicResponse]:
    """Set read status of all notifications

     `POST /v1/notification/inbox/mark_read_all`

    Signed request; key scope `trading`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/set-read-status-of-all-
    notifications

    Args:
        flag (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasicResponse]
    """

    kwargs = _get_kwargs(
        flag=flag,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    flag: int,
) -> BasicResponse | None:
    """Set read status of all notifications

     `POST /v1/notification/inbox/mark_read_all`

    Signed request; key scope `trading`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/set-read-status-of-all-
    notifications

    Args:
        flag (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasicResponse
    """

    return sync_detailed(
        client=client,
        flag=flag,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    flag: int,
) -> Response[BasicResponse]:
    """Set read status of all notifications

     `POST /v1/notification/inbox/mark_read_all`

    Signed request; key scope `trading`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/set-read-status-of-all-
    notifications

    Args:
        flag (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasicResponse]
    """

    kwargs = _get_kwargs(
        flag=flag,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    flag: int,
) -> BasicResponse | None:
    """Set read status of all notifications

     `POST /v1/notification/inbox/mark_read_all`

    Signed request; key scope `trading`.
    Rate limit: 10 per 60 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/set-read-status-of-all-
    notifications

    Args:
        flag (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasicResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            flag=flag,
        )
    ).parsed
