from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_order_response import BatchOrderResponse
from ...models.post_v1_batch_order_body import PostV1BatchOrderBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PostV1BatchOrderBody | Unset = UNSET,
    x_recv_window: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_recv_window, Unset):
        headers["x-recv-window"] = str(x_recv_window)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "extensions": {"orderly_operation": "POST /v1/batch-order"},
        "url": "/v1/batch-order",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> BatchOrderResponse | None:
    if response.status_code == 200:
        response_200 = BatchOrderResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[BatchOrderResponse]:
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
    body: PostV1BatchOrderBody | Unset = UNSET,
    x_recv_window: int | Unset = UNSET,
) -> Response[BatchOrderResponse]:
    """Batch create order

     `POST /v1/batch-order`

    Signed request; key scope `trading`.
    Rate limit: 1 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/batch-create-order

    Args:
        x_recv_window (int | Unset):
        body (PostV1BatchOrderBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchOrderResponse]
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
    body: PostV1BatchOrderBody | Unset = UNSET,
    x_recv_window: int | Unset = UNSET,
) -> BatchOrderResponse | None:
    """Batch create order

     `POST /v1/batch-order`

    Signed request; key scope `trading`.
    Rate limit: 1 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/batch-create-order

    Args:
        x_recv_window (int | Unset):
        body (PostV1BatchOrderBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchOrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_recv_window=x_recv_window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PostV1BatchOrderBody | Unset = UNSET,
    x_recv_window: int | Unset = UNSET,
) -> Response[BatchOrderResponse]:
    """Batch create order

     `POST /v1/batch-order`

    Signed request; key scope `trading`.
    Rate limit: 1 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/batch-create-order

    Args:
        x_recv_window (int | Unset):
        body (PostV1BatchOrderBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchOrderResponse]
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
    body: PostV1BatchOrderBody | Unset = UNSET,
    x_recv_window: int | Unset = UNSET,
) -> BatchOrderResponse | None:
    """Batch create order

     `POST /v1/batch-order`

    Signed request; key scope `trading`.
    Rate limit: 1 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/batch-create-order

    Args:
        x_recv_window (int | Unset):
        body (PostV1BatchOrderBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_recv_window=x_recv_window,
        )
    ).parsed
