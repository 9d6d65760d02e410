from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.post_order_body import PostOrderBody
from ...models.post_order_response import PostOrderResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PostOrderBody | Unset = UNSET,
    x_recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_recv_window, Unset):
        headers["x-recv-window"] = str(x_recv_window)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"orderly_operation": "POST /v1/order"},
        "url": "/v1/order",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> PostOrderResponse | None:
    if response.status_code == 200:
        response_200 = PostOrderResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[PostOrderResponse]:
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
    body: PostOrderBody | Unset = UNSET,
    x_recv_window: int | Unset = UNSET,
) -> Response[PostOrderResponse]:
    """Create order

     `POST /v1/order`

    Signed request; key scope `trading`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-order

    Args:
        x_recv_window (int | Unset):
        body (PostOrderBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_recv_window=x_recv_window,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PostOrderBody | Unset = UNSET,
    x_recv_window: int | Unset = UNSET,
) -> PostOrderResponse | None:
    """Create order

     `POST /v1/order`

    Signed request; key scope `trading`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-order

    Args:
        x_recv_window (int | Unset):
        body (PostOrderBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostOrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_recv_window=x_recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PostOrderBody | Unset = UNSET,
    x_recv_window: int | Unset = UNSET,
) -> Response[PostOrderResponse]:
    """Create order

     `POST /v1/order`

    Signed request; key scope `trading`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-order

    Args:
        x_recv_window (int | Unset):
        body (PostOrderBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_recv_window=x_recv_window,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PostOrderBody | Unset = UNSET,
    x_recv_window: int | Unset = UNSET,
) -> PostOrderResponse | None:
    """Create order

     `POST /v1/order`

    Signed request; key scope `trading`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/create-order

    Args:
        x_recv_window (int | Unset):
        body (PostOrderBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_recv_window=x_recv_window,
        )
    ).parsed
