from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.algo_order_trades_response import AlgoOrderTradesResponse
from ...types import Response


def _get_kwargs(
    order_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "extensions": {"orderly_operation": "GET /v1/algo/order/{order_id}/trades"},
        "url": "/v1/algo/order/{order_id}/trades".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> AlgoOrderTradesResponse | None:
    if response.status_code == 200:
        response_200 = AlgoOrderTradesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[AlgoOrderTradesResponse]:
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
    order_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[AlgoOrderTradesResponse]:
    """Get all trades of specific algo order

     `GET /v1/algo/order/{order_id}/trades`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-trades-of-
    specific-algo-order

    Args:
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlgoOrderTradesResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: int,
    *,
    client: AuthenticatedClient,
) -> AlgoOrderTradesResponse | None:
    """Get all trades of specific algo order

     `GET /v1/algo/order/{order_id}/trades`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-trades-of-
    specific-algo-order

    Args:
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlgoOrderTradesResponse
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    order_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[AlgoOrderTradesResponse]:
    """Get all trades of specific algo order

     `GET /v1/algo/order/{order_id}/trades`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-trades-of-
    specific-algo-order

    Args:
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlgoOrderTradesResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: int,
    *,
    client: AuthenticatedClient,
) -> AlgoOrderTradesResponse | None:
    """Get all trades of specific algo order

     `GET /v1/algo/order/{order_id}/trades`

    Signed request; key scope `read`.
    Rate limit: 10 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/get-all-trades-of-
    specific-algo-order

    Args:
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlgoOrderTradesResponse
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
        )
    ).parsed
