from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_order_response import DeleteOrderResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    symbol: str,
    order_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["order_id"] = order_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "extensions": {"orderly_operation": "DELETE /v1/algo/order"},
        "url": "/v1/algo/order",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> DeleteOrderResponse | None:
    if response.status_code == 200:
        response_200 = DeleteOrderResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[DeleteOrderResponse]:
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
    symbol: str,
    order_id: int,
) -> Response[DeleteOrderResponse]:
    """Cancel algo order

     `DELETE /v1/algo/order`

    Signed request; key scope `trading`.
    Rate limit: 5 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-algo-order

    Args:
        symbol (str):
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteOrderResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        order_id=order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    symbol: str,
    order_id: int,
) -> DeleteOrderResponse | None:
    """Cancel algo order

     `DELETE /v1/algo/order`

    Signed request; key scope `trading`.
    Rate limit: 5 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-algo-order

    Args:
        symbol (str):
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteOrderResponse
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        order_id=order_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str,
    order_id: int,
) -> Response[DeleteOrderResponse]:
    """Cancel algo order

     `DELETE /v1/algo/order`

    Signed request; key scope `trading`.
    Rate limit: 5 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-algo-order

    Args:
        symbol (str):
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteOrderResponse]
    """

    kwargs = _get_kwargs(
        symbol=symbol,
        order_id=order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: str,
    order_id: int,
) -> DeleteOrderResponse | None:
    """Cancel algo order

     `DELETE /v1/algo/order`

    Signed request; key scope `trading`.
    Rate limit: 5 per 1 s.
    Docs: https://orderly.network/docs/build-on-omnichain/restful-api/private/cancel-algo-order

    Args:
        symbol (str):
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            order_id=order_id,
        )
    ).parsed
