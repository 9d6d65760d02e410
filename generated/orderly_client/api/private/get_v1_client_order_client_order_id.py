from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_order_response import ClientOrderResponse
from ...types import Response


def _get_kwargs(
    client_order_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/client/order/{client_order_id}"},
        "url": "/v1/client/order/{client_order_id}".format(
            client_order_id=quote(str(client_order_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> ClientOrderResponse | None:
    if response.status_code == 200:
        response_200 = ClientOrderResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ClientOrderResponse]:
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
    client_order_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ClientOrderResponse]:
    """Get order by client_order_id

     `GET /v1/client/order/{client_order_id}`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-order-by-
    client_order_id

    Args:
        client_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientOrderResponse]
    """

    kwargs = _get_kwargs(
        client_order_id=client_order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_order_id: str,
    *,
    client: AuthenticatedClient,
) -> ClientOrderResponse | None:
    """Get order by client_order_id

     `GET /v1/client/order/{client_order_id}`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-order-by-
    client_order_id

    Args:
        client_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientOrderResponse
    """

    return sync_detailed(
        client_order_id=client_order_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    client_order_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ClientOrderResponse]:
    """Get order by client_order_id

     `GET /v1/client/order/{client_order_id}`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-order-by-
    client_order_id

    Args:
        client_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientOrderResponse]
    """

    kwargs = _get_kwargs(
        client_order_id=client_order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_order_id: str,
    *,
    client: AuthenticatedClient,
) -> ClientOrderResponse | None:
    """Get order by client_order_id

     `GET /v1/client/order/{client_order_id}`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-order-by-
    client_order_id

    Args:
        client_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientOrderResponse
    """

    return (
        await asyncio_detailed(
            client_order_id=client_order_id,
            client=client,
        )
    ).parsed
